/**
 * The operators' and grid workers' case screens: the queue with the SLA board and one case's handling; the tenant's
 * case setup (category tree with SLAs, working calendar) and statistics; a supervising district's escalated cases.
 */
package org.linli.ui.console.cases;
