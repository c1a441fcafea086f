package org.fullaccounting.api.application.imports;

import java.util.UUID;

/**
 * One row of an import that opened nothing: its line in the file, REJECTED (something in it is
 * wrong; field names the column or field, null for the row as a whole) or SKIPPED (its service
 * number already has a case: existingCaseId).
 */
public record ReportLine(long line, Outcome outcome, String field, String reason, UUID existingCaseId) {

    public enum Outcome { REJECTED, SKIPPED }
}
