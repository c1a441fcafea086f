package org.fullaccounting.casefile.api;

/** The one status a case has at a time (GLOSSARY.md, "Statuses"). History keeps every earlier one. */
public enum CaseStatus {
    MISSING_IN_ACTION,
    PRISONER_OF_WAR,
    KILLED_IN_ACTION_BODY_NOT_RECOVERED,
    MISSING_PRESUMED_DEAD,
    DIED_IN_CAPTIVITY,
    REPATRIATED,
    NON_REPATRIATE,
    ACCOUNTED_FOR
}
