/**
 * Security at the web's edge: Shiro's realm over Linli accounts ({@link LinliRealm}), bearer tokens and body limits for
 * the API ({@link ApiAuthenticationFilter}) with the session hidden from it ({@link SessionlessApiFilter}), the tenant
 * each request acts for ({@link TenantResolutionFilter}), and the first platform operator of a fresh installation
 * ({@link InitialAdministrator}). These filters only settle who calls and for which tenant; what the caller may do is
 * checked on the application services, whatever the entry point.
 */
package org.linli.infra.security;
