/** REST resources of the time bank: members' accounts, exchange, the love pool, settings and liabilities. */
package org.linli.tenants.timebank.rest;
