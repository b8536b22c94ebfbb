package org.linli.platform.tenancy;

import java.util.Optional;

/**
 * A PostgreSQL session setting that a feature's row-level-security policy reads, bound by {@link TenantBinding} in
 * the same statement as the tenant: one round trip to the database for all of them instead of one each, on every
 * transaction. A feature implements this as a CDI bean.
 *
 * <p>The value must follow from the caller alone. When it needs a read in the tenant first (which the tenant setting
 * has to precede), {@link #valueForCaller()} answers empty and the feature binds the setting itself after that read.
 * A setting left unbound must make its policy fail closed.
 */
public interface SessionSetting {

    /** The setting's name, e.g. {@code app.grid_ids}. */
    String name();

    /** Its value for the calling actor in this transaction, or empty when the feature binds it itself. */
    Optional<String> valueForCaller();
}
