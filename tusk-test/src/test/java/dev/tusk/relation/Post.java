package dev.tusk.relation;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.ManyToMany;
import dev.tusk.annotation.ManyToOne;
import dev.tusk.annotation.Table;
import java.util.List;

/** A record with a to-one slot (its author) and a many-to-many slot (its tags, through post_tag). */
@Table(name = "post")
public record Post(@Id @Generated Long id,
                   @ForeignKey(references = Author.class, onDelete = ForeignKey.Action.CASCADE) Long authorId,
                   String title,
                   @ManyToOne Author author,
                   @ManyToMany(joinTable = "post_tag") List<Tag> tags) {

    public static Post of(Long authorId, String title) {
        return new Post(null, authorId, title, null, null);
    }
}
