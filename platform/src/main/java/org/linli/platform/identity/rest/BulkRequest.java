package org.linli.platform.identity.rest;

import java.util.List;

/** The users a bulk action applies to. */
public record BulkRequest(List<Long> ids) {
}
