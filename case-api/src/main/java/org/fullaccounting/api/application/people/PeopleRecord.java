package org.fullaccounting.api.application.people;

import org.fullaccounting.casefile.people.api.SampleType;
import org.fullaccounting.projections.people.PersonView;
import org.fullaccounting.projections.people.SampleView;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case's people and reference samples as caseworkers and auditors read them: everything. */
public record PeopleRecord(UUID caseId, List<PersonView> people, List<SampleView> samples,
                           Set<SampleType> usableReferences) {
}
