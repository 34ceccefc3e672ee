package dev.tusk.writes.filtered;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.SoftDelete;
import dev.tusk.annotation.Table;
import java.time.OffsetDateTime;

/** Soft-deletable comments of an {@link Article}, for subqueries over soft-delete entities. */
@Table(name = "comments")
public record Comment(@Id @Generated Long id, Long articleId, String body, @SoftDelete OffsetDateTime deletedAt) {

    static Comment on(Article article, String body) {
        return new Comment(null, article.id(), body, null);
    }
}
