package dev.tusk.model;

/**
 * The default naming convention: Java names become snake_case ({@code OrderLine} to
 * {@code order_line}, {@code createdAt} to {@code created_at}, {@code userID} to {@code user_id},
 * {@code HTTPServer} to {@code http_server}).
 */
public final class Naming {
    private Naming() {
    }

    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 8);
        for (int position = 0; position < javaName.length(); position++) {
            char current = javaName.charAt(position);
            if (Character.isUpperCase(current)) {
                boolean afterLowerOrDigit = position > 0 && !Character.isUpperCase(javaName.charAt(position - 1))
                        && javaName.charAt(position - 1) != '_';
                boolean endsAcronym = position > 0 && Character.isUpperCase(javaName.charAt(position - 1))
                        && position + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(position + 1));
                if (afterLowerOrDigit || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(current));
            } else {
                out.append(current);
            }
        }
        return out.toString();
    }

    /** The table a class maps to: {@code @Table(name)}, else the snake_case of its simple name. */
    public static String tableOf(Class<?> type) {
        dev.tusk.annotation.Table table = type.getAnnotation(dev.tusk.annotation.Table.class);
        return table == null || table.name().isEmpty() ? snakeCase(type.getSimpleName()) : table.name();
    }
}
