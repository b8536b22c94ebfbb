package org.linli.tenants.points;

/** Whether residents can redeem a reward of the points mall now. */
public enum RewardStatus {
    ON_SALE,
    OFF_SALE
}
