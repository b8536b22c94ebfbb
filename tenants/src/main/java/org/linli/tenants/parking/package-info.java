/**
 * Parking (停车): operators set up a community's lots with their tariff and spaces ({@link ParkingLots}), residents
 * buy monthly permits as orders of the lot's permit offering ({@link ParkingPermits}), and the lot's provider staff
 * record vehicles entering and leaving, each stay's fee computed at exit from the {@link ParkingTariff}
 * ({@link VisitorSessions}). A permit follows its order ({@link PermitFollower}): valid once paid, void when cancelled
 * or refunded, so it is paid like any other order.
 */
package org.linli.tenants.parking;
