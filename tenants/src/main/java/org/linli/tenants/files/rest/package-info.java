/**
 * Files over the API, shared by every feature that keeps some (offering pictures, provider documents, notice
 * attachments, case and listing photos, ad images): {@link FileBodies} reads a bounded
 * body and sends kept bytes with their type and an ETag. It holds no resource and touches no data.
 */
package org.linli.tenants.files.rest;
