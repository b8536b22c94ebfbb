package org.linli.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * Whatever else fails while a page is opened — a view refusing without a tenant, a problem thrown while it builds,
 * a bug: the error page for it instead of Vaadin's exception page.
 */
@ParentLayout(ErrorFrame.class)
public class FailureView extends ErrorView implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        return showFor(parameter.getCaughtException());
    }
}
