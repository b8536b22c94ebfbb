package org.linli.infra.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The interactive API explorer at {@code /openapi/ui}: Swagger UI from its webjar, reading the document at
 * {@code /openapi}. The page needs no sign-in; calls made from it carry the token the user enters under
 * "Authorize". Everything is served from this site, so the content security policy holds as it is; the bundle's
 * own initializer is replaced by ours, which names our document and turns off the remote validator badge.
 *
 * <p>Mapped more specifically than the server's {@code /openapi/*}, which serves the document itself.
 */
@WebServlet(urlPatterns = "/openapi/ui/*")
public class ApiExplorerServlet extends HttpServlet {

    static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    static final String INITIALIZER = "linli-explorer.js";
    /** The webjar's files the page uses, and their types; nothing else of the class path is reachable. */
    static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final String version = version();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String base = request.getContextPath() + "/openapi/ui/";
        if (name.isEmpty()) {
            text(response, "text/html", page(base));
        } else if (name.equals(INITIALIZER)) {
            text(response, "text/javascript", initializer(request.getContextPath() + "/openapi"));
        } else if (ASSETS.containsKey(name)) {
            asset(name, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static String page(String base) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="UTF-8">
                  <title>Linli API explorer</title>
                  <link rel="stylesheet" type="text/css" href="%1$sswagger-ui.css">
                  <link rel="stylesheet" type="text/css" href="%1$sindex.css">
                  <link rel="icon" type="image/png" href="%1$sfavicon-32x32.png" sizes="32x32">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js" charset="UTF-8"></script>
                  <script src="%1$sswagger-ui-standalone-preset.js" charset="UTF-8"></script>
                  <script src="%1$s%2$s" charset="UTF-8"></script>
                </body>
                </html>
                """.formatted(base, INITIALIZER);
    }

    static String initializer(String document) {
        return """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({
                    url: "%s",
                    dom_id: "#swagger-ui",
                    deepLinking: true,
                    persistAuthorization: false,
                    validatorUrl: null,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "StandaloneLayout"
                  });
                };
                """.formatted(document);
    }

    private void asset(String name, HttpServletResponse response) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + version + "/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(ASSETS.get(name));
            // The files of one webjar version never change.
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    private static void text(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(body);
    }

    private static String version() {
        try (InputStream in = ApiExplorerServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
