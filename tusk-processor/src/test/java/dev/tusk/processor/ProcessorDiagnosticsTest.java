package dev.tusk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Problems are reported on the element at fault, as errors or warnings, and never crash the compiler. */
class ProcessorDiagnosticsTest {

    @Test
    void tableOnAnInterfaceIsAnErrorOnTheInterface() {
        Compilation compilation = new InMemoryCompiler().source("shop/Named.java", """
                package shop;

                import dev.tusk.annotation.Table;

                @Table
                public interface Named {
                    String name();
                }
                """).compile();

        Diagnostic<? extends JavaFileObject> error = onlyError(compilation);
        assertThat(error.getMessage(Locale.ROOT))
                .contains("@Table cannot mark Named, an interface")
                .contains("an entity is a record or a concrete class");
        assertThat(error.getSource().getName()).endsWith("shop/Named.java");
        assertThat(error.getLineNumber()).isEqualTo(6);
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @Test
    void tableOnAnAbstractClassIsAnErrorThatPointsToSharingFieldsWithoutIt() {
        Compilation compilation = new InMemoryCompiler().source("shop/Base.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table
                public abstract class Base {
                    @Id long id;
                }
                """).compile();

        assertThat(onlyError(compilation).getMessage(Locale.ROOT))
                .contains("@Table cannot mark Base, an abstract class")
                .contains("an abstract base class shares its fields with @Table subclasses without being one");
    }

    @Test
    void tableOnAnEnumIsAnError() {
        Compilation compilation = new InMemoryCompiler().source("shop/Color.java", """
                package shop;

                @dev.tusk.annotation.Table
                public enum Color { RED }
                """).compile();

        assertThat(onlyError(compilation).getMessage(Locale.ROOT)).contains("@Table cannot mark Color, an enum");
    }

    @Test
    void privateEntityCompilesWithAWarningAndNoMetamodel() {
        Compilation compilation = new InMemoryCompiler().source("shop/Repo.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                public final class Repo {
                    @Table
                    private record Row(@Id long id) {}
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getMessage(Locale.ROOT)).contains("no metamodel for Row: it is private")
                    .contains("make it package-private");
            assertThat(warning.getLineNumber()).isEqualTo(8);
        });
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @Test
    void entityWithAPrivateFieldTypeCompilesWithAWarningOnTheField() {
        Compilation compilation = new InMemoryCompiler().source("shop/Repo.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                public final class Repo {
                    private enum Secret { A, B }

                    @Table
                    record Row(@Id long id,
                               Secret secret) {}
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getMessage(Locale.ROOT)).contains("no metamodel for Row: the type shop.Repo.Secret of field"
                    + " secret is not visible from package shop");
            assertThat(warning.getLineNumber()).isEqualTo(11);
        });
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @Test
    void fieldThatHidesAnInheritedFieldIsAnError() {
        Compilation compilation = new InMemoryCompiler().source("shop/Named.java", """
                package shop;

                public abstract class Named {
                    String name;
                }
                """).source("shop/Product.java", """
                package shop;

                import dev.tusk.annotation.Column;
                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table
                public class Product extends Named {
                    @Id long id;
                    @Column(name = "title") String name;
                }
                """).compile();

        Diagnostic<? extends JavaFileObject> error = onlyError(compilation);
        assertThat(error.getMessage(Locale.ROOT))
                .contains("field name of Product hides field name of Named")
                .contains("rename one of them");
        assertThat(error.getSource().getName()).endsWith("shop/Product.java");
        assertThat(error.getLineNumber()).isEqualTo(10);
    }

    @Test
    void vectorOnAFieldThatIsNoFloatArrayIsAnError() {
        Compilation compilation = new InMemoryCompiler().source("shop/Doc.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;
                import dev.tusk.annotation.Vector;

                @Table
                public record Doc(@Id long id, @Vector(dimensions = 3) double[] embedding) {}
                """).compile();

        assertThat(onlyError(compilation).getMessage(Locale.ROOT))
                .contains("@Vector needs a float[] field, not double[]; declare Doc.embedding as float[]");
    }

    @Test
    void fieldTypeThatNeverAppearsFailsTheBuildWithoutACrash() {
        Compilation compilation = new InMemoryCompiler().source("shop/Order.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table
                public record Order(@Id long id, Missing missing) {}
                """).compile();

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.describe())
                .contains("cannot find symbol")
                .contains("no metamodel: the type Missing of field missing cannot be found")
                .doesNotContain("threw")
                .doesNotContain("Exception");
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @Test
    void generatedCodeCompilesWithoutWarningsUnderXlintAll() {
        Compilation compilation = new InMemoryCompiler().option("-Xlint:all,-processing").option("-Werror")
                .source("shop/Box.java", """
                        package shop;

                        import dev.tusk.annotation.Id;
                        import dev.tusk.annotation.Json;
                        import dev.tusk.annotation.Table;
                        import java.util.List;
                        import java.util.Map;

                        @Table
                        public record Box<T>(@Id long id, T content, @Json Map<String, Object> settings,
                                             Map<String, String> hstore, List<List<String>> grid, List<T> items,
                                             Kind kind, Map.Entry<String, String> pair) {
                            public enum Kind { SMALL, LARGE }
                        }
                        """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.warnings()).as(compilation.describe()).isEmpty();
        assertThat(compilation.generated("shop/Box_.java")).contains("@SuppressWarnings(\"rawtypes\")");
    }

    @Test
    void metamodelWithoutRawTypesSuppressesNoWarnings() {
        Compilation compilation = new InMemoryCompiler().option("-Xlint:all,-processing").option("-Werror")
                .source("shop/Tag.java", """
                        package shop;

                        import dev.tusk.annotation.Id;
                        import dev.tusk.annotation.Table;
                        import java.util.List;

                        @Table
                        public record Tag(@Id long id, String label, List<String> aliases) {}
                        """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generated("shop/Tag_.java")).doesNotContain("SuppressWarnings");
    }

    private static Diagnostic<? extends JavaFileObject> onlyError(Compilation compilation) {
        assertThat(compilation.success()).isFalse();
        assertThat(compilation.errors()).as(compilation.describe()).hasSize(1);
        assertThat(compilation.describe()).doesNotContain("threw");
        return compilation.errors().get(0);
    }
}
