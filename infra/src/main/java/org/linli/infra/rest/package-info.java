/**
 * The REST application: its path, exception mappers turning domain errors into RFC 9457 problem details, the
 * caller's language, and the check of query and path text before any resource sees it.
 */
package org.linli.infra.rest;
