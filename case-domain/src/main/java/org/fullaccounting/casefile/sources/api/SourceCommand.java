package org.fullaccounting.casefile.sources.api;

import java.util.UUID;

/** A command to one registered source. */
public interface SourceCommand {

    UUID sourceId();
}
