/**
 * What Linli tells a user outside the screen they are on (a reminder to read a notice, a case nearing its deadline):
 * the port features send through, and the in-app inbox that keeps the messages. An SMS or WeChat channel would be
 * another implementation of the port; none is called today.
 */
package org.linli.tenants.inbox;
