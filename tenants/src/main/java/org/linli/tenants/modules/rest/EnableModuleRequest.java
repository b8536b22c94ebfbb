package org.linli.tenants.modules.rest;

/** The monthly fee in fen (1 yuan = 100 fen). */
public record EnableModuleRequest(Long monthlyFeeFen) {
}
