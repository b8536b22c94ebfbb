package org.linli.tenants.flea;

/** Whether operators hid a listing (after reports): hidden listings are seen only by their seller and operators. */
public enum Moderation {
    SHOWN, HIDDEN
}
