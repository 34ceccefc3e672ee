package dev.tusk;

import dev.tusk.exec.Executor;
import dev.tusk.mapping.EntityPlans;

/**
 * The machinery behind one database's operations, shared by the {@link Database} and every
 * {@link Transaction} on it: one executor (whose connection scope follows the calling thread's
 * transaction), the entity plans, and the commands with their caches.
 */
record Engine(Executor executor, EntityPlans plans, EntityCommands commands, DatabaseQueryEngine queries,
              BulkCommands bulk, CopyCommands copies, SoftDeletes softDeletes, TransactionRunner transactions,
              EventedWrites writes, RelationLoader relations, RelationCommands relationCommands) {

    static Engine create(Executor executor, EntityPlans plans) {
        Events events = new Events();
        plans.onLoad(entity -> events.fire(dev.tusk.event.EventType.POST_LOAD, entity, "load"));
        DatabaseQueryEngine queries = new DatabaseQueryEngine(executor, plans);
        RelationLoader relations = new RelationLoader(queries, executor, plans);
        queries.prefetcher(new Prefetcher(relations));
        return new Engine(executor, plans, new EntityCommands(executor, plans), queries,
                new BulkCommands(executor, plans), new CopyCommands(executor, plans), new SoftDeletes(executor, plans),
                new TransactionRunner(executor), new EventedWrites(events, executor), relations,
                new RelationCommands(relations, executor));
    }

    Events events() {
        return writes.events();
    }
}
