package dev.tusk.model;

import dev.tusk.exception.MappingException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Builds an instance from property values in property order: a record through its canonical
 * constructor (spread over an array), a class through its no-arg constructor and field setters.
 */
sealed interface Instantiator {

    Object create(Object[] values);

    boolean isRecord();

    /**
     * @param constructor  {@code (Object[] args) -> Object}, spread over the canonical constructor
     * @param argumentSlot for each component, the property slot that feeds it, or -1 (transient)
     * @param emptyArgs    the value for a component without a property: null or the primitive zero
     * @param accessors    per component, {@code (Object record) -> Object}
     * @param canonical    the canonical constructor as it is declared, for {@link #composed}
     */
    record ForRecord(Class<?> type, MethodHandle constructor, int[] argumentSlot, Object[] emptyArgs,
                     MethodHandle[] accessors, MethodHandle canonical) implements Instantiator {
        /** Past this many components the spread constructor is used (method handles take at most 255 arguments). */
        private static final int MOST_COMPOSED_COMPONENTS = 120;

        /**
         * The canonical constructor with each argument read by its property's reader: one handle,
         * {@code (S) -> Object}, that builds the record from a source (a result row) with no
         * intermediate arrays, which the JIT compiles as if the row mapper were written by hand.
         *
         * @param readerBySlot per property slot, {@code (S) -> Object}, or null where the source has
         *                     no value (the component gets its empty value)
         * @return the composed handle, or null for a record too wide to compose
         */
        MethodHandle composed(MethodHandle[] readerBySlot, Class<?> source) {
            if (argumentSlot.length > MOST_COMPOSED_COMPONENTS) {
                return null;
            }
            MethodType parameters = canonical.type();
            MethodHandle[] filters = new MethodHandle[argumentSlot.length];
            for (int component = 0; component < filters.length; component++) {
                Class<?> componentType = parameters.parameterType(component);
                int slot = argumentSlot[component];
                MethodHandle reader = slot < 0 ? null : readerBySlot[slot];
                filters[component] = reader != null
                        ? reader.asType(MethodType.methodType(componentType, source))
                        : MethodHandles.dropArguments(MethodHandles.constant(componentType, emptyArgs[component]), 0, source);
            }
            MethodHandle everyArgumentRead = MethodHandles.filterArguments(canonical, 0, filters);
            MethodHandle oneSource = MethodHandles.permuteArguments(everyArgumentRead,
                    MethodType.methodType(type, source), new int[filters.length]);
            return oneSource.asType(MethodType.methodType(Object.class, source));
        }
        @Override
        public Object create(Object[] values) {
            Object[] arguments = new Object[argumentSlot.length];
            for (int component = 0; component < arguments.length; component++) {
                int slot = argumentSlot[component];
                Object value = slot < 0 ? null : values[slot];
                arguments[component] = value == null ? emptyArgs[component] : value;
            }
            return construct(arguments);
        }

        /**
         * A copy of {@code original} with new property values; components without a property
         * (relation slots, transient components) keep the original's values.
         */
        Object copy(Object original, Object[] values) {
            Object[] arguments = new Object[argumentSlot.length];
            for (int component = 0; component < arguments.length; component++) {
                int slot = argumentSlot[component];
                Object value = slot < 0 ? read(original, component) : values[slot];
                arguments[component] = value == null ? emptyArgs[component] : value;
            }
            return construct(arguments);
        }

        /** A copy of {@code original} with one component replaced. */
        Object withComponent(Object original, int index, Object value) {
            Object[] arguments = new Object[argumentSlot.length];
            for (int component = 0; component < arguments.length; component++) {
                Object current = component == index ? value : read(original, component);
                arguments[component] = current == null ? emptyArgs[component] : current;
            }
            return construct(arguments);
        }

        private Object read(Object record, int component) {
            try {
                return (Object) accessors[component].invokeExact(record);
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new MappingException("could not read component " + component + " of " + type.getName(), failure);
            }
        }

        private Object construct(Object[] arguments) {
            try {
                return constructor.invokeExact(arguments);
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new MappingException("could not construct " + type.getName(), failure);
            }
        }

        @Override
        public boolean isRecord() {
            return true;
        }
    }

    /**
     * @param constructor {@code () -> Object}, the no-arg constructor
     * @param setters     per property slot, {@code (Object, Object) -> void}
     * @param primitive   per slot, whether a null must be skipped (the field keeps its zero)
     */
    record ForClass(Class<?> type, MethodHandle constructor, MethodHandle[] setters, boolean[] primitive)
            implements Instantiator {
        @Override
        public Object create(Object[] values) {
            try {
                Object instance = constructor.invokeExact();
                for (int slot = 0; slot < setters.length; slot++) {
                    Object value = values[slot];
                    if (value != null || !primitive[slot]) {
                        setters[slot].invokeExact(instance, value);
                    }
                }
                return instance;
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new MappingException("could not construct " + type.getName(), failure);
            }
        }

        @Override
        public boolean isRecord() {
            return false;
        }
    }
}
