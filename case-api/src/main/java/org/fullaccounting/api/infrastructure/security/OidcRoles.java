package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.application.access.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads who a single-sign-on token speaks for: the user from {@code fa.oidc.username-claim}
 * (default preferred_username, else the subject) and the roles from {@code fa.oidc.roles-claim}
 * (default "roles"; a list or a space/comma separated string). Only the four roles of this system
 * count; anything else in the claim grants nothing.
 */
@Component
public class OidcRoles {

    private final String rolesClaim;
    private final String usernameClaim;

    OidcRoles(@Value("${fa.oidc.roles-claim:roles}") String rolesClaim,
              @Value("${fa.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
    }

    public JwtAuthenticationToken authenticate(Jwt token) {
        String username = token.hasClaim(usernameClaim) ? token.getClaimAsString(usernameClaim) : token.getSubject();
        List<GrantedAuthority> roles = claimedRoles(token.getClaim(rolesClaim))
                .map(role -> role.trim().toUpperCase(Locale.ROOT))
                .filter(Roles.ALL::contains)
                .distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(token, roles, username);
    }

    private static Stream<String> claimedRoles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf);
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(role -> !role.isBlank());
        }
        return Stream.empty();
    }
}
