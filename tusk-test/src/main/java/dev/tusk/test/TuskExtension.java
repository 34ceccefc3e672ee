package dev.tusk.test;

import dev.tusk.Database;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The JUnit 5 extension behind {@link TuskTest}: creates the class database before the class,
 * drops it after, resolves parameters, and runs the connection-leak check after each test.
 * The database lives in the extension store of the class that created it; {@code @Nested}
 * classes find their enclosing class's database there.
 */
public final class TuskExtension
        implements ExecutionCondition, BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TuskExtension.class);
    private static final String KEY = "database";

    public TuskExtension() {
    }

    /**
     * Skips a {@code pagila = true} class, naming the paths tried, when the fixture is missing. A
     * condition rather than an assumption: it keeps {@code @BeforeAll} methods from running, and
     * Surefire shows the reason, where a class aborted in {@code beforeAll} shows as "0 tests run".
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()
                || !wantsPagila(context.getTestClass().get())) {
            return ConditionEvaluationResult.enabled("no fixture to check");
        }
        return Pagila.missingFixture().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("Pagila fixture found"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestDatabase database = classContext(context).getStore(NAMESPACE).get(KEY, TestDatabase.class);
        if (database == null) {
            return;
        }
        Optional<String> leak = database.releaseLeaks();
        if (leak.isPresent()) {
            throw new AssertionFailedError(leak.get());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        // remove() sees only this class's own store: a @Nested class leaves its enclosing class's database alone
        TestDatabase database = context.getStore(NAMESPACE).remove(KEY, TestDatabase.class);
        if (database != null) {
            database.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == Database.class || type == SqlCapture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database;
        try {
            database = database(context);
        } catch (SQLException failure) {
            throw new ParameterResolutionException("could not create the test database: " + failure.getMessage(), failure);
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == Database.class) {
            return database.database();
        }
        if (type == SqlCapture.class) {
            return database.capture();
        }
        return database;
    }

    /** The database of the class of {@code context}, created on first call (constructor injection can come before {@code beforeAll}). */
    private static TestDatabase database(ExtensionContext context) throws SQLException {
        ExtensionContext classContext = classContext(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        TestDatabase existing = store.get(KEY, TestDatabase.class);
        if (existing != null) {
            return existing;
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        SharedServer server = SharedServer.get();
        TestDatabase created = new TestDatabase(server, server.createDatabase(testClass.getSimpleName(), wantsPagila(testClass)));
        store.put(KEY, created);
        return created;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static boolean wantsPagila(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<TuskTest> annotation = AnnotationSupport.findAnnotation(type, TuskTest.class);
            if (annotation.isPresent()) {
                return annotation.get().pagila();
            }
        }
        return false;
    }
}
