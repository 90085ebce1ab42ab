package org.thirdspace.casestudies.internal.export;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log (java.util.logging, INFO by default, to standard error) to SLF4J:
 * its errors and warnings as such, its progress chatter at debug.
 */
final class PdfRendererLogging implements XRLogger {

    private static volatile boolean installed;

    private PdfRendererLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfRendererLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfRendererLogging());
                    installed = true;
                }
            }
        }
    }

    private static Logger logger(String where) {
        return LoggerFactory.getLogger(where == null || where.isEmpty() ? "com.openhtmltopdf" : where);
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = logger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (value >= Level.CONFIG.intValue()) {
            log.debug(msg, th);
        } else {
            log.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the logging configuration's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = logger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return log.isErrorEnabled();
        }
        if (value >= Level.WARNING.intValue()) {
            return log.isWarnEnabled();
        }
        return value >= Level.CONFIG.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
