/** REST resources of the flea market: listings, photos, reservations, messages, sellers and moderation. */
package org.linli.tenants.flea.rest;
