package dev.tusk.processor;

import javax.lang.model.element.Element;

/**
 * An entity refers to a type that does not exist yet, perhaps one another processor generates in a
 * later round; the entity is retried then.
 */
final class UnresolvedType extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Element element;

    UnresolvedType(Element element, String message) {
        super(message, null, false, false);
        this.element = element;
    }

    /** The field or class whose type is missing. */
    Element element() {
        return element;
    }
}
