package org.linli.tenants.forms;

import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.export.Csv;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The answers of a form as CSV (UTF-8 with byte order mark): one row per resident, one column per question. */
@BatchService
public class FormExport {

    @Inject
    FormService forms;

    @Inject
    AuditTrail audit;

    @Query
    @RequiresPermission(Permissions.FORM_MANAGE)
    public int export(long formId, OutputStream out) {
        FormViews.FormView form = forms.get(formId);
        int rows = 0;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            Csv.Printer csv = Csv.excelPrinter(writer);
            List<String> header = new ArrayList<>(List.of("resident", "respondent", "submitted_at"));
            form.fields().forEach(field -> header.add(field.label()));
            csv.row(header);
            for (int page = 0; ; page++) {
                Page<FormViews.Answers> answers = forms.answers(formId, new PageRequest(page, PageRequest.MAX_SIZE));
                for (FormViews.Answers answer : answers.items()) {
                    List<String> cells = new ArrayList<>(List.of(text(answer.residentName()), answer.respondent(),
                            answer.submittedAt().toString()));
                    form.fields().forEach(field -> cells.add(text(answer.values().get(field.id()))));
                    csv.row(cells);
                    rows++;
                }
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= answers.total()) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.appendIndependently("form.export", "form:" + formId, Outcome.SUCCESS, "rows=" + rows);
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
