package org.linli.infra.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.infra.rest.ProblemDetail;
import org.linli.infra.rest.Problems;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/** Writes problem details from servlet filters, which run before JAX-RS and its exception mappers. */
final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, DomainException problem)
            throws IOException {
        write(response, Problems.of(problem, locale(request), request.getRequestURI()));
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    static Locale locale(HttpServletRequest request) {
        return Messages.fromPreferences(Collections.list(request.getLocales()));
    }
}
