package dev.tusk.relation;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.ManyToOne;
import dev.tusk.annotation.OneToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** A tree: a self-reference both ways. */
@Table(name = "category")
public record Category(@Id long id, String name, @ForeignKey(references = Category.class) Long parentId,
                       @ManyToOne Category parent, @OneToMany(mappedBy = "parentId") List<Category> children) {}
