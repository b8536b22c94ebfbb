/** Console views of points: earning rules and their versions, the points mall with pickup desk, and check-ins. */
package org.linli.ui.console.points;
