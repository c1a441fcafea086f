package org.fullaccounting.api;

/** A scrape of /actuator/prometheus in Prometheus's text format: one sample a line, "name{labels} value". */
public record PrometheusScrape(String text) {

    public boolean has(String metric) {
        return text.lines().anyMatch(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "));
    }

    /** The sum of the metric's samples whose labels contain {@code label} (NaN counts as 0). */
    public double sum(String metric, String label) {
        return text.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    return Double.isNaN(value) ? 0 : value;
                })
                .sum();
    }
}
