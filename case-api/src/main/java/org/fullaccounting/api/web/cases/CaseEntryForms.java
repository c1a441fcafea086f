package org.fullaccounting.api.web.cases;

import org.fullaccounting.api.cases.requests.*;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.casefile.api.*;

import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.api.web.Forms.choice;
import static org.fullaccounting.api.web.Forms.id;
import static org.fullaccounting.api.web.Forms.text;
import static org.fullaccounting.casefile.api.HistoricalDate.ofNullable;

/**
 * The caseworker forms of the case page, one per kind of entry: each turns the submitted text into
 * the API's request record (checked by its rules), then into the command. {@code name} is the form's
 * address under /cases/{caseId}/ and the id of its panel on the page.
 */
enum CaseEntryForms {

    SIGHTING("sighting", "Sighting recorded.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            SightingRequest r = new SightingRequest(text(f, "observedOn"), text(f, "reportedOn"), text(f, "place"),
                    choice(f, "sourceKind", SourceKind.class, errors), text(f, "witness"), text(f, "description"),
                    text(f, "source"));
            return errors.isEmpty() && check(forms, r, errors) ? new ReportSightingCommand(caseId, entryId,
                    ofNullable(r.observedOn()), ofNullable(r.reportedOn()), r.place(), r.sourceKind(), r.witness(),
                    r.description(), r.source(), expected) : null;
        }
    },
    ASSESSMENT("assessment", "Assessment recorded.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            UUID sighting = id(f, "sightingId", errors);
            if (sighting == null) {
                errors.putIfAbsent("sightingId", "choose the sighting to assess");
            }
            AssessmentRequest r = new AssessmentRequest(choice(f, "assessment", Assessment.class, errors),
                    text(f, "reason"));
            return check(forms, r, errors) && errors.isEmpty()
                    ? new AssessSightingCommand(caseId, entryId, sighting, r.assessment(), r.reason(), expected)
                    : null;
        }
    },
    RECLASSIFICATION("reclassification", "Status reclassified.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            ReclassificationRequest r = new ReclassificationRequest(choice(f, "to", CaseStatus.class, errors),
                    text(f, "effectiveOn"), text(f, "authority"), text(f, "reason"), text(f, "source"));
            return check(forms, r, errors) && errors.isEmpty() ? new ReclassifyStatusCommand(caseId, entryId, r.to(),
                    ofNullable(r.effectiveOn()), r.authority(), r.reason(), r.source(), expected) : null;
        }
    },
    CORRESPONDENCE("correspondence", "Correspondence logged.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            CorrespondenceRequest r = new CorrespondenceRequest(text(f, "date"),
                    choice(f, "kind", CorrespondenceKind.class, errors), choice(f, "direction", Direction.class, errors),
                    text(f, "from"), text(f, "to"), text(f, "subject"), text(f, "summary"), text(f, "documentRef"),
                    "on".equals(f.get("restricted")) || "true".equals(f.get("restricted")));
            return check(forms, r, errors) && errors.isEmpty() ? new LogCorrespondenceCommand(caseId, entryId,
                    ofNullable(r.date()), r.kind(), r.direction(), r.from(), r.to(), r.subject(), r.summary(),
                    r.documentRef(), r.restricted(), expected) : null;
        }
    },
    CAPTIVITY("captivity", "Captivity fact recorded.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            CaptivityRequest r = new CaptivityRequest(choice(f, "kind", CaptivityFactKind.class, errors),
                    text(f, "on"), text(f, "place"), text(f, "by"), text(f, "camp"), text(f, "destination"),
                    text(f, "source"));
            return check(forms, r, errors) && errors.isEmpty() ? new RecordCaptivityFactCommand(caseId, entryId,
                    r.kind(), ofNullable(r.on()), r.place(), r.by(), r.camp(), r.destination(), r.source(), expected)
                    : null;
        }
    },
    REMAINS("remains", "Remains recorded.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            RemainsRequest r = new RemainsRequest(choice(f, "kind", RemainsRequest.Stage.class, errors),
                    text(f, "date"), text(f, "place"), text(f, "operation"),
                    choice(f, "method", IdentificationMethod.class, errors), text(f, "source"));
            if (!check(forms, r, errors) || !errors.isEmpty()) {
                return null;
            }
            return r.kind() == RemainsRequest.Stage.RECOVERED
                    ? new RecordRemainsRecoveredCommand(caseId, entryId, ofNullable(r.date()), r.place(),
                            r.operation(), r.source(), expected)
                    : new RecordRemainsIdentifiedCommand(caseId, entryId, ofNullable(r.date()), r.method(),
                            r.source(), expected);
        }
    },
    NOTE("note", "Note added.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            NoteRequest r = new NoteRequest(text(f, "text"));
            return check(forms, r, errors) ? new AddNoteCommand(caseId, entryId, r.text(), expected) : null;
        }
    },
    RETRACTION("retraction", "Entry retracted. It stays in the history, struck through.") {
        @Override
        Object command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            UUID target = id(f, "entryId", errors);
            if (target == null) {
                errors.putIfAbsent("entryId", "choose the entry to retract");
            }
            String reason = text(f, "reason");
            if (reason == null) {
                errors.put("reason", "say why the entry is retracted");
            }
            return errors.isEmpty() ? new RetractEntryCommand(caseId, entryId, target, reason, expected) : null;
        }
    };

    final String name;
    final String done;

    CaseEntryForms(String name, String done) {
        this.name = name;
        this.done = done;
    }

    /** The command, or null with {@code errors} filled in. */
    abstract Object command(UUID caseId, UUID entryId, Long expectedVersion, Map<String, String> form,
                            Map<String, String> errors, Forms forms);

    static CaseEntryForms named(String name) {
        for (CaseEntryForms form : values()) {
            if (form.name.equals(name)) {
                return form;
            }
        }
        return null;
    }

    private static boolean check(Forms forms, Object request, Map<String, String> errors) {
        forms.check(request).forEach(errors::putIfAbsent);
        return errors.isEmpty();
    }
}
