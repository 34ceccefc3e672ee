package dev.tusk.query;

/** A part of a date or time, for {@code extract} and {@code dateTrunc}. */
public enum DateUnit {
    MICROSECONDS, MILLISECONDS, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY, MILLENNIUM,
    /** Day of week, Sunday = 0 (extract only). */
    DOW,
    /** Day of year (extract only). */
    DOY,
    /** Seconds since 1970-01-01 (extract only). */
    EPOCH;

    /** The unit as PostgreSQL spells it. */
    public String sql() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
