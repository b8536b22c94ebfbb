/** The operators' time bank screens: the tenant's settings and the love pool with its grants to elders. */
package org.linli.ui.console.timebank;
