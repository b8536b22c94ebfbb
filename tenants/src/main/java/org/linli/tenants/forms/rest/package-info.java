/**
 * The smart forms API ({@link FormResource}): design and publish, answers for a resident with registry prefill and
 * write-back, completion per grid, the CSV export, and the forms a resident is asked to fill in. The resource only
 * translates HTTP to {@link org.linli.tenants.forms.FormService} and {@link org.linli.tenants.forms.FormExport};
 * permissions, grid scoping and audit live there.
 */
package org.linli.tenants.forms.rest;
