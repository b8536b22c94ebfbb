package org.linli.tenants.modules.rest;

import jakarta.validation.constraints.NotNull;

/** The monthly fee in fen (1 yuan = 100 fen). */
public record EnableModuleRequest(@NotNull Long monthlyFeeFen) {
}
