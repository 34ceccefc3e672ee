package dev.tusk.writes.bulk;

import dev.tusk.annotation.Default;
import dev.tusk.annotation.DefaultFactory;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.util.UUID;
import java.util.function.Supplier;

/** A record whose key comes from a client-side factory, one per row. */
@Table(name = "ticket")
public record Ticket(@Id @DefaultFactory(Ticket.RandomUuid.class) UUID id, String title,
                     @Default("'open'") String status) {

    static final String DDL = "create table ticket (id uuid primary key, title text not null,"
            + " status text not null default 'open');";

    /** A fresh random UUID per row. */
    public static final class RandomUuid implements Supplier<UUID> {
        @Override
        public UUID get() {
            return UUID.randomUUID();
        }
    }
}
