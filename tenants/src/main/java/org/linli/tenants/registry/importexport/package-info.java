/**
 * Residents in bulk: an import from CSV or XLSX that checks every row in a dry run and then writes all valid rows in
 * chunks, taking everything back if a chunk fails ({@link ResidentImport}, {@link ImportSteps}); and an export in the
 * import template's columns, masked exactly as the caller sees residents in lists ({@link ResidentExport}). Rows
 * already registered are reported, never doubled; both are audited as one act each.
 */
package org.linli.tenants.registry.importexport;
