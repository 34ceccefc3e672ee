package dev.tusk.validation;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/** A class entity with mapping checks, one of them on a field whose name looks secret. */
@Table(name = "val_wallets")
public class Wallet {
    static final String SQL = """
            create table val_wallets (id bigserial primary key, owner varchar(12) not null, points numeric(4),
                                      secret_limit numeric(8,2));
            """;

    @Id @Generated Long id;
    @Column(length = 12, nullable = false) String owner;
    @Column(precision = 4) Long points;
    @Column(precision = 8, scale = 2) BigDecimal secretLimit;

    Wallet() {
    }

    Wallet(String owner, Long points, BigDecimal secretLimit) {
        this.owner = owner;
        this.points = points;
        this.secretLimit = secretLimit;
    }
}
