package org.fullaccounting.casefile.sources;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.sources.api.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * One document in the source register: a memorandum, a letter, a court order, a hearing, a press
 * article, which may concern one case or hundreds.
 *
 * <p>Lifecycle: registered once with its description (kind and title at least). From then on its
 * description may be corrected, each time in full and with a reason, and it may be linked to cases,
 * each case at most once; a link is never undone here (a later correction or note says why it no
 * longer holds); files (scans, transcripts) may be attached, numbered 1, 2, ... Nothing is deleted. Handlers answer with the source's version: the number of its events.
 *
 * <p>The state is only what the rules read: the current description and the linked cases.
 */
public class SourceRecord {

    @AggregateIdentifier
    private UUID sourceId;
    private SourceDescription description;
    private final Set<UUID> linkedCases = new HashSet<>();
    private int attachments;

    protected SourceRecord() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(RegisterSourceCommand command) {
        requirePresent(command.sourceId(), "sourceId");
        requireComplete(command.description());
        return record(new SourceRegisteredEvent(command.sourceId(), trimmed(command.description())));
    }

    @CommandHandler
    public Long handle(CorrectSourceCommand command) {
        requirePresent(command.correctionId(), "correctionId");
        requireComplete(command.description());
        requireText(command.reason(), "reason");
        SourceDescription corrected = trimmed(command.description());
        requireChanged(corrected);
        return record(new SourceCorrectedEvent(sourceId, command.correctionId(), corrected, command.reason().trim()));
    }

    @CommandHandler
    public Long handle(LinkSourceToCasesCommand command) {
        requirePresent(command.linkId(), "linkId");
        requireSomeCases(command.caseIds());
        requireText(command.reason(), "reason");
        requireNotYetLinked(command.caseIds());
        return record(new SourceLinkedToCasesEvent(sourceId, command.linkId(), List.copyOf(command.caseIds()),
                command.reason().trim()));
    }

    @CommandHandler
    public Long handle(AttachFileCommand command) {
        requireNextAttachment(command.number());
        requireText(command.filename(), "filename");
        requireText(command.mediaType(), "mediaType");
        requireSha256(command.sha256());
        if (command.size() <= 0) {
            throw new CaseRuleViolation(FIELD_INVALID, "file", "the file is empty");
        }
        return record(new FileAttachedEvent(sourceId, command.number(), command.filename().trim(),
                command.mediaType(), command.size(), command.sha256()));
    }

    @EventSourcingHandler
    void on(SourceRegisteredEvent event) {
        sourceId = event.sourceId();
        description = event.description();
    }

    @EventSourcingHandler
    void on(SourceCorrectedEvent event) {
        description = event.description();
    }

    @EventSourcingHandler
    void on(SourceLinkedToCasesEvent event) {
        linkedCases.addAll(event.caseIds());
    }

    @EventSourcingHandler
    void on(FileAttachedEvent event) {
        attachments = event.number();
    }

    /** Attachments are numbered 1, 2, ... in the order they are recorded; a number is never reused. */
    private void requireNextAttachment(int number) {
        if (number != attachments + 1) {
            throw new CaseRuleViolation(FIELD_INVALID, "number", "the next attachment is number " + (attachments + 1));
        }
    }

    private static void requireSha256(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new CaseRuleViolation(FIELD_INVALID, "sha256", "sha256 must be 64 lower-case hex digits");
        }
    }

    private static void requireComplete(SourceDescription description) {
        requirePresent(description, "description");
        requirePresent(description.kind(), "kind");
        requireText(description.title(), "title");
        for (String author : description.authors()) {
            requireText(author, "authors");
        }
        for (String party : description.parties()) {
            requireText(party, "parties");
        }
    }

    private void requireChanged(SourceDescription corrected) {
        if (corrected.equals(description)) {
            throw new CaseRuleViolation(SAME_DESCRIPTION, null, "the source is already described exactly so");
        }
    }

    private static void requireSomeCases(List<UUID> caseIds) {
        if (caseIds == null || caseIds.isEmpty() || caseIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new CaseRuleViolation(FIELD_REQUIRED, "caseIds", "caseIds must name at least one case");
        }
        if (new HashSet<>(caseIds).size() != caseIds.size()) {
            throw new CaseRuleViolation(FIELD_INVALID, "caseIds", "caseIds names a case twice");
        }
    }

    private void requireNotYetLinked(List<UUID> caseIds) {
        for (UUID caseId : caseIds) {
            if (linkedCases.contains(caseId)) {
                throw new CaseRuleViolation(ALREADY_LINKED, "caseIds", "the source is already linked to case " + caseId);
            }
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    /** Blank optional text is absent; names and titles lose surrounding spaces, so a correction compares fairly. */
    private static SourceDescription trimmed(SourceDescription d) {
        return new SourceDescription(d.kind(), d.title().trim(), d.date(),
                d.authors().stream().map(String::trim).toList(), d.parties().stream().map(String::trim).toList(),
                blankToNull(d.archiveReference()), blankToNull(d.reliabilityNote()), d.restricted());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Long record(SourceEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
