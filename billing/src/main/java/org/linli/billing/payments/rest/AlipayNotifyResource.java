package org.linli.billing.payments.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.payments.alipay.AlipayNotifications;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Alipay's asynchronous notify. Alipay reads only the body: exactly {@code success} stops its retries, anything else
 * makes it try again later (4 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h).
 */
@Path("payments/alipay/notify")
@ApplicationScoped
@Tag(name = "Payments", description = "Payment gateways")
public class AlipayNotifyResource {

    private static final Logger LOG = Logger.getLogger(AlipayNotifyResource.class.getName());

    @Inject
    AlipayNotifications notifications;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Alipay's payment notify (signed by Alipay); answers success once recorded")
    public Response notify(MultivaluedMap<String, String> form) {
        Map<String, String> notify = new HashMap<>();
        form.forEach((name, values) -> notify.put(name, values.isEmpty() ? "" : values.get(0)));
        try {
            if (notifications.receive(notify)) {
                return Response.ok("success").build();
            }
            return Response.status(Response.Status.BAD_REQUEST).entity("fail").build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notify for " + notify.get("out_trade_no") + " not recorded; Alipay will retry", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("fail").build();
        }
    }
}
