package dev.tusk.validation;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Enumerated;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** A record with every check the mapping implies but the vector's: not null, length, precision, enum labels. */
@Table(name = "val_listings")
public record Listing(@Id @Generated Long id,
                      @Column(length = 10, nullable = false) String title,
                      @Column(precision = 5, scale = 2) BigDecimal price,
                      @Column(length = 6) Size size,
                      @Enumerated(type = "val_mood") Mood mood) {

    static final String SQL = """
            create type val_mood as enum ('happy', 'sad');
            create table val_listings (id bigserial primary key, title varchar(10) not null, price numeric(5,2),
                                       size varchar(6), mood val_mood);
            """;

    static Listing of(String title, String price) {
        return new Listing(null, title, price == null ? null : new BigDecimal(price), Size.SMALL, Mood.happy);
    }

    /** Stored as text in a varchar(6): EXTRA_LARGE's label does not fit. */
    public enum Size { SMALL, LARGE, EXTRA_LARGE }

    /** Stored in the enum type val_mood ('happy', 'sad'). */
    public enum Mood {
        happy, sad,
        /** A label val_mood does not have: the server refuses it. */
        angry,
        /** 64 bytes: longer than any PostgreSQL enum label can be. */
        @dev.tusk.annotation.EnumLabel("a-label-of-sixty-four-bytes-which-no-postgresql-enum-type-can-ha")
        UNSTORABLE
    }
}
