/**
 * Type conversion between Java values and PostgreSQL columns. Each PostgreSQL type has one
 * {@link dev.tusk.type.TypeCodec}: a pure two-way conversion to PostgreSQL's text form plus a thin
 * JDBC binder, with its edge cases (infinity, NaN, NUL characters, months in intervals) stated in
 * its Javadoc. {@link dev.tusk.type.CodecRegistry} picks the codec for a field from its Java type
 * and mapping annotations ({@code @Json}, {@code @Vector}, {@code @Enumerated},
 * {@code @Column(type = ...)}), or for a result column from its PostgreSQL type name; a
 * {@link dev.tusk.type.CodecFactory} adds types of your own. The value records
 * {@link dev.tusk.type.Interval}, {@link dev.tusk.type.Inet}, {@link dev.tusk.type.MacAddress} and
 * {@link dev.tusk.type.Point} hold PostgreSQL values that have no exact JDK equivalent.
 */
package dev.tusk.type;
