package org.linli.tenants.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** What residents enter to book, and what the order service derives from it. */
public final class OrderCommands {

    private OrderCommands() {
    }

    /**
     * A booking request: an offering, a slot when the offering needs one, how many, and a note for the provider;
     * {@code forResident} when booking for someone else (an elder of the family), else null; {@code points} the
     * booking resident puts towards the order as a discount (null or 0: none).
     */
    public record NewOrder(@NotNull OfferingId offering, Long slotId, @Min(1) @Max(99) int quantity,
                           @Pattern(regexp = "1\\d{10}", message = "{mobile_format}") String contactPhone,
                           @Size(max = 500) @MultiLine String note, ResidentId forResident,
                           @PositiveOrZero Long points) {

        public NewOrder(OfferingId offering, Long slotId, int quantity, String contactPhone, String note) {
            this(offering, slotId, quantity, contactPhone, note, null, null);
        }

        public NewOrder(OfferingId offering, Long slotId, int quantity, String contactPhone, String note,
                        ResidentId forResident) {
            this(offering, slotId, quantity, contactPhone, note, forResident, null);
        }

        /** The points asked for, 0 when none. */
        public long pointsAsked() {
            return points == null ? 0 : points;
        }

        /** A stable fingerprint of the request, to tell a retry from a different request under the same key. */
        public String fingerprint() {
            String canonical = String.join("\u001f", Long.toString(offering.value()), String.valueOf(slotId),
                    Integer.toString(quantity), String.valueOf(contactPhone), String.valueOf(note),
                    String.valueOf(forResident)) + (pointsAsked() == 0 ? "" : "\u001fpoints:" + points);
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Who books for which home, as the order service resolved it from the signed-in resident. */
    record Booking(ResidentId resident, HouseholdId household, CommunityId community, Long grid, long placedBy,
                   String address,
                   String contactPhone, String note, int quantity, String idempotencyKey, String requestHash) {
    }

    /**
     * Details an action may carry: stars and text for a review, a reason for declines and refund requests, the
     * checklist tasks done when completing.
     */
    public record ActionDetails(Integer stars, @Size(max = 1000) @MultiLine String text, List<String> tasks) {

        public ActionDetails(Integer stars, String text) {
            this(stars, text, null);
        }

        public static ActionDetails none() {
            return new ActionDetails(null, null, null);
        }
    }
}
