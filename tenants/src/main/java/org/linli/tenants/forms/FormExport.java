package org.linli.tenants.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.export.CsvCells;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The answers of a form as CSV (UTF-8 with byte order mark): one row per resident, one column per question. */
@ApplicationScoped
public class FormExport {

    @Inject
    FormService forms;

    @Inject
    AuditTrail audit;

    public int export(long formId, OutputStream out) {
        if (!CurrentUser.isPermitted(Permissions.FORM_MANAGE)) {
            throw DomainException.forbidden("forbidden");
        }
        FormViews.FormView form = forms.get(formId);
        int rows = 0;
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("resident", "respondent", "submitted_at"));
            form.fields().forEach(field -> header.add(field.label()));
            writer.write(line(header));
            for (int page = 0; ; page++) {
                Page<FormViews.Answers> answers = forms.answers(formId, new PageRequest(page, PageRequest.MAX_SIZE));
                for (FormViews.Answers answer : answers.items()) {
                    List<String> cells = new ArrayList<>(List.of(text(answer.residentName()), answer.respondent(),
                            answer.submittedAt().toString()));
                    form.fields().forEach(field -> cells.add(text(answer.values().get(field.id()))));
                    writer.write(line(cells));
                    rows++;
                }
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= answers.total()) {
                    break;
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.appendIndependently("form.export", "form:" + formId, Outcome.SUCCESS, "rows=" + rows);
        return rows;
    }

    static String line(List<String> cells) {
        return CsvCells.textLine(cells);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
