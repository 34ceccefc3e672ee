package dev.tusk.writes.bulk;

import dev.tusk.annotation.Default;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Transient;
import dev.tusk.annotation.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A class entity for the bulk tests: written values come back into the same instance. */
@Table(name = "account")
public class Account {
    static final String DDL = """
            create table account (
              id bigserial primary key,
              email text not null constraint account_email_key unique,
              name text not null,
              balance numeric(12,2),
              created_at timestamptz not null default now(),
              version bigint not null
            );
            """;

    @Id
    @Generated(Generated.Kind.SERIAL)
    Long id;
    String email;
    String name;
    BigDecimal balance;
    @Default("now()")
    OffsetDateTime createdAt;
    @Version
    long version;
    @Transient
    String note = "kept";

    static Account of(String email, String name, String balance) {
        Account account = new Account();
        account.email = email;
        account.name = name;
        account.balance = balance == null ? null : new BigDecimal(balance);
        return account;
    }
}
