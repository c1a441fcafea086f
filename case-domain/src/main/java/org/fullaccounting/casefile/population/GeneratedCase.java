package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.OpenCaseCommand;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One synthetic case: its commands in the order they are sent, the opening first, each with who
 * sent it and when it was recorded.
 */
public record GeneratedCase(List<Recorded> commands) {

    /** A command with who sent it and when it was recorded (the recording context's user and time). */
    public record Recorded(CaseCommand command, String user, Instant recordedAt) {
    }

    public GeneratedCase {
        commands = List.copyOf(commands);
        if (commands.isEmpty() || !(commands.get(0).command() instanceof OpenCaseCommand)) {
            throw new IllegalArgumentException("a case's commands start with its opening");
        }
    }

    public OpenCaseCommand opening() {
        return (OpenCaseCommand) commands.get(0).command();
    }

    public UUID caseId() {
        return opening().caseId();
    }

    /** One event per command: every command of a case records exactly one event. */
    public int events() {
        return commands.size();
    }
}
