/**
 * Tenant-facing capabilities built on the platform kernel: modules and entitlements, the community registry and
 * grid, services and orders, the issue loop, notices and oversight. Each lives in its own feature package
 * ({@code org.linli.tenants.<feature>}); this module may use {@code org.linli.platform} and nothing above it.
 */
package org.linli.tenants;
