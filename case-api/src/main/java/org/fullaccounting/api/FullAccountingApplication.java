package org.fullaccounting.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FullAccountingApplication {

    public static void main(String[] args) {
        // Before Axon starts, whichever way the jar is launched: no reports to AxonIQ.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(FullAccountingApplication.class, args);
    }
}
