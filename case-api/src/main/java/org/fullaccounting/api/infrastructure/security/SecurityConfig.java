package org.fullaccounting.api.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.infrastructure.security.LoginThrottle;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.infrastructure.security.ThrottledSignIn;
import org.fullaccounting.api.application.refusals.Problems;
import org.fullaccounting.api.application.refusals.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.Map;

/**
 * The API speaks HTTP Basic against accounts in PostgreSQL (bcrypt hashes) and, when an OIDC
 * issuer is configured, bearer JWTs from it; it keeps no session and answers 401/403 as problem
 * details like every other refusal.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    /** What the API chain covers; the pages' chain (WebSecurityConfig) takes everything else. */
    static final String[] API_PATHS = {"/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    public SecurityFilterChain api(HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> oidcTokens,
                                   OidcRoles oidcRoles) throws Exception {
        AuthenticationEntryPoint signIn = signInRefusals(json, oidcTokens);
        JwtDecoder tokens = oidcTokens.getIfAvailable();
        if (tokens != null) {
            // Single sign-on is on (spring.security.oauth2.resourceserver.jwt.*): tokens' roles claim maps to our roles.
            http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(signIn)
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(oidcRoles::authenticate)));
        }
        return http
                .securityMatcher(API_PATHS)
                .authorizeHttpRequests(SecurityConfig::apiRules)
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                // Before any sign-in: a write from another site is refused without testing its credentials.
                .addFilterAfter(new CrossOriginGuard(json), HeaderWriterFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        write(response, json, Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN",
                                "your role may not do this"))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookie is set, so no CSRF token; what a browser's cached Basic credentials could
                // carry from another site, CrossOriginGuard refuses.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The coarse first gate by path; who may read or write a case is AccessPolicy's decision. */
    private static void apiRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // A scraper's account (METRICS) reads the metrics and nothing else.
                .requestMatchers("/actuator/prometheus").hasAnyRole(Roles.ADMIN, Roles.METRICS)
                .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                .requestMatchers("/api/audit/**").hasRole(Roles.AUDITOR)
                // Writes to one case are decided by AccessPolicy: a family must get 404 for a case not theirs.
                .requestMatchers(HttpMethod.POST, "/api/cases").hasRole(Roles.CASEWORKER)
                .requestMatchers("/api/imports", "/api/imports/**").hasRole(Roles.CASEWORKER)
                .requestMatchers(HttpMethod.POST, "/api/sources", "/api/sources/**").hasRole(Roles.CASEWORKER)
                .requestMatchers(HttpMethod.POST, "/api/sighting-reports", "/api/sighting-reports/**")
                .hasRole(Roles.CASEWORKER)
                // Accessions, incidents and camps: staff's (their candidates and cases span families).
                .requestMatchers(HttpMethod.POST, "/api/accessions", "/api/accessions/**", "/api/incidents",
                        "/api/incidents/**", "/api/camps", "/api/camps/**").hasRole(Roles.CASEWORKER)
                .requestMatchers("/api/accessions", "/api/accessions/**", "/api/incidents", "/api/incidents/**",
                        "/api/camps", "/api/camps/**").hasAnyRole(Roles.CASEWORKER, Roles.AUDITOR)
                .anyRequest().authenticated();
    }

    /**
     * A sign-in refused: 429 while throttled, 503 when it could not be checked (the database is
     * away; not a wrong password), otherwise 401 with the schemes that are accepted.
     */
    private static AuthenticationEntryPoint signInRefusals(ObjectMapper json, ObjectProvider<JwtDecoder> oidcTokens) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottle.Throttled throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds() + 1));
                write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_FAILED_SIGN_INS",
                        throttled.getMessage()));
                return;
            }
            if (e instanceof SignInUnavailable unavailable) {
                Refusal refusal = Refusal.databaseUnavailable(unavailable);
                response.setHeader("Retry-After", String.valueOf(refusal.code().retryAfterSeconds()));
                write(response, json, Problems.of(refusal));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Full Accounting\"");
            write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "sign in with HTTP Basic" + (oidcTokens.getIfAvailable() != null ? " or a bearer token" : "")));
        };
    }

    /**
     * Accounts from PostgreSQL, throttled per name (ThrottledSignIn), bcrypt checks remembered
     * (VerifiedPasswords). Being the one
     * AuthenticationProvider bean, it is what every username-and-password sign-in uses.
     */
    @Bean
    public ThrottledSignIn accountsAuthentication(SignInRecords records, PasswordEncoder passwords,
                                                  LoginThrottle throttle, VerifiedPasswords verified,
                                                  RecentSignIns recent) {
        // The account row is read on every sign-in not made lately with the same password; bcrypt only when
        // the password was not verified against the stored hash lately.
        return new ThrottledSignIn(records, passwords, verified::over, throttle, recent);
    }

    /**
     * Passwords are stored as {bcrypt} hashes of {@code fa.login.bcrypt-strength} (log2 rounds,
     * 4 to 31; 10 by default, Spring Security's own). The strength applies to new hashes; a stored
     * hash is checked with the strength it was made with.
     */
    @Bean
    public PasswordEncoder passwordEncoder(@Value("${fa.login.bcrypt-strength:10}") int bcryptStrength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
    }

    @Bean
    public JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
