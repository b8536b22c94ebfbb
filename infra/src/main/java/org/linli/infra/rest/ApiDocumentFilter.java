package org.linli.infra.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes the scanned OpenAPI document for client generators: path templates without JAX-RS regular expressions,
 * an operationId per operation derived from its method and path (stable while the path is, unique by
 * construction), every operation's success answer and the problem+json errors it can answer, and each tag once.
 *
 * <p>The errors follow how the API answers: 401 and 403 wherever a token is needed, 404 where the path names a
 * resource, 400 where the caller sends a body or parameters, 409 for changes (a state that does not allow them),
 * 422 where an Idempotency-Key is reused with another request. The few operations open without a token declare no
 * security and only the errors they answer. Registered by {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PREFIX = "/api/v1";
    static final String PROBLEM_SCHEMA = "Problem";
    static final Map<Integer, String> ERRORS = errors();
    /** Operations answered without a token, with the errors each can answer. */
    static final Map<String, Set<Integer>> ANONYMOUS = Map.of(
            "POST /auth/token", Set.of(400, 401),
            "POST /registrations", Set.of(400, 404, 409),
            "POST /devices/events", Set.of(400, 401, 403, 409),
            "POST /payments/alipay/notify", Set.of(),
            "GET /ads/serve", Set.of(400, 404),
            "GET /ads/click/{token}", Set.of(404),
            "GET /ads/creatives/{token}/image", Set.of(404));
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*:[^/]*}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("(?i)idempotency-key");

    private static Map<Integer, String> errors() {
        Map<Integer, String> errors = new LinkedHashMap<>();
        errors.put(400, "BadRequest");
        errors.put(401, "Unauthorized");
        errors.put(403, "Forbidden");
        errors.put(404, "NotFound");
        errors.put(409, "Conflict");
        errors.put(422, "UnprocessableContent");
        return errors;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        withoutVendorEndpoints(api);
        components(api);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.setPaths(paths(api.getPaths()));
        }
        api.setTags(uniqueTags(api.getTags()));
    }

    /**
     * Payara adds a root attribute of its own, {@code endpoints} (the application's URLs), which OpenAPI does not
     * know: parsers and client generators refuse the document for it. Payara sets it before the filters run and
     * leaves empty maps out of the document (null would fail its copy of the model).
     */
    private static void withoutVendorEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new HashMap<>());
        } catch (ReflectiveOperationException notPayaras) {
            // Another implementation adds nothing to take out.
        }
    }

    /**
     * Path templates as OpenAPI writes them: {@code {id: \d+}} becomes {@code {id}}, and a resource at the root
     * ({@code @Path("")}) leaves no empty segment.
     */
    static String template(String path) {
        return TEMPLATE.matcher(path).replaceAll("{$1}").replaceAll("/{2,}", "/");
    }

    /** {@code GET /api/v1/devices/{id}/secret} is {@code getDevicesByIdSecret}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        String relative = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        for (String segment : relative.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            if (parameter) {
                id.append("By");
                segment = segment.substring(1, segment.length() - 1);
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private Paths paths(Paths scanned) {
        Map<String, PathItem> items = new TreeMap<>();
        scanned.getPathItems().forEach((path, item) -> {
            String clean = template(path);
            PathItem known = items.get(clean);
            if (known == null) {
                items.put(clean, item);
            } else if (item.getOperations() != null) {
                item.getOperations().forEach(known::setOperation);
            }
        });
        Set<String> ids = new HashSet<>();
        Paths paths = OASFactory.createObject(Paths.class);
        items.forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> operation(method.name(), path, operation, ids));
            }
            paths.addPathItem(path, item);
        });
        return paths;
    }

    private void operation(String method, String path, Operation operation, Set<String> ids) {
        String id = operationId(method, path);
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + n;
        }
        operation.setOperationId(unique);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createObject(APIResponses.class));
        }
        success(operation.getResponses());
        String key = method + " " + path.substring(path.startsWith(PREFIX) ? PREFIX.length() : 0);
        Set<Integer> open = ANONYMOUS.get(key);
        Set<Integer> statuses = open != null ? open : errorsOf(method, path, operation);
        if (open != null) {
            // One empty requirement: none is needed. An empty list would be left out of the document.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createObject(SecurityRequirement.class))));
        }
        for (Map.Entry<Integer, String> error : ERRORS.entrySet()) {
            String code = Integer.toString(error.getKey());
            if (statuses.contains(error.getKey()) && !operation.getResponses().hasAPIResponse(code)) {
                operation.getResponses().addAPIResponse(code, OASFactory.createObject(APIResponse.class)
                        .ref("#/components/responses/" + error.getValue()));
            }
        }
    }

    private static Set<Integer> errorsOf(String method, String path, Operation operation) {
        Set<Integer> statuses = new HashSet<>(Set.of(401, 403));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean sendsParameters = parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
        if (operation.getRequestBody() != null || sendsParameters) {
            statuses.add(400);
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            statuses.add(409);
        }
        if (parameters.stream().anyMatch(p -> p.getName() != null
                && IDEMPOTENCY_KEY.matcher(p.getName()).matches())) {
            statuses.add(422);
        }
        return statuses;
    }

    /**
     * An operation whose method answers a bare {@code Response} and declares nothing is scanned with a default
     * answer only: it becomes the 200 it is. Where the success is declared (a 201, a 202, a download's media types),
     * the scanner's default is a guess beside it and goes. Files are typed as binary strings either way.
     */
    private static void success(APIResponses responses) {
        Map<String, APIResponse> all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        boolean declared = all.keySet().stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
        APIResponse fallback = responses.getDefaultValue();
        if (declared) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            files(responses);
            return;
        }
        APIResponse ok = fallback != null ? fallback : OASFactory.createObject(APIResponse.class);
        responses.removeAPIResponse(APIResponses.DEFAULT);
        ok.setDescription("OK");
        if (ok.getContent() != null && ok.getContent().getMediaTypes() != null) {
            ok.getContent().getMediaTypes().forEach((type, media) -> {
                if (media.getSchema() == null) {
                    media.setSchema(type.contains("json") ? OASFactory.createObject(Schema.class)
                            .type(Schema.SchemaType.OBJECT) : binary());
                }
            });
        }
        responses.addAPIResponse("200", ok);
        files(responses);
    }

    /**
     * A success answered as a file (CSV, PDF, a workbook, an image) is a binary string, whatever schema the scanner
     * made of the method's {@code Response}: client generators then hand it over as bytes or a file.
     */
    static void files(APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || response.getContent() == null
                    || response.getContent().getMediaTypes() == null) {
                return;
            }
            response.getContent().getMediaTypes().forEach((type, media) -> {
                boolean text = media.getSchema() != null && media.getSchema().getType() == Schema.SchemaType.STRING;
                // Any type at all (a provider's uploaded document) is a file only where nothing else was said.
                if (isFile(type) && !text && (media.getSchema() == null || !type.equals("*/*"))) {
                    media.setSchema(binary());
                }
            });
        });
    }

    static boolean isFile(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return !type.contains("json") && !type.startsWith("text/plain") && !type.startsWith("multipart/")
                && !type.equals("application/x-www-form-urlencoded");
    }

    private static Schema binary() {
        return OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING).format("binary");
    }

    private static void components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createObject(Components.class));
        }
        Components components = api.getComponents();
        components.addSchema(PROBLEM_SCHEMA, problem());
        Map<Integer, String> descriptions = Map.of(
                400, "The request is invalid: a field, parameter or body that cannot be used (see errors)",
                401, "No valid bearer token",
                403, "The caller may not do this",
                404, "The resource does not exist or is not visible to the caller",
                409, "The resource's state does not allow this now",
                422, "The Idempotency-Key was used before with another request");
        ERRORS.forEach((status, name) -> {
            Schema ref = OASFactory.createObject(Schema.class).ref("#/components/schemas/" + PROBLEM_SCHEMA);
            Content content = OASFactory.createObject(Content.class).addMediaType(ProblemDetail.MEDIA_TYPE,
                    OASFactory.createObject(MediaType.class).schema(ref));
            components.addResponse(name, OASFactory.createObject(APIResponse.class)
                    .description(descriptions.get(status)).content(content));
        });
    }

    private static Schema problem() {
        Schema field = OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The invalid field or parameter"))
                .addProperty("code", text("Stable code of what is wrong, e.g. required"))
                .addProperty("message", text("Localised text for people"));
        return OASFactory.createObject(Schema.class).type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; code is stable and meant for programs")
                .addProperty("type", text("urn:linli:problem: followed by the code"))
                .addProperty("title", text("Localised text for people"))
                .addProperty("status", OASFactory.createObject(Schema.class).type(Schema.SchemaType.INTEGER)
                        .format("int32"))
                .addProperty("code", text("Stable code, e.g. device_not_found"))
                .addProperty("detail", text("More detail, when there is any"))
                .addProperty("instance", text("The path of the request"))
                .addProperty("errors", OASFactory.createObject(Schema.class).type(Schema.SchemaType.ARRAY)
                        .items(field))
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema text(String description) {
        return OASFactory.createObject(Schema.class).type(Schema.SchemaType.STRING).description(description);
    }

    /** Tags declared on several resources appear once, with the first description given. */
    static List<Tag> uniqueTags(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> unique = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag known = unique.get(tag.getName());
            if (known == null) {
                unique.put(tag.getName(), tag);
            } else if (known.getDescription() == null && tag.getDescription() != null) {
                known.setDescription(tag.getDescription());
            }
        }
        return new ArrayList<>(unique.values());
    }
}
