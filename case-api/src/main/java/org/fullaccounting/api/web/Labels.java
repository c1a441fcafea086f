package org.fullaccounting.api.web;

import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.Words;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Plain words for enums and times in templates: {@code ${@labels.of(x)}}. Times are shown in UTC, saying so. */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value instanceof CaseStatus status ? Words.status(status) : Words.of(value);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
