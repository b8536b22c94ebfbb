/** The operators' and grid workers' case screens: the queue with the SLA board, and one case's handling. */
package org.linli.ui.console.cases;
