/**
 * The modules API ({@link ModuleResource}): which free and paid modules the tenant acted for has, at what monthly fee,
 * and platform operators enabling and disabling paid ones. The resource only translates HTTP to
 * {@link org.linli.tenants.modules.ModuleService}; permissions and audit live on the service.
 */
package org.linli.tenants.modules.rest;
