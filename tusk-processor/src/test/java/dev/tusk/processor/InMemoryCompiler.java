package dev.tusk.processor;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the metamodel processor (and any others given), against the
 * test class path, which holds tusk-core. Nothing touches the disk.
 */
final class InMemoryCompiler {
    private final List<Processor> processors = new ArrayList<>(List.of(new MetamodelProcessor()));
    private final List<String> options = new ArrayList<>(List.of("--release", "21", "-proc:full",
            "-classpath", System.getProperty("java.class.path")));
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** Adds a source; its path comes from the package and the first type declared: {@code shop/User.java}. */
    InMemoryCompiler source(String path, String text) {
        sources.put(path, text);
        return this;
    }

    InMemoryCompiler option(String option) {
        options.add(option);
        return this;
    }

    InMemoryCompiler processor(Processor processor) {
        processors.add(processor);
        return this;
    }

    Compilation compile() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        OutputFiles output = new OutputFiles(standard);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new SourceFile(path, text)));
        JavaCompiler.CompilationTask task = compiler.getTask(null, output, diagnostics, options, null, units);
        task.setProcessors(processors);
        boolean success = task.call();
        return new Compilation(success, diagnostics.getDiagnostics(), output.generatedSources(), output.classes());
    }

    private static final class SourceFile extends SimpleJavaFileObject {
        private final String text;

        SourceFile(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** A file javac writes: a generated source (which javac reads back) or a class file. */
    private static final class OutputFile extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        OutputFile(String path, Kind kind) {
            super(URI.create("mem:///" + path), kind);
        }

        @Override
        public OutputStream openOutputStream() {
            bytes.reset();
            return bytes;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static final class OutputFiles extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, OutputFile> sources = new LinkedHashMap<>();
        private final Map<String, OutputFile> classes = new LinkedHashMap<>();

        OutputFiles(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
                                                   JavaFileObject.Kind kind, FileObject sibling) {
            OutputFile file = new OutputFile(className.replace('.', '/') + kind.extension, kind);
            (kind == JavaFileObject.Kind.SOURCE ? sources : classes).put(className, file);
            return file;
        }

        /** Generated sources by path, {@code shop/User_.java}. */
        Map<String, String> generatedSources() {
            Map<String, String> texts = new LinkedHashMap<>();
            sources.forEach((name, file) -> texts.put(name.replace('.', '/') + ".java", file.getCharContent(true).toString()));
            return texts;
        }

        ClassLoader classes() {
            Map<String, byte[]> bytecode = new LinkedHashMap<>();
            classes.forEach((name, file) -> bytecode.put(name, file.bytes()));
            return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] code = bytecode.get(name);
                    if (code == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, code, 0, code.length);
                }
            };
        }
    }
}
