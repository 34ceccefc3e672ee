package dev.tusk.exception;

/** Tusk was set up wrongly: an entity that cannot be mapped, a bad builder setting. The message names the class, the field and the fix. */
public class ConfigurationException extends TuskException {
    public ConfigurationException(String reason) {
        super(reason);
    }

    public ConfigurationException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ConfigurationException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
