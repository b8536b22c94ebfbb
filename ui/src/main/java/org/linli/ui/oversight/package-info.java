/** The supervisors' read-only screens: the jurisdiction's dashboards, their drill-down and exports. */
package org.linli.ui.oversight;
