package org.fullaccounting.api.application.audit;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.fullaccounting.api.infrastructure.database.GroupCommit;
import org.fullaccounting.api.infrastructure.request.RequestIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every read of a case's content, granted or refused, and every failed sign-in, in PostgreSQL.
 * Written as it happens, before the read itself, so a read that fails later is on record too: the
 * read waits until its row is committed, in a transaction of the log's own (GroupCommit: the rows
 * of concurrent reads commit together), so the row stays even if the read's work fails after it.
 */
@Component
public class AccessLog {

    public static final String READ_CASE = "READ_CASE";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String READ_SOURCE = "READ_SOURCE";

    private static final String INSERT = "INSERT INTO access_log (at, username, case_id, action, what, outcome, "
            + "request_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final GroupCommit rows;

    AccessLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new GroupCommit("access-log", jdbc, new TransactionTemplate(transactions), INSERT, 500);
    }

    @PreDestroy
    void close() {
        rows.close();
    }

    public record Entry(long id, Instant at, String username, UUID caseId, String action, String what,
                        String outcome, String requestId) {
    }

    /** Records a read of a case by the current request's user; "what" is the address read. */
    public void caseRead(UUID caseId, String username, boolean granted) {
        HttpServletRequest request = currentRequest();
        String what = request == null ? null
                : request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        record(username, caseId, READ_CASE, what, granted ? "GRANTED" : "REFUSED",
                request == null ? null : RequestIds.of(request));
    }

    /** Records a read of one registered source (its description, cases or an attachment); no case id. */
    public void sourceRead(String username, boolean granted) {
        HttpServletRequest request = currentRequest();
        String what = request == null ? null : request.getMethod() + " " + request.getRequestURI();
        record(username, null, READ_SOURCE, what, granted ? "GRANTED" : "REFUSED",
                request == null ? null : RequestIds.of(request));
    }

    public void loginFailed(String username, String reason) {
        HttpServletRequest request = currentRequest();
        record(username, null, LOGIN_FAILED, reason, "FAILED", request == null ? null : RequestIds.of(request));
    }

    public List<Entry> find(UUID caseId, String username, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_log WHERE true");
        List<Object> args = new ArrayList<>();
        if (caseId != null) {
            sql.append(" AND case_id = ?");
            args.add(caseId);
        }
        if (username != null) {
            sql.append(" AND username = ?");
            args.add(username);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new Entry(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getObject("case_id", UUID.class),
                rs.getString("action"), rs.getString("what"), rs.getString("outcome"),
                rs.getString("request_id")), args.toArray());
    }

    private void record(String username, UUID caseId, String action, String what, String outcome, String requestId) {
        rows.write(Timestamp.from(clock.instant()), truncate(username, 100), caseId, action, what, outcome, requestId);
    }

    /**
     * PostgreSQL's text cannot hold U+0000, and a signed-in name can carry one (a token's claim is not
     * request text, TextGuard never sees it): it is recorded as U+FFFD, so the read is still on record.
     */
    private static String truncate(String value, int length) {
        if (value == null) {
            return "";
        }
        String storable = value.replace('\u0000', '\uFFFD');
        return storable.length() <= length ? storable : storable.substring(0, length);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
