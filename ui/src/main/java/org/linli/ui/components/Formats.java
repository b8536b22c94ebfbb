package org.linli.ui.components;

import org.linli.platform.application.ChinaTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How times look in the UI, in both languages: {@code 2026-11-29 14:30}, China time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
