package org.fullaccounting.api.application.cases;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.testing.RandomCases;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.RandomCases.MARKER;

/**
 * The case view a family gets, from random cases folded by the case header's fold (as the header
 * read model and the API's as-of reads do): no marker, and the same with or without the hidden entries,
 * so nothing in it counts them.
 */
class FamilyCaseViewPropertiesTest {

    @Provide
    Arbitrary<List<RandomCases.Step>> steps() {
        return RandomCases.steps(40);
    }

    @Property(tries = 300)
    void aFamilysCaseViewHoldsNoMarkerAndCountsNoHiddenEntry(@ForAll("steps") List<RandomCases.Step> steps) {
        RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);

        FamilyCaseView withHidden = FamilyCaseView.of(fold(generated.all()));
        FamilyCaseView withoutHidden = FamilyCaseView.of(fold(generated.visibleOnly()));

        assertThat(withHidden.toString()).doesNotContain(MARKER);
        assertThat(withHidden).isEqualTo(withoutHidden);
    }

    private static CaseSummary fold(List<CaseEvent> events) {
        return CaseSummary.fold(events);
    }
}
