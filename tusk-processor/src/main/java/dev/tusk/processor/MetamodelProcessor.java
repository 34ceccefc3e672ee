package dev.tusk.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates the typed metamodel of every {@code @dev.tusk.annotation.Table} class: {@code User_}
 * for {@code User}, {@code Shop_User_} for a {@code User} nested in {@code Shop}, each holding one
 * column constant per persistent field.
 *
 * <pre>{@code
 * db.from(User.class).where(User_.age.gte(18), User_.username.startsWith("a")).list();
 * }</pre>
 *
 * Users name it in {@code annotationProcessorPaths}; it adds nothing to their run-time class path.
 * Problems are reported on the element at fault, never thrown at the compiler. An entity whose
 * field types do not exist yet (another processor's output) is retried in the next round.
 */
public final class MetamodelProcessor extends AbstractProcessor {
    /** Entities waiting for a type another processor has not generated yet, by qualified name. */
    private final Map<String, UnresolvedType> deferred = new LinkedHashMap<>();
    private final Set<String> generated = new HashSet<>();
    private EntityFields entityFields;
    private ColumnTypes columnTypes;
    private MetamodelWriter writer;
    private Visibility visibility;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        MappingAnnotations annotations = new MappingAnnotations(environment.getElementUtils());
        visibility = new Visibility(environment.getElementUtils());
        entityFields = new EntityFields(environment.getTypeUtils(), annotations);
        columnTypes = new ColumnTypes(environment.getTypeUtils(), environment.getElementUtils(), annotations, visibility);
        writer = new MetamodelWriter(environment.getFiler(), environment.getElementUtils());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TuskNames.TABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, TypeElement> entities = new LinkedHashMap<>();
        for (String name : deferred.keySet()) {
            TypeElement entity = processingEnv.getElementUtils().getTypeElement(name);
            if (entity != null) {
                entities.put(name, entity);
            }
        }
        deferred.clear();
        TypeElement table = processingEnv.getElementUtils().getTypeElement(TuskNames.TABLE);
        if (table != null) {
            for (Element annotated : round.getElementsAnnotatedWith(table)) {
                TypeElement entity = (TypeElement) annotated;
                entities.put(entity.getQualifiedName().toString(), entity);
            }
        }
        entities.forEach((name, entity) -> {
            if (!generated.contains(name)) {
                generate(entity);
            }
        });
        if (round.processingOver()) {
            deferred.values().forEach(missing -> report(Diagnostic.Kind.ERROR, missing.element(),
                    "no metamodel: " + missing.getMessage()));
        }
        // other processors may read @Table too
        return false;
    }

    private void generate(TypeElement entity) {
        String name = entity.getQualifiedName().toString();
        try {
            requireEntityKind(entity);
            PackageElement metamodelPackage = processingEnv.getElementUtils().getPackageOf(entity);
            if (!visibility.isVisibleFrom(entity, metamodelPackage)) {
                throw MetamodelProblem.warning(entity, "no metamodel for " + entity.getSimpleName() + ": it is private, so "
                        + MetamodelWriter.metamodelName(entity).simpleName() + " could not name it; make it"
                        + " package-private to get typed columns");
            }
            List<MetamodelConstant> constants = new ArrayList<>();
            for (PersistentField field : entityFields.of(entity)) {
                constants.add(columnTypes.constantFor(entity, metamodelPackage, field));
            }
            writer.write(entity, constants);
            generated.add(name);
        } catch (UnresolvedType missing) {
            deferred.put(name, missing);
        } catch (MetamodelProblem problem) {
            report(problem.kind(), problem.element(), problem.getMessage());
        } catch (IOException failure) {
            report(Diagnostic.Kind.ERROR, entity, "cannot write " + MetamodelWriter.metamodelName(entity) + ": "
                    + failure.getMessage());
        } catch (RuntimeException bug) {
            report(Diagnostic.Kind.ERROR, entity, "tusk-processor failed on " + name + " (" + bug
                    + "); this is a bug in tusk-processor: please report it with the entity's source");
        }
    }

    /** As tusk-core maps them: a record or a concrete class; abstract classes share fields without @Table. */
    private static void requireEntityKind(TypeElement entity) {
        ElementKind kind = entity.getKind();
        if (kind == ElementKind.RECORD || kind == ElementKind.CLASS && !entity.getModifiers().contains(Modifier.ABSTRACT)) {
            return;
        }
        String what = switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "an abstract class";
        };
        throw MetamodelProblem.error(entity, "@Table cannot mark " + entity.getSimpleName() + ", " + what
                + ": an entity is a record or a concrete class; move @Table to the record or class that is stored"
                + (kind == ElementKind.CLASS ? " (an abstract base class shares its fields with @Table subclasses"
                + " without being one)" : ""));
    }

    private void report(Diagnostic.Kind kind, Element element, String message) {
        processingEnv.getMessager().printMessage(kind, message, element);
    }
}
