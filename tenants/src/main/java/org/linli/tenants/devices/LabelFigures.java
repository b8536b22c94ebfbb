package org.linli.tenants.devices;

/**
 * A device's alerts and how handlers labelled them. The false-positive rate counts labelled alerts only: an alert
 * nobody has judged yet says nothing about the device.
 */
public record LabelFigures(long alerts, long labelled, long falsePositives) {

    public static final LabelFigures NONE = new LabelFigures(0, 0, 0);

    /** The share of labelled alerts that were false, in whole percent (rounded half up); null when none is labelled. */
    public Integer falsePositivePercent() {
        return labelled == 0 ? null : (int) ((falsePositives * 200 + labelled) / (labelled * 2));
    }
}
