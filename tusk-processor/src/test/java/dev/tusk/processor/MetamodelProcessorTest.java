package dev.tusk.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** The shape of the generated metamodel: names, order, visibility, which fields get a constant. */
class MetamodelProcessorTest {

    @Test
    void recordGetsAFinalMetamodelWithOneConstantPerComponentInOrder() throws Exception {
        Compilation compilation = new InMemoryCompiler().source("shop/User.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table(name = "users")
                public record User(@Id Long id, String username, int age, boolean active) {}
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generated("shop/User_.java"))
                .contains("public final class User_ {")
                .contains("public static final NumberCol<User, Long> id = new NumberCol<>(User.class, \"id\", Long.class);")
                .contains("public static final StringCol<User> username = new StringCol<>(User.class, \"username\");")
                .contains("{@link User}");
        Class<?> metamodel = compilation.load("shop.User_");
        assertThat(constantNames(metamodel)).containsExactly("id", "username", "age", "active");
        assertThat(Modifier.isFinal(metamodel.getModifiers())).isTrue();
        for (Field constant : metamodel.getDeclaredFields()) {
            assertThat(Modifier.isPublic(constant.getModifiers()) && Modifier.isStatic(constant.getModifiers())
                    && Modifier.isFinal(constant.getModifiers())).as(constant.getName()).isTrue();
        }
        Constructor<?>[] constructors = metamodel.getDeclaredConstructors();
        assertThat(constructors).hasSize(1);
        assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    }

    @Test
    void relationSlotsGetRelationConstantsNamingTheirTarget() throws Exception {
        Compilation compilation = new InMemoryCompiler()
                .source("blog/Author.java", """
                        package blog;

                        import dev.tusk.annotation.Id;
                        import dev.tusk.annotation.OneToMany;
                        import dev.tusk.annotation.Table;
                        import java.util.List;

                        @Table
                        public record Author(@Id Long id, String name, @OneToMany(mappedBy = "authorId") List<Post> posts) {}
                        """)
                .source("blog/Post.java", """
                        package blog;

                        import dev.tusk.annotation.ForeignKey;
                        import dev.tusk.annotation.Id;
                        import dev.tusk.annotation.ManyToMany;
                        import dev.tusk.annotation.ManyToOne;
                        import dev.tusk.annotation.Table;
                        import java.util.List;

                        @Table
                        public record Post(@Id Long id, @ForeignKey(references = Author.class) Long authorId,
                                           @ManyToOne Author author, @ManyToMany(joinTable = "post_tag") List<Tag> tags) {}
                        """)
                .source("blog/Tag.java", """
                        package blog;

                        import dev.tusk.annotation.Id;
                        import dev.tusk.annotation.Table;

                        @Table
                        public record Tag(@Id Long id, String label) {}
                        """)
                .compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generated("blog/Post_.java"))
                .contains("public static final NumberCol<Post, Long> authorId")
                .contains("public static final Relation.ToOne<Post, Author> author = new Relation.ToOne<>(Post.class,"
                        + " \"author\", Author.class);")
                .contains("public static final Relation.ToMany<Post, Tag> tags = new Relation.ToMany<>(Post.class,"
                        + " \"tags\", Tag.class, Relation.Kind.MANY_TO_MANY);");
        assertThat(compilation.generated("blog/Author_.java"))
                .contains("public static final Relation.ToMany<Author, Post> posts = new Relation.ToMany<>(Author.class,"
                        + " \"posts\", Post.class, Relation.Kind.ONE_TO_MANY);");
        Object relation = compilation.load("blog.Post_").getField("author").get(null);
        assertThat(relation.toString()).contains("MANY_TO_ONE");
    }

    @Test
    void toManySlotThatIsNotAListIsAnErrorOnTheField() {
        Compilation compilation = new InMemoryCompiler().source("blog/Author.java", """
                package blog;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.OneToMany;
                import dev.tusk.annotation.Table;
                import java.util.Set;

                @Table
                public record Author(@Id Long id, @OneToMany(mappedBy = "authorId") Set<Author> fans) {}
                """).compile();

        assertThat(compilation.success()).isFalse();
        assertThat(compilation.describe()).contains("a to-many relation slot must be a List");
    }

    @Test
    void classEntityListsSuperclassFieldsFirstThenItsOwnInDeclarationOrder() {
        Compilation compilation = new InMemoryCompiler().source("shop/Audited.java", """
                package shop;

                import java.time.OffsetDateTime;

                public abstract class Audited {
                    OffsetDateTime createdAt;
                    long version;
                }
                """).source("shop/Customer.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;
                import java.math.BigDecimal;

                @Table
                public class Customer extends Audited {
                    @Id Long id;
                    String name;
                    BigDecimal balance;
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        String source = compilation.generated("shop/Customer_.java");
        assertThat(source).containsSubsequence(" createdAt =", " version =", " id =", " name =", " balance =");
        assertThat(compilation.generatedSources()).containsOnlyKeys("shop/Customer_.java");
    }

    @Test
    void staticTransientAndTransientAnnotatedFieldsGetNoConstant() {
        Compilation compilation = new InMemoryCompiler().source("shop/Session.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;
                import dev.tusk.annotation.Transient;

                @Table
                public class Session {
                    static final String PREFIX = "s-";
                    static int created;
                    @Id String token;
                    transient Object cache;
                    @Transient String scratch;
                    String owner;
                }
                """).source("shop/Visit.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;
                import dev.tusk.annotation.Transient;

                @Table
                public record Visit(@Id long id, @Transient String note, String page) {
                    static final int LIMIT = 3;
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(constantNames(compilation.load("shop.Session_"))).containsExactly("token", "owner");
        assertThat(constantNames(compilation.load("shop.Visit_"))).containsExactly("id", "page");
    }

    @Test
    void compositeKeyGetsAConstantForEachKeyField() {
        Compilation compilation = new InMemoryCompiler().source("shop/FilmActor.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table(name = "film_actor")
                public record FilmActor(@Id int actorId, @Id int filmId, String role) {}
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        Class<?> metamodel = compilation.load("shop.FilmActor_");
        assertThat(constantNames(metamodel)).containsExactly("actorId", "filmId", "role");
        assertThat(TypeNames.of(metamodel, "actorId")).isEqualTo("dev.tusk.query.NumberCol<shop.FilmActor, java.lang.Integer>");
        assertThat(TypeNames.of(metamodel, "filmId")).isEqualTo("dev.tusk.query.NumberCol<shop.FilmActor, java.lang.Integer>");
    }

    @Test
    void nestedEntitiesAreNamedAfterEveryEnclosingClass() throws Exception {
        Compilation compilation = new InMemoryCompiler().source("shop/Shop.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                final class Shop {
                    @Table
                    record User(@Id long id, String email) {}

                    static final class Orders {
                        @Table
                        static class Line {
                            @Id long id;
                            int quantity;
                        }
                    }
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generatedSources()).containsOnlyKeys("shop/Shop_User_.java", "shop/Shop_Orders_Line_.java");
        Class<?> line = compilation.load("shop.Shop_Orders_Line_");
        assertThat(TypeNames.of(line, "quantity")).isEqualTo("dev.tusk.query.NumberCol<shop.Shop$Orders$Line, java.lang.Integer>");
        Field emailConstant = compilation.load("shop.Shop_User_").getField("email");
        emailConstant.setAccessible(true);
        Object email = emailConstant.get(null);
        assertThat(email.getClass().getMethod("entity").invoke(email)).isEqualTo(compilation.load("shop.Shop$User"));
    }

    @Test
    void metamodelIsPublicOnlyWhenItsEntityIsPublic() {
        Compilation compilation = new InMemoryCompiler().source("shop/Open.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                public final class Open {
                    @Table
                    public record Item(@Id long id) {}

                    @Table
                    record Hidden(@Id long id) {}
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(Modifier.isPublic(compilation.load("shop.Open_Item_").getModifiers())).isTrue();
        assertThat(Modifier.isPublic(compilation.load("shop.Open_Hidden_").getModifiers())).isFalse();
    }

    @Test
    void inheritedFieldOfATypeVariableTakesTheEntitysTypeArgument() {
        Compilation compilation = new InMemoryCompiler().source("shop/Keyed.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import java.util.List;

                public abstract class Keyed<K, T> {
                    @Id K id;
                    List<T> labels;
                }
                """).source("shop/Order.java", """
                package shop;

                import dev.tusk.annotation.Table;
                import java.util.UUID;

                @Table
                public class Order extends Keyed<Long, UUID> {
                    String note;
                }
                """).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        Class<?> metamodel = compilation.load("shop.Order_");
        assertThat(TypeNames.of(metamodel, "id")).isEqualTo("dev.tusk.query.NumberCol<shop.Order, java.lang.Long>");
        assertThat(TypeNames.of(metamodel, "labels")).isEqualTo("dev.tusk.query.ArrayCol<shop.Order, java.util.UUID>");
    }

    @Test
    void entityWaitsForAFieldTypeAnotherProcessorGeneratesInALaterRound() {
        Compilation compilation = new InMemoryCompiler().source("shop/Ticket.java", """
                package shop;

                import dev.tusk.annotation.Id;
                import dev.tusk.annotation.Table;

                @Table
                public record Ticket(@Id long id, Priority priority) {}
                """).processor(new PriorityEnumWriter()).compile();

        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(TypeNames.of(compilation.load("shop.Ticket_"), "priority"))
                .isEqualTo("dev.tusk.query.EnumCol<shop.Ticket, shop.Priority>");
    }

    private static String[] constantNames(Class<?> metamodel) {
        return Arrays.stream(metamodel.getDeclaredFields()).map(Field::getName).toArray(String[]::new);
    }

    /** Writes {@code enum shop.Priority} in the first round only, as code generators do. */
    static final class PriorityEnumWriter extends AbstractProcessor {
        private boolean written;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (var writer = processingEnv.getFiler().createSourceFile("shop.Priority").openWriter()) {
                    writer.write("package shop; public enum Priority { LOW, HIGH }");
                } catch (java.io.IOException failure) {
                    throw new java.io.UncheckedIOException(failure);
                }
            }
            return false;
        }
    }
}
