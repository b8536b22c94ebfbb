package org.linli.ui.console.devices;

import com.vaadin.flow.component.Component;
import org.linli.tenants.devices.AlertLabel;
import org.linli.tenants.devices.DeviceState;
import org.linli.tenants.devices.LabelFigures;
import org.linli.tenants.devices.Severity;
import org.linli.ui.components.StatusBadge;

import java.util.function.BiFunction;

/** The coloured labels of the device screens: state, severity, label, false-positive rate. */
final class DeviceBadges {

    /** From this share of false alarms on, a device's rate is flagged. */
    static final int NOISY_PERCENT = 30;

    private DeviceBadges() {
    }

    static StatusBadge state(DeviceState state, BiFunction<String, Object[], String> text) {
        return new StatusBadge(text.apply("devices.state." + state.name(), new Object[0]), switch (state) {
            case ACTIVE -> StatusBadge.Tone.GOOD;
            case OFFLINE -> StatusBadge.Tone.ATTENTION;
            case RETIRED -> StatusBadge.Tone.NEUTRAL;
        });
    }

    static StatusBadge severity(Severity severity, BiFunction<String, Object[], String> text) {
        return new StatusBadge(text.apply("devices.severity." + severity.name(), new Object[0]),
                severity == Severity.NORMAL ? StatusBadge.Tone.NEUTRAL : StatusBadge.Tone.ATTENTION);
    }

    static Component label(AlertLabel label, BiFunction<String, Object[], String> text) {
        if (label == null) {
            return new StatusBadge(text.apply("devices.label.none", new Object[0]), StatusBadge.Tone.NEUTRAL);
        }
        return new StatusBadge(text.apply("devices.label." + label.name(), new Object[0]),
                label == AlertLabel.TRUE_POSITIVE ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION);
    }

    static String rate(LabelFigures figures, BiFunction<String, Object[], String> text) {
        Integer percent = figures.falsePositivePercent();
        return percent == null ? text.apply("devices.fp.none", new Object[0])
                : text.apply("devices.fp.rate", new Object[]{percent, figures.falsePositives(), figures.labelled()});
    }

    static StatusBadge rateBadge(LabelFigures figures, BiFunction<String, Object[], String> text) {
        Integer percent = figures.falsePositivePercent();
        return new StatusBadge(rate(figures, text), percent == null ? StatusBadge.Tone.NEUTRAL
                : percent >= NOISY_PERCENT ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.GOOD);
    }
}
