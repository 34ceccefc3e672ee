package dev.tusk.exception;

/** An entity class or a result column cannot be mapped: the message names the class, the field or column, and the fix. */
public class MappingException extends ConfigurationException {
    public MappingException(String reason) {
        super(reason);
    }

    public MappingException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MappingException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
