package org.fullaccounting.api.infrastructure.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FA_LOG_FORMAT=ecs turns the console into one JSON object per line (Spring Boot's structured
 * logging, set up by application.yml); unset, lines stay plain text. Started with the application's
 * configuration but none of its beans: the logging is what is under test.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private static final String LINE = "a line for the log shipper";

    @SpringBootConfiguration
    static class NoBeans {
    }

    @Test
    void withFaLogFormatSetEachLogLineIsAJsonObject(CapturedOutput console) throws Exception {
        logOneLine("FA_LOG_FORMAT=ecs");

        String line = console.getOut().lines().filter(l -> l.contains(LINE)).reduce((a, b) -> b).orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo(LINE);
        assertThat(json.has("@timestamp")).isTrue();
    }

    @Test
    void withoutItTheLinesArePlainText(CapturedOutput console) {
        logOneLine("FA_LOG_FORMAT=");

        String line = console.getOut().lines().filter(l -> l.contains(LINE)).reduce((a, b) -> b).orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("INFO");
    }

    /** Leaves the console as the other tests in this JVM expect it. */
    @AfterEach
    void plainTextAgain() {
        logOneLine("FA_LOG_FORMAT=");
    }

    private static void logOneLine(String format) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).properties(format).run()) {
            LoggerFactory.getLogger(StructuredLogsTest.class).info(LINE);
        }
    }
}
