package org.fullaccounting.api.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's table: one row per measure with its value, PostgreSQL's own figure where one
 * compares, the ratio, the target and whether it was met (null: no target). Written as
 * benchmark.md and benchmark.json.
 */
final class Report {

    /** One measure; {@code value} is the number the target is judged on, {@code shown} how it reads. */
    record Row(String measure, Double value, String shown, String raw, String ratio, String target, Boolean met) {
    }

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private long errors;
    private Long differences;
    private List<String> unverified;

    Report about(String key, Object value) {
        run.put(key, value);
        return this;
    }

    void add(String measure, double value, String shown, String raw, String ratio, String target, Boolean met) {
        rows.add(new Row(measure, value, shown, raw, ratio, target, met));
    }

    void add(String measure, double value, String shown, String target, Boolean met) {
        add(measure, value, shown, "", "", target, met);
    }

    /** Failed requests, counted over every figure. */
    void errors(long more) {
        errors += more;
    }

    void differences(long found) {
        differences = found;
    }

    /** The cases whose chain or snapshots did not verify. */
    void unverified(List<String> cases) {
        unverified = List.copyOf(cases);
    }

    /** The cases the verification of every case found wanting; null if it never ran. */
    List<String> unverified() {
        return unverified;
    }

    long totalErrors() {
        return errors;
    }

    /** What the consistency check reported after the replay; null if it never ran. */
    Long totalDifferences() {
        return differences;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    Map<String, Object> run() {
        return Map.copyOf(run);
    }

    void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("benchmark.md"), markdown());
            Map<String, Object> json = new LinkedHashMap<>(run);
            json.put("errors", errors);
            json.put("differences", differences);
            json.put("unverified", unverified);
            json.put("rows", rows);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(directory.resolve("benchmark.json").toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark report to " + directory, e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark\n\n");
        run.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("- failed requests: ").append(errors).append('\n');
        if (unverified != null && !unverified.isEmpty()) {
            md.append("- cases that did not verify: ").append(String.join(", ", unverified.subList(0,
                    Math.min(20, unverified.size())))).append(unverified.size() > 20 ? " and " + (unverified.size() - 20)
                    + " more (benchmark.json lists them all)" : "").append('\n');
        }
        md.append("\n| measure | value | raw PostgreSQL | ratio | target | met? |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.measure()).append(" | ").append(row.shown()).append(" | ").append(row.raw())
                    .append(" | ").append(row.ratio()).append(" | ").append(row.target()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }
}
