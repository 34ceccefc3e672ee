package dev.tusk;

import dev.tusk.query.Relation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query's {@code prefetch} paths over its rows: the paths are merged into a tree (so
 * {@code prefetch(User_.posts)} and {@code prefetch(User_.posts, Post_.tags)} load posts once), and
 * each relation of each level is one statement for all rows of that level. Deeper levels are filled
 * first, so a record is rebuilt once per level with its loaded children in place.
 */
final class Prefetcher {
    private final RelationLoader loader;

    Prefetcher(RelationLoader loader) {
        this.loader = loader;
    }

    /** A level of the merged paths: per relation, what to load below it. */
    private record Level(Map<Relation<?, ?>, Level> next) {
        static Level of(List<List<Relation<?, ?>>> paths) {
            Level root = new Level(new LinkedHashMap<>());
            for (List<Relation<?, ?>> path : paths) {
                Level at = root;
                for (Relation<?, ?> step : path) {
                    at = at.next().computeIfAbsent(step, ignored -> new Level(new LinkedHashMap<>()));
                }
            }
            return root;
        }
    }

    <T> List<T> prefetch(List<T> rows, List<List<Relation<?, ?>>> paths) {
        return apply(rows, Level.of(paths));
    }

    private <E> List<E> apply(List<E> owners, Level level) {
        List<E> current = owners;
        for (Map.Entry<Relation<?, ?>, Level> step : level.next().entrySet()) {
            Relation<?, ?> relation = step.getKey();
            RelationPath path = loader.path(relation.entity(), relation.name());
            List<Object> keys = new ArrayList<>(current.size());
            for (E owner : current) {
                keys.add(owner == null ? null : loader.ownerKey(path, owner));
            }
            Map<Object, List<Object>> loaded = loader.load(path, keys);
            if (!step.getValue().next().isEmpty()) {
                loaded = deeper(loaded, step.getValue());
            }
            current = loader.fill(current, path, loaded);
        }
        return current;
    }

    /** Loads the next levels into every target loaded at this one, and puts the filled targets back. */
    private Map<Object, List<Object>> deeper(Map<Object, List<Object>> loaded, Level below) {
        Map<Object, Object> distinct = new IdentityHashMap<>();
        List<Object> targets = new ArrayList<>();
        for (List<Object> group : loaded.values()) {
            for (Object target : group) {
                if (distinct.put(target, target) == null) {
                    targets.add(target);
                }
            }
        }
        List<Object> filled = apply(targets, below);
        Map<Object, Object> replaced = new IdentityHashMap<>();
        for (int index = 0; index < targets.size(); index++) {
            replaced.put(targets.get(index), filled.get(index));
        }
        Map<Object, List<Object>> result = new LinkedHashMap<>();
        loaded.forEach((key, group) -> result.put(key, group.stream().map(replaced::get).toList()));
        return result;
    }
}
