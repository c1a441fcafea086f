package org.fullaccounting.api.web.sources;

import org.fullaccounting.api.application.sources.SourcePage;
import org.fullaccounting.projections.sources.SourceView;

import java.util.List;
import java.util.UUID;

/**
 * What a family reads of a source, by allow-list: what the document is, its date, who wrote it and
 * where it is kept, and which of its own cases it concerns. Never the reliability note, who
 * registered it, the reasons for its links or the other cases it concerns. The search lists no files.
 */
public record FamilySourceView(UUID sourceId, String kind, String title, String date, List<String> authors,
                               List<String> parties, String archiveReference, List<UUID> cases,
                               List<File> attachments) {

    /** An attached file as a family sees it: enough to download and recognise it. */
    public record File(int number, String filename, String mediaType, long size) {
    }

    static FamilySourceView of(SourceView s, List<UUID> cases, List<File> attachments) {
        return new FamilySourceView(s.sourceId(), s.kind(), s.title(), s.date(), s.authors(), s.parties(),
                s.archiveReference(), cases, attachments);
    }

    static FamilySourceView of(SourcePage page) {
        return of(page.source(), page.cases().stream().map(c -> c.caseId()).toList(), page.attachments().stream()
                .map(a -> new File(a.number(), a.filename(), a.mediaType(), a.size())).toList());
    }
}
