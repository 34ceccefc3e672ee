package dev.tusk.relation;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.ManyToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** A class entity on the other side of post_tag, with the junction columns named explicitly. */
@Table(name = "tag")
public class Tag {
    @Id @Generated public Long id;
    public String name;
    @ManyToMany(joinTable = "post_tag", joinColumn = "tag_id", inverseJoinColumn = "post_id") public List<Post> posts;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Tag " + name;
    }
}
