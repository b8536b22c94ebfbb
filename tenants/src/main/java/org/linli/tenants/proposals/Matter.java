package org.linli.tenants.proposals;

/**
 * What an owners' decision is about, as the Civil Code (art. 278) groups it: {@code ORDINARY} for items 1-5 and 9
 * (rules of the owners' assembly, electing the committee, hiring the property company, using the maintenance
 * fund, ...), simple majorities; {@code MAJOR} for items 6-8 (raising the maintenance fund, rebuilding buildings and
 * their facilities, changing the use of common parts or running a business on them), three quarters.
 */
public enum Matter {
    ORDINARY,
    MAJOR
}
