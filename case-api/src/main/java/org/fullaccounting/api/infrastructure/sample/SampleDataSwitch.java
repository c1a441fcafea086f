package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.infrastructure.database.EmbeddedDatabaseConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * fa.sample-data: "true" or "false", or "auto" (the default): load the sample case and demo
 * accounts only on the embedded database, never on a real server unless asked.
 */
@Component
public class SampleDataSwitch {

    private final boolean enabled;

    SampleDataSwitch(@Value("${fa.sample-data:auto}") String setting, ApplicationContext context) {
        this.enabled = "auto".equalsIgnoreCase(setting.trim())
                ? context.getBeanNamesForType(EmbeddedDatabaseConfig.class).length > 0
                : Boolean.parseBoolean(setting.trim());
    }

    public boolean enabled() {
        return enabled;
    }
}
