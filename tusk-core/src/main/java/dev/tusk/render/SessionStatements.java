package dev.tusk.render;

import java.util.Locale;
import java.util.Set;

/**
 * Recognizes statements whose effect outlives their transaction on a pooled connection: a plain
 * {@code SET} (or {@code SET SESSION}), {@code RESET} and {@code DISCARD}. {@code SET LOCAL},
 * {@code SET TRANSACTION} and {@code SET CONSTRAINTS} end with the transaction and are not counted.
 */
final class SessionStatements {
    private static final Set<String> TRANSACTION_SCOPED = Set.of("LOCAL", "TRANSACTION", "CONSTRAINTS");

    private SessionStatements() {
    }

    static boolean changesSession(String sql) {
        int[] at = {0};
        String first = nextWord(sql, at);
        return switch (first) {
            case "RESET", "DISCARD" -> true;
            case "SET" -> !TRANSACTION_SCOPED.contains(nextWord(sql, at));
            default -> false;
        };
    }

    /** The next word after whitespace and comments, upper-cased; empty when there is none. */
    private static String nextWord(String sql, int[] at) {
        int index = skipSpaceAndComments(sql, at[0]);
        int start = index;
        while (index < sql.length() && Character.isLetter(sql.charAt(index))) {
            index++;
        }
        at[0] = index;
        return sql.substring(start, index).toUpperCase(Locale.ROOT);
    }

    private static int skipSpaceAndComments(String sql, int from) {
        int index = from;
        while (index < sql.length()) {
            char current = sql.charAt(index);
            if (Character.isWhitespace(current)) {
                index++;
            } else if (sql.startsWith("--", index)) {
                int end = sql.indexOf('\n', index);
                index = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", index)) {
                index = endOfBlockComment(sql, index);
            } else {
                return index;
            }
        }
        return index;
    }

    /** Past the block comment at {@code start}; PostgreSQL's block comments nest. */
    private static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int index = start;
        while (index < sql.length()) {
            if (sql.startsWith("/*", index)) {
                depth++;
                index += 2;
            } else if (sql.startsWith("*/", index)) {
                depth--;
                index += 2;
                if (depth == 0) {
                    return index;
                }
            } else {
                index++;
            }
        }
        return index;
    }
}
