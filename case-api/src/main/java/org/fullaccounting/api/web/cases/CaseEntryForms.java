package org.fullaccounting.api.web.cases;

/**
 * The caseworker forms of the case page, one per kind of entry: {@code name} is the form's address
 * under /cases/{caseId}/ and its panel's id; {@code done} what the page says after it is saved.
 * Spring binds each form into the API's own request record (CasePage), so both entrances record
 * exactly the same thing.
 */
enum CaseEntryForms {

    SIGHTING("sighting", "Sighting recorded."),
    ASSESSMENT("assessment", "Assessment recorded."),
    RECLASSIFICATION("reclassification", "Status reclassified."),
    PRESUMPTIVE_FINDING("presumptive-finding", "Presumptive finding of death recorded."),
    NON_RECOVERABLE("non-recoverable", "Designated non-recoverable."),
    REOPENING("reopening", "Non-recoverable designation reopened."),
    CORRESPONDENCE("correspondence", "Correspondence logged."),
    CAPTIVITY("captivity", "Captivity fact recorded."),
    REMAINS("remains", "Remains recorded."),
    NOTE("note", "Note added."),
    RETRACTION("retraction", "Entry retracted. It stays in the history, struck through.");

    final String name;
    final String done;

    CaseEntryForms(String name, String done) {
        this.name = name;
        this.done = done;
    }
}
