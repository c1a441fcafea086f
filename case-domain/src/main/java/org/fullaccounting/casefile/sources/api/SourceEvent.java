package org.fullaccounting.casefile.sources.api;

import java.util.UUID;

/** Every event of a registered source; the compiler lists them. Never a CaseEvent: a source is not a case. */
public sealed interface SourceEvent permits SourceRegisteredEvent, SourceCorrectedEvent, SourceLinkedToCasesEvent,
        FileAttachedEvent {

    UUID sourceId();
}
