package dev.tusk.query.filter;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A row with one column of each remaining filterable kind: uuid, nullable boolean, date,
 * timestamptz, jsonb and a primitive. Table {@code qa_gadget}, made by the tests that use it.
 */
@Table(name = "qa_gadget")
public record Gadget(@Id @Generated Long id,
                     String name,
                     UUID serial,
                     Boolean active,
                     LocalDate released,
                     OffsetDateTime checkedAt,
                     @Json Map<String, Object> specs,
                     int stock) {}
