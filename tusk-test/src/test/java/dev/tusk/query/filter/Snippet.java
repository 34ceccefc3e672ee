package dev.tusk.query.filter;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** A line of text holding LIKE's special characters; table {@code qa_snippet}, made by the pattern tests. */
@Table(name = "qa_snippet")
public record Snippet(@Id @Generated Integer id, String body) {}
