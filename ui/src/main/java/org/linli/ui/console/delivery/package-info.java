/**
 * The delivery module's tool for station staff: parcels taken in for a home, handed over against the household's code,
 * and those that waited too long ({@link StationView}). Pickup codes are checked by the parcel service, not the view.
 */
package org.linli.ui.console.delivery;
