package org.linli.tenants.marketplace.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.files.rest.FileBodies;
import org.linli.tenants.marketplace.DocumentKind;
import org.linli.tenants.marketplace.ProviderDocument;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.rest.MarketplaceApi.DocumentResponse;

import java.io.InputStream;
import java.util.List;

/**
 * A provider's qualification documents: the file is the request body (PDF or image, at most 5 MB, whatever its
 * declared type: the bytes decide), its kind, name and validity are query parameters. Operators and the provider's
 * own staff only.
 */
@Path("providers/{provider}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Companies and people delivering services in a tenant")
public class ProviderDocumentResource {

    @Inject
    ProviderDocuments documents;

    @GET
    @Operation(summary = "The provider's qualification documents, newest first")
    @BoundedList("one provider keeps at most ProviderDocuments.MAX_DOCUMENTS (20) documents")
    public List<DocumentResponse> list(@PathParam("provider") long provider) {
        return documents.documents(new ProviderId(provider)).stream().map(DocumentResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a qualification document (the body is the file)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentResponse.class)))
    public Response upload(@PathParam("provider") long provider, @QueryParam("kind") String kind,
                           @QueryParam("name") String name, @QueryParam("validUntil") String validUntil,
                           InputStream body) {
        UploadedFile file = FileBodies.read(name, body, UploadedFile.MAX_DOCUMENT_BYTES);
        ProviderDocument document = documents.addDocument(new ProviderId(provider),
                EnumValues.parse(DocumentKind.class, kind, "kind"), TimeValues.date(validUntil, "validUntil"), file);
        return Response.status(Response.Status.CREATED).entity(DocumentResponse.of(document)).build();
    }

    @GET
    @Path("{document}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document (reading it is audited)")
    @APIResponse(responseCode = "200", description = "The document as it was uploaded",
            content = @Content(mediaType = "*/*"))
    public Response download(@PathParam("provider") long provider, @PathParam("document") long document,
                             @Context Request request) {
        return FileBodies.send(documents.document(new ProviderId(provider), document), request, false);
    }

    @DELETE
    @Path("{document}")
    @Operation(summary = "Remove a document")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response remove(@PathParam("provider") long provider, @PathParam("document") long document) {
        documents.removeDocument(new ProviderId(provider), document);
        return Response.noContent().build();
    }
}
