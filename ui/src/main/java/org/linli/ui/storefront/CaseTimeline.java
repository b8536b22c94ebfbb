package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.linli.tenants.cases.CaseStep;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.StepKind;
import org.linli.tenants.cases.StepVisibility;
import org.linli.tenants.files.StoredFile;
import org.linli.ui.components.Formats;

import java.util.function.LongFunction;

/**
 * A case's steps in order: kind, text, author and time, and each step's photos as thumbnails (a tap shows one
 * large); internal steps marked (handlers only ever see them).
 */
public class CaseTimeline extends Div {

    /** Steps without their photos' pictures (the count only), for readers who may not open the photos. */
    public CaseTimeline(CaseView view) {
        this(view, null);
    }

    /**
     * @param photo reads a photo of this case by its id through the reader's own service (their rights apply when
     *              the browser asks for the picture, not only when the page is built)
     */
    public CaseTimeline(CaseView view, LongFunction<StoredFile> photo) {
        setId("case-steps");
        addClassName("case-steps");
        for (CaseView.StepView s : view.steps()) {
            Div step = new Div();
            step.addClassName("case-step");
            Span head = new Span(getTranslation("cases.step." + s.step().kind().name()) + " · "
                    + s.step().authorName() + " · " + Formats.dateTime(s.step().createdAt())
                    + (s.step().visibility() == StepVisibility.INTERNAL ? " · " + getTranslation("cases.internal")
                    : "") + (s.photos().isEmpty() ? "" : " · " + getTranslation("cases.photos", s.photos().size())));
            step.add(head);
            if (s.step().body() != null) {
                step.add(new Div(body(s.step())));
            }
            if (photo != null && !s.photos().isEmpty()) {
                Div photos = new Div();
                photos.addClassName("case-photos");
                s.photos().forEach(id -> photos.add(thumbnail(photo, id, view.civicCase().id())));
                step.add(photos);
            }
            add(step);
        }
    }

    /** An escalation's text is a code (overdue, district), said in words; other steps say what people wrote. */
    private String body(CaseStep step) {
        return step.kind() == StepKind.ESCALATED
                ? getTranslation("cases.escalated." + step.body()) : step.body();
    }

    private Image thumbnail(LongFunction<StoredFile> photo, long id, long caseId) {
        DownloadHandler bytes = event -> {
            StoredFile file = photo.apply(id);
            event.setContentType(file.type().mediaType());
            event.getResponse().setHeader("Cache-Control", "private, max-age=3600");
            event.getOutputStream().write(file.bytes());
        };
        Image image = new Image(bytes, getTranslation("cases.photo.alt", caseId));
        image.setId("case-photo-" + id);
        image.addClassName("case-photo");
        image.addClickListener(click -> image.getClassNames().set("case-photo-open",
                !image.getClassNames().contains("case-photo-open")));
        return image;
    }
}
