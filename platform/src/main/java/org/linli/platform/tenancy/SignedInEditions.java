package org.linli.platform.tenancy;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's {@link Edition}s as a token's sign-in read them, in its one transaction with the token and the tenant's
 * standing (decision 0015). A feature that keeps answers per edition compares against these instead of reading the
 * edition in a transaction of its own.
 *
 * <p>The token's security subject holds them beside its actor, as a second principal. An API call signs in afresh
 * every time and keeps no session, so they live exactly as long as the request. A password sign-in reads none: a
 * browser session keeps its actor across requests, and an edition read then would be stale now.
 */
public record SignedInEditions(TenantId tenant, Map<String, Long> numbers) implements Serializable {

    /** {@code numbers}: each of {@link Edition#SUBJECTS} that has a row, by its number. */
    public SignedInEditions {
        Objects.requireNonNull(tenant, "tenant");
        numbers = Map.copyOf(numbers);
    }

    /**
     * {@code tenant}'s edition of {@code subject} as the sign-in read it (0 when it had no row yet); empty for any
     * other tenant, such as the one a platform account acts for, and for a subject the sign-in does not read.
     */
    public Optional<Long> of(TenantId tenant, String subject) {
        if (!tenant.equals(this.tenant) || !Edition.SUBJECTS.contains(subject)) {
            return Optional.empty();
        }
        return Optional.of(numbers.getOrDefault(subject, 0L));
    }
}
