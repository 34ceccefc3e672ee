package dev.tusk.query;

import java.util.List;

/**
 * The root of a filtered write's AST: an {@link UpdateQuery} or a {@link DeleteQuery}, built by
 * {@link Query#update}, {@link Query#delete} and their kin, rendered by
 * {@code dev.tusk.render.WriteRenderer}. Like {@link SelectQuery} it is plain data: every condition the
 * write runs under (soft-delete filter and version bump included) is in it.
 */
public sealed interface WriteQuery permits UpdateQuery, DeleteQuery {

    /** {@code WITH} queries the write may read from. */
    List<Cte> ctes();

    /** The table written. */
    Source.Table target();

    /** AND-ed conditions; never empty unless the caller said {@code all()}. */
    List<Condition> where();

    /** The {@code RETURNING} list; empty for none (the write then returns a count). */
    List<Selection> returning();
}
