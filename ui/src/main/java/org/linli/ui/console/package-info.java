/**
 * The web console of operators, grid workers, providers' staff, finance and platform operators: its layout and menu,
 * the tenant switcher and picker, and each role's home with today's work ({@link org.linli.ui.console.WorkToday}).
 * The features' screens live in the sub-packages.
 */
package org.linli.ui.console;
