package org.linli.infra.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.TypedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query parameters and path segments hold only what a person can type ({@link TypedText}, single line): a control
 * character, unpaired surrogate or noncharacter, percent-encoded or not, is answered 400 {@code validation_failed}
 * with a {@code text_characters} error for the parameter (or {@code path}) before any resource sees it. Commands are
 * checked the same way by the command validator; this covers what reaches services as plain strings (filters,
 * search texts, ids).
 */
@Provider
@PreMatching
public class TypedParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = errors(request.getUriInfo());
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    static List<FieldError> errors(UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean bad = !TypedText.typable(parameter.getKey(), false)
                    || parameter.getValue().stream().anyMatch(value -> !TypedText.typable(value, false));
            if (bad) {
                errors.add(FieldError.of(TypedText.typable(parameter.getKey(), false) ? parameter.getKey() : "query",
                        TypedText.CODE));
            }
        }
        for (PathSegment segment : uri.getPathSegments(true)) {
            if (!TypedText.typable(segment.getPath(), false)) {
                errors.add(FieldError.of("path", TypedText.CODE));
                break;
            }
        }
        return errors;
    }
}
