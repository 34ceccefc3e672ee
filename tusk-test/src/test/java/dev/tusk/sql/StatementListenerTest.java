package dev.tusk.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tusk.Database;
import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.exec.StatementEvent;
import dev.tusk.exec.StatementListener;
import dev.tusk.test.TestDatabase;
import dev.tusk.test.TuskTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@TuskTest
class StatementListenerTest {

    /** Records each hook call as "phase:operation:rows". */
    static final class PhaseLog implements StatementListener {
        final List<String> phases = new ArrayList<>();

        @Override
        public void rendered(StatementEvent event) {
            phases.add("rendered:" + event.operation() + ":" + event.rowCount());
        }

        @Override
        public void executed(StatementEvent event) {
            assertThat(event.executeNanos()).isPositive();
            phases.add("executed:" + event.operation() + ":" + event.rowCount());
        }

        @Override
        public void mapped(StatementEvent event) {
            assertThat(event.mapNanos()).isNotNegative();
            phases.add("mapped:" + event.operation() + ":" + event.rowCount());
        }

        @Override
        public void failed(StatementEvent event, RuntimeException error) {
            phases.add("failed:" + event.operation() + ":" + error.getClass().getSimpleName());
        }
    }

    @Test
    void listenerSeesRenderExecuteAndMapInOrder(TestDatabase database) {
        database.execute("create table t (id int primary key); insert into t values (1), (2), (3);");
        PhaseLog log = new PhaseLog();
        Database db = Database.builder().dataSource(database.database().dataSource()).listener(log).build();

        db.sql("select id from t order by id").list(Integer.class);
        db.sql("delete from t where id = :id").bind("id", 3).execute();

        assertThat(log.phases).containsExactly(
                "rendered:sql:-1", "executed:sql:3", "mapped:sql:3",
                "rendered:sql:-1", "executed:sql:1");
    }

    @Test
    void listenerSeesFailuresWithTheClassifiedException(TestDatabase database) {
        database.execute("create table u (id int primary key); insert into u values (1);");
        PhaseLog log = new PhaseLog();
        Database db = Database.builder().dataSource(database.database().dataSource()).listener(log).build();

        assertThatThrownBy(() -> db.sql("insert into u values (1)").execute())
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(log.phases).containsExactly("rendered:sql:-1", "failed:sql:ConstraintViolationException");
    }
}
