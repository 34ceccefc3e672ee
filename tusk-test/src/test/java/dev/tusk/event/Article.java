package dev.tusk.event;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** A class entity: PRE handlers may change it in place. */
@Table(name = "ev_article")
public class Article {
    @Id @Generated public Long id;
    public String title;
    public OffsetDateTime touchedAt;

    public Article() {
    }

    public Article(String title) {
        this.title = title;
    }
}
