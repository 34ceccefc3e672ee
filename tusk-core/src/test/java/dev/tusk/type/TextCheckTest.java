package dev.tusk.type;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tusk.exception.ValidationException;
import org.junit.jupiter.api.Test;

class TextCheckTest {

    @Test
    void nulCharacterIsRefusedWithTheReasonAndIndex() {
        ValidationException refused = assertThrows(ValidationException.class, () -> TextCheck.check("ab\u0000c"));
        assertTrue(refused.getMessage().startsWith(
                "text contains a NUL character (\\u0000), which PostgreSQL text cannot store"), refused.getMessage());
        assertTrue(refused.getMessage().contains("index 2"), refused.getMessage());
    }

    @Test
    void loneHighSurrogateIsRefusedWithItsPosition() {
        ValidationException refused = assertThrows(ValidationException.class, () -> TextCheck.check("abc\uD83D"));
        assertTrue(refused.getMessage().contains("lone UTF-16 surrogate (\\uD83D) at index 3"), refused.getMessage());
    }

    @Test
    void loneLowSurrogateIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class, () -> TextCheck.check("\uDC00x"));
        assertTrue(refused.getMessage().contains("(\\uDC00) at index 0"), refused.getMessage());
    }

    @Test
    void reversedSurrogatePairIsRefused() {
        assertThrows(ValidationException.class, () -> TextCheck.check("\uDE00\uD83D"));
    }

    @Test
    void properSurrogatePairsAndOtherTextPass() {
        assertDoesNotThrow(() -> TextCheck.check("elephant 🐘, ü, 中文, tab\t"));
        assertDoesNotThrow(() -> TextCheck.check(""));
    }

    @Test
    void textCodecValidatesStringsInsideArraysAndHstore() {
        CodecRegistry registry = CodecRegistry.defaults();
        @SuppressWarnings("unchecked")
        TypeCodec<String[]> array = (TypeCodec<String[]>) registry.find(TypeUsage.of(String[].class)).orElseThrow();
        assertThrows(ValidationException.class, () -> array.validate(new String[] {"fine", "bad\u0000"}));
        assertDoesNotThrow(() -> array.validate(new String[] {"fine", null}));
        ValidationException hstore = assertThrows(ValidationException.class,
                () -> HstoreCodec.INSTANCE.validate(java.util.Map.of("key", "bad\uD800")));
        assertTrue(hstore.getMessage().contains("surrogate"));
        assertEquals("text", TextCodec.INSTANCE.sqlType());
    }
}
