package dev.tusk.writes.filtered;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.SoftDelete;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import java.time.OffsetDateTime;

/** A versioned soft-delete record. */
@Table(name = "articles")
public record Article(@Id @Generated Long id, String title, @SoftDelete OffsetDateTime deletedAt, @Version long version) {

    static Article titled(String title) {
        return new Article(null, title, null, 0);
    }
}
