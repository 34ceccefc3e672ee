package dev.tusk.bench.peer.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A row of {@code tusk_bench.bench_post}, the owning side of the author's posts: a lazy
 * {@code @ManyToOne} on {@code author_id}, as the User Guide advises (an eager to-one would load the
 * author again for every post fetched without it).
 *
 * <p>Not final, because Hibernate instantiates entities reflectively and subclasses them for proxies.
 */
@Entity(name = "Post")
@Table(schema = "tusk_bench", name = "bench_post")
public class PostEntity {
    @Id
    private long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private AuthorEntity author;
    private String title;
    private String body;

    /** For Hibernate, which fills the fields itself. */
    protected PostEntity() {
    }

    public long getId() {
        return id;
    }

    public AuthorEntity getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
