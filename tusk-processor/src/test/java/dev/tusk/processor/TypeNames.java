package dev.tusk.processor;

/** The declared type of a metamodel constant, as reflection spells it. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(Class<?> metamodel, String constant) {
        try {
            return metamodel.getField(constant).getGenericType().getTypeName();
        } catch (NoSuchFieldException missing) {
            throw new AssertionError(metamodel.getName() + " has no constant " + constant, missing);
        }
    }
}
