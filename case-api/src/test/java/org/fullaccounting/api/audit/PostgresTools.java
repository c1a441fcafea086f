package org.fullaccounting.api.audit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore), as an operator runs them: the newest
 * installed server's ({@code /usr/lib/postgresql/<version>/bin}, Debian's layout) or else the PATH's.
 */
final class PostgresTools {

    private PostgresTools() {
    }

    static Optional<Path> find(String program) {
        List<Path> candidates = new ArrayList<>();
        Path servers = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(servers)) {
            try (Stream<Path> versions = Files.list(servers)) {
                versions.sorted(Comparator.comparing(PostgresTools::version).reversed())
                        .forEach(version -> candidates.add(version.resolve("bin").resolve(program)));
            } catch (IOException unreadable) {
                // then only the PATH
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .forEach(dir -> candidates.add(Path.of(dir).resolve(program)));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static int version(Path directory) {
        try {
            return Integer.parseInt(directory.getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException notAVersion) {
            return -1;
        }
    }

    /** Runs the program to its end (at most two minutes); fails with its output unless it exits 0. */
    static void run(String password, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("pg-tool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within two minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
