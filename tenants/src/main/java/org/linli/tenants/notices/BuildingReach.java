package org.linli.tenants.notices;

/**
 * How far a notice reached in one building: households and residents addressed, those that read it and those that
 * acknowledged it, and the households it has not reached that have nobody with an app account ("not reachable in
 * the app": a reminder cannot reach them, someone has to knock).
 */
public record BuildingReach(long buildingId, String name, int households, int householdsRead,
                            int householdsAcknowledged, int householdsNotReachable, int residents, int residentsRead,
                            int residentsAcknowledged) {

    /** Share of households with at least one reader, 0–100. */
    public double readRate() {
        return percent(householdsRead, households);
    }

    /** Share of households with at least one acknowledgement, 0–100. */
    public double acknowledgedRate() {
        return percent(householdsAcknowledged, households);
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
