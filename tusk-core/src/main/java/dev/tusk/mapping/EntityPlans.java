package dev.tusk.mapping;

import dev.tusk.model.EntityModel;
import dev.tusk.type.CodecRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The entity plans of one database (one codec registry), made on first use and kept. */
public final class EntityPlans {
    private final CodecRegistry registry;
    private final Map<Class<?>, EntityPlan<?>> plans = new ConcurrentHashMap<>();

    public EntityPlans(CodecRegistry registry) {
        this.registry = registry;
    }

    public CodecRegistry registry() {
        return registry;
    }

    @SuppressWarnings("unchecked")
    public <T> EntityPlan<T> of(Class<T> type) {
        EntityPlan<?> plan = plans.get(type);
        if (plan == null) {
            plan = new EntityPlan<>(EntityModel.of(type), registry);
            EntityPlan<?> raced = plans.putIfAbsent(type, plan);
            plan = raced != null ? raced : plan;
        }
        return (EntityPlan<T>) plan;
    }
}
