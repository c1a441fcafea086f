package org.fullaccounting.api.infrastructure.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's passwords: for its superuser (used only at start, to create the
 * roles), the owner role (migrations) and the application role. Generated at the first start and
 * kept in the data directory, readable by its owner only (0600), so restarts find them again.
 */
record EmbeddedCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    static final String FILE_NAME = "full-accounting-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What generate() makes; anything else in the file is refused rather than put into SQL. */
    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9_-]{24,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    EmbeddedCredentials {
        for (String password : new String[]{superuserPassword, ownerPassword, appPassword}) {
            if (password == null || !PASSWORD.matcher(password).matches()) {
                throw new IllegalStateException("a password in " + FILE_NAME + " is missing or not of the generated "
                        + "form (24+ letters, digits, '-' or '_')");
            }
        }
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    static Optional<EmbeddedCredentials> readFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(properties.getProperty("superuser.password"),
                properties.getProperty("owner.password"), properties.getProperty("app.password")));
    }

    /** Writes the file once, created with mode 0600 (never world-readable, not even for a moment). */
    void writeTo(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("app.password", appPassword);
        try {
            Files.createFile(file, ownerOnly());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                properties.store(writer, "Full Accounting's embedded PostgreSQL: roles postgres (superuser), "
                        + EmbeddedDatabase.OWNER + " (migrations), " + EmbeddedDatabase.APP + " (the application)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The superuser's password in a file of its own, for initdb --pwfile; the caller deletes it. */
    Path superuserPasswordFile() throws IOException {
        Path file = Files.createTempFile("fa-initdb-", ".pw", ownerOnly());
        Files.writeString(file, superuserPassword + "\n");
        return file;
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[...]";
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
