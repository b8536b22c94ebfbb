/**
 * The web tier around the application: security headers on every answer, session cookies, the site's address,
 * the API explorer, and quiet ends for downloads their clients abandon.
 */
package org.linli.infra.web;
