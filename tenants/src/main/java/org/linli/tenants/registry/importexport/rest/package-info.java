/**
 * Resident import and export over HTTP ({@link ResidentFileResource}): an import from an uploaded or posted CSV or XLSX
 * file, checked only in a dry run, and the export with the list's filters and masking. The resource only translates
 * HTTP to the import and export, where permissions, size limits and audit live.
 */
package org.linli.tenants.registry.importexport.rest;
