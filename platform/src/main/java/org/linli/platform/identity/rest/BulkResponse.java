package org.linli.platform.identity.rest;

/** How many of the requested users the bulk action changed. */
public record BulkResponse(int affected) {
}
