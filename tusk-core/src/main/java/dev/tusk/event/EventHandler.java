package dev.tusk.event;

/**
 * Handles one event for one entity.
 *
 * <pre>{@code
 * db.events().on(EventType.PRE_SAVE, Article.class, (article, event) -> article.touchedAt = OffsetDateTime.now());
 * }</pre>
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface EventHandler<T> {
    void handle(T entity, EventContext event);
}
