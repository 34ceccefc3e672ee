package dev.tusk.bench.peer.jooq;

import dev.tusk.bench.env.BenchEnvironment;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The one {@link DSLContext} of the jOOQ contender per environment: {@link SQLDialect#POSTGRES} on the
 * pool {@code "jooq"}, so that jOOQ borrows a connection per statement as it does with any
 * {@code DataSource}, and every trial shares it instead of paying for its construction.
 *
 * <p>jOOQ logs its logo and a "tip of the day" the first time it renders SQL. The system properties
 * jOOQ documents for switching both off are set in the static initialiser, which runs before any
 * benchmark of this package renders a statement. Execute logging is off ({@code withExecuteLogging(false)}),
 * as the manual advises outside development: otherwise jOOQ attaches its {@code LoggerListener} to every
 * execution. Everything else stays at jOOQ's defaults, which are what a user of the library gets.
 */
final class JooqContext {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private JooqContext() {
    }

    /** The DSLContext of {@code environment}, built on first use and shared by every trial after. */
    static DSLContext of(BenchEnvironment environment) {
        // Settings is a mutable JAXB bean, so the context gets one of its own rather than a shared constant.
        return environment.component("jooq", DSLContext.class,
                () -> DSL.using(environment.pool("jooq"), SQLDialect.POSTGRES, new Settings().withExecuteLogging(false)));
    }
}
