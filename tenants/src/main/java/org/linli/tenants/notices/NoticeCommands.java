package org.linli.tenants.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.tenants.registry.residents.Tag;

import java.time.Instant;
import java.util.Set;

/** What operators enter about notices. */
public final class NoticeCommands {

    private NoticeCommands() {
    }

    /**
     * A notice as written: title, body in the {@link NoticeHtml} subset (cleaned before it is kept), pinned, the
     * period it is shown in (either end open), whom it addresses, and whether readers must acknowledge it.
     */
    public record Draft(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = Notice.MAX_BODY) String body,
                        boolean pinned, Instant validFrom, Instant validUntil, @NotNull AudienceKind audience,
                        Long targetId, Tag tag, Set<Long> buildingIds, boolean acknowledgementRequired) {

        Audience audienceOf() {
            return Audience.of(audience, targetId, tag, buildingIds);
        }
    }

    /** What an operator looks for among the tenant's notices; every part optional. */
    public record Filter(NoticeState state, @Size(max = 50) String text) {

        public static Filter all() {
            return new Filter(null, null);
        }
    }
}
