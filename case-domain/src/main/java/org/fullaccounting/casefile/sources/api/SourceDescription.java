package org.fullaccounting.casefile.sources.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.List;

/**
 * What the register says of a document: its kind and title, its date as the document gives it
 * (may be absent), who wrote it and whom it concerns, where the original is kept, how far it can be
 * trusted, and whether families may read it (restricted: never).
 */
public record SourceDescription(
        DocumentKind kind,
        String title,
        HistoricalDate date,
        List<String> authors,
        List<String> parties,
        String archiveReference,
        String reliabilityNote,
        boolean restricted) {

    public SourceDescription {
        authors = authors == null ? List.of() : List.copyOf(authors);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
