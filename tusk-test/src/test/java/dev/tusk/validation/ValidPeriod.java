package dev.tusk.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A class-level constraint: a booking ends after it starts. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPeriod.Check.class)
public @interface ValidPeriod {
    String message() default "ends must be after starts";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes when either date is missing or the end is after the start. */
    final class Check implements ConstraintValidator<ValidPeriod, Booking> {
        @Override
        public boolean isValid(Booking booking, ConstraintValidatorContext context) {
            return booking.starts == null || booking.ends == null || booking.ends.isAfter(booking.starts);
        }
    }
}
