package org.fullaccounting.api.application.accounts;

/**
 * A name as typed at sign-in, which may be anything: over-long, or holding characters PostgreSQL
 * cannot store (NUL, lone surrogates). {@link #stored()} is the form the throttle and the access
 * log keep: at most {@value #MAX_LENGTH} characters (the column's width), unstorable characters
 * replaced by U+FFFD. Such a name can never be an account (accounts are 3 to 100 plain characters).
 */
public record AccountName(String given, String stored) {

    static final int MAX_LENGTH = 100;

    public static AccountName of(String given) {
        String name = given == null ? "" : given;
        StringBuilder stored = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints().takeWhile(c -> stored.length() + Character.charCount(c) <= MAX_LENGTH)
                .forEach(c -> stored.appendCodePoint(unstorable(c) ? 0xFFFD : c));
        return new AccountName(name, stored.toString());
    }

    private static boolean unstorable(int codePoint) {
        return codePoint == 0 || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    /** Whether an account could have this name; if not, no lookup is made for it. */
    public boolean possible() {
        return given.equals(stored);
    }

    /** Says so in the access log when the stored name is not the name given. */
    public String cutNote() {
        if (given.length() > MAX_LENGTH) {
            return "; the username given was cut to its first " + MAX_LENGTH + " of " + given.length() + " characters";
        }
        return possible() ? "" : "; characters that cannot be stored were replaced in the username";
    }
}
