package org.fullaccounting.api.application.remains;

import org.fullaccounting.projections.remains.AccessionView;
import org.fullaccounting.projections.remains.CandidateView;

import java.util.List;

/** One accession with its candidate cases and what became of each. */
public record AccessionPage(AccessionView accession, List<CandidateView> candidates) {
}
