package org.linli.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Map;
import java.util.Optional;

/**
 * The signed-in tenant's {@link Edition}s as this request's sign-in read them, in its one transaction with the token
 * and the tenant's standing (decision 0015). A feature that keeps answers per edition compares against these instead
 * of reading the edition in a transaction of its own. They hold for this request only, which is why they live here
 * and never with the signed-in actor: a browser session keeps its actor across requests, and an edition read then
 * would be stale now.
 */
@RequestScoped
public class SignedInEditions {

    private TenantId tenant;
    private Map<String, Long> numbers = Map.of();

    /** Notes what the sign-in read for {@code tenant}: every subject that has a row, by its number. */
    public void read(TenantId tenant, Map<String, Long> numbers) {
        this.tenant = tenant;
        this.numbers = Map.copyOf(numbers);
    }

    /**
     * {@code tenant}'s edition of {@code subject} as the sign-in read it (0 when it had no row yet); empty when this
     * request's sign-in read none for that tenant: a browser session, a platform account acting for a tenant, a
     * token the node did not know yet.
     */
    public Optional<Long> of(TenantId tenant, String subject) {
        return tenant.equals(this.tenant) ? Optional.of(numbers.getOrDefault(subject, 0L)) : Optional.empty();
    }
}
