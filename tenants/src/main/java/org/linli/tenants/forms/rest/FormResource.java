package org.linli.tenants.forms.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.forms.Audience;
import org.linli.tenants.forms.FieldType;
import org.linli.tenants.forms.FormCommands;
import org.linli.tenants.forms.FormDefinition;
import org.linli.tenants.forms.FormExport;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.FormViews;
import org.linli.tenants.forms.RegistryBinding;
import org.linli.tenants.forms.rest.FormsApi.AnswerRequest;
import org.linli.tenants.forms.rest.FormsApi.AnswersResponse;
import org.linli.tenants.forms.rest.FormsApi.FormRequest;
import org.linli.tenants.forms.rest.FormsApi.FormResponse;
import org.linli.tenants.forms.rest.FormsApi.MyFormResponse;
import org.linli.tenants.forms.rest.FormsApi.ProgressResponse;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.CommunityId;

import java.util.List;
import java.util.Map;

/** Smart forms: design and publish, fill in with registry prefill and write-back, follow completion, export. */
@Path("forms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Smart forms", description = "Forms for residents or grid workers, bound to the registry")
public class FormResource {

    @Inject
    FormService forms;

    @Inject
    FormExport export;

    @GET
    @Operation(summary = "A page of the tenant's forms, newest first")
    public PageResponse<FormResponse> list(@BeanParam PageParams paging) {
        return PageResponse.of(forms.list(paging.request()), f -> FormResponse.of(f, List.of()));
    }

    @POST
    @Operation(summary = "Design a form (draft)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FormResponse.class)))
    public Response create(@NotNull FormRequest request, @Context UriInfo uri) {
        List<FormCommands.FieldSpec> fields = request.fields() == null ? List.of() : request.fields().stream()
                .map(f -> new FormCommands.FieldSpec(f.label(), EnumValues.parse(FieldType.class, f.type(), "type"),
                        Boolean.TRUE.equals(f.required()), f.options(),
                        EnumValues.parse(RegistryBinding.class, f.binding(), "binding"))).toList();
        FormDefinition form = forms.create(new FormCommands.NewForm(request.title(), request.description(),
                EnumValues.parse(Audience.class, request.audience(), "audience"),
                request.communityId() == null ? null : new CommunityId(request.communityId()), request.gridId(),
                EnumValues.parse(org.linli.tenants.registry.residents.Tag.class, request.tag(), "tag"), fields));
        FormViews.FormView view = forms.get(form.id());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(form.id())).build())
                .entity(FormResponse.of(view.form(), view.fields())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A form with its fields")
    public FormResponse get(@PathParam("id") long id) {
        FormViews.FormView view = forms.get(id);
        return FormResponse.of(view.form(), view.fields());
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft form: it starts collecting answers")
    public FormResponse publish(@PathParam("id") long id) {
        forms.publish(id);
        return get(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Stop collecting answers")
    public FormResponse close(@PathParam("id") long id) {
        forms.close(id);
        return get(id);
    }

    @GET
    @Path("{id}/prefill")
    @Operation(summary = "Registry values for the registry-bound fields of a resident's answers")
    public Map<Long, String> prefill(@PathParam("id") long id, @QueryParam("resident") @NotNull Long resident) {
        return forms.prefill(id, new ResidentId(resident));
    }

    @PUT
    @Path("{id}/answers")
    @Operation(summary = "Answer for a resident (replaces earlier answers)")
    public AnswersResponse answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest request) {
        return AnswersResponse.of(forms.answer(id, new ResidentId(request.residentId()), request.answers(),
                Boolean.TRUE.equals(request.confirmWriteBack())));
    }

    @GET
    @Path("{id}/answers")
    @Operation(summary = "The answers so far")
    public PageResponse<AnswersResponse> answers(@PathParam("id") long id,
                                                 @BeanParam PageParams paging) {
        return PageResponse.of(forms.answers(id, paging.request()), AnswersResponse::of);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "Completion per grid")
    @BoundedList("one line per grid of the form's community")
    public List<ProgressResponse> progress(@PathParam("id") long id) {
        return forms.progress(id).stream().map(p -> new ProgressResponse(p.gridId(), p.targets(), p.answered()))
                .toList();
    }

    @GET
    @Path("{id}/export")
    @Produces("text/csv")
    @Operation(summary = "The answers as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv"))
    public Response export(@PathParam("id") long id) {
        StreamingOutput body = out -> export.export(id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"form-" + id + ".csv\"").build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "Forms the signed-in resident is asked to fill in (the newest 200 published)")
    @BoundedList("published forms addressed to one resident, capped at the newest 200")
    public List<MyFormResponse> mine() {
        return forms.mine().stream().map(m -> new MyFormResponse(m.form().id(), m.form().title(),
                m.form().description(), m.answered())).toList();
    }
}
