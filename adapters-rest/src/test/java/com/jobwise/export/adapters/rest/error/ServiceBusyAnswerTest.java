package com.jobwise.export.adapters.rest.error;

import com.jobwise.export.domain.error.ServiceBusyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused render (bounded rendering) answers 503 with Retry-After in whole seconds, rounded up. */
class ServiceBusyAnswerTest {
    final ExportExceptionHandler handler = new ExportExceptionHandler();

    @Test
    void aRefusedRenderAnswers503WithRetryAfter() {
        HttpResponse<Problem> response = handler.handle(HttpRequest.POST("/api/v1/exports/pdf", "{}"),
                new ServiceBusyException(Duration.ofMillis(1500)));

        assertThat(response.code()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("2");
        assertThat(response.body().detail())
                .isEqualTo("The service is busy rendering other documents; please retry in a moment");
    }
}
