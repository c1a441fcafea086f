package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.infrastructure.security.LoginThrottle;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.access.Landing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * The web pages: form sign-in with a session and CSRF protection, for everything the API chain
 * (HTTP Basic, stateless) does not match. The two matchers are disjoint, so neither chain's order
 * can hide the other; the API paths are repeated here for that reason. Sign-in goes through the
 * same accounts and the same throttled provider as the API (the one AuthenticationProvider bean).
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain pages(HttpSecurity http) throws Exception {
        RequestMatcher api = new OrRequestMatcher(Arrays.stream(SecurityConfig.API_PATHS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        return http
                .securityMatcher(new NegatedRequestMatcher(api))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/audit/**").hasRole(Roles.AUDITOR)
                        .requestMatchers("/family/**").hasRole(Roles.FAMILY)
                        .requestMatchers("/cases/new").hasRole(Roles.CASEWORKER)
                        .requestMatchers("/imports", "/imports/**").hasRole(Roles.CASEWORKER)
                        .requestMatchers(HttpMethod.POST, "/cases", "/cases/**").hasRole(Roles.CASEWORKER)
                        .requestMatchers("/cases/**").hasAnyRole(Roles.CASEWORKER, Roles.AUDITOR)
                        // Reads of the register: SourceRegister decides what each role (a family: its own cases') sees.
                        .requestMatchers(HttpMethod.POST, "/sources", "/sources/**").hasRole(Roles.CASEWORKER)
                        .requestMatchers(HttpMethod.POST, "/sighting-reports", "/sighting-reports/**")
                        .hasRole(Roles.CASEWORKER)
                        .requestMatchers("/sighting-reports", "/sighting-reports/**")
                        .hasAnyRole(Roles.CASEWORKER, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/accessions", "/accessions/**", "/incidents",
                                "/incidents/**", "/camps", "/camps/**").hasRole(Roles.CASEWORKER)
                        .requestMatchers("/accessions", "/accessions/**", "/incidents", "/incidents/**", "/camps",
                                "/camps/**").hasAnyRole(Roles.CASEWORKER, Roles.AUDITOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler((request, response, authentication) ->
                                response.sendRedirect(request.getContextPath() + Landing.of(authentication)))
                        .failureHandler((request, response, failure) ->
                                response.sendRedirect(request.getContextPath() + "/login?error="
                                        + (failure instanceof LoginThrottle.Throttled ? "throttled"
                                        : failure instanceof SignInUnavailable ? "unavailable" : "bad")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
