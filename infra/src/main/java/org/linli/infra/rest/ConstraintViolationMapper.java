package org.linli.infra.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.FieldError;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A resource method's Bean Validation (a missing body, a required component of the request record, a required
 * header or query parameter) answers the same {@code validation_failed} problem as a command's: a missing body is
 * the field {@code body}, a header or parameter is named as the client sends it, a record component by its name,
 * with {@link CommandValidator}'s codes. Any other violation (an entity's, a return value's) is a failure of ours.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** The field of a parameter that is no header, query, path, form or cookie parameter: the request body. */
    static final String BODY = "body";

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = RequestLocale.of(headers);
        String path = uri == null ? null : uri.getRequestUri().getPath();
        ProblemDetail problem = problem(exception.getConstraintViolations(), locale, path);
        if (problem == null) {
            return FailureMapper.unexpected(exception, locale, path);
        }
        return FailureMapper.respond(problem);
    }

    /** The {@code validation_failed} problem, or null when a violation is not about a request. */
    static ProblemDetail problem(Set<? extends ConstraintViolation<?>> violations, Locale locale, String path) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = field(violation);
            if (field == null) {
                return null;
            }
            errors.add(CommandValidator.toFieldError(violation, field));
        }
        return Problems.of(CommandValidator.refusal(errors), locale, path);
    }

    /** The field a client would name, or null when the violation is not about a method's parameter. */
    static String field(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return null;
        }
        Path.Node first = nodes.next();
        if (first.getKind() != ElementKind.METHOD || !nodes.hasNext()) {
            return null;
        }
        Path.Node second = nodes.next();
        if (second.getKind() != ElementKind.PARAMETER) {
            return null;
        }
        if (!nodes.hasNext()) {
            return parameterName(violation.getRootBeanClass(), first.as(Path.MethodNode.class),
                    second.as(Path.ParameterNode.class));
        }
        StringBuilder field = new StringBuilder();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        return field.toString();
    }

    private static String parameterName(Class<?> type, Path.MethodNode method, Path.ParameterNode parameter) {
        Method declared = method(type, method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
        if (declared == null) {
            return parameter.getName();
        }
        for (Annotation annotation : declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
            String name = nameOf(annotation);
            if (name != null) {
                return name;
            }
        }
        return BODY;
    }

    private static String nameOf(Annotation annotation) {
        if (annotation instanceof HeaderParam header) {
            return header.value();
        } else if (annotation instanceof QueryParam query) {
            return query.value();
        } else if (annotation instanceof PathParam pathParam) {
            return pathParam.value();
        } else if (annotation instanceof FormParam form) {
            return form.value();
        } else if (annotation instanceof CookieParam cookie) {
            return cookie.value();
        }
        return null;
    }

    /** The method on the class or a superclass (a container may hand over a subclass of the resource). */
    private static Method method(Class<?> type, String name, Class<?>[] parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                // look in the superclass
            }
        }
        return null;
    }
}
