package org.fullaccounting.projections.sources;

import java.time.Instant;

/** A source linked to one case: the source as described now, why it was linked, and when. */
public record CaseLink(SourceView source, String reason, Instant linkedAt) {
}
