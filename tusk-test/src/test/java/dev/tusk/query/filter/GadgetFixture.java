package dev.tusk.query.filter;

import dev.tusk.test.TestDatabase;
import java.util.UUID;

/** The five rows of {@code qa_gadget} that the JSON, typed-column and query-by-example tests read. */
final class GadgetFixture {
    static final UUID DRILL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID SAW = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID GLUE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final UUID WEIRD = UUID.fromString("00000000-0000-4000-8000-000000000004");
    /** A JSON key that is also an attempt to end the statement. */
    static final String HOSTILE_KEY = "'; drop table qa_gadget; --";

    private GadgetFixture() {
    }

    static void create(TestDatabase database) {
        database.execute("""
                create table qa_gadget (
                  id bigserial primary key, name text, serial uuid, active boolean, released date,
                  checked_at timestamptz, specs jsonb, stock integer not null);
                insert into qa_gadget (name, serial, active, released, checked_at, specs, stock) values
                  ('drill', '%s', true, '2024-01-15', '2024-03-01 10:00:00+00',
                   '{"color": "red", "dims": {"w": 10, "unit": "cm"}, "tags": ["tool", "power"]}', 5),
                  ('saw', '%s', false, '2023-06-30', '2024-03-01 12:00:00+02',
                   '{"color": "blue", "dims": {"w": 25, "unit": "in"}}', 0),
                  ('glue', '%s', null, null, null, '{"color": "red", "brand": "Stik"}', 12),
                  ('weird', '%s', true, '2025-02-28', '2024-03-02 00:00:00+00',
                   '{"''; drop table qa_gadget; --": "gotcha", "a?b": 1,
                     "dims": {"unit": "cm", "''; drop table qa_gadget; --": "deep"}}', 1),
                  ('blank', null, null, '2020-01-01', null, null, 0);
                """.formatted(DRILL, SAW, GLUE, WEIRD));
    }
}
