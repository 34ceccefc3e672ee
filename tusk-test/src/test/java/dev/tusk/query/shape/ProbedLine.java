package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/**
 * A view whose {@code produced} column calls {@code nextval('produced')} for each row the server
 * computes: sequences are not transactional, so another session sees how many rows the server
 * has produced so far.
 */
@Table(name = "probed_line")
public record ProbedLine(@Id Integer id, String body, Long produced) {}
