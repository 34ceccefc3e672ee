package dev.tusk.relation;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.OneToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** A self-reference without a foreign key constraint, so its data can hold a cycle. */
@Table(name = "cyclic")
public record Cyclic(@Id long id, String name, Long parentId, @OneToMany(mappedBy = "parentId") List<Cyclic> children) {}
