package dev.tusk.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Runs a SQL script in the shape {@code pg_dump} and {@code psql} use: plain statements, sent as
 * multi-statement batches, and {@code COPY ... FROM stdin;} lines followed by data rows up to a
 * line {@code \.}, sent through pgjdbc's {@code CopyManager}. Of psql's meta-commands only
 * {@code restrict} and {@code unrestrict} (written by recent {@code pg_dump}) are understood, and
 * ignored; any other meta-command is an error rather than a silent skip. A {@code COPY} line is
 * recognised only at the start of a line, which is where {@code pg_dump} writes it.
 */
final class PsqlScript {

    private static final Pattern COPY_FROM_STDIN =
            Pattern.compile("^COPY\\s.+\\sFROM\\s+stdin\\s*;\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_CHANGE =
            Pattern.compile("^ALTER\\s.+\\sOWNER\\s+TO\\s+.+;\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> IGNORED_META_COMMANDS = Set.of("restrict", "unrestrict");

    private final String source;
    private final String text;
    private final boolean keepOwnership;

    private PsqlScript(String source, String text, boolean keepOwnership) {
        this.source = source;
        this.text = text;
        this.keepOwnership = keepOwnership;
    }

    static PsqlScript of(String text) {
        return new PsqlScript("script", text, true);
    }

    static PsqlScript read(Path file) {
        try {
            return new PsqlScript(file.toString(), Files.readString(file, StandardCharsets.UTF_8), true);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + file, failure);
        }
    }

    /**
     * Drops single-line {@code ALTER ... OWNER TO ...;} statements, so a dump made by
     * {@code postgres} loads as a role that may not hand objects to {@code postgres}: the loading
     * role then owns everything.
     */
    PsqlScript withoutOwnerChanges() {
        return new PsqlScript(source, text, false);
    }

    /** Runs the script on {@code connection} (in its current auto-commit mode). */
    void runOn(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder();
        StringBuilder copyData = null;
        String copyCommand = null;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (copyCommand != null) {
                    if (line.equals("\\.")) {
                        copyIn(connection, copyCommand, copyData.toString(), lineNumber);
                        copyCommand = null;
                        copyData = null;
                    } else {
                        copyData.append(line).append('\n');
                    }
                } else if (COPY_FROM_STDIN.matcher(line).matches()) {
                    execute(connection, sql, lineNumber);
                    copyCommand = line.substring(0, line.lastIndexOf(';'));
                    copyData = new StringBuilder();
                } else if (line.startsWith("\\")) {
                    String command = line.substring(1).split("\\s+", 2)[0];
                    if (!IGNORED_META_COMMANDS.contains(command)) {
                        throw new IllegalArgumentException(source + " line " + lineNumber + ": psql meta-command \\"
                                + command + " is not supported; only SQL, COPY ... FROM stdin and \\restrict are");
                    }
                } else if (keepOwnership || !OWNER_CHANGE.matcher(line).matches()) {
                    sql.append(line).append('\n');
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        if (copyCommand != null) {
            throw new IllegalArgumentException(source + ": COPY data is not ended by a line \\.");
        }
        execute(connection, sql, lineNumber);
    }

    private void execute(Connection connection, StringBuilder sql, int lineNumber) throws SQLException {
        if (sql.isEmpty() || sql.toString().isBlank()) {
            sql.setLength(0);
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.toString());
        } catch (SQLException failure) {
            throw new SQLException(source + " (statements before line " + lineNumber + "): " + failure.getMessage(),
                    failure.getSQLState(), failure);
        }
        sql.setLength(0);
    }

    private void copyIn(Connection connection, String copyCommand, String data, int lineNumber) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyCommand, new StringReader(data));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (SQLException failure) {
            throw new SQLException(source + " line " + lineNumber + " (" + copyCommand + "): " + failure.getMessage(),
                    failure.getSQLState(), failure);
        }
    }
}
