package dev.tusk.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

/**
 * Writes the metamodel class of one entity, one source file with the entity as its originating
 * element (so incremental builds know what to regenerate).
 */
final class MetamodelWriter {
    private static final String GENERATED = "javax.annotation.processing.Generated";

    private final Filer filer;
    private final Elements elements;

    MetamodelWriter(Filer filer, Elements elements) {
        this.filer = filer;
        this.elements = elements;
    }

    /** {@code User_} for a top-level {@code User}; {@code Shop_User_} for {@code User} nested in {@code Shop}. */
    static ClassName metamodelName(TypeElement entity) {
        ClassName entityName = ClassName.get(entity);
        return ClassName.get(entityName.packageName(), String.join("_", entityName.simpleNames()) + "_");
    }

    void write(TypeElement entity, List<MetamodelConstant> constants) throws IOException {
        ClassName name = metamodelName(entity);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addOriginatingElement(entity)
                .addJavadoc("The typed columns of the entity {@link $T}, one per persistent field.\n", ClassName.get(entity));
        if (canUseGeneratedAnnotation(entity)) {
            type.addAnnotation(AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
                    .addMember("value", "$S", MetamodelProcessor.class.getName())
                    .build());
        }
        if (constants.stream().anyMatch(MetamodelConstant::usesRawType)) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "rawtypes").build());
        }
        // as visible as the entity: a public metamodel of a package-private entity would leak its name
        if (Visibility.isPublicEverywhere(entity)) {
            type.addModifiers(PUBLIC);
        }
        type.addModifiers(FINAL);
        for (MetamodelConstant constant : constants) {
            type.addField(FieldSpec.builder(constant.type(), constant.name(), PUBLIC, STATIC, FINAL)
                    .initializer(constant.initializer())
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
        JavaFile.builder(name.packageName(), type.build()).indent("    ").build().writeTo(filer);
    }

    /**
     * {@code @Generated} lives in the java.compiler module: usable unless the entity's own module
     * does not read it (or the release predates it).
     */
    private boolean canUseGeneratedAnnotation(TypeElement entity) {
        if (elements.getTypeElement(GENERATED) == null) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(entity);
        return module == null || module.isUnnamed() || ElementFilter.requiresIn(module.getDirectives()).stream()
                .anyMatch(requires -> requires.getDependency().getQualifiedName().contentEquals("java.compiler"));
    }
}
