package org.fullaccounting.projections.people;

/**
 * How many open cases (every status but ACCOUNTED_FOR) have a usable mtDNA reference sample, and
 * their share of all open cases in percent (0 when there are none), rounded to one decimal.
 */
public record ReferenceCoverage(long openCases, long withUsableMtDna, double sharePercent) {

    public static ReferenceCoverage of(long openCases, long withUsableMtDna) {
        double share = openCases == 0 ? 0 : Math.round(1000.0 * withUsableMtDna / openCases) / 10.0;
        return new ReferenceCoverage(openCases, withUsableMtDna, share);
    }
}
