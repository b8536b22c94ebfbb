/** REST resources of community cases under {@code /api/v1/cases}. */
package org.linli.tenants.cases.rest;
