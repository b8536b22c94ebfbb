/** The notices API: operators' notices with their reach and reminders, and residents' own notices. */
package org.linli.tenants.notices.rest;
