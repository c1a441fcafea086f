package org.fullaccounting.casefile.reports.api;

import java.util.UUID;

/** A command to one sighting report. */
public interface SightingReportCommand {

    UUID reportId();
}
