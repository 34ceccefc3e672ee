package dev.tusk.render;

/** The character classes of PostgreSQL's lexer ({@code src/backend/parser/scan.l}) that {@link SqlScanner} needs. */
final class SqlCharacters {

    private SqlCharacters() {
    }

    /** PostgreSQL's identifier characters (scan.l {@code ident_cont}), which also covers numbers. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '$' || c > 127;
    }

    /** A placeholder name starts with an ASCII letter or {@code _}. */
    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** ...and goes on with ASCII letters, digits or {@code _}. */
    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** A dollar-quote tag starts like an identifier (scan.l {@code dolq_start})... */
    static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > 127;
    }

    /** ...and goes on without {@code $} (scan.l {@code dolq_cont}). */
    static boolean isTagPart(char c) {
        return isTagStart(c) || (c >= '0' && c <= '9');
    }

    /** PostgreSQL's whitespace (scan.l {@code space}). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** pgjdbc reads {@code E'} as an escape string only after these characters; so does Tusk. */
    static boolean pgjdbcEndsIdentifier(char c) {
        return c == '"' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
            || ",()[].;:+-*/%^<>=~!@#&|`?".indexOf(c) >= 0;
    }
}
