/** REST resources of the ad slots: inventory, bookings, creative review, payment, serving, clicks and reports. */
package org.linli.tenants.ads.rest;
