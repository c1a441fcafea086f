package org.fullaccounting.casefile.api;

/**
 * Where an opening came from when a casualty list was imported: the file's name as uploaded, the
 * SHA-256 of its bytes (64 lowercase hex digits) and the line of the file the row began on. Part
 * of the opening event itself (not of its metadata), so the provenance is a fact of the case that
 * every reader of the event sees, that the hash chain covers with the payload, and that an archive
 * restored elsewhere keeps.
 */
public record ImportedFrom(String fileName, String fileSha256, long line) {
}
