package dev.tusk.processor;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Whether generated code in a package may name a type: the type and every class around it must allow it. */
final class Visibility {
    private final Elements elements;

    Visibility(Elements elements) {
        this.elements = elements;
    }

    /** True when a class in {@code from} can write {@code type}'s name (its metamodel is such a class). */
    boolean isVisibleFrom(TypeElement type, PackageElement from) {
        boolean samePackage = elements.getPackageOf(type).equals(from);
        for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
            Set<Modifier> modifiers = current.getModifiers();
            // protected from another package is not enough: the metamodel is no subclass
            if (modifiers.contains(Modifier.PRIVATE) || !samePackage && !modifiers.contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** True when the type and every class around it are public, so its metamodel can be public too. */
    static boolean isPublicEverywhere(TypeElement type) {
        for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
            if (!current.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
