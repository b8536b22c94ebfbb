package org.linli.tenants.points;

/** An earning rule version is in force until a newer version or an operator retires it. */
public enum EarningRuleStatus {
    ACTIVE,
    RETIRED
}
