package org.fullaccounting.api.application.findings;

import org.fullaccounting.api.application.cases.Written;

import java.util.List;
import java.util.UUID;

/** The answer to a finding made for many cases: its id, and each case's new entry with the case's version after it. */
public record FindingWritten(UUID findingId, List<Written> entries) {
}
