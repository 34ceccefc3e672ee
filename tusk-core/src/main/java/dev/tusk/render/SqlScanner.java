package dev.tusk.render;

import dev.tusk.exception.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.tusk.render.SqlCharacters.isNamePart;
import static dev.tusk.render.SqlCharacters.isNameStart;
import static dev.tusk.render.SqlCharacters.isSpace;
import static dev.tusk.render.SqlCharacters.isTagPart;
import static dev.tusk.render.SqlCharacters.isTagStart;
import static dev.tusk.render.SqlCharacters.isWordChar;
import static dev.tusk.render.SqlCharacters.pgjdbcEndsIdentifier;

/**
 * One pass over raw SQL text: finds {@code :name} and {@code ?} placeholders outside literals,
 * quoted identifiers, dollar quotes and comments, and writes the JDBC text for pgjdbc. The rules
 * are documented on {@link ParsedSql}; this class is its lexer and is used once per text.
 *
 * <p>The output is shaped for pgjdbc's own lexer ({@code org.postgresql.core.Parser}), which
 * decides where its {@code ?} binds are. Where that lexer reads a construct differently from
 * PostgreSQL, the construct is rewritten into an equivalent that both read the same way:
 * {@code ''} inside an {@code E'...'} string becomes {@code \'} (pgjdbc leaves escape mode at
 * {@code ''}), and a block comment opening {@code /}{@code *}{@code /} gets a space after the
 * opener (pgjdbc closes the comment there).
 */
final class SqlScanner {

    /** Reserved words after which a {@code ?} can only be a value, never the jsonb operator. */
    private static final String[] WORDS_BEFORE_A_VALUE = {
        "select", "where", "and", "or", "not", "case", "when", "then", "else",
        "limit", "offset", "having", "returning", "like", "ilike", "between"
    };
    /** Characters after which a {@code ?} can only be a value: an operator needs a left operand. */
    private static final String CHARS_BEFORE_A_VALUE = "(,=<>+-*/%^[|&~!@#;:?";
    /** Characters after which a {@code ?} can only be a value: an operator needs a right operand. */
    private static final String CHARS_AFTER_A_VALUE = "),;]";

    /** The last token before the current one, ignoring whitespace and comments. */
    private enum Previous { START, WORD, OPERAND, CHAR }

    private final String text;
    private final int length;
    private final StringBuilder out;
    private int pos;
    private int copiedUpTo;

    private final List<String> names = new ArrayList<>();
    private int[] namedSlots = new int[8];
    private int namedSlotCount;
    private int firstNameOffset = -1;

    /** Output offsets of single {@code ?}: placeholders if the text is positional, operators if named. */
    private int[] singleMarks = new int[8];
    private int singleMarkCount;
    private int firstValueShapedOffset = -1;

    private Previous previous = Previous.START;
    private char previousChar;
    private int previousWordStart;
    private int previousWordEnd;

    private SqlScanner(String text) {
        this.text = text;
        this.length = text.length();
        this.out = new StringBuilder(length + 16);
    }

    /** Scans {@code text} (not blank) and returns the placeholders found and the JDBC text. */
    static ParsedSql scan(String text) {
        SqlScanner scanner = new SqlScanner(text);
        scanner.run();
        return scanner.result();
    }

    private void run() {
        while (pos < length) {
            char c = text.charAt(pos);
            switch (c) {
                case '\'' -> singleQuoted(pos, pos, false);
                case '"' -> doubleQuoted();
                case '-' -> minus();
                case '/' -> slash();
                case '$' -> dollar();
                case ':' -> colon();
                case '?' -> questionMark();
                default -> {
                    if (isWordChar(c)) {
                        word();
                    } else {
                        if (!isSpace(c)) {
                            rememberChar(c);
                        }
                        pos++;
                    }
                }
            }
        }
        flushTo(length);
    }

    private ParsedSql result() {
        if (names.isEmpty()) {
            return new ParsedSql(text, out.toString(), List.of(), null, singleMarkCount);
        }
        if (firstValueShapedOffset >= 0) {
            throw new ValidationException("SQL mixes :named and ? placeholders: the ? at "
                + where(firstValueShapedOffset) + " can only be a value, and :" + names.get(0) + " at "
                + where(firstNameOffset) + " is named; use :name for every value (write ?? for a"
                + " literal ? operator)");
        }
        String jdbcSql = singleMarkCount == 0 ? out.toString() : escapeSingleMarks();
        return new ParsedSql(text, jdbcSql, List.copyOf(names),
            Arrays.copyOf(namedSlots, namedSlotCount), 0);
    }

    /** In named mode every single {@code ?} is an operator: double it so pgjdbc sends one. */
    private String escapeSingleMarks() {
        StringBuilder escaped = new StringBuilder(out.length() + singleMarkCount);
        int from = 0;
        for (int mark = 0; mark < singleMarkCount; mark++) {
            int at = singleMarks[mark];
            escaped.append(out, from, at).append('?');
            from = at;
        }
        return escaped.append(out, from, out.length()).toString();
    }

    // ---- literals, identifiers, comments: copied untouched

    private void singleQuoted(int start, int quote, boolean escapeString) {
        int at = quote + 1;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '\\' && escapeString) {
                at += 2;
            } else if (c == '\'') {
                if (at + 1 < length && text.charAt(at + 1) == '\'') {
                    if (escapeString) {
                        // pgjdbc ends an E'' string at '' and rescans the rest as a standard string
                        flushTo(at);
                        out.append("\\'");
                        copiedUpTo = at + 2;
                    }
                    at += 2;
                } else {
                    pos = at + 1;
                    previous = Previous.OPERAND;
                    return;
                }
            } else {
                at++;
            }
        }
        throw unterminated(escapeString ? "escape string E'...'" : "string literal '...'", start);
    }

    private void doubleQuoted() {
        int start = pos;
        int at = pos + 1;
        while (at < length) {
            if (text.charAt(at) == '"') {
                if (at + 1 < length && text.charAt(at + 1) == '"') {
                    at += 2;
                    continue;
                }
                pos = at + 1;
                previous = Previous.OPERAND;
                return;
            }
            at++;
        }
        throw unterminated("quoted identifier \"...\"", start);
    }

    private void minus() {
        if (next(1) != '-') {
            rememberChar('-');
            pos++;
            return;
        }
        int at = pos + 2;
        while (at < length && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        pos = at;
    }

    private void slash() {
        if (next(1) != '*') {
            rememberChar('/');
            pos++;
            return;
        }
        int start = pos;
        if (next(2) == '/') {
            // pgjdbc reads "/*/" as a whole comment; PostgreSQL does not
            flushTo(pos + 2);
            out.append(' ');
            copiedUpTo = pos + 2;
        }
        int depth = 1;
        int at = pos + 2;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '*' && at + 1 < length && text.charAt(at + 1) == '/') {
                at += 2;
                if (--depth == 0) {
                    pos = at;
                    return;
                }
            } else if (c == '/' && at + 1 < length && text.charAt(at + 1) == '*') {
                depth++;
                at += 2;
            } else {
                at++;
            }
        }
        throw unterminated("block comment /* ... */", start);
    }

    private void dollar() {
        char after = next(1);
        if (after >= '0' && after <= '9') {
            int end = pos + 1;
            while (end < length && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            String parameter = text.substring(pos, end);
            throw new ValidationException("positional parameter " + parameter + " at " + where(pos)
                + ": use ? or :name, not " + parameter);
        }
        int tagEnd = -1;
        if (after == '$') {
            tagEnd = pos + 2;
        } else if (isTagStart(after)) {
            int at = pos + 2;
            while (at < length && isTagPart(text.charAt(at))) {
                at++;
            }
            if (at < length && text.charAt(at) == '$') {
                tagEnd = at + 1;
            }
        }
        if (tagEnd < 0) {
            rememberChar('$');
            pos++;
            return;
        }
        String tag = text.substring(pos, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        if (close < 0) {
            throw unterminated("dollar quote " + tag + " ... " + tag, pos);
        }
        pos = close + tag.length();
        previous = Previous.OPERAND;
    }

    // ---- placeholders

    private void colon() {
        char after = next(1);
        if (after == ':') {
            pos += 2;
            rememberChar(':');
            return;
        }
        if (!isNameStart(after)) {
            pos++;
            rememberChar(':');
            return;
        }
        int nameEnd = pos + 2;
        while (nameEnd < length && isNamePart(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = text.substring(pos + 1, nameEnd);
        if (nameEnd < length && isWordChar(text.charAt(nameEnd))) {
            throw new ValidationException("placeholder :" + name + " at " + where(pos)
                + " runs into '" + text.charAt(nameEnd) + "'; a name is ASCII letters, digits and _,"
                + " so put a space or operator after it");
        }
        flushTo(pos);
        out.append('?');
        copiedUpTo = nameEnd;
        addNamedSlot(name);
        pos = nameEnd;
        previous = Previous.OPERAND;
    }

    private void addNamedSlot(String name) {
        if (firstNameOffset < 0) {
            firstNameOffset = pos;
        }
        int index = names.indexOf(name);
        if (index < 0) {
            index = names.size();
            names.add(name);
        }
        if (namedSlotCount == namedSlots.length) {
            namedSlots = Arrays.copyOf(namedSlots, namedSlotCount * 2);
        }
        namedSlots[namedSlotCount++] = index;
    }

    private void questionMark() {
        char after = next(1);
        boolean escaped = after == '?';
        boolean jsonbOperator = (after == '|' || after == '&') && next(2) != after;
        if (escaped) {
            pos += 2;
            rememberChar('?');
            return;
        }
        if (jsonbOperator) {
            flushTo(pos);
            out.append('?');
            pos += 2;
            rememberChar(after);
            return;
        }
        if (firstValueShapedOffset < 0 && isValueShaped()) {
            firstValueShapedOffset = pos;
        }
        flushTo(pos);
        if (singleMarkCount == singleMarks.length) {
            singleMarks = Arrays.copyOf(singleMarks, singleMarkCount * 2);
        }
        singleMarks[singleMarkCount++] = out.length();
        pos++;
        rememberChar('?');
    }

    /** True when this single {@code ?} has no operand on one side, so it cannot be an operator. */
    private boolean isValueShaped() {
        boolean afterOperand = switch (previous) {
            case START -> false;
            case OPERAND -> true;
            case CHAR -> CHARS_BEFORE_A_VALUE.indexOf(previousChar) < 0;
            case WORD -> !isWordBeforeAValue();
        };
        if (!afterOperand) {
            return true;
        }
        int at = pos + 1;
        while (at < length && isSpace(text.charAt(at))) {
            at++;
        }
        return at == length || CHARS_AFTER_A_VALUE.indexOf(text.charAt(at)) >= 0;
    }

    private boolean isWordBeforeAValue() {
        int wordLength = previousWordEnd - previousWordStart;
        for (String word : WORDS_BEFORE_A_VALUE) {
            if (word.length() == wordLength
                && text.regionMatches(true, previousWordStart, word, 0, wordLength)) {
                return true;
            }
        }
        return false;
    }

    // ---- words: identifiers, keywords, numbers

    private void word() {
        int start = pos;
        int end = pos + 1;
        while (end < length && isWordChar(text.charAt(end))) {
            end++;
        }
        pos = end;
        if (end - start == 1 && end < length && text.charAt(end) == '\''
            && (text.charAt(start) == 'E' || text.charAt(start) == 'e')
            && start > 0 && pgjdbcEndsIdentifier(text.charAt(start - 1))) {
            singleQuoted(start, end, true);
            return;
        }
        previous = Previous.WORD;
        previousWordStart = start;
        previousWordEnd = end;
    }

    // ---- bookkeeping

    private void rememberChar(char c) {
        previous = Previous.CHAR;
        previousChar = c;
    }

    private void flushTo(int end) {
        if (end > copiedUpTo) {
            out.append(text, copiedUpTo, end);
            copiedUpTo = end;
        }
    }

    private char next(int ahead) {
        int at = pos + ahead;
        return at < length ? text.charAt(at) : '\0';
    }

    private ValidationException unterminated(String what, int start) {
        return new ValidationException("unterminated " + what + " starting at " + where(start)
            + " in SQL: " + abbreviate(text));
    }

    /** "line 2, column 7" for an offset, counted only when an error needs it. */
    private String where(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int at = 0; at < offset; at++) {
            if (text.charAt(at) == '\n') {
                line++;
                lineStart = at + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 200 ? sql : sql.substring(0, 197) + "...";
    }
}
