package org.fullaccounting.api.application.imports;

import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.api.infrastructure.imports.ImportThreads;
import org.fullaccounting.casefile.CaseErrorCode;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.ImportedFrom;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.population.GeneratedCase;
import org.fullaccounting.projections.StorableText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Reads one spooled casualty list and opens its good rows, {@code fa.imports.batch-rows} at a time,
 * through {@link PopulationLoad} (the bulk loading path: the aggregate checks every opening as it
 * checks POST /api/cases; the service number claim decides who holds a number).
 *
 * <p>Per batch, in one transaction: the cases, the batch's report lines and the import's
 * counters. Rows whose number is already claimed (by an earlier import, a case typed in, or an
 * earlier row of this file) are skipped before the load, naming the holder. If the aggregate
 * still refuses an opening in the batch (a number claimed by another writer a moment ago, a rule
 * such as "no case opens ACCOUNTED_FOR"), the batch is rolled back and its rows are opened one by
 * one, each refusal becoming that row's skip or rejection: a rejected row changes nothing, every
 * good row is opened.
 */
@Component
class ImportWork {

    private static final Logger log = LoggerFactory.getLogger(ImportWork.class);
    static final int ATTEMPTS = 5;

    /** What the background needs to know of one import. */
    record Job(UUID id, String fileName, String sha256, Format format, Path spool, String user) {
        String requestId() {
            return "import-" + id;
        }
    }

    private final PopulationLoad load;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ImportThreads threads;
    private final int batchRows;
    private final int parallelBatches;

    ImportWork(PopulationLoad load, TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock,
               ImportThreads threads, @Value("${fa.imports.batch-rows:500}") int batchRows,
               @Value("${fa.imports.parallel-batches:1}") int parallelBatches) {
        this.load = load;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.threads = threads;
        this.batchRows = batchRows;
        this.parallelBatches = Math.max(1, parallelBatches);
    }

    void run(Job job) {
        long line = 0;
        long started = System.nanoTime();
        try (Counted in = new Counted(Files.newInputStream(job.spool())); RowReader rows = job.format().open(in)) {
            try {
                Batches batches = new Batches(threads, parallelBatches);
                while (rows.hasNext()) {
                    List<ListedRow> batch = new ArrayList<>(batchRows);
                    while (batch.size() < batchRows && rows.hasNext()) {
                        batch.add(rows.next());
                    }
                    line = batch.get(batch.size() - 1).line();
                    long bytesRead = in.count();
                    Function<Column, String> names = rows.fieldNames();
                    batches.submit(() -> importBatchRetryingOutages(job, batch, names, bytesRead));
                }
                batches.awaitAll();
            } finally {
                line = Math.max(line, rows.lineReached());
            }
            jdbc.update("UPDATE import_run SET state = 'DONE', finished_at = now(), heartbeat_at = now(), "
                    + "bytes_read = file_bytes "
                    + "WHERE import_id = ? AND state = 'RUNNING'", job.id());
            log.info(String.format(java.util.Locale.ROOT, "Import %s (%s): %d lines in %.1f s", job.id(),
                    job.fileName(), line, (System.nanoTime() - started) / 1e9));
        } catch (Exception | Error failed) {
            Throwable cause = failed instanceof ExecutionException ? failed.getCause() : failed;
            log.warn("Import {} ({}) failed near line {}", job.id(), job.fileName(), line, cause);
            fail(job, "stopped near line " + line + ": " + describe(cause));
            if (failed instanceof Error error) {
                throw error;
            }
        }
    }

    private record Candidate(long line, OpenCaseCommand opening, String number) {
    }

    /**
     * A batch that could not reach the database (no connection free within the pool's timeout, a
     * connection lost) rolled back whole; it is tried again after a growing pause, up to
     * {@value #ATTEMPTS} times, so a minute of contention does not end an hour's import.
     */
    private void importBatchRetryingOutages(Job job, List<ListedRow> batch, Function<Column, String> names,
                                            long bytesRead) {
        for (int attempt = 1; ; attempt++) {
            try {
                importBatch(job, batch, names, bytesRead);
                return;
            } catch (TransientDataAccessException | DataAccessResourceFailureException outage) {
                if (attempt >= ATTEMPTS) {
                    throw outage;
                }
                log.warn("Import {}: a batch could not reach the database (attempt {}), trying again: {}", job.id(),
                        attempt, outage.getMessage());
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw outage;
                }
            }
        }
    }

    private void importBatch(Job job, List<ListedRow> batch, Function<Column, String> names, long bytesRead) {
        Outcome outcome = new Outcome();
        List<Candidate> unclaimed = unclaimed(checked(job, batch, names, outcome), names, outcome);
        try {
            transaction.executeWithoutResult(status -> {
                Outcome together = outcome.copy();
                Map<String, UUID> inBatch = new HashMap<>();
                List<Candidate> opening = new ArrayList<>();
                for (Candidate candidate : unclaimed) {
                    UUID first = inBatch.putIfAbsent(candidate.number(), candidate.opening().caseId());
                    if (first != null) {
                        together.skip(candidate.line(), names.apply(Column.SERVICE_NUMBER), first,
                                candidate.opening().serviceNumber());
                    } else {
                        opening.add(candidate);
                    }
                }
                open(job, opening);
                together.opened = opening.size();
                record(job, batch.size(), together, bytesRead);
            });
        } catch (CaseRuleViolation | ConcurrencyFailureException refusedInBatch) {
            // A rule of the case, or two batches that took the same numbers in opposite order (a
            // deadlock PostgreSQL broke): row by row, each its own transaction, nothing is lost.
            oneByOne(job, batch.size(), unclaimed, outcome, names, bytesRead);
        }
    }

    /** The rows that pass the checks, as openings; the others go to the report as rejected. */
    private static List<Candidate> checked(Job job, List<ListedRow> batch, Function<Column, String> names,
                                           Outcome outcome) {
        List<Candidate> candidates = new ArrayList<>();
        for (ListedRow row : batch) {
            RowChecks.Checked checked = RowChecks.check(row, UUID.randomUUID(), names,
                    new ImportedFrom(job.fileName(), job.sha256(), row.line()));
            if (checked.command() == null) {
                checked.problems().forEach(problem -> outcome.report.add(new ReportLine(row.line(),
                        ReportLine.Outcome.REJECTED, problem.field(), problem.reason(), null)));
                outcome.rejected++;
            } else {
                candidates.add(new Candidate(row.line(), checked.command(),
                        ServiceNumberRegistry.normalize(checked.command().serviceNumber())));
            }
        }
        return candidates;
    }

    /** The openings whose number nobody holds yet; the others go to the report as skipped, naming the holder. */
    private List<Candidate> unclaimed(List<Candidate> candidates, Function<Column, String> names, Outcome outcome) {
        Map<String, UUID> holders = claimed(candidates);
        List<Candidate> unclaimed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            UUID holder = holders.get(candidate.number());
            if (holder != null) {
                outcome.skip(candidate.line(), names.apply(Column.SERVICE_NUMBER), holder,
                        candidate.opening().serviceNumber());
            } else {
                unclaimed.add(candidate);
            }
        }
        return unclaimed;
    }

    /** The batch as single openings, each in its own transaction, so one refusal costs only its row. */
    private void oneByOne(Job job, int rows, List<Candidate> unclaimed, Outcome outcome, Function<Column, String> names,
                          long bytesRead) {
        for (Candidate candidate : unclaimed) {
            try {
                transaction.executeWithoutResult(status -> open(job, List.of(candidate)));
                outcome.opened++;
            } catch (CaseRuleViolation refused) {
                if (refused.code() == CaseErrorCode.DUPLICATE_SERVICE_NUMBER) {
                    outcome.skip(candidate.line(), names.apply(Column.SERVICE_NUMBER),
                            UUID.fromString(String.valueOf(refused.facts().get("existingCaseId"))),
                            candidate.opening().serviceNumber());
                } else {
                    outcome.report.add(new ReportLine(candidate.line(), ReportLine.Outcome.REJECTED,
                            fieldOf(refused.field(), names), refused.getMessage(), null));
                    outcome.rejected++;
                }
            }
        }
        transaction.executeWithoutResult(status -> record(job, rows, outcome, bytesRead));
    }

    private void open(Job job, List<Candidate> openings) {
        if (openings.isEmpty()) {
            return;
        }
        var recordedAt = clock.instant();
        // Within this transaction, so the cases commit or roll back with the batch's report lines and counters.
        List<GeneratedCase> cases = openings.stream().map(candidate -> new GeneratedCase(
                List.of(new GeneratedCase.Recorded(candidate.opening(), job.user(), recordedAt)))).toList();
        load.loadWithin(cases, job.requestId());
    }

    /** Who holds these numbers already (committed claims). */
    private Map<String, UUID> claimed(List<Candidate> candidates) {
        Map<String, UUID> holders = new HashMap<>();
        if (candidates.isEmpty()) {
            return holders;
        }
        String[] numbers = candidates.stream().map(Candidate::number).distinct().toArray(String[]::new);
        jdbc.query("SELECT service_number, case_id FROM service_number_claim WHERE service_number = ANY (?)",
                rs -> {
                    holders.put(rs.getString(1), rs.getObject(2, UUID.class));
                }, (Object) numbers);
        return holders;
    }

    private void record(Job job, int rows, Outcome outcome, long bytesRead) {
        jdbc.batchUpdate("INSERT INTO import_report_line (import_id, line, outcome, field, reason, existing_case) "
                + "VALUES (?, ?, ?, ?, ?, ?)", outcome.report.stream().map(line -> new Object[]{job.id(), line.line(),
                line.outcome().name(), line.field(), StorableText.storable(line.reason()), line.existingCaseId()})
                .toList());
        jdbc.update("UPDATE import_run SET rows_read = rows_read + ?, cases_opened = cases_opened + ?, "
                        + "rows_skipped = rows_skipped + ?, rows_rejected = rows_rejected + ?, heartbeat_at = now(), "
                        + "bytes_read = greatest(bytes_read, ?) WHERE import_id = ?", rows, outcome.opened,
                outcome.skipped, outcome.rejected, bytesRead, job.id());
    }

    private void fail(Job job, String why) {
        try {
            jdbc.update("UPDATE import_run SET state = 'FAILED', finished_at = now(), failure = ? "
                    + "WHERE import_id = ? AND state = 'RUNNING'", StorableText.storable(why), job.id());
        } catch (RuntimeException unrecorded) {
            log.error("Import {} failed and its failure could not be recorded; it turns FAILED when its heartbeat "
                    + "lapses", job.id(), unrecorded);
        }
    }

    /** The aggregate names fields as POST /api/cases does; the report uses the file's own names. */
    private static String fieldOf(String commandField, Function<Column, String> names) {
        if (commandField == null) {
            return null;
        }
        return Arrays.stream(Column.values()).filter(column -> column.json().equals(commandField)).findFirst()
                .map(names).orElse(commandField);
    }

    private static String describe(Throwable failed) {
        String message = failed.getMessage();
        return failed.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
