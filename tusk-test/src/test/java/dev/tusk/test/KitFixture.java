package dev.tusk.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that the kit's own tests run through {@link FixtureRun} (JUnit's
 * EngineTestKit), some failing on purpose. Anywhere else (an IDE running every class of the
 * package) it is skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KitFixture.OnlyInsideFixtureRun.class)
@interface KitFixture {

    final class OnlyInsideFixtureRun implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(FixtureRun.PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the kit's own tests")
                    : ConditionEvaluationResult.disabled("a fixture of the kit's own tests, run only through EngineTestKit");
        }
    }
}
