package dev.tusk.examples;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Default;
import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Index;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The README tour's main entity: a record. */
// tag::entity[]
@Table(name = "members")
@Index(columns = {"email"}, unique = true)
public record Member(@Id @Generated Long id,
                     @Column(length = 40, nullable = false) String username,
                     String email,
                     int age,
                     @Default("true") Boolean active,
                     @Default("now()") OffsetDateTime joinedAt,
                     @Json Map<String, Object> settings,
                     List<String> tags,
                     @Version int version) {}
// end::entity[]
