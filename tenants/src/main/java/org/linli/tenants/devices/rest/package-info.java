/** REST resources of devices: registration, the signed event intake, alerts and their labels, alert rules. */
package org.linli.tenants.devices.rest;
