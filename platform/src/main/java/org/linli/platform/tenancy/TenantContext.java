package org.linli.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant the current unit of work acts for, bound to the running thread.
 *
 * <p>HTTP requests get it from the tenant resolution filter; asynchronous work, scheduled jobs and Vaadin push must
 * bind it explicitly with {@link #callAs}, usually through {@code CallerContext.capture()}. The binding is always
 * scoped: the previous tenant is restored when the scope ends, so nested work for another tenant cannot leak.
 * Persistence reads it once per transaction (see {@link TenantBinding}); rebinding inside a running transaction is
 * not supported.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or {@link NoTenantSelectedException} when the caller acts for none. */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantSelectedException();
        }
        return tenant;
    }

    /** Binds {@code tenant} (or no tenant when null) for the scope; close the scope to restore the previous one. */
    public static Scope enter(TenantId tenant) {
        TenantId previous = CURRENT.get();
        set(tenant);
        return () -> set(previous);
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        try (Scope ignored = enter(tenant)) {
            work.run();
        }
    }

    public static <T> T callChecked(TenantId tenant, Callable<T> work) throws Exception {
        try (Scope ignored = enter(tenant)) {
            return work.call();
        }
    }

    private static void set(TenantId tenant) {
        if (tenant == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenant);
        }
    }

    /** A tenant binding that ends when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
