package dev.tusk.exception;

/** SQLSTATE 57014: the statement was cancelled, by {@code statement_timeout} or by a cancel request. */
public class QueryTimeoutException extends TuskException {
    public QueryTimeoutException(String reason) {
        super(reason);
    }

    public QueryTimeoutException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public QueryTimeoutException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
