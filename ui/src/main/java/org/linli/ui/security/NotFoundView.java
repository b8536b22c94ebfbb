package org.linli.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/** An address that leads nowhere: the error page saying so, instead of Vaadin's list of routes. */
@ParentLayout(ErrorFrame.class)
public class NotFoundView extends ErrorView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(Kind.NOT_FOUND, null);
    }
}
