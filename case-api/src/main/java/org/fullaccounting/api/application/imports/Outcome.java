package org.fullaccounting.api.application.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one batch did: lines for the report and how many rows it opened, skipped, rejected. */
final class Outcome {
    final List<ReportLine> report = new ArrayList<>();
    long opened;
    long skipped;
    long rejected;

    void skip(long line, String field, UUID holder, String number) {
        report.add(new ReportLine(line, ReportLine.Outcome.SKIPPED, field,
                "service number " + number + " already belongs to case " + holder, holder));
        skipped++;
    }

    Outcome copy() {
        Outcome copy = new Outcome();
        copy.report.addAll(report);
        copy.skipped = skipped;
        copy.rejected = rejected;
        return copy;
    }
}
