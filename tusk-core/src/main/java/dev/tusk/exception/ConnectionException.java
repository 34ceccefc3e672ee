package dev.tusk.exception;

/** No usable connection: a wrong host, port, user, password or database, a server that is down (08xxx, 57P0x, 28xxx, 3D000), or a pool that timed out. Passwords never appear in its message. */
public class ConnectionException extends TuskException {
    public ConnectionException(String reason) {
        super(reason);
    }

    public ConnectionException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ConnectionException(String reason, ErrorContext context, Throwable cause) {
        super(reason, context, cause);
    }
}
