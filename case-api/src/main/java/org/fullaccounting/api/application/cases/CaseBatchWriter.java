package org.fullaccounting.api.application.cases;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.CaseVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One write to many cases (a list's new members, a finding made for many cases): one command per
 * case, all in one transaction, so either every case records its entry or none does. A case that
 * refuses its command refuses the whole write, with the refusal's own code and the case named
 * ({@code caseIds}, fact {@code caseId}). A concurrent append to one of the cases retries the whole
 * write, as CaseWriter retries a single one.
 */
@Component
public class CaseBatchWriter {

    /** The most cases one write may name (a finding of death was made for thousands at once). */
    public static final int MAX_CASES = 10_000;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final CaseReader cases;
    private final JdbcTemplate jdbc;
    private final int attempts;

    CaseBatchWriter(CommandGateway commands, TransactionTemplate transaction, CaseReader cases, JdbcTemplate jdbc,
                    @Value("${fa.write.attempts-on-concurrent-append}") int attempts) {
        this.commands = commands;
        this.transaction = transaction;
        this.cases = cases;
        this.jdbc = jdbc;
        this.attempts = attempts;
    }

    /**
     * The cases named by id or by service number, each once, in the order given; 400 naming the
     * first that names no case, before anything is written.
     */
    public List<UUID> resolve(List<UUID> caseIds, List<String> serviceNumbers) {
        Set<UUID> resolved = new LinkedHashSet<>();
        for (UUID caseId : caseIds == null ? List.<UUID>of() : caseIds) {
            if (caseId == null || cases.current(caseId).isEmpty()) {
                throw Refusal.invalidParameter("caseIds", "names no known case: " + caseId);
            }
            resolved.add(caseId);
        }
        for (String number : serviceNumbers == null ? List.<String>of() : serviceNumbers) {
            String normalized = number == null ? "" : ServiceNumberRegistry.normalize(number);
            List<UUID> found = normalized.isEmpty() ? List.of() : jdbc.queryForList(
                    "SELECT case_id FROM service_number_claim WHERE service_number = ?", UUID.class, normalized);
            if (found.isEmpty()) {
                throw Refusal.invalidParameter("serviceNumbers", "names no known case: " + number);
            }
            resolved.add(found.get(0));
        }
        if (resolved.isEmpty()) {
            throw Refusal.invalidParameter("caseIds", "must name at least one case (caseIds or serviceNumbers)");
        }
        if (resolved.size() > MAX_CASES) {
            throw Refusal.invalidParameter("caseIds", "may name at most " + MAX_CASES + " cases");
        }
        return List.copyOf(resolved);
    }

    /** Sends one command per case (made with a new entry id), all or none; the entries written, in order. */
    public List<Written> writeAll(List<UUID> caseIds, Function<UUID, Function<UUID, CaseCommand>> commandFor,
                                  Runnable alsoInTransaction) {
        Map<UUID, UUID> entryIds = new HashMap<>();
        caseIds.forEach(caseId -> entryIds.put(caseId, UUID.randomUUID()));
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    alsoInTransaction.run();
                    List<Written> written = new ArrayList<>();
                    for (UUID caseId : caseIds) {
                        CaseCommand command = commandFor.apply(caseId).apply(entryIds.get(caseId));
                        written.add(new Written(caseId, command.entryId(), send(command).value()));
                    }
                    return written;
                });
            } catch (ConcurrencyException concurrentAppend) {
                if (attempt >= attempts) {
                    throw concurrentAppend;
                }
            }
        }
    }

    private CaseVersion send(CaseCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (CaseRuleViolation refused) {
            Map<String, Object> facts = new HashMap<>(refused.facts());
            facts.put("caseId", command.caseId().toString());
            throw new CaseRuleViolation(refused.code(), "caseIds", "case " + command.caseId() + ": "
                    + refused.getMessage() + "; nothing was recorded", facts);
        }
    }
}
