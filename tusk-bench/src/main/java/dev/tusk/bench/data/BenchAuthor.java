package dev.tusk.bench.data;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.OneToMany;
import dev.tusk.annotation.Table;
import java.util.List;

/** An author with the slot W6 fills: its posts. */
@Table(schema = "tusk_bench", name = "bench_author")
public record BenchAuthor(@Id long id, String name, @OneToMany(mappedBy = "authorId") List<BenchPost> posts) {}
