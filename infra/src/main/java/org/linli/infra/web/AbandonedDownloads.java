package org.linli.infra.web;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A download the client leaves half-way (a finance user cancelling a year's split lines, a phone losing its network)
 * is no server error, yet Jersey logs each one as two SEVERE stack traces of some 350 lines (eclipse-ee4j/jersey
 * issue 4021: the write fails, then the close that commits the response). This filter on Jersey's response logger
 * turns exactly those into one line at FINE; every other record passes as before. The export itself stops at the
 * failed write, so nothing more is read for a client that has gone.
 */
public final class AbandonedDownloads implements Filter {

    static final String RESPONDER = "org.glassfish.jersey.server.ServerRuntime$Responder";
    /** Held, because the logging system keeps loggers only weakly and would forget the filter with the logger. */
    private static final Logger JERSEY = Logger.getLogger(RESPONDER);
    private static final Logger LOG = Logger.getLogger(AbandonedDownloads.class.getName());
    /** What the server's connector and the operating system say when the other end has gone. */
    private static final String[] GONE = {"connection is closed", "broken pipe", "connection reset"};

    private final Filter previous;

    AbandonedDownloads(Filter previous) {
        this.previous = previous;
    }

    /** Installs the filter on Jersey's response logger, keeping whatever filter it had behind it. */
    public static void quiet() {
        if (!(JERSEY.getFilter() instanceof AbandonedDownloads)) {
            JERSEY.setFilter(new AbandonedDownloads(JERSEY.getFilter()));
        }
    }

    /** Puts the logger's earlier filter back, so an undeployed application leaves none of its classes in it. */
    public static void restore() {
        if (JERSEY.getFilter() instanceof AbandonedDownloads installed) {
            JERSEY.setFilter(installed.previous);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        IOException gone = clientGone(record.getThrown());
        if (gone != null) {
            LOG.log(Level.FINE, "A client left before its download ended: {0}", gone.getMessage());
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }

    /** The I/O failure in {@code thrown}'s causes that says the client has gone, or null. */
    static IOException clientGone(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof IOException io && io.getMessage() != null) {
                String message = io.getMessage().toLowerCase(Locale.ROOT);
                for (String sign : GONE) {
                    if (message.contains(sign)) {
                        return io;
                    }
                }
            }
        }
        return null;
    }
}
