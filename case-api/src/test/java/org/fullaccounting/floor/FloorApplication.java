package org.fullaccounting.floor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;

/**
 * The floor under the benchmark's appends and history reads: the application's own stack (Tomcat,
 * Spring MVC, Spring Security's HTTP Basic, Jackson, Hikari, pgjdbc, with the application's
 * {@code application.yml}) doing only what no append or read can skip. An append here is one raw
 * commit (the benchmark's own pgbench statement, {@code floor.insert}) behind HTTP Basic, with no
 * case, no rules, no event store and no read models; a history read answers a fixed body of
 * {@code floor.history-bytes} with no database at all. The password check is the cheapest there is
 * (the stored text compared, in memory), below what any real sign-in costs.
 *
 * <p>What the floor reaches is the most any implementation of the application could reach on the
 * same machine and stack; the benchmark reports it beside the targets ({@code Floor}). It lives in
 * the test sources, outside {@code org.fullaccounting.api}, so no application context finds it.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, SecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@RestController
public class FloorApplication {

    public static final String USER = "floor";
    public static final String PASSWORD = "a-long-floor-password";

    /** The body a note append sends; the same as the application's. */
    public record Note(String text) {
    }

    private final JdbcTemplate jdbc;
    private final String insert;
    private final byte[] history;

    FloorApplication(JdbcTemplate jdbc, @Value("${floor.insert}") String insert,
                     @Value("${floor.history-bytes}") int historyBytes) {
        this.jdbc = jdbc;
        this.insert = insert;
        this.history = ("{\"entries\":\"" + "x".repeat(Math.max(0, historyBytes - 15)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    @Bean
    SecurityFilterChain basicOnly(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    UserDetailsService oneAccount() {
        return new InMemoryUserDetailsManager(User.withUsername(USER).password(PASSWORD).roles("CASEWORKER").build());
    }

    /**
     * The password compared as it is stored, in constant time: cheaper than any real check. Not "{noop}"
     * through Spring's delegating encoder: that one "upgrades" a {noop} password to bcrypt at the first
     * sign-in (the in-memory manager stores it), and every request after it paid bcrypt's 70 ms.
     */
    @Bean
    PasswordEncoder storedAsGiven() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String stored) {
                return MessageDigest.isEqual(raw.toString().getBytes(StandardCharsets.UTF_8),
                        stored.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** One raw commit, as pgbench makes it; 201, as an append answers. */
    @PostMapping("/api/cases/{caseId}/notes")
    ResponseEntity<Map<String, Object>> append(@PathVariable UUID caseId, @RequestBody Note note) {
        int rows = jdbc.update(insert);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseId", caseId, "rows", rows));
    }

    /** A fixed body the size of an average history. */
    @GetMapping("/api/cases/{caseId}/history")
    ResponseEntity<byte[]> history(@PathVariable UUID caseId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(history);
    }

    /** How long this JVM's JIT has compiled so far, so the benchmark warms it up as it does the application. */
    @GetMapping("/floor/compiled")
    long compiledMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Answers as the application's health endpoint does once it serves, so the benchmark starts it alike. */
    @GetMapping("/actuator/health")
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
