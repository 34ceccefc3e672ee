package dev.tusk.processor;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What an in-memory compilation produced.
 *
 * @param success          whether javac reported no error
 * @param diagnostics      everything javac and the processors reported
 * @param generatedSources generated sources by path ({@code shop/User_.java})
 * @param classes          loads the compiled classes; tusk-core comes from the test class path
 */
record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
                   Map<String, String> generatedSources, ClassLoader classes) {

    List<Diagnostic<? extends JavaFileObject>> errors() {
        return ofKind(Diagnostic.Kind.ERROR);
    }

    List<Diagnostic<? extends JavaFileObject>> warnings() {
        return diagnostics.stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.WARNING
                        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .toList();
    }

    String generated(String path) {
        String text = generatedSources.get(path);
        if (text == null) {
            throw new AssertionError("no generated " + path + "; generated: " + generatedSources.keySet()
                    + "\n" + describe());
        }
        return text;
    }

    Class<?> load(String className) {
        try {
            return Class.forName(className, true, classes);
        } catch (ClassNotFoundException missing) {
            throw new AssertionError("no compiled class " + className + "\n" + describe(), missing);
        }
    }

    /** Every diagnostic, one per line, for assertion messages. */
    String describe() {
        return diagnostics.stream()
                .map(diagnostic -> diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource()
                        .getName() + ":" + diagnostic.getLineNumber() + " ") + diagnostic.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(diagnostic -> diagnostic.getKind() == kind).toList();
    }
}
