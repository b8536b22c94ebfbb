/**
 * Self-registration over HTTP ({@link RegistrationResource}), the one registry entry point that needs no sign-in. The
 * resource only translates HTTP to {@link org.linli.tenants.registry.selfregistration.SelfRegistration}, which checks
 * the code and creates the account and the pending entry together.
 */
package org.linli.tenants.registry.selfregistration.rest;
