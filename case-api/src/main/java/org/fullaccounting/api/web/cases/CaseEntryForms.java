package org.fullaccounting.api.web.cases;

import org.fullaccounting.api.cases.requests.*;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.casefile.api.*;

import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.api.web.Forms.choice;
import static org.fullaccounting.api.web.Forms.id;
import static org.fullaccounting.api.web.Forms.text;

/**
 * The caseworker forms of the case page, one per kind of entry: each reads the submitted text into
 * the API's own request record, checked by its rules, which then makes the command exactly as the
 * API would. {@code name} is the form's address under /cases/{caseId}/ and its panel's id.
 */
enum CaseEntryForms {

    SIGHTING("sighting", "Sighting recorded.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new SightingRequest(text(f, "observedOn"), text(f, "reportedOn"), text(f, "place"),
                    choice(f, "sourceKind", SourceKind.class, errors), text(f, "witness"), text(f, "description"),
                    text(f, "source"));
        }
    },
    ASSESSMENT("assessment", "Assessment recorded.") {
        @Override
        CaseCommand command(UUID caseId, UUID entryId, Long expected, Map<String, String> f, Map<String, String> errors,
                       Forms forms) {
            UUID sighting = id(f, "sightingId", errors);
            if (sighting == null) {
                errors.putIfAbsent("sightingId", "choose the sighting to assess");
            }
            AssessmentRequest r = new AssessmentRequest(choice(f, "assessment", Assessment.class, errors),
                    text(f, "reason"));
            return check(forms, r, errors) ? r.command(caseId, sighting, entryId, expected) : null;
        }

        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            throw new UnsupportedOperationException("an assessment also names its sighting");
        }
    },
    RECLASSIFICATION("reclassification", "Status reclassified.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new ReclassificationRequest(choice(f, "to", CaseStatus.class, errors), text(f, "effectiveOn"),
                    text(f, "authority"), text(f, "reason"), text(f, "source"));
        }
    },
    CORRESPONDENCE("correspondence", "Correspondence logged.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new CorrespondenceRequest(text(f, "date"), choice(f, "kind", CorrespondenceKind.class, errors),
                    choice(f, "direction", Direction.class, errors), text(f, "from"), text(f, "to"),
                    text(f, "subject"), text(f, "summary"), text(f, "documentRef"),
                    "on".equals(f.get("restricted")) || "true".equals(f.get("restricted")));
        }
    },
    CAPTIVITY("captivity", "Captivity fact recorded.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new CaptivityRequest(choice(f, "kind", CaptivityFactKind.class, errors), text(f, "on"),
                    text(f, "place"), text(f, "by"), text(f, "camp"), text(f, "destination"), text(f, "source"));
        }
    },
    REMAINS("remains", "Remains recorded.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new RemainsRequest(choice(f, "kind", RemainsRequest.Stage.class, errors), text(f, "date"),
                    text(f, "place"), text(f, "operation"), choice(f, "method", IdentificationMethod.class, errors),
                    text(f, "source"));
        }
    },
    NOTE("note", "Note added.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            return new NoteRequest(text(f, "text"));
        }
    },
    RETRACTION("retraction", "Entry retracted. It stays in the history, struck through.") {
        @Override
        EntryRequest request(Map<String, String> f, Map<String, String> errors) {
            UUID target = id(f, "entryId", errors);
            if (target == null) {
                errors.putIfAbsent("entryId", "choose the entry to retract");
            }
            return new CorrectionRequest(target, CorrectionRequest.Action.RETRACT, text(f, "reason"), null, null,
                    null);
        }
    };

    final String name;
    final String done;

    CaseEntryForms(String name, String done) {
        this.name = name;
        this.done = done;
    }

    /** The form's fields as the API's request record; unreadable choices go to {@code errors}. */
    abstract EntryRequest request(Map<String, String> form, Map<String, String> errors);

    /** The command, or null with {@code errors} filled in. */
    CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion, Map<String, String> form,
                   Map<String, String> errors, Forms forms) {
        EntryRequest request = request(form, errors);
        return check(forms, request, errors) ? request.command(caseId, entryId, expectedVersion) : null;
    }

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
