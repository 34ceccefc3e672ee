package dev.tusk.query.security;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;

/**
 * A table whose own column name looks like an injection: names from the entity model are never
 * validated against the identifier pattern, only quoted.
 */
@Table(name = "ledger")
public record Ledger(@Id Integer id, @Column(name = "total\" FROM users; --") BigDecimal total) {}
