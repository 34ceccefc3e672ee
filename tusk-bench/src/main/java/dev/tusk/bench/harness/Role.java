package dev.tusk.bench.harness;

/** What a contender is for in a workload's table. */
public enum Role {
    /** Raw JDBC, the denominator of every ratio. Exactly one per workload. */
    BASELINE("raw (baseline)"),
    /** The baseline's benchmark run a second time in the round: its ratio is the noise floor (A/A). */
    NOISE_FLOOR("raw again (A/A)"),
    /** Another raw variant, shown for context; no bar applies. */
    REFERENCE("raw variant"),
    /** The library under test or a peer; bars apply to these. */
    SUBJECT("library");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
