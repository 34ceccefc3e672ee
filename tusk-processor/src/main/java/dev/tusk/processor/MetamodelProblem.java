package dev.tusk.processor;

import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Why an entity gets no metamodel, reported through the {@code Messager} on the element at fault
 * and never thrown out of the compiler.
 */
final class MetamodelProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Element element;
    private final Diagnostic.Kind kind;

    private MetamodelProblem(Diagnostic.Kind kind, Element element, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.element = element;
    }

    /** A mistake in the entity: compilation fails. */
    static MetamodelProblem error(Element element, String message) {
        return new MetamodelProblem(Diagnostic.Kind.ERROR, element, message);
    }

    /** A valid entity the metamodel cannot express (a private type): compilation goes on without it. */
    static MetamodelProblem warning(Element element, String message) {
        return new MetamodelProblem(Diagnostic.Kind.WARNING, element, message);
    }

    Element element() {
        return element;
    }

    Diagnostic.Kind kind() {
        return kind;
    }
}
