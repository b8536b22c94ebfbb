package org.linli.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.ui.console.TenantPicker;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one page every failed navigation shows, inside the person's own frame (see {@link ErrorFrame}): what went
 * wrong in their language and the way home — never a stack trace. Not found, not allowed, no tenant chosen (with
 * the tenant picker for those who may choose) and anything unexpected, which is logged with a reference that the
 * page repeats. The subclasses only tell Vaadin which exceptions lead here. Ids: {@code error-view}, with the kind
 * as a class name ({@code error-not-found}, {@code error-forbidden}, {@code error-tenant-required},
 * {@code error-failure}), and {@code error-home}.
 */
public abstract class ErrorView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    /** The kinds of failure the page tells apart, each with its HTTP status. */
    protected enum Kind {
        NOT_FOUND(HttpServletResponse.SC_NOT_FOUND),
        FORBIDDEN(HttpServletResponse.SC_FORBIDDEN),
        TENANT_REQUIRED(HttpServletResponse.SC_BAD_REQUEST),
        FAILURE(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private String title = "";

    protected ErrorView() {
        setId("error-view");
        addClassName("empty-state");
        addClassName("error-view");
    }

    /** Shows the page for {@code kind}; {@code reference} is only for failures. Answers the HTTP status. */
    protected int show(Kind kind, String reference, Component... extra) {
        removeAll();
        addClassName("error-" + kind.key());
        title = getTranslation("error." + kind.key() + ".title");
        add(new H2(title));
        add(new Paragraph(reference == null ? getTranslation("error." + kind.key() + ".text")
                : getTranslation("error." + kind.key() + ".text", reference)));
        add(extra);
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("error-home");
        add(home);
        return kind.status;
    }

    /** The page for whatever was thrown while navigating: a domain problem by its kind, anything else a failure. */
    protected int showFor(Throwable thrown) {
        DomainException problem = domainProblem(thrown);
        if (problem != null && "tenant_required".equals(problem.code())) {
            return show(Kind.TENANT_REQUIRED, null, TenantPicker.inPlace());
        }
        if (problem != null && problem.kind() == ProblemKind.NOT_FOUND) {
            return show(Kind.NOT_FOUND, null);
        }
        if (problem != null && problem.kind() == ProblemKind.FORBIDDEN) {
            return show(Kind.FORBIDDEN, null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Navigation failed, reference " + reference, thrown);
        return show(Kind.FAILURE, reference);
    }

    private static DomainException domainProblem(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
