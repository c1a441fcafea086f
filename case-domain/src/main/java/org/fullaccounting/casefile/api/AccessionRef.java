package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * The remains accession an entry of a case concerns, with its name as it was when the entry was
 * recorded ("K208 Box 12"), so the case's history reads without a lookup.
 */
public record AccessionRef(UUID accessionId, String name) {
}
