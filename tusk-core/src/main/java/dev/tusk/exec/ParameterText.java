package dev.tusk.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders bound values for logs and error messages: long text is cut, binary shown by size, and
 * values bound to a name that looks secret (password, secret, token, api key, credential) are
 * replaced by {@code ***}.
 */
public final class ParameterText {
    private static final Pattern SECRET = Pattern.compile("(?i).*(passw|pwd|secret|token|api_?key|credential).*");
    private static final int MAX_TEXT = 120;

    private ParameterText() {
    }

    public static List<String> render(List<Object> values, Call call) {
        List<String> rendered = new ArrayList<>(values.size());
        for (int index = 0; index < values.size(); index++) {
            rendered.add(render(values.get(index), call == null ? null : call.nameOf(index)));
        }
        return rendered;
    }

    public static boolean isSecret(String name) {
        return name != null && SECRET.matcher(name).matches();
    }

    static String render(Object value, String name) {
        if (isSecret(name)) {
            return "***";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof CharSequence text) {
            return "'" + cut(text.toString()) + "'";
        }
        if (value instanceof Collection<?> collection && collection.size() > 20) {
            return "<" + collection.size() + " values>";
        }
        return cut(String.valueOf(value));
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...(" + text.length() + " chars)";
    }
}
