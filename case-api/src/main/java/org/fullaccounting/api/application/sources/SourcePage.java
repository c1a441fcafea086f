package org.fullaccounting.api.application.sources;

import org.fullaccounting.projections.sources.LinkedCase;
import org.fullaccounting.projections.sources.SourceView;

import java.util.List;

/** One source as its reader may see it, with the cases it is linked to among those the reader may see, and its files. */
public record SourcePage(SourceView source, List<LinkedCase> cases, List<AttachmentInfo> attachments) {
}
