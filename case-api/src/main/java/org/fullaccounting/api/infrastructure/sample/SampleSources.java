package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.sources.Attachments;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.sources.api.DocumentKind;
import org.fullaccounting.casefile.sources.api.SourceDescription;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The documents the sample case cites, in the source register: the three of shared/domain/sources
 * with their text attached, and the two newspaper articles of GLOSSARY.md's "Secondary sources"
 * (cited, not held: the project has no copy of them).
 */
final class SampleSources {

    /** The register's ids of the sample's documents. */
    record Registered(UUID memo1950, UUID memo1952, UUID petition, UUID courant1992, UUID theDay2018) {
    }

    /**
     * The sample is loaded by the system, which keeps the register, the reports and the lists as a
     * caseworker would. Passed to the services only: no one is signed in, so the recording context
     * records the events as the system's.
     */
    static final Authentication SYSTEM = new UsernamePasswordAuthenticationToken("system", null,
            List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CASEWORKER)));

    private SampleSources() {
    }

    static Registered register(SourceRegister register, Attachments attachments) {
        UUID memo1950 = register.register(new SourceDescription(DocumentKind.MEMORANDUM,
                "Effort to Assist American and other UN Prisoners-of-war in North Korea (memorandum for the files)",
                HistoricalDate.of("1950-10"), List.of("G. Frederick Reinhardt, Acting Director, Office of Eastern "
                        + "European Affairs"), List.of("Department of State", "USUN", "Government of the USSR"),
                "Printed in Foreign Relations of the United States (p. 993); the 30 October follow-up is file "
                        + "611.95A241/10–3050", "Department of State record; its 30 October follow-up is a "
                        + "footnote of the printed text.", false), SYSTEM).sourceId();
        attach(attachments, memo1950, "reinhardt-memorandum-1950-10.txt");
        UUID memo1952 = register.register(new SourceDescription(DocumentKind.MEMORANDUM,
                "Memorandum by the Secretary of State to the President on the prisoners of war issue",
                HistoricalDate.of("1952-02-08"), List.of("Dean Acheson, Secretary of State"),
                List.of("President Harry S. Truman"), "FRUS 1952–1954, vol. XV, doc. 30",
                "Printed text; the date is the President's handwritten approval (\"Approved Feb. 8, 1952\").",
                false), SYSTEM).sourceId();
        attach(attachments, memo1952, "acheson-to-truman-1952-02-08.txt");
        UUID petition = register.register(new SourceDescription(DocumentKind.PETITION,
                "Korean War POW/MIA Peace Treaty Initiative, with partial timeline", HistoricalDate.of("2018-05-08"),
                List.of("William (Bill) Dumas, nephew of Cpl. Roger A. Dumas"), List.of("The President"),
                "Online petition, draft of 8 May 2018", "A family's petition: its timeline passes on what "
                        + "others reported; check each fact against the documents it names.", false),
                SYSTEM).sourceId();
        attach(attachments, petition, "dumas-petition-2018.txt");
        UUID courant = register.register(new SourceDescription(DocumentKind.PRESS,
                "State Resident Tells Senators About Search For POW Brother", HistoricalDate.of("1992-11-12"),
                List.of("Matthew Daly"), List.of("Bob Dumas", "U.S. Senate Select Committee on POW/MIA Affairs"),
                "Hartford Courant, 12 Nov 1992", null, false), SYSTEM).sourceId();
        UUID theDay = register.register(new SourceDescription(DocumentKind.PRESS,
                "Canterbury man still looking for answers about his brother, a Korean War POW",
                HistoricalDate.of("2018-06-24"), List.of(), List.of("Bob Dumas"), "The Day (New London), 24 Jun 2018",
                null, false), SYSTEM).sourceId();
        return new Registered(memo1950, memo1952, petition, courant, theDay);
    }

    /** Links the two memoranda, which concern every prisoner, to the sample case. */
    static void linkMemoranda(SourceRegister register, Registered sources, UUID caseId) {
        register.linkToCases(sources.memo1950(), List.of(caseId), "Written weeks before Cpl. Dumas's capture: the "
                + "request that the Soviet government use its good offices for all UN prisoners in North Korea.",
                SYSTEM);
        register.linkToCases(sources.memo1952(), List.of(caseId), "Concerns every prisoner held by the Communists, "
                + "some 3,000 of them American: the position of no forcible repatriation, approved 8 Feb 1952.",
                SYSTEM);
    }

    private static void attach(Attachments attachments, UUID sourceId, String file) {
        try (InputStream text = new ClassPathResource("sample/sources/" + file).getInputStream()) {
            attachments.attach(sourceId, file, text.readAllBytes(), SYSTEM);
        } catch (IOException e) {
            throw new UncheckedIOException("the sample's " + file + " is missing from the application", e);
        }
    }
}
