/**
 * The look of finance files, shared by settlement statements, invoices and revenue reports: one A4 PDF layout
 * ({@link FinanceDocument}) and one way to hand a file out as an attachment ({@link Downloads}). It knows no finance
 * content and reads no data: the features fill the document, and their services decide who may have it.
 */
package org.linli.billing.documents;
