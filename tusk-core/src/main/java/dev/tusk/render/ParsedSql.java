package dev.tusk.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tusk.exception.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Raw SQL read once for its placeholders and turned into JDBC text for pgjdbc. A text uses either
 * {@code :name} placeholders or {@code ?} placeholders, never both.
 *
 * <pre>{@code
 * ParsedSql sql = ParsedSql.cached("select * from users where age > :age and tags ?| :tags");
 * sql.jdbcSql();           // select * from users where age > ? and tags ??| ?
 * sql.parameterNames();    // [age, tags]
 * SqlStatement statement = sql.toStatement(Map.of("age", 18, "tags", new String[] {"a"}), List.of());
 * }</pre>
 *
 * <h2>Placeholders</h2>
 * <ul>
 *   <li>{@code :name}: a colon, then an ASCII letter or {@code _}, then ASCII letters, digits or
 *       {@code _}. Names are case-sensitive. A name used twice binds twice
 *       ({@code a = :v or b = :v} has two JDBC parameters). A name may not run into a {@code $} or
 *       non-ASCII character.</li>
 *   <li>{@code ::} is a cast and stays: {@code :id::int} is placeholder {@code id} then a cast,
 *       {@code x::text} is untouched. Any other colon stays too: {@code :=}, {@code a[1:2]},
 *       {@code a[lo : hi]}. Note {@code a[lo:hi]} reads {@code :hi} as a placeholder.</li>
 *   <li>{@code ?} in a text without named placeholders is a positional placeholder, except:
 *       {@code ??} is pgjdbc's escape for a literal {@code ?} and stays {@code ??};
 *       {@code ?|} and {@code ?&} are the jsonb operators and become {@code ??|} and {@code ??&}.
 *       {@code ?||} is a placeholder followed by {@code ||} (concatenation), and {@code ?&&} a
 *       placeholder followed by {@code &&}. Other operators starting with {@code ?} (the geometric
 *       {@code ?-}, {@code ?#}) must be written with {@code ??} in positional text.</li>
 *   <li>In a text with named placeholders every {@code ?} is an operator and is escaped for
 *       pgjdbc: {@code data ? 'key'} becomes {@code data ?? 'key'}, {@code ?|} becomes
 *       {@code ??|}, {@code ??} stays. A {@code ?} that can only be a value (after
 *       {@code (}, {@code ,}, {@code =} or another operator, after {@code where}, {@code and},
 *       {@code limit} and similar words, at the start, or before {@code )}, {@code ,}, {@code ;},
 *       {@code ]} or the end) is rejected as mixing {@code :named} and {@code ?} placeholders.</li>
 *   <li>{@code $1}-style parameters are rejected: use {@code ?} or {@code :name}.</li>
 * </ul>
 *
 * <h2>Left untouched</h2>
 * Nothing inside these is read as a placeholder, and they are copied as written (pgjdbc skips
 * them too, so a {@code ?} inside needs no escape): string literals {@code 'it''s :x ?'},
 * escape strings {@code E'\' :x'}, {@code U&'...'}, quoted identifiers {@code "a "" :b ?"},
 * dollar quotes {@code $$ :x $$} and {@code $body$ ... $body$} ({@code $} then a letter or
 * {@code _}, letters, digits, {@code _}, then {@code $}), line comments {@code -- :x} and block
 * comments, which nest: {@code /* a /* b *}{@code / :c *}{@code /} is all comment. Two rewrites
 * keep pgjdbc's lexer in step with PostgreSQL's without changing meaning: {@code ''} inside an
 * {@code E'...'} string is written {@code \'}, and a block comment starting {@code /}{@code *}{@code /}
 * gets a space after its opener. An unterminated literal, identifier, dollar quote or block
 * comment is rejected, naming the line and column where it starts.
 *
 * <p>Backslashes in plain {@code '...'} literals are ordinary characters, as with PostgreSQL's
 * default {@code standard_conforming_strings = on}. Bound values are never scanned.
 */
public final class ParsedSql {

    private static final int CACHE_SIZE = 2_000;
    private static final Cache<String, ParsedSql> CACHE =
        Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    private final String originalSql;
    private final String jdbcSql;
    private final List<String> parameterNames;
    /** For named text, the index in {@link #parameterNames} bound at each JDBC slot; else null. */
    private final int[] namedSlots;
    private final int positionalCount;
    private final boolean changesSession;

    ParsedSql(String originalSql, String jdbcSql, List<String> parameterNames, int[] namedSlots,
              int positionalCount) {
        this.originalSql = originalSql;
        this.jdbcSql = jdbcSql;
        this.parameterNames = parameterNames;
        this.namedSlots = namedSlots;
        this.positionalCount = positionalCount;
        this.changesSession = SessionStatements.changesSession(originalSql);
    }

    /**
     * Reads {@code text} once.
     *
     * @throws ValidationException if the text is null or blank, mixes {@code :named} and {@code ?}
     *     placeholders, uses {@code $1} parameters, or leaves a quote, dollar quote or comment open
     */
    public static ParsedSql parse(String text) {
        requireText(text);
        return SqlScanner.scan(text);
    }

    /** {@link #parse} through a bounded cache of 2,000 texts, so repeated raw SQL is read once. */
    public static ParsedSql cached(String text) {
        requireText(text);
        return CACHE.get(text, SqlScanner::scan);
    }

    private static void requireText(String text) {
        if (text == null) {
            throw new ValidationException("SQL text is null; pass the SQL to run");
        }
        if (text.isBlank()) {
            throw new ValidationException("SQL text is blank; pass the SQL to run");
        }
    }

    /**
     * Whether the statement changes session state beyond its transaction: a plain {@code SET}
     * (not {@code SET LOCAL}, {@code SET TRANSACTION} or {@code SET CONSTRAINTS}), {@code RESET}
     * or {@code DISCARD}. Such a statement's changes are reset before its connection goes back to
     * the pool.
     */
    public boolean changesSession() {
        return changesSession;
    }

    /** The text as given. */
    public String originalSql() {
        return originalSql;
    }

    /** The text for {@code Connection.prepareStatement}: a {@code ?} per placeholder. */
    public String jdbcSql() {
        return jdbcSql;
    }

    /** Distinct placeholder names in order of first appearance; empty for positional text. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** Number of {@code ?} placeholders; 0 for named text. */
    public int positionalCount() {
        return positionalCount;
    }

    /** Number of {@code ?} parameters in {@link #jdbcSql()}, counting a repeated name each time. */
    public int jdbcParameterCount() {
        return namedSlots == null ? positionalCount : namedSlots.length;
    }

    /**
     * The placeholder name bound at each JDBC parameter, in JDBC order (a repeated name appears at
     * each of its places); all null for positional text. A fresh array on every call.
     */
    public String[] jdbcParameterNames() {
        String[] slotNames = new String[jdbcParameterCount()];
        if (namedSlots != null) {
            for (int slot = 0; slot < namedSlots.length; slot++) {
                slotNames[slot] = parameterNames.get(namedSlots[slot]);
            }
        }
        return slotNames;
    }

    /** True if the text uses {@code :name} placeholders. */
    public boolean isNamed() {
        return namedSlots != null;
    }

    /**
     * The JDBC text with its parameters in JDBC order. Values are passed through as they are.
     *
     * @param named      values by placeholder name (null values allowed); empty or null for positional text
     * @param positional values for {@code ?} 1..n in order; empty or null for named text
     * @throws ValidationException if a placeholder has no value or a value has no placeholder
     */
    public SqlStatement toStatement(Map<String, ?> named, List<?> positional) {
        Map<String, ?> byName = named == null ? Map.of() : named;
        List<?> byIndex = positional == null ? List.of() : positional;
        return isNamed() ? bindNamed(byName, byIndex) : bindPositional(byName, byIndex);
    }

    private SqlStatement bindNamed(Map<String, ?> byName, List<?> byIndex) {
        if (!byIndex.isEmpty()) {
            throw new ValidationException("this SQL uses named placeholders " + namesList()
                + "; bind by name, not by index (" + byIndex.size() + " values given by index)");
        }
        for (String name : byName.keySet()) {
            if (!parameterNames.contains(name)) {
                throw new ValidationException("no placeholder :" + name + " in this SQL; it has "
                    + namesList());
            }
        }
        for (String name : parameterNames) {
            if (!byName.containsKey(name)) {
                throw new ValidationException("no value bound for :" + name + "; this SQL has "
                    + namesList());
            }
        }
        Object[] values = new Object[namedSlots.length];
        for (int slot = 0; slot < namedSlots.length; slot++) {
            values[slot] = byName.get(parameterNames.get(namedSlots[slot]));
        }
        return new SqlStatement(jdbcSql, Arrays.asList(values));
    }

    private SqlStatement bindPositional(Map<String, ?> byName, List<?> byIndex) {
        if (!byName.isEmpty()) {
            String name = byName.keySet().iterator().next();
            throw new ValidationException("no placeholder :" + name + " in this SQL; it has "
                + positionalList());
        }
        if (byIndex.size() < positionalCount) {
            throw new ValidationException("no value bound for ? number " + (byIndex.size() + 1)
                + "; this SQL has " + positionalList());
        }
        if (byIndex.size() > positionalCount) {
            throw new ValidationException("no placeholder ? number " + (positionalCount + 1)
                + " in this SQL; it has " + positionalList());
        }
        return new SqlStatement(jdbcSql, new ArrayList<>(byIndex));
    }

    private String namesList() {
        return ":" + String.join(", :", parameterNames);
    }

    private String positionalList() {
        return switch (positionalCount) {
            case 0 -> "no placeholders";
            case 1 -> "1 ? placeholder";
            default -> positionalCount + " ? placeholders (1 to " + positionalCount + ")";
        };
    }

    @Override
    public String toString() {
        return jdbcSql;
    }
}
