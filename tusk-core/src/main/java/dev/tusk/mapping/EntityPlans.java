package dev.tusk.mapping;

import dev.tusk.model.EntityModel;
import dev.tusk.type.CodecRegistry;
import dev.tusk.validation.EntityValidator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The entity plans of one database (one codec registry, one entity validator), made on first use and kept. */
public final class EntityPlans {
    private final CodecRegistry registry;
    private final EntityValidator validator;
    private final Map<Class<?>, EntityPlan<?>> plans = new ConcurrentHashMap<>();
    private volatile LoadHook loadHook;

    /** Plans validating entities with {@link EntityValidator#detect()}: Jakarta Validation when a provider is present. */
    public EntityPlans(CodecRegistry registry) {
        this(registry, EntityValidator.detect());
    }

    public EntityPlans(CodecRegistry registry, EntityValidator validator) {
        this.registry = registry;
        this.validator = java.util.Objects.requireNonNull(validator, "validator");
    }

    public CodecRegistry registry() {
        return registry;
    }

    /** Tells {@code hook} about every table entity mapped from a row from now on; null stops it. */
    public void onLoad(LoadHook hook) {
        this.loadHook = hook;
    }

    /** Passes a freshly mapped table entity to the load hook, if one is set. */
    void loaded(Object entity) {
        LoadHook hook = loadHook;
        if (hook != null) {
            hook.loaded(entity);
        }
    }

    /** The validator each write's entity passes besides the mapping checks. */
    public EntityValidator validator() {
        return validator;
    }

    @SuppressWarnings("unchecked")
    public <T> EntityPlan<T> of(Class<T> type) {
        EntityPlan<?> plan = plans.get(type);
        if (plan == null) {
            plan = new EntityPlan<>(EntityModel.of(type), registry, validator, this);
            EntityPlan<?> raced = plans.putIfAbsent(type, plan);
            plan = raced != null ? raced : plan;
        }
        return (EntityPlan<T>) plan;
    }
}
