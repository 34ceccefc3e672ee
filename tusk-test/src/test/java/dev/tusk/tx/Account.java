package dev.tusk.tx;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A record entity for the transaction tests: an owner with a balance. */
@Table(name = "tx_account")
public record Account(@Id @Generated Long id, String owner, long balance) {
    /** The table the transaction tests share. */
    static final String TABLE = """
            create table tx_account (id bigserial primary key, owner text not null unique,
                balance bigint not null check (balance >= 0));
            """;

    public static Account of(String owner, long balance) {
        return new Account(null, owner, balance);
    }

    public Account withBalance(long newBalance) {
        return new Account(id, owner, newBalance);
    }
}
