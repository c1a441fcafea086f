package org.fullaccounting.api.infrastructure.request;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.api.infrastructure.request.RequestIds;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What every stored event carries about its recording: who (user and roles at the time), under
 * which request, and the server time. Put on each command as it is dispatched (registered on the
 * command bus by AxonConfig, through {@link #onCommands}) from the security context, the current
 * request and the clock, and copied onto its events by Axon's correlation data provider, so no
 * sender and no handler can forget it. A sender without a request or a signed-in user (the sample
 * loader, a job) records as {@value #SYSTEM}, under the log context's request id when it set one.
 */
@Component
public class RecordingContext {

    public static final String USER = "user";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";
    public static final String RECORDED_AT = "recordedAt";
    public static final String[] KEYS = {USER, ROLES, REQUEST_ID, RECORDED_AT};
    public static final String SYSTEM = "system";

    private final Clock clock;

    RecordingContext(Clock clock) {
        this.clock = clock;
    }

    /**
     * The dispatch interceptor for the command bus, which every sender (gateway or bus) passes.
     * Deliberately not a bean of its own: Axon's auto-configuration registers every
     * MessageDispatchInterceptor bean on the command gateway as well, and each command sent through
     * the gateway would have its context worked out twice.
     */
    public MessageDispatchInterceptor<CommandMessage<?>> onCommands() {
        return messages -> (index, command) -> command.withMetaData(now().mergedWith(command.getMetaData()));
    }

    /** The context of a command sent now; what the sender put on the command itself wins. */
    MetaData now() {
        Map<String, Object> context = new HashMap<>();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        context.put(USER, signedIn ? who.getName() : SYSTEM);
        context.put(ROLES, signedIn ? roles(who) : SYSTEM.toUpperCase());
        context.put(REQUEST_ID, requestId());
        context.put(RECORDED_AT, clock.instant().toString());
        return MetaData.from(context);
    }

    private static String roles(Authentication who) {
        return who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(role -> role.replaceFirst("^ROLE_", ""))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static String requestId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return RequestIds.of(request);
        }
        String logged = MDC.get(REQUEST_ID);
        return logged != null ? logged : SYSTEM + "-" + UUID.randomUUID();
    }
}
