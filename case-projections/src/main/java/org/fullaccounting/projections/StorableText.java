package org.fullaccounting.projections;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;

import java.util.List;

/**
 * Text PostgreSQL can store. Its text types refuse U+0000, and a lone UTF-16 surrogate has no UTF-8
 * form at all (the driver would write '?'). The API refuses such text at the door; events stored
 * before that rule, or restored from an archive, may still carry it, and a read model must apply
 * them rather than stall: every read model writes through {@link #writer}, which replaces each
 * such character with U+FFFD in every text argument it sends.
 */
public final class StorableText {

    public static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** Index of the first character PostgreSQL cannot store, or -1 when there is none. */
    public static int firstUnstorable(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isStorable(CharSequence text) {
        return firstUnstorable(text) < 0;
    }

    /** The text with U+0000 and each lone surrogate replaced by U+FFFD; the same instance when clean. */
    public static String storable(String text) {
        int first = firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == 0 || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return clean.toString();
    }

    /** Every String among the arguments made storable; others untouched. */
    public static Object[] storable(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] clean = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text && !isStorable(text)) {
                if (clean == args) {
                    clean = args.clone();
                }
                clean[i] = storable(text);
            }
        }
        return clean;
    }

    /**
     * The same database, transaction and settings as {@code jdbc}, with every text argument made
     * storable. A template rather than a call per column so that no column, present or future, is
     * forgotten.
     */
    public static JdbcTemplate writer(JdbcTemplate jdbc) {
        return jdbc instanceof StorableJdbcTemplate ? jdbc : new StorableJdbcTemplate(jdbc);
    }

    private static final class StorableJdbcTemplate extends JdbcTemplate {

        StorableJdbcTemplate(JdbcTemplate from) {
            super(from.getDataSource());
            setExceptionTranslator(from.getExceptionTranslator());
            setFetchSize(from.getFetchSize());
            setMaxRows(from.getMaxRows());
            setQueryTimeout(from.getQueryTimeout());
        }

        @Override
        protected PreparedStatementSetter newArgPreparedStatementSetter(Object[] args) {
            return super.newArgPreparedStatementSetter(storable(args));
        }

        @Override
        protected PreparedStatementSetter newArgTypePreparedStatementSetter(Object[] args, int[] argTypes) {
            return super.newArgTypePreparedStatementSetter(storable(args), argTypes);
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs, int[] argTypes) {
            return super.batchUpdate(sql, batchArgs.stream().map(StorableText::storable).toList(), argTypes);
        }
    }
}
