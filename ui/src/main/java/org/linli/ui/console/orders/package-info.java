/**
 * Orders in the console for operators: every order of the tenant, with refund requests decided in the list
 * ({@link OrdersView}), and complaints resolved in writing ({@link ComplaintsView}). The views change nothing
 * themselves: each step goes through the order service, which holds the lifecycle and checks who may take it.
 */
package org.linli.ui.console.orders;
