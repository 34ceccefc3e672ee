package dev.tusk.async;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A record entity for the async tests: a named row. */
@Table(name = "async_item")
public record Item(@Id @Generated Long id, String name) {

    public static Item named(String name) {
        return new Item(null, name);
    }
}
