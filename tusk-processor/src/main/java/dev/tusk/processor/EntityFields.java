package dev.tusk.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The persistent fields of an entity, by the rules of tusk-core's {@code EntityIntrospector}: a
 * record's components; a class's fields, superclass fields first, each class in declaration order;
 * static, {@code transient} and {@code @Transient} fields left out.
 */
final class EntityFields {
    private final Types types;
    private final MappingAnnotations annotations;

    EntityFields(Types types, MappingAnnotations annotations) {
        this.types = types;
        this.annotations = annotations;
    }

    List<PersistentField> of(TypeElement entity) {
        return entity.getKind() == ElementKind.RECORD ? recordComponents(entity) : classFields(entity);
    }

    private List<PersistentField> recordComponents(TypeElement record) {
        List<PersistentField> fields = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            if (!annotations.has(component, TuskNames.TRANSIENT)) {
                fields.add(new PersistentField(component.getSimpleName().toString(), component, component.asType()));
            }
        }
        return fields;
    }

    private List<PersistentField> classFields(TypeElement entity) {
        DeclaredType site = (DeclaredType) entity.asType();
        Map<String, PersistentField> byName = new LinkedHashMap<>();
        for (TypeElement declaring : hierarchy(entity)) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (!isPersistent(field)) {
                    continue;
                }
                String name = field.getSimpleName().toString();
                PersistentField earlier = byName.get(name);
                if (earlier != null) {
                    throw MetamodelProblem.error(field, "field " + name + " of " + declaring.getSimpleName() + " hides field "
                            + name + " of " + earlier.element().getEnclosingElement().getSimpleName() + ": the metamodel of "
                            + entity.getSimpleName() + " cannot hold two columns named " + name + "; rename one of them");
                }
                byName.put(name, new PersistentField(name, field, types.asMemberOf(site, field)));
            }
        }
        return new ArrayList<>(byName.values());
    }

    private boolean isPersistent(VariableElement field) {
        return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
                && !annotations.has(field, TuskNames.TRANSIENT);
    }

    /** The entity and its superclasses up to (not including) Object, the topmost first. */
    private Deque<TypeElement> hierarchy(TypeElement entity) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        TypeElement current = entity;
        while (current != null) {
            hierarchy.push(current);
            TypeMirror superclass = current.getSuperclass();
            if (superclass.getKind() == TypeKind.ERROR) {
                throw new UnresolvedType(current, "the superclass " + superclass + " of " + current.getSimpleName()
                        + " cannot be found");
            }
            current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
            if (current != null && current.getQualifiedName().contentEquals("java.lang.Object")) {
                current = null;
            }
        }
        return hierarchy;
    }
}
