package dev.tusk.model;

import dev.tusk.exception.MappingException;
import java.lang.invoke.MethodHandle;

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
     */
    record ForRecord(Class<?> type, MethodHandle constructor, int[] argumentSlot, Object[] emptyArgs,
                     MethodHandle[] accessors) implements Instantiator {
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
