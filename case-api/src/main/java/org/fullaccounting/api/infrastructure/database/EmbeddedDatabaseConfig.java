package org.fullaccounting.api.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;

/**
 * With no SPRING_DATASOURCE_URL, the app runs on an embedded PostgreSQL whose files live in
 * FA_DATA_DIR (default ./data/postgres) and survive restarts (see {@link EmbeddedDatabase}).
 * Migrations run as its owner role, the application as its restricted role. With a URL, none of
 * this starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(@Value("${fa.data-dir}") String dataDir) throws IOException {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        log.info("Starting embedded PostgreSQL with its data in {}", directory);
        return EmbeddedDatabase.start(directory);
    }

    /** Pool settings (spring.datasource.hikari.*, e.g. the connection timeout) apply here too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.appUser());
        dataSource.setPassword(database.appPassword());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrationsRunAsTheOwner(EmbeddedDatabase database) {
        return flyway -> flyway.dataSource(database.ownerDataSource());
    }
}
