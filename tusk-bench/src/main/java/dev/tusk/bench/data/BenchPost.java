package dev.tusk.bench.data;

import dev.tusk.annotation.ForeignKey;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A post of W6. */
@Table(schema = "tusk_bench", name = "bench_post")
public record BenchPost(@Id long id, @ForeignKey(references = BenchAuthor.class) long authorId, String title,
                        String body) {}
