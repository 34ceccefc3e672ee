package dev.tusk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a session's pending work in order: inserts (one {@code insertAll} per run of one type,
 * the caller sorted them parents first), updates of the changed fields only, deletes children
 * first. After each written entry its new state is recorded and {@code stored} is told.
 */
final class SessionFlush {
    private final Engine engine;
    private final Consumer<SessionEntry<?>> stored;

    SessionFlush(Engine engine, Consumer<SessionEntry<?>> stored) {
        this.engine = engine;
        this.stored = stored;
    }

    void insert(List<SessionEntry<?>> inserts) {
        int start = 0;
        while (start < inserts.size()) {
            Class<?> type = inserts.get(start).model().type();
            int end = start;
            while (end < inserts.size() && inserts.get(end).model().type() == type) {
                end++;
            }
            insertRun(inserts.subList(start, end));
            start = end;
        }
    }

    void update(List<SessionEntry<?>> managed) {
        for (SessionEntry<?> entry : managed) {
            updateOne(entry);
        }
    }

    void delete(List<SessionEntry<?>> deleted) {
        List<SessionEntry<?>> ordered = new ArrayList<>(deleted);
        ordered.sort(Comparator.comparingInt((SessionEntry<?> entry) -> FlushOrder.rank(entry.model().type()))
                .reversed());
        for (SessionEntry<?> entry : ordered) {
            engine.commands().delete(entry.entity());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void insertRun(List<SessionEntry<?>> run) {
        List<T> entities = new ArrayList<>(run.size());
        for (SessionEntry<?> entry : run) {
            entities.add((T) entry.entity());
        }
        List<T> inserted = engine.bulk().insertAll(entities);
        for (int index = 0; index < run.size(); index++) {
            SessionEntry<T> entry = (SessionEntry<T>) run.get(index);
            entry.stored(inserted.get(index));
            stored.accept(entry);
        }
    }

    private <T> void updateOne(SessionEntry<T> entry) {
        List<String> changed = entry.changedFields();
        if (changed.isEmpty()) {
            return;
        }
        entry.stored(engine.commands().update(entry.entity(), changed.toArray(String[]::new)));
        stored.accept(entry);
    }
}
