/**
 * The console's modules screen ({@link ModulesView}): tenant staff see which free and paid modules they have, and
 * platform operators enable a paid module at a monthly fee, change the fee or disable it. The view keeps no data: it
 * calls {@link org.linli.tenants.modules.ModuleService}, which records the fee for billing and checks who may change
 * it.
 */
package org.linli.ui.console.modules;
