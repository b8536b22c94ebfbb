package org.linli.tenants.devices;

import org.linli.platform.i18n.Messages;

/**
 * What the devices write into cases, always in Chinese, the community's language: a case is one record that grid
 * workers, providers, the supervising district and the resident read alike, so its words do not change with the
 * reader's language, as those a resident types do not. The texts live in the module's message bundle.
 */
final class DeviceCaseTexts {

    private DeviceCaseTexts() {
    }

    static String of(String key, Object... args) {
        return Messages.get(Messages.CHINESE, "devices.case." + key, args);
    }

    /** The name of an event kind, as the case says it. */
    static String event(EventKind kind) {
        return Messages.get(Messages.CHINESE, "devices.event." + kind.name());
    }

    /** The mark a case's text starts with for a severe alert; none for a normal one. */
    static String severity(Severity severity) {
        return severity == Severity.NORMAL ? "" : of("severity." + severity.name());
    }
}
