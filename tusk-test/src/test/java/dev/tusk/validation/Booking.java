package dev.tusk.validation;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A class entity with a class-level constraint, and a field both Tusk and Jakarta say must not be null. */
@ValidPeriod
@Table(name = "val_bookings")
public class Booking {
    static final String SQL = """
            create table val_bookings (id bigserial primary key, room text not null, starts date, ends date,
                                       version integer not null);
            """;

    @Id @Generated Long id;
    @NotNull @Column(nullable = false) String room;
    LocalDate starts;
    LocalDate ends;
    @Version int version;

    Booking() {
    }

    Booking(String room, LocalDate starts, LocalDate ends) {
        this.room = room;
        this.starts = starts;
        this.ends = ends;
    }
}
