package org.fullaccounting.casefile.remains.api;

import java.util.UUID;

/** A command to one remains accession. */
public interface AccessionCommand {

    UUID accessionId();
}
