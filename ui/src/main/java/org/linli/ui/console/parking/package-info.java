/**
 * The parking module's tool for lot staff: the gate on a phone, recording cars in and out with the fee from the lot's
 * tariff ({@link GateView}). Fees and permits are decided by the parking service, never computed in the view.
 */
package org.linli.ui.console.parking;
