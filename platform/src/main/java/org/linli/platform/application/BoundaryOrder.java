package org.linli.platform.application;

import jakarta.interceptor.Interceptor;

/**
 * Priorities of the service boundary interceptors. All run after the JTA {@code @Transactional} interceptor
 * ({@code PLATFORM_BEFORE + 200}) so that they act inside the transaction: tenant first, then audit (so that it also
 * records denied calls), then the permission check.
 */
public final class BoundaryOrder {

    public static final int TENANT_BINDING = Interceptor.Priority.PLATFORM_BEFORE + 210;
    public static final int AUDIT = Interceptor.Priority.PLATFORM_BEFORE + 220;
    public static final int PERMISSION = Interceptor.Priority.PLATFORM_BEFORE + 230;

    private BoundaryOrder() {
    }
}
