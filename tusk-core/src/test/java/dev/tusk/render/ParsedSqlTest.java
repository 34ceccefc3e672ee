package dev.tusk.render;

import dev.tusk.exception.ValidationException;
import org.junit.jupiter.api.Test;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedSqlTest {

    /** Parses and checks that pgjdbc 42.7.14's own lexer finds exactly our parameters. */
    private static ParsedSql parsed(String text) {
        ParsedSql sql = ParsedSql.parse(text);
        assertThat(pgjdbcBindCount(sql.jdbcSql()))
            .as("pgjdbc binds in %s", sql.jdbcSql())
            .isEqualTo(sql.jdbcParameterCount());
        return sql;
    }

    private static int pgjdbcBindCount(String jdbcSql) {
        try {
            int binds = 0;
            for (NativeQuery query : Parser.parseJdbcSql(jdbcSql, true, true, true, false, true)) {
                binds += query.bindPositions.length;
            }
            return binds;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    // ---- named placeholders

    @Test
    void namedPlaceholdersBecomeJdbcMarks() {
        ParsedSql sql = parsed("select * from users where age > :age and role = :role");
        assertThat(sql.jdbcSql()).isEqualTo("select * from users where age > ? and role = ?");
        assertThat(sql.isNamed()).isTrue();
        assertThat(sql.parameterNames()).containsExactly("age", "role");
        assertThat(sql.positionalCount()).isZero();
        assertThat(sql.jdbcParameterCount()).isEqualTo(2);
        assertThat(sql.originalSql()).isEqualTo("select * from users where age > :age and role = :role");
    }

    @Test
    void namesMayHoldUnderscoresDigitsAndCapitals() {
        ParsedSql sql = parsed("select :_a1, :Bc_2, (:x)");
        assertThat(sql.jdbcSql()).isEqualTo("select ?, ?, (?)");
        assertThat(sql.parameterNames()).containsExactly("_a1", "Bc_2", "x");
    }

    @Test
    void repeatedNameBindsTwice() {
        ParsedSql sql = parsed("select * from t where a = :v or b = :w or c = :v");
        assertThat(sql.parameterNames()).containsExactly("v", "w");
        assertThat(sql.jdbcParameterCount()).isEqualTo(3);
        SqlStatement statement = sql.toStatement(Map.of("v", 1, "w", 2), List.of());
        assertThat(statement.sql()).isEqualTo("select * from t where a = ? or b = ? or c = ?");
        assertThat(statement.params()).containsExactly(1, 2, 1);
        assertThat(sql.jdbcParameterNames()).containsExactly("v", "w", "v");
    }

    @Test
    void doubleColonCastAfterPlaceholderIsKept() {
        ParsedSql sql = parsed("select :id::int, :ts::timestamptz");
        assertThat(sql.jdbcSql()).isEqualTo("select ?::int, ?::timestamptz");
        assertThat(sql.parameterNames()).containsExactly("id", "ts");
    }

    @Test
    void castWithoutPlaceholderIsUntouched() {
        ParsedSql sql = parsed("select x::text, y :: int from t");
        assertThat(sql.jdbcSql()).isEqualTo("select x::text, y :: int from t");
        assertThat(sql.jdbcParameterCount()).isZero();
        assertThat(sql.isNamed()).isFalse();
    }

    @Test
    void colonEqualsIsCopied() {
        ParsedSql sql = parsed("select f(a := :a, b => 2)");
        assertThat(sql.jdbcSql()).isEqualTo("select f(a := ?, b => 2)");
        assertThat(sql.parameterNames()).containsExactly("a");
    }

    @Test
    void arraySliceWithNumbersIsCopied() {
        ParsedSql sql = parsed("select a[1:2], a[:3], a[lo : hi] from t where id = :id");
        assertThat(sql.jdbcSql()).isEqualTo("select a[1:2], a[:3], a[lo : hi] from t where id = ?");
        assertThat(sql.parameterNames()).containsExactly("id");
    }

    @Test
    void placeholderRunningIntoDollarIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select :a$b"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining(":a")
            .hasMessageContaining("line 1, column 8");
    }

    // ---- positional placeholders and ? operators

    @Test
    void positionalPlaceholdersAreCounted() {
        ParsedSql sql = parsed("insert into t (a, b) values (?, ?) returning id");
        assertThat(sql.jdbcSql()).isEqualTo("insert into t (a, b) values (?, ?) returning id");
        assertThat(sql.isNamed()).isFalse();
        assertThat(sql.positionalCount()).isEqualTo(2);
        assertThat(sql.jdbcParameterCount()).isEqualTo(2);
        assertThat(sql.parameterNames()).isEmpty();
        assertThat(sql.jdbcParameterNames()).containsExactly(null, null);
    }

    @Test
    void doubleQuestionMarkStaysEscapedInPositionalMode() {
        ParsedSql sql = parsed("select data ?? 'a' from t where id = ?");
        assertThat(sql.jdbcSql()).isEqualTo("select data ?? 'a' from t where id = ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void jsonbOperatorsAreEscapedInPositionalMode() {
        ParsedSql sql = parsed("select data ?| array['a'], data ?& array['b'], data ?|? from t where id = ?");
        assertThat(sql.jdbcSql())
            .isEqualTo("select data ??| array['a'], data ??& array['b'], data ??|? from t where id = ?");
        assertThat(sql.positionalCount()).isEqualTo(2);
    }

    @Test
    void concatenationAfterPositionalPlaceholder() {
        ParsedSql sql = parsed("select ?||'x', ? || 'y'");
        assertThat(sql.jdbcSql()).isEqualTo("select ?||'x', ? || 'y'");
        assertThat(sql.positionalCount()).isEqualTo(2);
    }

    @Test
    void arrayOverlapAfterPositionalPlaceholder() {
        ParsedSql sql = parsed("select ?&&tags from t");
        assertThat(sql.jdbcSql()).isEqualTo("select ?&&tags from t");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void jsonbOperatorsSurviveInNamedMode() {
        ParsedSql sql = parsed("select data ? 'a', data ?| array['b'], data ?& :keys, data ?? 'c'"
            + " from t where id = :id");
        assertThat(sql.jdbcSql()).isEqualTo("select data ?? 'a', data ??| array['b'], data ??& ?,"
            + " data ?? 'c' from t where id = ?");
        assertThat(sql.parameterNames()).containsExactly("keys", "id");
        assertThat(sql.positionalCount()).isZero();
    }

    @Test
    void jsonbOperatorBeforeFirstNameIsEscaped() {
        ParsedSql sql = parsed("select (data) ? 'a', :doc::jsonb ? 'b', data->'x' ? :key from t");
        assertThat(sql.jdbcSql()).isEqualTo("select (data) ?? 'a', ?::jsonb ?? 'b', data->'x' ?? ? from t");
    }

    @Test
    void mixingNamedAndPositionalIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select * from t where a = ? and b = :b"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("mixes :named and ? placeholders")
            .hasMessageContaining("line 1, column 27")
            .hasMessageContaining(":b at line 1, column 37");
    }

    @Test
    void positionalValueInListWithNamesIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("insert into t values (:a, ?)"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("mixes");
        assertThatThrownBy(() -> ParsedSql.parse("select * from t where a = :a limit ?"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("mixes");
        assertThatThrownBy(() -> ParsedSql.parse("select ? from t where a = :a"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("mixes");
        assertThatThrownBy(() -> ParsedSql.parse("select x from t where :a = 1 and\n flag ?"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("line 2, column 7");
    }

    @Test
    void placeholderMarksInsideLiteralsDoNotCountAsMixing() {
        ParsedSql sql = parsed("select '?', \"?\", $$?$$ /* ? */ from t where a = :a -- ?");
        assertThat(sql.jdbcSql()).isEqualTo("select '?', \"?\", $$?$$ /* ? */ from t where a = ? -- ?");
    }

    // ---- literals, identifiers, dollar quotes, comments

    @Test
    void stringLiteralHidesPlaceholders() {
        ParsedSql sql = parsed("select 'it''s :x ?', :y");
        assertThat(sql.jdbcSql()).isEqualTo("select 'it''s :x ?', ?");
        assertThat(sql.parameterNames()).containsExactly("y");
    }

    @Test
    void backslashInStandardStringIsOrdinary() {
        ParsedSql sql = parsed("select 'C:\\', ?");
        assertThat(sql.jdbcSql()).isEqualTo("select 'C:\\', ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void escapeStringHidesPlaceholders() {
        ParsedSql sql = parsed("select E'\\' :x ?', e'\\\\', :y");
        assertThat(sql.jdbcSql()).isEqualTo("select E'\\' :x ?', e'\\\\', ?");
        assertThat(sql.parameterNames()).containsExactly("y");
    }

    @Test
    void doubledQuoteInEscapeStringIsRewrittenForPgjdbc() {
        ParsedSql sql = parsed("select E'it''s \\' ?', ?");
        assertThat(sql.jdbcSql()).isEqualTo("select E'it\\'s \\' ?', ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void letterEInsideWordDoesNotStartEscapeString() {
        ParsedSql sql = parsed("select 1E'\\', ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void unicodeStringHidesPlaceholders() {
        ParsedSql sql = parsed("select U&'d\\0061t\\+000061 :x ?', :y");
        assertThat(sql.jdbcSql()).isEqualTo("select U&'d\\0061t\\+000061 :x ?', ?");
        assertThat(sql.parameterNames()).containsExactly("y");
    }

    @Test
    void quotedIdentifierHidesPlaceholders() {
        ParsedSql sql = parsed("select \"a \"\" :b ?\" from t where c = :c");
        assertThat(sql.jdbcSql()).isEqualTo("select \"a \"\" :b ?\" from t where c = ?");
        assertThat(sql.parameterNames()).containsExactly("c");
    }

    @Test
    void dollarQuotedBodyIsUntouched() {
        String body = "create function f(x int) returns int language sql as $$ select x::int + 1 "
            + "where ':y' <> '?' $$";
        ParsedSql sql = parsed(body);
        assertThat(sql.jdbcSql()).isEqualTo(body);
        assertThat(sql.jdbcParameterCount()).isZero();
    }

    @Test
    void taggedDollarQuoteEndsOnlyAtItsTag() {
        ParsedSql sql = parsed("do $fn$ begin perform $$ :x ? $$; v := :y; end $fn$; select :z");
        assertThat(sql.jdbcSql()).isEqualTo("do $fn$ begin perform $$ :x ? $$; v := :y; end $fn$; select ?");
        assertThat(sql.parameterNames()).containsExactly("z");
    }

    @Test
    void dollarInsideIdentifierIsNotAQuote() {
        ParsedSql sql = parsed("select a$1, b$$c from t where id = :id");
        assertThat(sql.jdbcSql()).isEqualTo("select a$1, b$$c from t where id = ?");
        assertThat(sql.parameterNames()).containsExactly("id");
    }

    @Test
    void dollarNumberParametersAreRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select * from t where id = $1"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("use ? or :name, not $1")
            .hasMessageContaining("line 1, column 28");
        assertThatThrownBy(() -> ParsedSql.parse("select $12"))
            .hasMessageContaining("not $12");
    }

    @Test
    void dollarNumberInsideLiteralIsAllowed() {
        ParsedSql sql = parsed("select '$1', $$ $2 $$, ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void lineCommentHidesPlaceholders() {
        ParsedSql sql = parsed("select 1 -- where x = :x and ?\n, :y -- it's\r, ?|");
        assertThat(sql.jdbcSql()).isEqualTo("select 1 -- where x = :x and ?\n, ? -- it's\r, ??|");
        assertThat(sql.parameterNames()).containsExactly("y");
    }

    @Test
    void blockCommentHidesPlaceholders() {
        ParsedSql sql = parsed("select /* :x ? it's */ ?");
        assertThat(sql.jdbcSql()).isEqualTo("select /* :x ? it's */ ?");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    @Test
    void nestedBlockCommentHidesPlaceholders() {
        ParsedSql sql = parsed("select /* a /* b */ :c ? */ :d");
        assertThat(sql.jdbcSql()).isEqualTo("select /* a /* b */ :c ? */ ?");
        assertThat(sql.parameterNames()).containsExactly("d");
    }

    @Test
    void commentOpenedBySlashStarSlashIsSpacedForPgjdbc() {
        ParsedSql sql = parsed("select /*/ ? it's */ ?, /*/* ? */ ? */ ?");
        assertThat(sql.jdbcSql()).isEqualTo("select /* / ? it's */ ?, /* /* ? */ ? */ ?");
        assertThat(sql.positionalCount()).isEqualTo(2);
    }

    @Test
    void minusAndSlashOperatorsAreCopied() {
        ParsedSql sql = parsed("select 4 - :a / 2, -:b");
        assertThat(sql.jdbcSql()).isEqualTo("select 4 - ? / 2, -?");
    }

    // ---- bad text

    @Test
    void nullAndBlankTextAreRejected() {
        assertThatThrownBy(() -> ParsedSql.parse(null))
            .isInstanceOf(ValidationException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ParsedSql.parse(" \n\t"))
            .isInstanceOf(ValidationException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> ParsedSql.cached(null))
            .isInstanceOf(ValidationException.class).hasMessageContaining("null");
    }

    @Test
    void unterminatedStringIsRejectedWithPosition() {
        assertThatThrownBy(() -> ParsedSql.parse("select 1,\n  'it''s :x"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("unterminated string literal")
            .hasMessageContaining("line 2, column 3");
    }

    @Test
    void unterminatedEscapeStringIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select E'abc\\'"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("unterminated escape string")
            .hasMessageContaining("line 1, column 8");
    }

    @Test
    void unterminatedQuotedIdentifierIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select \"a\"\"b from t"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("unterminated quoted identifier")
            .hasMessageContaining("column 8");
    }

    @Test
    void unterminatedDollarQuoteIsRejectedNamingItsTag() {
        assertThatThrownBy(() -> ParsedSql.parse("do $body$ begin null; end $$"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("unterminated dollar quote $body$")
            .hasMessageContaining("column 4");
    }

    @Test
    void unterminatedNestedBlockCommentIsRejected() {
        assertThatThrownBy(() -> ParsedSql.parse("select 1 /* a /* b */ c"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("unterminated block comment")
            .hasMessageContaining("column 10");
    }

    @Test
    void unterminatedLineCommentAtEndIsFine() {
        ParsedSql sql = parsed("select ? -- trailing :x");
        assertThat(sql.positionalCount()).isEqualTo(1);
    }

    // ---- binding

    @Test
    void namedValuesComeInJdbcOrder() {
        SqlStatement statement = parsed("update t set b = :b where a = :a")
            .toStatement(Map.of("a", 1, "b", "two"), null);
        assertThat(statement.sql()).isEqualTo("update t set b = ? where a = ?");
        assertThat(statement.params()).containsExactly("two", 1);
    }

    @Test
    void nullValuesAreBound() {
        Map<String, Object> values = new HashMap<>();
        values.put("a", null);
        assertThat(parsed("select :a").toStatement(values, List.of()).params()).containsExactly((Object) null);
        assertThat(parsed("select ?").toStatement(Map.of(), Arrays.asList((Object) null)).params())
            .containsExactly((Object) null);
    }

    @Test
    void missingNameIsRejectedListingPlaceholders() {
        ParsedSql sql = parsed("select :a, :b");
        assertThatThrownBy(() -> sql.toStatement(Map.of("a", 1), List.of()))
            .isInstanceOf(ValidationException.class)
            .hasMessage("no value bound for :b; this SQL has :a, :b");
    }

    @Test
    void unknownBindNameIsRejectedListingPlaceholders() {
        ParsedSql sql = parsed("select :a, :b");
        assertThatThrownBy(() -> sql.toStatement(Map.of("a", 1, "b", 2, "x", 3), List.of()))
            .isInstanceOf(ValidationException.class)
            .hasMessage("no placeholder :x in this SQL; it has :a, :b");
    }

    @Test
    void indexValuesOnNamedSqlAreRejected() {
        ParsedSql sql = parsed("select :a");
        assertThatThrownBy(() -> sql.toStatement(Map.of("a", 1), List.of(2)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("named placeholders :a");
    }

    @Test
    void positionalValuesComeInOrder() {
        SqlStatement statement = parsed("select ?, ?").toStatement(null, List.of("x", 2));
        assertThat(statement.params()).containsExactly("x", 2);
    }

    @Test
    void missingIndexIsRejectedListingPlaceholders() {
        ParsedSql sql = parsed("select ?, ?, ?");
        assertThatThrownBy(() -> sql.toStatement(Map.of(), List.of(1, 2)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("no value bound for ? number 3; this SQL has 3 ? placeholders (1 to 3)");
    }

    @Test
    void extraIndexIsRejected() {
        ParsedSql sql = parsed("select ?");
        assertThatThrownBy(() -> sql.toStatement(Map.of(), List.of(1, 2)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("no placeholder ? number 2 in this SQL; it has 1 ? placeholder");
    }

    @Test
    void nameBoundOnPositionalSqlIsRejected() {
        assertThatThrownBy(() -> parsed("select ?").toStatement(Map.of("x", 1), List.of(1)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("no placeholder :x in this SQL; it has 1 ? placeholder");
        assertThatThrownBy(() -> parsed("select 1").toStatement(Map.of("x", 1), List.of()))
            .hasMessage("no placeholder :x in this SQL; it has no placeholders");
    }

    @Test
    void boundValueIsNeverScanned() {
        String tricky = ":a ? '; drop table t; -- $1 /*";
        SqlStatement statement = parsed("select :a").toStatement(Map.of("a", tricky), List.of());
        assertThat(statement.sql()).isEqualTo("select ?");
        assertThat(statement.params()).containsExactly(tricky);
    }

    @Test
    void sqlWithoutPlaceholdersBindsNothing() {
        SqlStatement statement = parsed("select 1").toStatement(Map.of(), List.of());
        assertThat(statement.sql()).isEqualTo("select 1");
        assertThat(statement.params()).isEmpty();
    }

    // ---- cache

    @Test
    void cachedTextIsParsedOnce() {
        String text = "select :cached_once from t where x = 'cache test'";
        assertThat(ParsedSql.cached(text)).isSameAs(ParsedSql.cached(text));
        assertThat(ParsedSql.cached(text).jdbcSql()).isEqualTo(ParsedSql.parse(text).jdbcSql());
    }

    @Test
    void cachedRejectsBadTextEveryTime() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> ParsedSql.cached("select 'open"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unterminated string literal");
        }
    }
}
