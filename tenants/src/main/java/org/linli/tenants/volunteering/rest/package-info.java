/** REST resources of volunteering: activities, sign-ups, attendance, crediting and hours reports. */
package org.linli.tenants.volunteering.rest;
