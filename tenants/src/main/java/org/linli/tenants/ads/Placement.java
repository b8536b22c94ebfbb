package org.linli.tenants.ads;

/** Where a slot's creatives are shown. */
public enum Placement {
    /** The banner on top of the storefront's home page. */
    STOREFRONT_HOME_BANNER,
    /** A banner on a module's page in the storefront. */
    STOREFRONT_MODULE_PAGE,
    /** The screen of a parcel station (驿站). */
    PARCEL_STATION_SCREEN,
    /** A community's notice-board screen (公告屏). */
    NOTICE_BOARD_SCREEN
}
