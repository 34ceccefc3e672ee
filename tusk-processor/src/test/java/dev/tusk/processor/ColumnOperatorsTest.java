package dev.tusk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The metamodel's column types offer the operators that fit their values, and the compiler rejects the rest. */
class ColumnOperatorsTest {
    private static final String USER = """
            package shop;

            import dev.tusk.annotation.Id;
            import dev.tusk.annotation.Json;
            import dev.tusk.annotation.Table;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.Map;

            @Table
            public record User(@Id Long id, String username, int age, boolean active, OffsetDateTime createdAt,
                               @Json Map<String, Object> settings, List<String> tags) {}
            """;

    @Test
    void operatorsThatFitTheColumnTypeCompile() {
        Compilation compilation = withQuery("""
                    java.util.List<Condition> conditions = java.util.List.of(
                            User_.age.gt(18),
                            User_.age.between(18, 65),
                            User_.username.like("a%"),
                            User_.username.startsWith("a"),
                            User_.active.isTrue(),
                            User_.createdAt.lt(java.time.OffsetDateTime.now()),
                            User_.settings.hasKey("theme"),
                            User_.tags.contains(java.util.List.of("admin")),
                            User_.id.eq(1L));
                """);

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
    }

    @Test
    void likeOnABooleanColumnDoesNotCompile() {
        assertRejected("Condition wrong = User_.active.like(\"x\");", "method like(", "BooleanCol<");
    }

    @Test
    void greaterThanOnATextColumnWithANumberDoesNotCompile() {
        assertRejected("Condition wrong = User_.username.gt(18);", "no suitable method found for gt(int)");
    }

    @Test
    void jsonKeyTestOnANumberColumnDoesNotCompile() {
        assertRejected("Condition wrong = User_.age.hasKey(\"x\");", "method hasKey(", "NumberCol<");
    }

    @Test
    void arithmeticOnATimestampColumnDoesNotCompile() {
        assertRejected("Object wrong = User_.createdAt.plus(1);", "method plus(", "TemporalCol<");
    }

    /** Exactly one error, on the query line, naming the operator and the column type: the rest compiles. */
    private static void assertRejected(String statement, String... messageParts) {
        Compilation compilation = withQuery("        " + statement + "\n");

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.errors()).as(compilation.describe()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertThat(error.getSource().getName()).endsWith("shop/Queries.java");
        assertThat(error.getLineNumber()).isEqualTo(7);
        assertThat(error.getMessage(Locale.ROOT)).contains(messageParts);
    }

    private static Compilation withQuery(String body) {
        return new InMemoryCompiler().source("shop/User.java", USER).source("shop/Queries.java", """
                package shop;

                import dev.tusk.query.Condition;

                final class Queries {
                    static void build() {
                %s    }
                }
                """.formatted(body)).compile();
    }
}
