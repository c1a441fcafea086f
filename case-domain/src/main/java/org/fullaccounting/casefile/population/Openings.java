package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.api.PersonName;

import java.util.SplittableRandom;
import java.util.UUID;

import static org.fullaccounting.casefile.population.Vocabulary.*;

/** The opening of a synthetic case: who he was, where and when he was lost, and his first status. */
final class Openings {

    private Openings() {
    }

    static OpenCaseCommand open(SplittableRandom random, UUID caseId, long place, CaseStatus status) {
        Branch branch = branch(random);
        String family = pick(random, FAMILY);
        PersonName name = new PersonName(random.nextInt(8) == 0 ? variant(random, family) : family,
                pick(random, GIVEN), random.nextBoolean() ? String.valueOf((char) ('A' + random.nextInt(26))) : null);
        String lossPlace = pick(random, PLACES);
        return new OpenCaseCommand(caseId, serviceNumber(branch, place), name, pick(random, RANKS), branch,
                pick(random, UNITS), lossDate(random), lossPlace, circumstances(status, lossPlace), status,
                "Korean War casualty file, synthetic population");
    }

    /** Unique per case: the branch's format around the case's place in the population. */
    static String serviceNumber(Branch branch, long place) {
        String digits = String.format("%07d", place);
        return switch (branch) {
            case ARMY -> "RA 1" + digits.substring(0, 1) + " " + digits.substring(1, 4) + " " + digits.substring(4);
            case MARINE_CORPS -> "1" + digits;
            case NAVY -> "3" + digits.substring(0, 3) + "-" + digits.substring(3);
            case AIR_FORCE -> "AF 1" + digits;
        };
    }

    private static Branch branch(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 78 ? Branch.ARMY : roll < 88 ? Branch.MARINE_CORPS : roll < 93 ? Branch.NAVY : Branch.AIR_FORCE;
    }

    private static String circumstances(CaseStatus status, String place) {
        return switch (status) {
            case PRISONER_OF_WAR -> "Captured near " + place + "; reported in enemy hands by returnees.";
            case KILLED_IN_ACTION_BODY_NOT_RECOVERED -> "Killed in action near " + place + "; remains not recovered.";
            case MISSING_PRESUMED_DEAD -> "Non-battle loss near " + place + "; presumed dead, remains not recovered.";
            default -> "Missing in action near " + place + " during enemy attack.";
        };
    }
}
