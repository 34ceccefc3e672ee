package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayLiteralTest {

    @Test
    void awkwardElementsSurviveFormatThenParse() {
        List<String> awkward = Arrays.asList("plain", "with \"quotes\"", "back\\slash", "a,b", "{braces}", "}",
                " leading and trailing ", "", "NULL", "null", null, "tab\there", "new\nline", "\\\"", "ünï©ødé 🐘");
        String literal = ArrayLiteral.format(awkward);
        assertEquals(awkward, ArrayLiteral.parse(literal));
    }

    @Test
    void theStringNullIsQuotedButAJavaNullIsTheBareKeyword() {
        assertEquals("{\"NULL\",NULL,\"\"}", ArrayLiteral.format(Arrays.asList("NULL", null, "")));
    }

    @Test
    void quotesAndBackslashesAreEscapedInsideQuotes() {
        assertEquals("{\"a\\\"b\",\"c\\\\d\",plain}", ArrayLiteral.format(List.of("a\"b", "c\\d", "plain")));
    }

    @Test
    void parsesPostgresOutputWithQuotedAndBareElements() {
        assertEquals(Arrays.asList("a b", null, "NULL", "", "x"), ArrayLiteral.parse("{\"a b\",NULL,\"NULL\",\"\",x}"));
    }

    @Test
    void bareNullIsCaseInsensitiveButAnEscapedOneIsText() {
        assertEquals(Arrays.asList(null, null, "NULL"), ArrayLiteral.parse("{NULL,null,\\NULL}"));
    }

    @Test
    void whitespaceAroundUnquotedElementsIsIgnored() {
        assertEquals(List.of("1", "two words", "3"), ArrayLiteral.parse(" { 1 ,  two words ,\"3\" } "));
    }

    @Test
    void emptyArrayParsesToNoElements() {
        assertEquals(List.of(), ArrayLiteral.parse("{}"));
        assertEquals("{}", ArrayLiteral.format(List.of()));
    }

    @Test
    void dimensionPrefixOfArraysNotStartingAtOneIsSkipped() {
        assertEquals(List.of("1", "2"), ArrayLiteral.parse("[0:1]={1,2}"));
    }

    @Test
    void multiDimensionalArraysAreRefusedWithTheReason() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ArrayLiteral.parse("{{1,2},{3,4}}"));
        assertTrue(refused.getMessage().contains("multi-dimensional"), refused.getMessage());
    }

    @Test
    void malformedLiteralsNameTheProblem() {
        assertTrue(assertThrows(ValidationException.class, () -> ArrayLiteral.parse("{1,2"))
                .getMessage().contains("unexpected end"));
        assertTrue(assertThrows(ValidationException.class, () -> ArrayLiteral.parse("{1,2} x"))
                .getMessage().contains("after the closing"));
        assertTrue(assertThrows(ValidationException.class, () -> ArrayLiteral.parse("1,2"))
                .getMessage().contains("expected '{'"));
        assertThrows(ValidationException.class, () -> ArrayLiteral.parse("{1,,2}"));
    }
}
