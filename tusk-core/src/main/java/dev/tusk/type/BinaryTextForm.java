package dev.tusk.type;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A value sent as its codec's text form ({@link TypeCodec#format}) to a type whose binary input is
 * that text: an enum's label, JSON for {@code json}, anything held as text by a codec Tusk does not
 * know. {@code jsonb}'s binary form is the same text after a version byte, 1.
 *
 * <p>Edge cases: the server parses the text as it would text input (invalid JSON, an unknown enum
 * label are its errors). Which columns take the bytes is checked against the table before the COPY:
 * text-like columns and enums, or jsonb for the jsonb form.
 */
final class BinaryTextForm implements BinaryEncoder<Object> {
    private static final int JSONB_VERSION = 1;

    private final TypeCodec<Object> codec;
    private final String typeName;
    private final boolean jsonb;

    private BinaryTextForm(TypeCodec<Object> codec, String typeName, boolean jsonb) {
        this.codec = codec;
        this.typeName = typeName;
        this.jsonb = jsonb;
    }

    /** The codec's text, to a text-like or enum column; {@code typeName} names it in messages. */
    @SuppressWarnings("unchecked")
    static BinaryTextForm text(TypeCodec<?> codec, String typeName) {
        return new BinaryTextForm((TypeCodec<Object>) codec, typeName, false);
    }

    /** The codec's JSON text as jsonb. */
    @SuppressWarnings("unchecked")
    static BinaryTextForm jsonb(TypeCodec<?> codec) {
        return new BinaryTextForm((TypeCodec<Object>) codec, "jsonb", true);
    }

    @Override
    public void write(Object value, BinaryBuffer out) throws SQLException {
        String text = codec.format(value);
        if (!jsonb) {
            out.writeTextField(text);
            return;
        }
        out.writeInt(1 + BinaryBuffer.utf8Length(text));
        out.writeByte(JSONB_VERSION);
        out.writeUtf8(text);
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Optional<BinaryEncoder<Object>> forColumn(ColumnType column) {
        boolean fits = jsonb ? !column.isArray() && column.name().equals("jsonb") : column.takesText();
        return fits ? Optional.of(this) : Optional.empty();
    }
}
