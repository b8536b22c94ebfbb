package org.linli.infra.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.platform.problem.DomainException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a domain problem: malformed requests, unknown paths and methods, concurrent updates,
 * constraint violations and, last, unexpected failures. The caller gets a problem detail; an unexpected failure is
 * logged with a reference that the response repeats, and its details stay in the log.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = RequestLocale.of(headers);
        String path = uri == null ? null : uri.getRequestUri().getPath();
        DomainException domain = find(exception, DomainException.class);
        if (domain != null) {
            ProblemDetail problem = Problems.of(domain, locale, path);
            return respond(problem);
        }
        ProblemDetail known = known(exception, locale, path);
        if (known != null) {
            return respond(known);
        }
        return unexpected(exception, locale, path);
    }

    /** A failure of ours: logged with a reference that the answer repeats, its details only in the log. */
    static Response unexpected(Throwable exception, Locale locale, String path) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure " + reference + " at " + path, exception);
        return respond(Problems.of(500, "internal_error", locale, path, reference));
    }

    private static ProblemDetail known(Throwable exception, Locale locale, String path) {
        if (find(exception, JsonbException.class) != null || exception instanceof ProcessingException) {
            return Problems.of(400, "malformed_request", locale, path);
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problems.of(status, codeOf(status), locale, path);
        }
        if (find(exception, OptimisticLockException.class) != null
                || find(exception, org.eclipse.persistence.exceptions.OptimisticLockException.class) != null) {
            return Problems.of(409, "concurrent_update", locale, path);
        }
        SQLException sql = find(exception, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return Problems.of(409, "constraint_violation", locale, path);
        }
        return null;
    }

    /** JAX-RS's own client errors (unknown path, wrong method, unreadable path parameter ...) by status. */
    static String codeOf(int status) {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> "malformed_request";
        };
    }

    static Response respond(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
