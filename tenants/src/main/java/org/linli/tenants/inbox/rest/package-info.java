/** The inbox API: the signed-in user's messages, their unread count, and marking them read. */
package org.linli.tenants.inbox.rest;
