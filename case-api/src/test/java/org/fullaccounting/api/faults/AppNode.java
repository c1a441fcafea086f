package org.fullaccounting.api.faults;

import org.fullaccounting.api.Api;
import org.fullaccounting.projections.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child JVM of the test, on the test's classpath, over a given database: the
 * way to kill it for real (SIGKILL: no shutdown hook, no released token claims, no closed pool) and
 * start it again on the same database and port. Connects as the restricted role, migrates as the
 * owner, as in production. Its output goes to target/faults/{name}.log (appended across restarts).
 * Every node still running when the test JVM exits is killed by a shutdown hook; tests close their
 * nodes themselves as well ({@link #close()}).
 */
public final class AppNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-password-for-fault-tests";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "kill-app-nodes"));
    }

    private final String name;
    private final int port;
    private final Path log;
    private final Map<String, String> properties;
    private List<String> jvmOptions = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private String mainClass = "org.fullaccounting.api.FullAccountingApplication";
    private Process process;

    private AppNode(String name, int port, Map<String, String> properties) {
        this.name = name;
        this.port = port;
        this.properties = properties;
        this.log = Path.of("target", "faults", name + ".log");
    }

    /** A node (not started yet) on {@code database}, connecting as {@code roles}; {@code extra} overrides. */
    public static AppNode on(String name, TestDatabase.Database database, TestDatabase.Roles roles,
                             Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", roles.app());
        properties.put("spring.datasource.password", roles.appPassword());
        properties.put("spring.flyway.user", roles.owner());
        properties.put("spring.flyway.password", roles.ownerPassword());
        properties.put("fa.sample-data", "false");
        properties.put("fa.admin-password", ADMIN_PASSWORD);
        properties.put("axoniq.update-checker.disabled", "true");
        properties.putAll(extra);
        return new AppNode(name, freePort(), properties);
    }

    /** Starts the JVM and waits until it answers its health endpoint; returns how long that took. */
    public Duration start() {
        return start(START_TIMEOUT, false);
    }

    /**
     * Starts the JVM and waits, at most {@code atMost}, until its health endpoint answers at all (any
     * status: a node still catching up answers 503); returns how long that took.
     */
    public Duration startAnswering(Duration atMost) {
        return start(atMost, true);
    }

    /** JVM options instead of the small, quick-starting defaults (the benchmark runs with full JIT). */
    public AppNode withJvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /**
     * Another Spring Boot application from the class path instead of the application (the benchmark's
     * floor), started alike; it must answer {@code /actuator/health} with 200 once it serves.
     */
    public AppNode running(String mainClass) {
        this.mainClass = mainClass;
        return this;
    }

    /** Sets ({@code value} null: removes) one property for the next start. */
    public AppNode set(String key, String value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
        return this;
    }

    /** Peak resident set size of the running JVM so far, in KiB (VmHWM in /proc/{pid}/status). */
    public long peakRssKiB() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of " + name, e);
        }
    }

    /** Where its output goes. */
    public Path log() {
        return log;
    }

    private Duration start(Duration atMost, boolean anyAnswer) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n===== " + name + " starting on port " + port + " =====\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        RUNNING.add(process);
        awaitAnswer(atMost, anyAnswer);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL (Process.destroyForcibly on Linux): the JVM gets no chance to clean anything up. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
    }

    /** How Axon names this node in token_entry.owner (JdbcTokenStore's default: the JVM's "pid@host"). */
    public String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Api admin() {
        return Api.at(port).as("admin", ADMIN_PASSWORD);
    }

    public Api as(String username, String password) {
        return Api.at(port).as(username, password);
    }

    @Override
    public void close() {
        kill();
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and quick to start: the machine running the tests is shared.
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dserver.port=" + port);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    private void awaitAnswer(Duration atMost, boolean anyAnswer) {
        long deadline = System.nanoTime() + atMost.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; "
                        + "see " + log.toAbsolutePath());
            }
            try {
                int status = HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || anyAnswer) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(250);
        }
        kill();
        throw new IllegalStateException(name + " did not answer within " + atMost + "; see " + log.toAbsolutePath());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
