package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Claims service numbers in PostgreSQL inside the opening command's transaction: the primary key
 * decides between two nodes opening the same number at once, and a rollback frees the claim.
 */
@Component
class JdbcServiceNumberRegistry implements ServiceNumberRegistry {

    private final JdbcTemplate jdbc;

    JdbcServiceNumberRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> claim(String normalizedServiceNumber, UUID caseId) {
        int claimed = jdbc.update(
                "INSERT INTO service_number_claim (service_number, case_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                normalizedServiceNumber, caseId);
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject(
                "SELECT case_id FROM service_number_claim WHERE service_number = ?", UUID.class,
                normalizedServiceNumber));
    }
}
