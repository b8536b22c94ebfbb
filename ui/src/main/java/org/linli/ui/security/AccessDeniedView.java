package org.linli.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/** Says politely that this page is not for this person, and offers the way home. */
@ParentLayout(ErrorFrame.class)
public class AccessDeniedView extends ErrorView implements HasErrorParameter<ViewAccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ViewAccessDeniedException> parameter) {
        return show(Kind.FORBIDDEN, null);
    }
}
