package dev.tusk.examples;

import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;

/** The README tour's composite-key entity. */
// tag::composite[]
@Table(name = "memberships")
public record Membership(@Id long memberId, @Id long projectId, String role) {}
// end::composite[]
