package org.linli.tenants.notices;

import java.time.Instant;
import java.util.List;

/**
 * A notice's reach over its whole audience and per building. A household counts as reached when one of its
 * residents read the notice — or acknowledged it, when the notice asks for acknowledgement.
 */
public record NoticeReach(long noticeId, boolean acknowledgementRequired, int households, int householdsRead,
                          int householdsAcknowledged, int householdsUnreached, int householdsNotReachable,
                          int residents, int residentsInApp, List<BuildingReach> buildings, Instant remindedAt) {

    public NoticeReach {
        buildings = List.copyOf(buildings);
    }

    public double readRate() {
        return BuildingReach.percent(householdsRead, households);
    }

    public double acknowledgedRate() {
        return BuildingReach.percent(householdsAcknowledged, households);
    }
}
