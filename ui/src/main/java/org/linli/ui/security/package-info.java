/**
 * Signing in and out, self-registration, access to views by permission ({@code @ViewPermission}), and the one error
 * page shown in the person's own frame for not found, not allowed, no tenant chosen and failures.
 */
package org.linli.ui.security;
