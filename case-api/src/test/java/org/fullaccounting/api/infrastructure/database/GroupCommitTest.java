package org.fullaccounting.api.infrastructure.database;

import com.zaxxer.hikari.HikariDataSource;
import org.fullaccounting.api.application.refusals.DatabaseOutage;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows of many callers committed together, each caller back only once its own row is committed. */
class GroupCommitTest {

    private static final String INSERT = "INSERT INTO grouped (caller, n) VALUES (?, ?)";

    private final HikariDataSource pool = pooled(TestDatabase.fresh());
    private final JdbcTemplate jdbc = new JdbcTemplate(pool);
    private final AtomicInteger commits = new AtomicInteger();
    private GroupCommit rows;

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE grouped (id bigserial PRIMARY KEY, caller int NOT NULL, n int NOT NULL CHECK (n >= 0))");
        DataSourceTransactionManager counted = new DataSourceTransactionManager(pool) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                commits.incrementAndGet();
                super.doCommit(status);
            }
        };
        rows = new GroupCommit("test", jdbc, new TransactionTemplate(counted), INSERT, 50);
    }

    @AfterEach
    void close() {
        rows.close();
        pool.close();
    }

    /** As the application's connections are: pooled (a connection per statement took 45 s for 3,200 of them). */
    private static HikariDataSource pooled(TestDatabase.Database database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(40);
        return pool;
    }

    @Test
    void everyCallersRowIsCommittedWhenItsCallReturnsAndManyShareACommit() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(32);
        List<CompletableFuture<Boolean>> calls = new ArrayList<>();
        for (int caller = 0; caller < 32; caller++) {
            int id = caller;
            calls.add(CompletableFuture.supplyAsync(() -> {
                for (int n = 0; n < 50; n++) {
                    rows.write(id, n);
                    if (count("caller = " + id + " AND n = " + n) != 1) {
                        return false;
                    }
                }
                return true;
            }, callers));
        }
        List<Boolean> seenAtReturn = calls.stream().map(CompletableFuture::join).toList();
        callers.shutdown();

        assertThat(seenAtReturn).as("each row visible to another connection when its write returned")
                .containsOnly(true);
        assertThat(count("true")).isEqualTo(32 * 50);
        assertThat(commits.get()).as("commits for 1,600 rows").isLessThan(1_600);
    }

    @Test
    void aRowTheDatabaseRefusesFailsOnlyItsOwnCaller() {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> calls = IntStream.range(0, 40).mapToObj(n -> CompletableFuture.runAsync(
                () -> rows.write(n, n % 10 == 0 ? -1 : n), callers)).toList();
        List<Boolean> failed = calls.stream().map(call -> call.handle((ok, error) -> error != null).join()).toList();
        callers.shutdown();

        assertThat(failed.stream().filter(f -> f)).hasSize(4);
        assertThat(count("true")).isEqualTo(36);
    }

    @Test
    void whenTheDatabaseIsAwayTheCallerIsToldSoAndNothingIsWritten() {
        PGSimpleDataSource away = new PGSimpleDataSource();
        away.setURL("jdbc:postgresql://127.0.0.1:1/nowhere");
        away.setConnectTimeout(1);
        GroupCommit unreachable = new GroupCommit("away", new JdbcTemplate(away),
                new TransactionTemplate(new DataSourceTransactionManager(away)), INSERT, 50);
        try {
            assertThatThrownBy(() -> unreachable.write(1, 1)).satisfies(error ->
                    assertThat(DatabaseOutage.isCause(error)).as("%s", error).isTrue());
        } finally {
            unreachable.close();
        }
    }

    private long count(String where) {
        return jdbc.queryForObject("SELECT count(*) FROM grouped WHERE " + where, Long.class);
    }
}
