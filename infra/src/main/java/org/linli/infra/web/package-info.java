/**
 * The web tier around the application: security headers on every answer, session cookies, the site's address,
 * and the API explorer.
 */
package org.linli.infra.web;
