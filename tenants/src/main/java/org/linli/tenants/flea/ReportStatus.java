package org.linli.tenants.flea;

/** A report waits ({@code OPEN}) until an operator hides the listing (upheld) or restores it (dismissed). */
public enum ReportStatus {
    OPEN, UPHELD, DISMISSED
}
