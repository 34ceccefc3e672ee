package dev.tusk.writes.filtered;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Json;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A class entity without a version, for filtered writes that fill instances. */
@Table(name = "products")
public class Product {
    @Id
    @Generated
    Long id;
    String name;
    BigDecimal price;
    List<String> tags;
    @Json
    Map<String, Object> attributes;

    Product() {
    }

    Product(String name, String price) {
        this.name = name;
        this.price = new BigDecimal(price);
        this.tags = List.of();
        this.attributes = Map.of();
    }
}
