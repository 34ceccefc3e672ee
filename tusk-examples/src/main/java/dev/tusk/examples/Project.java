package dev.tusk.examples;

import dev.tusk.annotation.Generated;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import dev.tusk.annotation.Version;

/** The README tour's class entity: changed in place by writes. */
// tag::class-entity[]
@Table(name = "projects")
public class Project {
    @Id @Generated Long id;
    String name;
    @Version long version;

    Project() {}                               // Tusk needs a no-arg constructor (it may be private)

    Project(String name) { this.name = name; }
}
// end::class-entity[]
