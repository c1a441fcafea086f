package org.fullaccounting.casefile;

import org.fullaccounting.casefile.CaseFixtures.Defaults;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.DesignateNonRecoverableCommand;
import org.fullaccounting.casefile.api.MakePresumptiveFindingOfDeathCommand;
import org.fullaccounting.casefile.api.NonRecoverableDesignatedEvent;
import org.fullaccounting.casefile.api.NonRecoverableReopenedEvent;
import org.fullaccounting.casefile.api.PresumptiveFindingOfDeathMadeEvent;
import org.fullaccounting.casefile.api.ReopenNonRecoverableCommand;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.date;
import static org.fullaccounting.casefile.CaseFixtures.entryId;

/** The determinations of a case, each with defaults a test changes in place (see {@link EntryFixtures}). */
final class DeterminationFixtures {

    static final UUID FINDING_ID = entryId(30);
    static final UUID NON_RECOVERABLE_ID = entryId(31);
    static final UUID REOPENING_ID = entryId(32);

    private DeterminationFixtures() {
    }

    static Finding finding() {
        return new Finding();
    }

    static NonRecoverable nonRecoverable() {
        return new NonRecoverable();
    }

    static Reopening reopening() {
        return new Reopening();
    }

    /** The Army listed Cpl. Dumas as presumed dead on 26 February 1954. */
    static final class Finding extends Defaults<Finding> {
        UUID entryId = FINDING_ID;
        String foundOn = "1954-02-26";
        String presumedDeathOn = "1954-02-26";
        String authority = "Department of the Army";
        String reason = "finding of death after a period missing";
        String source = "The Day (New London), 24 Jun 2018";
        Citation citation;

        MakePresumptiveFindingOfDeathCommand command() {
            return new MakePresumptiveFindingOfDeathCommand(CASE_ID, entryId, date(foundOn), date(presumedDeathOn),
                    authority, reason, source, null, citation);
        }

        PresumptiveFindingOfDeathMadeEvent event(CaseStatus from) {
            return new PresumptiveFindingOfDeathMadeEvent(CASE_ID, entryId, from, date(foundOn),
                    date(presumedDeathOn), authority, reason, source, citation);
        }
    }

    static final class NonRecoverable extends Defaults<NonRecoverable> {
        UUID entryId = NON_RECOVERABLE_ID;
        String designatedOn = "1996";
        String authority = "DPMO analysts";
        String reason = "the camp cemetery was flooded by the Sup'ung reservoir";
        String source = "analytic memorandum";
        Citation citation;

        DesignateNonRecoverableCommand command() {
            return new DesignateNonRecoverableCommand(CASE_ID, entryId, date(designatedOn), authority, reason, source,
                    null, citation);
        }

        NonRecoverableDesignatedEvent event() {
            return new NonRecoverableDesignatedEvent(CASE_ID, entryId, date(designatedOn), authority, reason, source,
                    citation);
        }
    }

    static final class Reopening extends Defaults<Reopening> {
        UUID entryId = REOPENING_ID;
        String reopenedOn = "2018-07";
        String reason = "the K55 boxes returned in 2018 may hold remains from the camp";
        String source = "DPAA notice, 2018";
        Citation citation;

        ReopenNonRecoverableCommand command() {
            return new ReopenNonRecoverableCommand(CASE_ID, entryId, date(reopenedOn), reason, source, null, citation);
        }

        NonRecoverableReopenedEvent event() {
            return new NonRecoverableReopenedEvent(CASE_ID, entryId, date(reopenedOn), reason, source, citation);
        }
    }
}
