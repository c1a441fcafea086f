package org.fullaccounting.casefile.people;

import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.api.ContactDetails;
import org.fullaccounting.casefile.people.api.Line;
import org.fullaccounting.casefile.people.api.SampleType;

import java.time.LocalDate;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * The checks of CasePeople's commands that read nothing of the record's state: required fields,
 * a sample's line against its type, dates in order. The rules that read the state are CasePeople's.
 */
final class PeopleChecks {

    private PeopleChecks() {
    }

    /** mtDNA only from the maternal line, Y-STR only from the paternal. */
    static void requireLineOfType(SampleType type, Line line) {
        if (!type.inheritedThrough(line)) {
            throw new CaseRuleViolation(WRONG_LINE, "line", type + " is not inherited through the " + line + " line");
        }
    }

    static void requireNotBefore(LocalDate date, LocalDate earlier, String field, String step) {
        if (date.isBefore(earlier)) {
            throw new CaseRuleViolation(DATE_OUT_OF_ORDER, field, field + " " + date + " is before the sample was "
                    + step + " (" + earlier + ")");
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static ContactDetails trimmed(ContactDetails d) {
        return new ContactDetails(blankToNull(d.address()), blankToNull(d.email()), blankToNull(d.phone()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A death date not before the birth: only when the two dates certainly disagree (partial dates may overlap). */
    static void requireBornBeforeDeath(HistoricalDate bornOn, HistoricalDate diedOn, String field) {
        if (bornOn != null && diedOn != null && diedOn.certainlyBefore(bornOn)) {
            throw new CaseRuleViolation(DIED_BEFORE_BORN, field,
                    "a death (" + diedOn + ") cannot come before the birth (" + bornOn + ")");
        }
    }
}
