package org.linli.tenants.notices;

import java.util.List;

/**
 * A household a notice has not reached yet: where it lives and who lives there, disclosed by the tenant's privacy
 * policy for the caller (names masked where it says so), and whether anyone there can get an in-app reminder.
 */
public record UnreachedHousehold(long householdId, long buildingId, String building, String address,
                                 List<String> residents, int residentsInApp) {

    public UnreachedHousehold {
        residents = List.copyOf(residents);
    }

    /** Whether an in-app reminder can reach anyone in this household. */
    public boolean reachableInApp() {
        return residentsInApp > 0;
    }
}
