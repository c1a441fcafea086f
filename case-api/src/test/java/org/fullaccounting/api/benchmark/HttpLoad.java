package org.fullaccounting.api.benchmark;

import org.fullaccounting.api.Api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A closed loop of HTTP clients against the running application, each request to one of
 * {@code paths} at random, for a fixed time: with wrk when it is installed, as the raw commits use
 * pgbench, else with the tests' Java client ({@link Load}).
 *
 * <p>Why wrk first: the client shares the machine's two cores with the application and PostgreSQL,
 * and what it spends is missing from the figures. On the liveness endpoint (no sign-in, no
 * database), one run on the benchmark machine: the JDK's HttpClient reached 1,260 requests/s at 1
 * client and 2,300/s at 16, Apache HttpClient 5 2,280/s and 4,300/s, wrk 4,740/s and 7,870/s. The JDK
 * client alone took longer per request (0.8 ms) than the append target allows the whole append.
 */
interface HttpLoad {

    /** One kind of request: its method, the addresses drawn from, its JSON body (null: none). */
    record Target(String method, List<String> paths, String body) {

        static Target get(List<String> paths) {
            return new Target("GET", List.copyOf(paths), null);
        }

        static Target post(List<String> paths, String json) {
            return new Target("POST", List.copyOf(paths), json);
        }

        String randomPath() {
            return paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
        }
    }

    /** {@code clients} connections for {@code duration}; any answer but 2xx is an error. */
    Load.Figure run(int clients, Duration duration, Target target);

    /** Which client measures: "wrk" or "Java HttpClient". */
    String name();

    /**
     * -Dfa.bench.client=wrk insists on wrk, =java on the Java client; unset: wrk when installed.
     */
    static HttpLoad choose(int port, Api user, String username, String password) {
        String chosen = System.getProperty("fa.bench.client", "");
        Optional<WrkLoad> wrk = chosen.equals("java") ? Optional.empty() : WrkLoad.find(port, username, password);
        if (wrk.isEmpty() && chosen.equals("wrk")) {
            throw new IllegalStateException("-Dfa.bench.client=wrk, but no wrk is installed (Debian: apt-get install wrk)");
        }
        return wrk.<HttpLoad>map(w -> w).orElseGet(() -> new JavaLoad(user));
    }

    /** The tests' own client, HTTP Basic, one thread per client. */
    record JavaLoad(Api user) implements HttpLoad {

        @Override
        public Load.Figure run(int clients, Duration duration, Target target) {
            return Load.run(clients, duration, client -> {
                Api.Response answer = target.body() == null ? user.get(target.randomPath())
                        : user.post(target.randomPath(), target.body());
                return answer.status() / 100 == 2;
            });
        }

        @Override
        public String name() {
            return "Java HttpClient";
        }
    }
}
