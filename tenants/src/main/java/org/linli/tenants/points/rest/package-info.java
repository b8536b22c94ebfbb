/** REST resources of points: a resident's wallet, earning rules and check-ins, settings, liabilities and the mall. */
package org.linli.tenants.points.rest;
