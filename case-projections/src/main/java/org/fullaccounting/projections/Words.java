package org.fullaccounting.projections;

import org.fullaccounting.casefile.api.CaseStatus;

import java.util.Locale;

/** Enum values as a reader says them: MISSING_PRESUMED_DEAD is "missing, presumed dead". */
public final class Words {

    private Words() {
    }

    public static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CaseStatus) {
            return status((CaseStatus) value);
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String status(CaseStatus status) {
        switch (status) {
            case MISSING_IN_ACTION:
                return "missing in action";
            case PRISONER_OF_WAR:
                return "prisoner of war";
            case KILLED_IN_ACTION_BODY_NOT_RECOVERED:
                return "killed in action, body not recovered";
            case MISSING_PRESUMED_DEAD:
                return "missing, presumed dead";
            case DIED_IN_CAPTIVITY:
                return "died in captivity";
            case REPATRIATED:
                return "repatriated";
            case NON_REPATRIATE:
                return "non-repatriate";
            case ACCOUNTED_FOR:
                return "accounted for";
            default:
                throw new IllegalStateException("unhandled status " + status);
        }
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
