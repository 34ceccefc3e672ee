package dev.tusk.processor;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A field (or record component) that maps to a column.
 *
 * @param name    the field name, which is also the metamodel constant's name
 * @param element the field or record component, where its annotations sit and problems are reported
 * @param type    the field's type as a member of the entity, so a superclass's {@code K id} reads as
 *                {@code Long id} in an entity that extends {@code Keyed<Long>}
 */
record PersistentField(String name, Element element, TypeMirror type) {
}
