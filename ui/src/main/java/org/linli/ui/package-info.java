/**
 * The Vaadin application's root: {@link AppShell}, the page every view is served in, with Linli's theme, a viewport for
 * phones, and the icons a browser tab and a phone's home screen show. The screens live in the sub-packages (console,
 * storefront, finance, oversight); none of them touches the database: views call the application services.
 */
package org.linli.ui;
