package com.jobwise.export.adapters.rendering.pdfua;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Routes openhtmltopdf's log (java.util.logging by default, chatty at INFO) to SLF4J: warnings
 * and errors as warnings, everything else at debug, under {@code com.openhtmltopdf.*}.
 */
final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (logger.isDebugEnabled()) {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger(OpenHtmlToPdfRenderer.class).isDebugEnabled();
    }
}
