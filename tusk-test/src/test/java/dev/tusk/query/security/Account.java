package dev.tusk.query.security;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The {@code users} table the injection catalogue aims at; made by {@link InjectionCatalogueTest}. */
@Table(name = "users")
public record Account(@Id @Generated Long id,
                      String name,
                      BigDecimal total,
                      @Json Map<String, Object> profile,
                      List<String> tags) {}
