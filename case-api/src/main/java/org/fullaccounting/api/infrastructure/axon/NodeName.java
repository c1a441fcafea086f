package org.fullaccounting.api.infrastructure.axon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * This node's name in the token table's claims (token_entry.owner) and in the replay records:
 * {@code fa.node-id} when set, otherwise Axon's own default, the JVM's pid@host. Two application
 * contexts in one JVM (a test) need names of their own, or each would take the other's claims for its own.
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${fa.node-id:}") String configured) {
        this.name = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured.strip();
    }

    public String value() {
        return name;
    }
}
