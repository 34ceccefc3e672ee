package dev.tusk.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * One {@code public static final} constant of a metamodel class.
 *
 * @param name         the constant's name: the field's name
 * @param type         its declared type, such as {@code NumberCol<User, Integer>}
 * @param initializer  the expression that creates it
 * @param usesRawType  whether {@code type} names a generic class raw ({@code JsonCol<User, Map>}),
 *                     which the metamodel must then suppress the {@code rawtypes} lint for
 */
record MetamodelConstant(String name, TypeName type, CodeBlock initializer, boolean usesRawType) {
}
