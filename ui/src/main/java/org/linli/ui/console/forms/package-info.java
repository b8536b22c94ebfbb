/**
 * The console's smart forms screen ({@link FormsView}): designing a form with its targets and questions, publishing and
 * closing it, filling it in for a resident ({@link FillFormDialog}, which residents use for their own forms too), and
 * completion per grid with the answers' export. The views keep no data of their own: they call
 * {@link org.linli.tenants.forms.FormService} and the registry's services, which decide which residents a grid worker
 * can reach.
 */
package org.linli.ui.console.forms;
