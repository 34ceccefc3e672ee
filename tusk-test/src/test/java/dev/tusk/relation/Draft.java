package dev.tusk.relation;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.ManyToOne;
import dev.tusk.annotation.OneToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** Points at a table that does not exist (an archive never created): fetchAll must survive it. */
@Table(name = "draft")
public record Draft(@Id long id, @ForeignKey(references = Author.class) Long authorId, @ManyToOne Author author,
                    @OneToMany(mappedBy = "draftId") List<ArchivedDraft> archive) {}
