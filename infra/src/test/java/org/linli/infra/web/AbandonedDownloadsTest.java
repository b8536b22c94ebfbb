package org.linli.infra.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Jersey's complaints about a client that left mid-download are dropped; everything else is logged as before. */
class AbandonedDownloadsTest {

    private static LogRecord severe(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "Error while closing the output stream in order to commit.");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aClosedConnectionDeepInTheCausesIsNotLogged() {
        Throwable jersey = new RuntimeException("mappable",
                new UncheckedIOException(new IOException("Connection is closed")));
        assertThat(new AbandonedDownloads(null).isLoggable(severe(jersey))).isFalse();
    }

    @Test
    void aBrokenPipeOrAResetIsAClientGoneToo() {
        AbandonedDownloads filter = new AbandonedDownloads(null);
        assertThat(filter.isLoggable(severe(new IOException("Broken pipe")))).isFalse();
        assertThat(filter.isLoggable(severe(new IOException("Connection reset by peer")))).isFalse();
    }

    @Test
    void otherFailuresAreLoggedAsBefore() {
        AbandonedDownloads filter = new AbandonedDownloads(null);
        assertThat(filter.isLoggable(severe(new IOException("No space left on device")))).isTrue();
        assertThat(filter.isLoggable(severe(new IllegalStateException("Connection is closed")))).isTrue();
        assertThat(filter.isLoggable(severe(null))).isTrue();
    }

    @Test
    void theEarlierFilterStillDecidesTheRest() {
        AbandonedDownloads filter = new AbandonedDownloads(record -> record.getLevel() != Level.WARNING);
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "dropped before"))).isFalse();
        assertThat(filter.isLoggable(severe(new IOException("disk")))).isTrue();
    }

    @Test
    void installingTwiceKeepsOneFilterAndRestoringPutsTheEarlierOneBack() {
        Logger jersey = Logger.getLogger(AbandonedDownloads.RESPONDER);
        Filter earlier = record -> true;
        jersey.setFilter(earlier);
        try {
            AbandonedDownloads.quiet();
            AbandonedDownloads.quiet();
            assertThat(jersey.getFilter()).isInstanceOf(AbandonedDownloads.class);
            assertThat(((AbandonedDownloads) jersey.getFilter()).isLoggable(severe(null))).isTrue();
            AbandonedDownloads.restore();
            assertThat(jersey.getFilter()).isSameAs(earlier);
        } finally {
            jersey.setFilter(null);
        }
    }
}
