package org.linli.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.ui.console.MainLayout;

/** Says politely that this page is not for this person, and offers the way home. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<ViewAccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ViewAccessDeniedException> parameter) {
        removeAll();
        addClassName("empty-state");
        add(new H2(getTranslation("access.denied.title")),
                new Paragraph(getTranslation("access.denied.text")),
                new Anchor("", getTranslation("access.denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
