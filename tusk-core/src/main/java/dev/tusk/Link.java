package dev.tusk;

import dev.tusk.exception.ValidationException;
import dev.tusk.exec.Call;
import dev.tusk.exec.Executor;
import dev.tusk.model.EntityModel;
import dev.tusk.model.PropertyModel;
import dev.tusk.render.RelationSql;
import dev.tusk.render.SqlStatement;
import dev.tusk.type.TypeCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The links of one entity in a many-to-many relation, written as junction rows:
 * {@code db.link(post, Post_.tags).add(news, java)}. Every method is one statement ({@link #set},
 * two in one transaction); {@link #add} is idempotent ({@code ON CONFLICT DO NOTHING}, so the
 * junction table needs a primary key or unique constraint on its two columns).
 *
 * @param <E> the owning entity
 * @param <T> the linked entity
 */
public final class Link<E, T> {
    private final Executor executor;
    private final RelationPath path;
    private final Object ownerKey;
    private final TypeCodec<?> targetKeys;

    Link(Executor executor, RelationLoader loader, RelationPath path, Object ownerKey) {
        this.executor = executor;
        this.path = path;
        this.ownerKey = ownerKey;
        this.targetKeys = loader.arrayCodec(path.targetKey());
    }

    /** Links these entities; ones already linked are left as they are. Returns how many links were added. */
    @SafeVarargs
    public final long add(T... targets) {
        return add(Arrays.asList(requireArray(targets, "add")));
    }

    /** {@link #add(Object[])} for a collection. */
    public long add(Collection<? extends T> targets) {
        List<Object> keys = keysOf(targets, "add");
        if (keys.isEmpty()) {
            return 0;
        }
        return write("link", RelationSql.addLinks(path.junction(), path.slot().joinColumn(),
                path.slot().inverseJoinColumn(), targetKeys.sqlType()), keys);
    }

    /** Unlinks these entities (the entities stay). Returns how many links were removed. */
    @SafeVarargs
    public final long remove(T... targets) {
        return remove(Arrays.asList(requireArray(targets, "remove")));
    }

    /** {@link #remove(Object[])} for a collection. */
    public long remove(Collection<? extends T> targets) {
        List<Object> keys = keysOf(targets, "remove");
        if (keys.isEmpty()) {
            return 0;
        }
        return write("unlink", RelationSql.removeLinks(path.junction(), path.slot().joinColumn(),
                path.slot().inverseJoinColumn()), keys);
    }

    /** Makes the links exactly these entities, in one transaction: others are unlinked, missing ones linked. */
    public void set(Collection<? extends T> targets) {
        List<Object> keys = keysOf(targets, "set");
        executor.inTransaction(inside -> {
            write("unlink", RelationSql.keepOnlyLinks(path.junction(), path.slot().joinColumn(),
                    path.slot().inverseJoinColumn()), keys);
            if (!keys.isEmpty()) {
                write("link", RelationSql.addLinks(path.junction(), path.slot().joinColumn(),
                        path.slot().inverseJoinColumn(), targetKeys.sqlType()), keys);
            }
            return null;
        });
    }

    /** Unlinks everything. Returns how many links were removed. */
    public long clear() {
        String sql = RelationSql.clearLinks(path.junction(), path.slot().joinColumn());
        return executor.update(new Call("unlink " + path.where(), path.owner().type(), SqlStatement.of(sql, ownerKey),
                new TypeCodec<?>[] {null}, new String[] {path.slot().joinColumn()}));
    }

    private long write(String operation, String sql, List<Object> keys) {
        return executor.update(new Call(operation + " " + path.where(), path.owner().type(),
                SqlStatement.of(sql, ownerKey, keys), new TypeCodec<?>[] {null, targetKeys},
                new String[] {path.slot().joinColumn(), path.slot().inverseJoinColumn()}));
    }

    private List<Object> keysOf(Collection<? extends T> targets, String operation) {
        if (targets == null) {
            throw new ValidationException("link(...)." + operation + ": the entities must not be null");
        }
        @SuppressWarnings("unchecked")
        EntityModel<Object> target = (EntityModel<Object>) path.target();
        PropertyModel key = path.targetKey();
        Set<Object> keys = new LinkedHashSet<>();
        int index = 0;
        for (T entity : targets) {
            if (entity == null || !target.type().isInstance(entity)) {
                throw new ValidationException("link(...)." + operation + ": entity " + index + " is "
                        + (entity == null ? "null" : "a " + entity.getClass().getSimpleName()) + "; expected a "
                        + target.type().getSimpleName());
            }
            Object value = target.get(entity, key);
            if (value == null) {
                throw new ValidationException("link(...)." + operation + ": " + target.type().getSimpleName() + " "
                        + index + " has no " + key.name() + " yet: insert it first");
            }
            keys.add(value);
            index++;
        }
        return new ArrayList<>(keys);
    }

    private static <V> V[] requireArray(V[] targets, String operation) {
        if (targets == null) {
            throw new ValidationException("link(...)." + operation + ": the entities must not be null");
        }
        return targets;
    }
}
