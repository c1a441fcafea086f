package org.fullaccounting.api.cases;

import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every stored event carries about its recording: who (user and roles at the time), under
 * which request, and the server time. Put on the command here and copied onto its events by
 * Axon's correlation data provider, so no handler can forget it.
 */
public final class RecordingContext {

    public static final String USER = "user";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";
    public static final String RECORDED_AT = "recordedAt";
    public static final String[] KEYS = {USER, ROLES, REQUEST_ID, RECORDED_AT};

    private RecordingContext() {
    }

    public static MetaData of(Authentication who, String requestId, Clock clock) {
        String roles = who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(role -> role.replaceFirst("^ROLE_", ""))
                .sorted()
                .collect(Collectors.joining(","));
        return MetaData.from(Map.of(
                USER, who.getName(),
                ROLES, roles,
                REQUEST_ID, requestId,
                RECORDED_AT, clock.instant().toString()));
    }
}
