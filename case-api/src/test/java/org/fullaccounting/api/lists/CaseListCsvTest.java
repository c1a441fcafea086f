package org.fullaccounting.api.lists;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.application.imports.CsvCells;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/cases with Accept: text/csv: the import's columns, RFC 4180, no formula runs, values come back. */
class CaseListCsvTest extends ApiTest {

    @Test
    void theFilteredListComesAsCsvInTheImportsColumnsAndEveryValueComesBack() throws Exception {
        String serviceNumber = uniqueServiceNumber();
        Map<String, Object> opening = Requests.caseOpening(serviceNumber);
        opening.put("name", Map.of("family", "Dúmas, \"Jr\"", "given", "Réné", "middle", "=A1"));
        opening.put("unit", "\"B\" Company,\r\n2nd line");
        opening.put("circumstances", "=HYPERLINK(\"http://evil\",\"x\")");
        opening.put("source", "@family petition");
        opening.put("lossPlace", "'=already quoted");
        caseworker.post("/api/cases", opening).expectStatus(201);
        listed("/api/cases?q=" + serviceNumber, 1);

        Api.Response csv = caseworker.get("/api/cases?q=" + serviceNumber, "Accept", "text/csv").expectStatus(200);

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("'=HYPERLINK").contains("'@family petition").contains("''=already quoted")
                .doesNotContain(",=HYPERLINK");
        List<CSVRecord> rows = parse(csv.body());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(value(row, "service_number")).isEqualTo(serviceNumber);
        assertThat(value(row, "family_name")).isEqualTo("Dúmas, \"Jr\"");
        assertThat(value(row, "given_name")).isEqualTo("Réné");
        assertThat(value(row, "middle_name")).isEqualTo("=A1");
        assertThat(value(row, "rank")).isEqualTo("Corporal");
        assertThat(value(row, "branch")).isEqualTo("ARMY");
        assertThat(value(row, "unit")).isEqualTo("\"B\" Company,\r\n2nd line");
        assertThat(value(row, "loss_date")).isEqualTo("1950-11-04");
        assertThat(value(row, "loss_place")).isEqualTo("'=already quoted");
        assertThat(value(row, "status")).isEqualTo("MISSING_IN_ACTION");
        assertThat(value(row, "circumstances")).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(value(row, "source")).isEqualTo("@family petition");
    }

    @Test
    void filtersApplyAndEveryPageComesAsForTheJsonList() throws Exception {
        String unit = "CSV unit " + uniqueServiceNumber();
        for (int i = 0; i < 3; i++) {
            caseworker.post("/api/cases", Requests.with(Requests.caseOpening(uniqueServiceNumber()), "unit", unit))
                    .expectStatus(201);
        }
        String query = "/api/cases?unit=" + unit.replace(" ", "%20") + "&size=1&sort=serviceNumber";
        listed(query, 3);
        List<CSVRecord> rows = parse(auditor.get(query, "Accept", "text/csv").expectStatus(200).body());
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().map(r -> r.get("service_number")).toList())
                .isEqualTo(caseworker.get(query.replace("size=1", "size=10")).expectStatus(200).json()
                        .findValuesAsText("serviceNumber"));
        assertThat(caseworker.get(query).expectStatus(200).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aFamilyGetsTheHeaderRowOnlyAndABadFilterIsAProblem() throws Exception {
        openCase();
        Api.Response csv = family.get("/api/cases", "Accept", "text/csv").expectStatus(200);
        assertThat(parse(csv.body())).isEmpty();
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CsvCells.COLUMNS));
        caseworker.get("/api/cases?lossFrom=1951&lossTo=1950", "Accept", "text/csv")
                .expectProblem(400, "INVALID_PARAMETER");
        anonymous.get("/api/cases", "Accept", "text/csv").expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void everyValueSurvivesTheFormulaGuard() {
        for (String value : List.of("", "'", "''", "=", "'=", "''=1", "+1", "-", "@x", "\tx", "\rx", "plain",
                "'plain", "a=b", "O'Brien")) {
            assertThat(CsvCells.unescape(CsvCells.escape(value))).as(value).isEqualTo(value);
            String escaped = CsvCells.escape(value);
            assertThat(escaped.isEmpty() || "=+-@\t\r".indexOf(escaped.charAt(0)) < 0).as(value).isTrue();
        }
    }

    /** Waits for the list's read models (board, search) to hold the cases just opened. */
    private void listed(String query, int cases) {
        Eventually.until("the list holds the new cases", () -> caseworker.get(query).expectStatus(200).json(),
                page -> page.get("total").asLong() == cases);
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvCells.COLUMNS);
            return parser.getRecords();
        }
    }

    private static String value(CSVRecord row, String column) {
        return CsvCells.unescape(row.get(column));
    }
}
