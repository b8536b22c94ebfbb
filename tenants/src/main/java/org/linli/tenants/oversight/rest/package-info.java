/**
 * The oversight API: a supervisor's jurisdiction, dashboards and their exports (read-only), and the platform
 * operators' attaching of supervisors to districts.
 */
package org.linli.tenants.oversight.rest;
