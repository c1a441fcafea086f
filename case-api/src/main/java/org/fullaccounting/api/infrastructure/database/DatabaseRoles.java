package org.fullaccounting.api.infrastructure.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Migrations run as the owner of the tables (spring.flyway.user), the application as a role that
 * may only append to history (spring.datasource.username): db/migration/afterMigrate.sql, which
 * Flyway runs after every migrate, grants to the role the application really connects as, passed
 * to it as the placeholder {@code appRole}. When
 * one role does both, or the application's role could switch the append-only triggers off, the
 * start says so loudly: the chain still shows tampering, but nothing stops it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource dataSource) {
        return flyway -> {
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put("appRole", new JdbcTemplate(dataSource).queryForObject("SELECT current_user", String.class));
            flyway.placeholders(placeholders);
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenTheApplicationCouldRewriteHistory(ApplicationReadyEvent ready) {
        JdbcTemplate jdbc = new JdbcTemplate(ready.getApplicationContext().getBean(DataSource.class));
        Boolean unguarded = jdbc.queryForObject("SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'USAGE') "
                + "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user AND t.schemaname = current_schema() "
                + "AND t.tablename = 'domain_event_entry'", Boolean.class);
        if (Boolean.TRUE.equals(unguarded)) {
            log.warn("""

                    ******************************************************************************
                    The application connects to PostgreSQL as '{}', which owns the event tables or is
                    a superuser: its own credentials could switch the append-only triggers off. The
                    hash chain still shows a rewritten event, but nothing prevents one. Give migrations
                    an owner role (SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD) and the application a
                    role of its own (SPRING_DATASOURCE_USERNAME): see README, "What runs where".
                    ******************************************************************************""",
                    jdbc.queryForObject("SELECT current_user", String.class));
        }
    }
}
