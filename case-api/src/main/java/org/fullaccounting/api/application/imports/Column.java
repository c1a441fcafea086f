package org.fullaccounting.api.application.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a casualty list, each with its CSV header name and the name of the same field in
 * POST /api/cases (and so in an NDJSON line), the report naming whichever the file used.
 */
public enum Column {
    SERVICE_NUMBER("service_number", "serviceNumber", true, 64),
    FAMILY_NAME("family_name", "name.family", true, 100),
    GIVEN_NAME("given_name", "name.given", false, 100),
    MIDDLE_NAME("middle_name", "name.middle", false, 100),
    RANK("rank", "rank", false, 100),
    BRANCH("branch", "branch", true, 0),
    UNIT("unit", "unit", false, 300),
    LOSS_DATE("loss_date", "lossDate", false, 0),
    LOSS_PLACE("loss_place", "lossPlace", false, 300),
    STATUS("status", "status", true, 0),
    CIRCUMSTANCES("circumstances", "circumstances", false, 10000),
    SOURCE("source", "source", true, 1000);

    private final String csv;
    private final String json;
    private final boolean required;
    private final int maxLength;

    Column(String csv, String json, boolean required, int maxLength) {
        this.csv = csv;
        this.json = json;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String csv() {
        return csv;
    }

    public String json() {
        return json;
    }

    public boolean required() {
        return required;
    }

    /** 0: not free text (an enum or a date, checked otherwise). */
    int maxLength() {
        return maxLength;
    }

    /** A header cell as written ("Family_Name ", "family_name"): case and surrounding spaces do not matter. */
    static Optional<Column> ofHeader(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.csv.equals(wanted)).findFirst();
    }
}
