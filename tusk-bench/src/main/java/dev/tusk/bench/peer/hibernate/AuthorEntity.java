package dev.tusk.bench.peer.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code tusk_bench.bench_author} with its posts: the inverse side of the bidirectional
 * one-to-many the User Guide shows, {@code @OneToMany(mappedBy)} on a list, the post owning the
 * foreign key. Like every Hibernate collection it is lazy; W6 fetches it with a join.
 *
 * <p>Not final, because Hibernate subclasses it for the lazy {@link PostEntity#getAuthor()} proxy.
 */
@Entity(name = "Author")
@Table(schema = "tusk_bench", name = "bench_author")
public class AuthorEntity {
    @Id
    private long id;
    private String name;
    @OneToMany(mappedBy = "author")
    private List<PostEntity> posts = new ArrayList<>();

    /** For Hibernate, which fills the fields itself. */
    protected AuthorEntity() {
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<PostEntity> getPosts() {
        return posts;
    }
}
