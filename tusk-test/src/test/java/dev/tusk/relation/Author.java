package dev.tusk.relation;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.OneToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** A record with a to-many slot: its posts. */
@Table(name = "author")
public record Author(@Id @Generated Long id, String name, @OneToMany(mappedBy = "authorId") List<Post> posts) {

    public static Author named(String name) {
        return new Author(null, name, null);
    }
}
