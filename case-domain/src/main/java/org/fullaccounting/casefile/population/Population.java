package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.api.CaseStatus;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic population of cases, seeded and deterministic: the same size and seed give the same
 * cases with the same ids, commands, users and times, on any machine. Each case is generated from
 * its own random stream (seed and index), so any case can be made alone and in any order.
 *
 * <p>Opening statuses follow the Korean War's 8,056 unaccounted-for: 2,034 POW, 1,784 KIA-BNR,
 * 4,140 MIA and 98 non-battle losses (opened as MISSING_PRESUMED_DEAD, the finding of death made
 * for a non-battle loss without remains); exactly so at 8,056 cases, in proportion at any other size.
 * Events per case average about 120 with a long tail of cases holding thousands.
 */
public final class Population {

    public static final int KOREAN_WAR_CASES = 8_056;
    public static final int ALL_UNACCOUNTED_CASES = 81_500;

    static final int POW = 2_034;
    static final int KIA_BNR = 1_784;
    static final int MIA = 4_140;

    private final int size;
    private final long seed;
    private final long step;
    private final long offset;

    private Population(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a population has at least one case, not " + size);
        }
        this.size = size;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        this.offset = random.nextLong(size);
        this.step = coprimeStep(random, size);
    }

    public static Population of(int cases, long seed) {
        return new Population(cases, seed);
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /** Every case, in order; generated lazily, one at a time. */
    public Stream<GeneratedCase> cases() {
        return IntStream.range(0, size).mapToObj(this::generate);
    }

    /** The case at this index (0 to size - 1). */
    public GeneratedCase generate(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        long place = shuffled(index);
        return new CaseStory(random, index, openingStatus(place), place).tell();
    }

    /** Spreads the statuses over the population: a bijection of the indexes, from the seed. */
    private long shuffled(int index) {
        return Math.floorMod(index * step + offset, (long) size);
    }

    private CaseStatus openingStatus(long place) {
        long bucket = place * KOREAN_WAR_CASES / size;
        if (bucket < POW) {
            return CaseStatus.PRISONER_OF_WAR;
        }
        if (bucket < POW + KIA_BNR) {
            return CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED;
        }
        if (bucket < POW + KIA_BNR + MIA) {
            return CaseStatus.MISSING_IN_ACTION;
        }
        return CaseStatus.MISSING_PRESUMED_DEAD;
    }

    private static long coprimeStep(SplittableRandom random, int size) {
        long candidate = 1 + random.nextLong(Math.max(1, size - 1));
        while (gcd(candidate, size) != 1) {
            candidate = candidate % size + 1;
        }
        return candidate;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
