package org.fullaccounting.api.application.imports;

/** What is wrong with one field of a row (field null: the row as a whole). */
record RowProblem(String field, String reason) {
}
