package dev.tusk.query.shape;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** Another table, which a lock on {@link Job} rows cannot name. */
@Table(name = "job_note")
public record JobNote(@Id Integer id, Integer jobId, String text) {}
