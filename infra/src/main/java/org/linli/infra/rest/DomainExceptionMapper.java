package org.linli.infra.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.platform.identity.AccountLockedException;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.problem.TooManyRequests;

/** Domain problems become problem details with the status of their kind. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainException exception) {
        ProblemDetail problem = Problems.of(exception, RequestLocale.of(headers), uri.getRequestUri().getPath());
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE).entity(problem);
        if (exception instanceof AccountLockedException locked) {
            response.header("Retry-After", Math.max(1, locked.retryAfter().toSeconds()));
        } else if (exception instanceof TooManyRequests throttled) {
            response.header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds()));
        } else if (exception.kind() == ProblemKind.TOO_MANY_REQUESTS) {
            response.header("Retry-After", 1);
        }
        return response.build();
    }
}
