package dev.tusk.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Tusk's mapping annotations on a field or record component, read from the source model by name
 * (the processor never loads annotation classes).
 */
final class MappingAnnotations {
    private final Elements elements;

    MappingAnnotations(Elements elements) {
        this.elements = elements;
    }

    boolean has(Element element, String annotationName) {
        return find(element, annotationName).isPresent();
    }

    /** An attribute of an annotation on the element, its default when not written; empty when the annotation is absent. */
    Optional<Object> attribute(Element element, String annotationName, String attributeName) {
        return find(element, annotationName).flatMap(mirror -> {
            Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
            return values.entrySet().stream()
                    .filter(entry -> entry.getKey().getSimpleName().contentEquals(attributeName))
                    .map(entry -> entry.getValue().getValue())
                    .findFirst();
        });
    }

    private static Optional<? extends AnnotationMirror> find(Element element, String annotationName) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(annotationName))
                .findFirst();
    }
}
