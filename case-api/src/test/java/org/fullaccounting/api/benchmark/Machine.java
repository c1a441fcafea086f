package org.fullaccounting.api.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine the benchmark ran on, for the record in its table. */
final class Machine {

    private Machine() {
    }

    /** Total memory from /proc/meminfo, "unknown" elsewhere. */
    static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> String.format(Locale.ROOT, "%.1f GiB RAM",
                            Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown RAM");
        } catch (IOException e) {
            return "unknown RAM";
        }
    }
}
