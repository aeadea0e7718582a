package com.jobwise.export.bootstrap.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production {@code logback.xml} (not the tests' own configuration): JSON lines by default with the
 * request id, a readable format with {@code LOG_FORMAT=text}, and secrets masked in both.
 */
class LoggingConfigurationTest {
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1LTQyIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJlLXZhbHVl";
    static final String PRESIGNED = "https://b.s3.amazonaws.com/exports/u/e.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAEXAMPLE%2F20251115%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=abcdef0123456789";

    final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
        System.clearProperty("LOG_FORMAT");
    }

    Encoder<ILoggingEvent> configure(String format) throws Exception {
        if (format != null) {
            System.setProperty("LOG_FORMAT", format);
        }
        URL config = getClass().getClassLoader().getResource("logback.xml");
        assertThat(config).as("the production logback.xml").isNotNull();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>)
                root.iteratorForAppenders().next();
        assertThat(root.iteratorForAppenders()).toIterable().hasSize(1);
        return appender.getEncoder();
    }

    ILoggingEvent event(String message, Throwable error) {
        Logger logger = context.getLogger("com.jobwise.export.Example");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, error, null);
        event.setMDCPropertyMap(Map.of("request_id", "req-123"));
        return event;
    }

    @Test
    void jsonIsTheDefaultAndCarriesTheRequestIdWithSecretsMasked() throws Exception {
        Encoder<ILoggingEvent> encoder = configure(null);

        String line = new String(encoder.encode(event("download for Bearer " + JWT + " at " + PRESIGNED
                + " password=hunter2", new IllegalStateException("token " + JWT))), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.createDefault().readValue(line, Map.class);
        assertThat(json).containsEntry("request_id", "req-123").containsEntry("level", "WARN")
                .containsEntry("logger_name", "com.jobwise.export.Example").containsKeys("timestamp", "message", "stack_trace");
        assertThat(line).doesNotContain(JWT).doesNotContain("hunter2").doesNotContain("abcdef0123456789")
                .doesNotContain("AKIAEXAMPLE");
        assertThat((String) json.get("message")).contains("download for", "****", "X-Amz-Algorithm=AWS4-HMAC-SHA256");
    }

    @Test
    void logFormatTextGivesAReadableLineWithTheRequestIdAndSecretsMasked() throws Exception {
        Encoder<ILoggingEvent> encoder = configure("text");

        String line = new String(encoder.encode(event("issued Bearer " + JWT + " for " + PRESIGNED, 
                new IllegalStateException("token " + JWT))), StandardCharsets.UTF_8);

        assertThat(line).contains("WARN", "com.jobwise.export.Example", "req-123", "issued ****", "IllegalStateException");
        assertThat(line).doesNotStartWith("{").doesNotContain(JWT).doesNotContain("abcdef0123456789");
    }

    @Test
    void theAccessLogIsOnAndTheAwsSdkNeverLogsRequests() throws Exception {
        configure(null);

        assertThat(context.getLogger("com.jobwise.export.http.access").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("software.amazon.awssdk.request").isDebugEnabled()).isFalse();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    }
}
