package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.Citation;

import java.util.UUID;

/**
 * The registered source an entry cites, and where in it. Title, archive reference and restriction
 * are the register's current ones, read when the history is read ({@link CaseHistory#withSources}):
 * a corrected title shows at once, and a source restricted since it was cited leaves the families'
 * view at once. A history as of a past instant gets them as they were then (restricted if then or now). Until then (or when the register does not know the id) {@code title} is null.
 * {@code linkedToCase}: the source is also linked to this case, so a family may open its page.
 */
public record CitedSource(UUID sourceId, String locator, String title, String archiveReference, boolean restricted,
                          boolean linkedToCase) {

    static CitedSource of(Citation citation) {
        return citation == null ? null : new CitedSource(citation.sourceId(), citation.locator(), null, null, true,
                false);
    }

    /** Known in the register: its description is filled in. */
    public boolean resolved() {
        return title != null;
    }

    CitedSource describedBy(SourceFacts facts, boolean linked) {
        return facts == null ? this : new CitedSource(sourceId, locator, facts.title(), facts.archiveReference(),
                facts.restricted(), linked);
    }
}
