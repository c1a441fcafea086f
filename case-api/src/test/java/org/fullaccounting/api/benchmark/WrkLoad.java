package org.fullaccounting.api.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link HttpLoad} by wrk (one thread, {@code clients} connections, HTTP/1.1 keep-alive). A Lua
 * script draws each request's address from a file of paths and prints what the run measured in one
 * line this class reads: requests completed, seconds, p50 and p99 from wrk's latency histogram,
 * answers other than 2xx/3xx and socket errors (both errors here).
 */
record WrkLoad(Path wrk, int port, String authorization) implements HttpLoad {

    private static final Pattern RESULT = Pattern.compile(
            "FA-WRK requests=(\\d+) micros=(\\d+) p50=(\\d+) p99=(\\d+) status=(\\d+) socket=(\\d+)");

    static Optional<WrkLoad> find(int port, String username, String password) {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "wrk")), Stream.of(Path.of("/usr/bin/wrk")))
                .filter(Files::isExecutable).findFirst().map(path -> new WrkLoad(path, port, basic));
    }

    @Override
    public String name() {
        return "wrk";
    }

    @Override
    public Load.Figure run(int clients, Duration duration, Target target) {
        try {
            Path paths = Files.createTempFile("wrk-paths", ".txt");
            Path script = Files.createTempFile("wrk", ".lua");
            try {
                Files.write(paths, target.paths());
                Files.writeString(script, script(target, paths));
                String output = runWrk(clients, duration, script);
                Matcher result = RESULT.matcher(output);
                if (!result.find()) {
                    throw new IllegalStateException("wrk said nothing measurable: " + output);
                }
                long requests = Long.parseLong(result.group(1));
                long errors = Long.parseLong(result.group(5)) + Long.parseLong(result.group(6));
                return new Load.Figure(clients, requests, errors, Long.parseLong(result.group(2)) / 1e6,
                        Long.parseLong(result.group(3)) / 1e3, Long.parseLong(result.group(4)) / 1e3);
            } finally {
                Files.deleteIfExists(paths);
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk", e);
        }
    }

    private String script(Target target, Path paths) {
        StringBuilder lua = new StringBuilder("local paths = {}\n")
                .append("for line in io.lines(").append(quoted(paths.toString())).append(") do paths[#paths + 1] = line end\n")
                .append("wrk.method = ").append(quoted(target.method())).append('\n')
                .append("wrk.headers[\"Authorization\"] = ").append(quoted(authorization)).append('\n');
        if (target.body() != null) {
            lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n")
                    .append("wrk.body = ").append(quoted(target.body())).append('\n');
        }
        return lua.append("request = function() return wrk.format(nil, paths[math.random(#paths)]) end\n")
                .append("done = function(summary, latency, requests)\n")
                .append("  local e = summary.errors\n")
                .append("  io.write(string.format(\"FA-WRK requests=%d micros=%d p50=%d p99=%d status=%d socket=%d\\n\",")
                .append(" summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),")
                .append(" e.status, e.connect + e.read + e.write + e.timeout))\n")
                .append("end\n").toString();
    }

    private String runWrk(int clients, Duration duration, Path script) {
        List<String> command = List.of(wrk.toString(), "-t1", "-c" + clients, "-d" + duration.toSeconds() + "s",
                "--timeout", "60s", "-s", script.toString(), "http://127.0.0.1:" + port);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Lua string literal (long bracket form cannot hold every text; escapes can). */
    private static String quoted(String text) {
        StringBuilder lua = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> lua.append('\\').append(c);
                case '\n' -> lua.append("\\n");
                default -> lua.append(c);
            }
        }
        return lua.append('"').toString();
    }
}
