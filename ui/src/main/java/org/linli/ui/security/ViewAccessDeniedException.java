package org.linli.ui.security;

/** Navigation to a view the signed-in person may not use. */
public class ViewAccessDeniedException extends RuntimeException {

    /** Vaadin creates the exception reflectively when rerouting to its error view. */
    public ViewAccessDeniedException() {
        super();
    }

    public ViewAccessDeniedException(String view) {
        super(view);
    }
}
