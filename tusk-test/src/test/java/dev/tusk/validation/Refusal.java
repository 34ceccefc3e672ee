package dev.tusk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tusk.exception.ValidationException;
import dev.tusk.test.CapturedStatement;
import dev.tusk.test.SqlCapture;
import java.util.List;

/** Runs a write that must be refused before any SQL: returns the exception, having checked no statement was sent. */
final class Refusal {
    private Refusal() {
    }

    static ValidationException beforeSql(SqlCapture capture, Runnable write) {
        ValidationException[] thrown = new ValidationException[1];
        List<CapturedStatement> statements = capture.during(
                () -> thrown[0] = catchThrowableOfType(ValidationException.class, write::run));
        assertThat(thrown[0]).as("the write was refused with a ValidationException").isNotNull();
        assertThat(statements).as("statements sent before the refusal").isEmpty();
        return thrown[0];
    }
}
