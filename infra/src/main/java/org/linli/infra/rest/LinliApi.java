package org.linli.infra.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Resources live in the feature packages of the modules ({@code ..rest}). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Linli API", version = "1",
                description = "Community services platform. Errors are RFC 9457 problem details with a stable code."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token. Platform operators add X-Linli-Tenant to act in a tenant.")
public class LinliApi extends Application {
}
