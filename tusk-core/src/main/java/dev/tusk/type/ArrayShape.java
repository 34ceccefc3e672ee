package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * How a Java container holds the elements of a PostgreSQL array: a {@code List}, an object array,
 * or a primitive array (which cannot hold NULL elements).
 *
 * @param <C> the container type ({@code List<E>}, {@code E[]}, {@code int[]}...)
 * @param <E> the element type, boxed
 */
record ArrayShape<C, E>(String javaName, Function<C, List<E>> toList, Function<List<E>, C> fromList) {

    static <E> ArrayShape<List<E>, E> list() {
        return new ArrayShape<>("List", list -> list, ArrayList::new);
    }

    @SuppressWarnings("unchecked")
    static <E> ArrayShape<E[], E> objectArray(Class<E> elementClass) {
        return new ArrayShape<>(elementClass.getSimpleName() + "[]", Arrays::asList,
                list -> list.toArray((E[]) Array.newInstance(elementClass, list.size())));
    }

    /** The shape for a primitive array class such as {@code int[]}, or null when it is none. */
    static ArrayShape<?, ?> primitive(Class<?> arrayClass) {
        if (arrayClass == int[].class) {
            return new ArrayShape<int[], Integer>("int[]", array -> Arrays.stream(array).boxed().toList(),
                    list -> list.stream().mapToInt(element -> unboxed(element, "int[]")).toArray());
        }
        if (arrayClass == long[].class) {
            return new ArrayShape<long[], Long>("long[]", array -> Arrays.stream(array).boxed().toList(),
                    list -> list.stream().mapToLong(element -> unboxed(element, "long[]")).toArray());
        }
        if (arrayClass == double[].class) {
            return new ArrayShape<double[], Double>("double[]", array -> Arrays.stream(array).boxed().toList(),
                    list -> list.stream().mapToDouble(element -> unboxed(element, "double[]")).toArray());
        }
        if (arrayClass == short[].class) {
            return new ArrayShape<short[], Short>("short[]", ArrayShape::shortsToList, ArrayShape::shortsFromList);
        }
        if (arrayClass == float[].class) {
            return new ArrayShape<float[], Float>("float[]", ArrayShape::floatsToList, ArrayShape::floatsFromList);
        }
        if (arrayClass == boolean[].class) {
            return new ArrayShape<boolean[], Boolean>("boolean[]", ArrayShape::booleansToList,
                    ArrayShape::booleansFromList);
        }
        return null;
    }

    /** The element type a primitive array class boxes to. */
    static Class<?> boxedComponent(Class<?> arrayClass) {
        return MethodType.methodType(arrayClass.getComponentType()).wrap().returnType();
    }

    private static <E> E unboxed(E element, String javaName) {
        if (element == null) {
            throw new ValidationException("the array holds a NULL element, which a " + javaName + " cannot hold;"
                    + " map the field to a List or a boxed array, or filter NULLs out in SQL (array_remove)");
        }
        return element;
    }

    private static List<Short> shortsToList(short[] array) {
        List<Short> list = new ArrayList<>(array.length);
        for (short element : array) {
            list.add(element);
        }
        return list;
    }

    private static short[] shortsFromList(List<Short> list) {
        short[] array = new short[list.size()];
        for (int index = 0; index < array.length; index++) {
            array[index] = unboxed(list.get(index), "short[]");
        }
        return array;
    }

    private static List<Float> floatsToList(float[] array) {
        List<Float> list = new ArrayList<>(array.length);
        for (float element : array) {
            list.add(element);
        }
        return list;
    }

    private static float[] floatsFromList(List<Float> list) {
        float[] array = new float[list.size()];
        for (int index = 0; index < array.length; index++) {
            array[index] = unboxed(list.get(index), "float[]");
        }
        return array;
    }

    private static List<Boolean> booleansToList(boolean[] array) {
        List<Boolean> list = new ArrayList<>(array.length);
        for (boolean element : array) {
            list.add(element);
        }
        return list;
    }

    private static boolean[] booleansFromList(List<Boolean> list) {
        boolean[] array = new boolean[list.size()];
        for (int index = 0; index < array.length; index++) {
            array[index] = unboxed(list.get(index), "boolean[]");
        }
        return array;
    }
}
