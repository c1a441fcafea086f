package org.fullaccounting.api.application.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as GET /api/imports/{id} shows it. bytesRead of fileBytes is how far the reading has
 * come (the page's progress bar; approximate by the readers' buffers, fileBytes once DONE).
 */
public record ImportRun(
        UUID importId,
        String fileName,
        String fileSha256,
        long fileBytes,
        long bytesRead,
        String mediaType,
        String startedBy,
        State state,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        long casesOpened,
        long rowsSkipped,
        long rowsRejected,
        double rowsPerSecond,
        String failure) {

    public enum State { RUNNING, DONE, FAILED }
}
