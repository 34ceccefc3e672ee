package dev.tusk.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses the column type of each persistent field, the contract of tusk-core's {@code Col}
 * subtypes: {@code String} is a {@code StringCol}, numbers a {@code NumberCol}, {@code @Json} a
 * {@code JsonCol}, a {@code List} or array an {@code ArrayCol}, and any other type a
 * {@code ValueCol}. Value types are written erased and boxed ({@code JsonCol<User, Map>}), as the
 * class literal each constant carries must be.
 */
final class ColumnTypes {
    private static final Set<String> NUMBERS = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");
    private static final Set<String> TEMPORALS = Set.of("java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.Instant");

    private final Types types;
    private final MappingAnnotations annotations;
    private final Visibility visibility;
    private final TypeMirror jsonNode;

    ColumnTypes(Types types, Elements elements, MappingAnnotations annotations, Visibility visibility) {
        this.types = types;
        this.annotations = annotations;
        this.visibility = visibility;
        TypeElement jsonNodeElement = elements.getTypeElement(TuskNames.JSON_NODE);
        this.jsonNode = jsonNodeElement == null ? null : types.erasure(jsonNodeElement.asType());
    }

    /** The constant for one field of {@code entity}, whose metamodel lives in {@code metamodelPackage}. */
    MetamodelConstant constantFor(TypeElement entity, PackageElement metamodelPackage, PersistentField field) {
        requireResolved(field.type(), field);
        Slot slot = new Slot(ClassName.get(entity), isGenericClass(entity), field, metamodelPackage);
        TypeMirror type = field.type();
        if (annotations.has(field.element(), TuskNames.MANY_TO_ONE)) {
            return slot.relation(valueType(type, slot), "MANY_TO_ONE");
        }
        for (String toMany : List.of(TuskNames.ONE_TO_MANY, TuskNames.MANY_TO_MANY)) {
            if (annotations.has(field.element(), toMany)) {
                if (!isDeclared(type, "java.util.List")) {
                    throw MetamodelProblem.error(field.element(), "a to-many relation slot must be a List, not " + type
                            + "; declare " + entity.getSimpleName() + "." + field.name() + " as List<...>");
                }
                String kind = toMany.equals(TuskNames.ONE_TO_MANY) ? "ONE_TO_MANY" : "MANY_TO_MANY";
                return slot.relation(valueType(listElement((DeclaredType) type), slot), kind);
            }
        }
        if (isJson(field)) {
            return slot.withClass(TuskNames.JSON_COL, valueType(type, slot));
        }
        if (annotations.has(field.element(), TuskNames.VECTOR)) {
            if (!isFloatArray(type)) {
                throw MetamodelProblem.error(field.element(), "@Vector needs a float[] field, not " + type
                        + "; declare " + entity.getSimpleName() + "." + field.name() + " as float[]");
            }
            return slot.vector((Integer) annotations.attribute(field.element(), TuskNames.VECTOR, "dimensions").orElseThrow());
        }
        if (isFloatArray(type) && "vector".equals(declaredSqlType(field))) {
            return slot.vector(0);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            // byte[] is bytea and char[] no array PostgreSQL knows: both are plain values
            return component.getKind() == TypeKind.BYTE || component.getKind() == TypeKind.CHAR
                    ? slot.withClass(TuskNames.VALUE_COL, valueType(type, slot))
                    : slot.withClass(TuskNames.ARRAY_COL, valueType(component, slot));
        }
        if (isDeclared(type, "java.util.List")) {
            return slot.withClass(TuskNames.ARRAY_COL, valueType(listElement((DeclaredType) type), slot));
        }
        return scalarConstant(type, slot);
    }

    private MetamodelConstant scalarConstant(TypeMirror type, Slot slot) {
        String boxedName = boxedName(type);
        if (boxedName.equals("java.lang.String")) {
            return slot.plain(TuskNames.STRING_COL);
        }
        if (NUMBERS.contains(boxedName)) {
            return slot.withClass(TuskNames.NUMBER_COL, valueType(type, slot));
        }
        if (boxedName.equals("java.lang.Boolean")) {
            return slot.plain(TuskNames.BOOLEAN_COL);
        }
        if (TEMPORALS.contains(boxedName)) {
            return slot.withClass(TuskNames.TEMPORAL_COL, valueType(type, slot));
        }
        if (boxedName.equals("java.util.UUID")) {
            return slot.plain(TuskNames.UUID_COL);
        }
        if (type.getKind() == TypeKind.DECLARED && types.asElement(type).getKind() == ElementKind.ENUM) {
            return slot.withClass(TuskNames.ENUM_COL, valueType(type, slot));
        }
        return slot.withClass(TuskNames.VALUE_COL, valueType(type, slot));
    }

    /** {@code @Json}, a JsonNode, or a json/jsonb column type on anything but a String, as tusk-core's codec registry decides. */
    private boolean isJson(PersistentField field) {
        if (annotations.has(field.element(), TuskNames.JSON)) {
            return true;
        }
        if (jsonNode != null && field.type().getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(field.type()), jsonNode)) {
            return true;
        }
        String declared = declaredSqlType(field);
        return (declared.equals("json") || declared.equals("jsonb")) && !isDeclared(field.type(), "java.lang.String");
    }

    /** {@code @Column(type = ...)} without size or modifiers, lower case; empty when not declared. */
    private String declaredSqlType(PersistentField field) {
        String declared = (String) annotations.attribute(field.element(), TuskNames.COLUMN, "type").orElse("");
        int modifier = declared.indexOf('(');
        return (modifier < 0 ? declared : declared.substring(0, modifier)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isFloatArray(TypeMirror type) {
        return type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.FLOAT;
    }

    private boolean isDeclared(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(qualifiedName);
    }

    /** The qualified name of the type, boxed if primitive; empty for arrays and type variables. */
    private String boxedName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return type.getKind() == TypeKind.DECLARED ? ((TypeElement) types.asElement(type)).getQualifiedName().toString() : "";
    }

    /** The element type of a List: {@code List<? extends Number>} holds Numbers, a raw List Objects. */
    private TypeMirror listElement(DeclaredType list) {
        List<? extends TypeMirror> arguments = list.getTypeArguments();
        if (arguments.isEmpty()) {
            return objectType(list);
        }
        TypeMirror argument = arguments.get(0);
        if (argument.getKind() == TypeKind.WILDCARD) {
            TypeMirror bound = ((WildcardType) argument).getExtendsBound();
            return bound == null ? objectType(list) : bound;
        }
        return argument;
    }

    /** Object, reached as the erasure of List's own type variable. */
    private TypeMirror objectType(DeclaredType list) {
        return types.erasure(((TypeElement) list.asElement()).getTypeParameters().get(0).asType());
    }

    /** The erased, boxed value type that goes in the constant's type and class literal. */
    private ValueType valueType(TypeMirror type, Slot slot) {
        if (type.getKind().isPrimitive()) {
            return new ValueType(ClassName.get(types.boxedClass((PrimitiveType) type)), false);
        }
        TypeMirror erased = types.erasure(type);
        return new ValueType(erasedName(erased, slot), isRaw(erased));
    }

    private TypeName erasedName(TypeMirror erased, Slot slot) {
        if (erased.getKind().isPrimitive()) {
            return TypeName.get(erased);
        }
        if (erased.getKind() == TypeKind.ARRAY) {
            return ArrayTypeName.of(erasedName(((ArrayType) erased).getComponentType(), slot));
        }
        TypeElement element = (TypeElement) types.asElement(erased);
        if (!visibility.isVisibleFrom(element, slot.metamodelPackage())) {
            throw MetamodelProblem.warning(slot.field().element(), "no metamodel for " + slot.entity().simpleName()
                    + ": the type " + element.getQualifiedName() + " of field " + slot.field().name()
                    + " is not visible from package " + slot.metamodelPackage().getQualifiedName()
                    + "; make it package-private or public to get typed columns");
        }
        return ClassName.get(element);
    }

    /** True when the erased type names a generic class without its type arguments (a raw type). */
    private boolean isRaw(TypeMirror erased) {
        if (erased.getKind() == TypeKind.ARRAY) {
            return isRaw(((ArrayType) erased).getComponentType());
        }
        return erased.getKind() == TypeKind.DECLARED && isGenericClass((TypeElement) types.asElement(erased));
    }

    /** A generic class, or an inner (non-static) class of one, named without type arguments. */
    private static boolean isGenericClass(TypeElement type) {
        for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
            if (!((TypeElement) current).getTypeParameters().isEmpty()) {
                return true;
            }
            if (current.getModifiers().contains(Modifier.STATIC) || current.getKind() != ElementKind.CLASS) {
                return false;
            }
        }
        return false;
    }

    private void requireResolved(TypeMirror type, PersistentField field) {
        switch (type.getKind()) {
            case ERROR -> throw new UnresolvedType(field.element(), "the type " + type + " of field " + field.name()
                    + " cannot be found");
            case ARRAY -> requireResolved(((ArrayType) type).getComponentType(), field);
            case DECLARED -> ((DeclaredType) type).getTypeArguments().forEach(argument -> requireResolved(argument, field));
            default -> {
            }
        }
    }

    private record ValueType(TypeName name, boolean raw) {
    }

    /** The field a constant is made for, the entity it belongs to and the package its metamodel lives in. */
    private record Slot(ClassName entity, boolean entityRaw, PersistentField field, PackageElement metamodelPackage) {

        /** {@code new StringCol<>(User.class, "email")}. */
        MetamodelConstant plain(ClassName columnType) {
            return new MetamodelConstant(field.name(), ParameterizedTypeName.get(columnType, entity),
                    CodeBlock.of("new $T<>($T.class, $S)", columnType, entity, field.name()), entityRaw);
        }

        /** {@code new NumberCol<>(User.class, "age", Integer.class)}. */
        MetamodelConstant withClass(ClassName columnType, ValueType value) {
            return new MetamodelConstant(field.name(), ParameterizedTypeName.get(columnType, entity, value.name()),
                    CodeBlock.of("new $T<>($T.class, $S, $T.class)", columnType, entity, field.name(), value.name()),
                    entityRaw || value.raw());
        }

        /**
         * {@code new Relation.ToOne<>(Post.class, "author", User.class)} or
         * {@code new Relation.ToMany<>(User.class, "posts", Post.class, Relation.Kind.ONE_TO_MANY)}.
         */
        MetamodelConstant relation(ValueType target, String kind) {
            boolean toOne = kind.equals("MANY_TO_ONE");
            ClassName shape = TuskNames.RELATION.nestedClass(toOne ? "ToOne" : "ToMany");
            CodeBlock creation = toOne
                    ? CodeBlock.of("new $T<>($T.class, $S, $T.class)", shape, entity, field.name(), target.name())
                    : CodeBlock.of("new $T<>($T.class, $S, $T.class, $T.Kind.$L)", shape, entity, field.name(),
                            target.name(), TuskNames.RELATION, kind);
            return new MetamodelConstant(field.name(), ParameterizedTypeName.get(shape, entity, target.name()), creation,
                    entityRaw || target.raw());
        }

        /** {@code new VectorCol<>(Doc.class, "embedding", 1536)}. */
        MetamodelConstant vector(int dimensions) {
            return new MetamodelConstant(field.name(), ParameterizedTypeName.get(TuskNames.VECTOR_COL, entity),
                    CodeBlock.of("new $T<>($T.class, $S, $L)", TuskNames.VECTOR_COL, entity, field.name(), dimensions),
                    entityRaw);
        }
    }
}
