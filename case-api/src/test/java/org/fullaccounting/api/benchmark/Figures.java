package org.fullaccounting.api.benchmark;

import java.time.Duration;
import java.util.Locale;

/** Each measured figure as a row of the report, judged against the targets on this machine. */
final class Figures {

    /** 10 million events in 10 minutes. */
    private static final double LOAD_TARGET = 10_000_000 / 600.0;
    private static final double REPLAY_TARGET = 50_000;
    private static final double APPENDS_SHARE_OF_RAW = 0.40;

    private final Report report;
    private double raw1;
    private double raw16;

    Figures(Report report) {
        this.report = report;
    }

    void population(RunningApp.Loaded loaded) {
        report.add("population loaded (" + loaded.cases() + " cases, " + loaded.events() + " events)",
                loaded.eventsPerSecond(), format("%.0f events/s in %.1f s", loaded.eventsPerSecond(), loaded.seconds()),
                "≥ 16,667 events/s (10 M events in 10 min)", loaded.eventsPerSecond() >= LOAD_TARGET);
    }

    void coldStart(Duration took) {
        report.add("cold start to first answer (on the loaded store)", took.toMillis(),
                format("%.1f s", took.toMillis() / 1000.0), "", null);
    }

    void raw(String method, double oneClient, double sixteenClients) {
        raw1 = oneClient;
        raw16 = sixteenClients;
        report.add("raw single-row commits, 1 client (" + method + ")", oneClient, format("%.0f/s", oneClient), "", null);
        report.add("raw single-row commits, 16 clients (" + method + ")", sixteenClients,
                format("%.0f/s", sixteenClients), "", null);
    }

    void appends(Load.Figure figure) {
        int clients = figure.clients();
        double raw = clients == 1 ? raw1 : raw16;
        double share = figure.perSecond() / raw;
        boolean noErrors = figure.errors() == 0;
        String target = clients == 64 ? "0 errors" : appendsTarget(clients) + ", 0 errors";
        Boolean met = clients == 64 ? noErrors : appendsMet(figure, raw);
        report.add("note appends over HTTP Basic, " + clients + " client" + (clients == 1 ? "" : "s"),
                figure.perSecond(), figure.describe(), format(clients == 1 ? "%.0f/s (1 client)" : "%.0f/s (16 clients)",
                        raw), format("%.1f %%", share * 100), target, met);
        report.errors(figure.errors());
    }

    void historyReads(Load.Figure figure) {
        report.add("history reads over HTTP Basic, 32 clients, random cases", figure.p99Millis(), figure.describe(),
                "p99 ≤ 20 ms (at 81,500 cases)", historyReadsMet(figure));
        report.errors(figure.errors());
    }

    void writeCost(int largeEvents, Load.Figure toLarge, int smallEvents, Load.Figure toSmall) {
        double ratio = toLarge.p50Millis() / toSmall.p50Millis();
        report.add(format("write to a case of %d events vs one of %d (p50, 1 client)", largeEvents, smallEvents),
                ratio, format("%.2f× (%.1f ms vs %.1f ms)", ratio, toLarge.p50Millis(), toSmall.p50Millis()),
                "≤ 2× (10,000 events vs 10)", ratio <= 2 && toLarge.errors() + toSmall.errors() == 0);
        report.errors(toLarge.errors() + toSmall.errors());
    }

    void replay(long events, Duration took, long differences) {
        double perSecond = events / (took.toMillis() / 1000.0);
        report.add("replay of every read model (" + events + " events)", perSecond,
                format("%.0f events/s in %.1f s", perSecond, took.toMillis() / 1000.0),
                "≥ 50,000 events/s", perSecond >= REPLAY_TARGET);
        report.add("consistency check after the replay", differences, differences + " differences",
                "0 differences", differences == 0);
        report.differences(differences);
    }

    void chains(RunningApp.Verified verified, int population, int clients) {
        report.add(format("hash chain and snapshots verified, every case (auditor API, %d clients)", clients),
                verified.casesPerSecond(), format("%d cases, %d events, %d not verified, in %.1f s (%.0f cases/s)",
                        verified.cases(), verified.events(), verified.broken().size(), verified.took().toMillis() / 1000.0,
                        verified.casesPerSecond()),
                "every case verifies", verified.broken().isEmpty() && verified.cases() == population);
        report.unverified(verified.broken());
    }

    /**
     * The floor's appends (one raw commit behind HTTP Basic, nothing else) against raw commits measured
     * just before each: whether the appends' target lies within what the stack reaches at all.
     */
    void floorAppends(String method, double raw1, Load.Figure one, double raw16, Load.Figure sixteen) {
        report.add("raw single-row commits beside the floor, 1 client (" + method + ")", raw1,
                format("%.0f/s", raw1), "", null);
        floorAppend(one, raw1);
        report.add("raw single-row commits beside the floor, 16 clients (" + method + ")", raw16,
                format("%.0f/s", raw16), "", null);
        floorAppend(sixteen, raw16);
    }

    private void floorAppend(Load.Figure figure, double raw) {
        int clients = figure.clients();
        report.add("floor: HTTP Basic request doing only one raw commit (no case, no event store, no read models), "
                        + clients + " client" + (clients == 1 ? "" : "s"), figure.perSecond(), figure.describe(),
                format("%.0f/s (beside it)", raw), format("%.1f %%", 100 * figure.perSecond() / raw),
                "reaches the appends' target (" + appendsTarget(clients) + ")?", appendsMet(figure, raw));
        report.errors(figure.errors());
    }

    /** The floor's history reads: a fixed body the size of an average history, no database. */
    void floorReads(int bytes, Load.Figure figure) {
        report.add("floor: HTTP Basic read of a fixed " + bytes + "-byte body (no database), 32 clients",
                figure.p99Millis(), figure.describe(), "reaches the history reads' target (p99 ≤ 20 ms)?",
                historyReadsMet(figure));
        report.errors(figure.errors());
    }

    /** The floor under a replay: the store read and deserialized once, no model applying anything. */
    void replayFloor(StoreScan.Scanned scanned) {
        report.add("floor: every event read in order and deserialized once, no read model (" + scanned.events()
                        + " events; plain JDBC and the application's serializer, in the benchmark's JVM)",
                scanned.perSecond(), format("%.0f events/s in %.1f s", scanned.perSecond(),
                        scanned.took().toMillis() / 1000.0),
                "reaches the replay's target (≥ 50,000 events/s)?", scanned.perSecond() >= REPLAY_TARGET);
    }

    /** The appends' target at 1 or 16 clients, as the table states it. */
    private static String appendsTarget(int clients) {
        return "≥ 40 % of raw" + (clients == 16 ? ", p99 ≤ 25 ms" : "");
    }

    /** The appends' target, one rule for the application's figures and the floor's. */
    private static boolean appendsMet(Load.Figure figure, double raw) {
        return figure.perSecond() / raw >= APPENDS_SHARE_OF_RAW && figure.errors() == 0
                && (figure.clients() != 16 || figure.p99Millis() <= 25);
    }

    /** The history reads' target, one rule for the application's figures and the floor's. */
    private static boolean historyReadsMet(Load.Figure figure) {
        return figure.p99Millis() <= 20 && figure.errors() == 0;
    }

    void peakRss(long kiB) {
        double mib = kiB / 1024.0;
        report.add("peak RSS of the application (VmHWM)", mib, format("%.0f MiB", mib), "≤ 1 GiB", mib <= 1024);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
