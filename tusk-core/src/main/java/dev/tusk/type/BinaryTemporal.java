package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The binary forms of PostgreSQL's date and time types, counted from PostgreSQL's epoch
 * 2000-01-01: {@code date} as 32-bit days, {@code timestamp} and {@code timestamptz} as 64-bit
 * microseconds (UTC for timestamptz, so no time zone applies), {@code time} as 64-bit microseconds
 * of the day, {@code interval} as microseconds, days and months.
 *
 * <p>Edge cases, the same as the text codecs': {@code LocalDate.MAX/MIN},
 * {@code LocalDateTime.MAX/MIN}, {@code OffsetDateTime.MAX/MIN} and {@code Instant.MAX/MIN} are
 * written as {@code infinity} / {@code -infinity} (the largest and smallest 32- or 64-bit value);
 * nanoseconds are rounded half up to microseconds; {@code LocalTime.MAX} rounds to
 * {@code 24:00:00}. A finite value too far out for 64-bit microseconds is refused with a
 * {@link ValidationException}; one that fits but lies outside PostgreSQL's range (4713 BC to
 * 294276 AD) is refused by the server. {@link Interval#INFINITY} and
 * {@link Interval#NEGATIVE_INFINITY} are written as their component values, which PostgreSQL 17
 * reads as the infinite intervals.
 */
enum BinaryTemporal implements BinaryEncoder<Object> {
    DATE("date") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            LocalDate date = (LocalDate) value;
            int days;
            if (date.equals(LocalDate.MAX)) {
                days = Integer.MAX_VALUE;
            } else if (date.equals(LocalDate.MIN)) {
                days = Integer.MIN_VALUE;
            } else {
                long count = date.toEpochDay() - EPOCH_DAY;
                if (count <= Integer.MIN_VALUE || count >= Integer.MAX_VALUE) {
                    throw outOfRange("date", date);
                }
                days = (int) count;
            }
            out.writeIntField(days);
        }
    },
    TIME("time") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            out.writeLongField((((LocalTime) value).toNanoOfDay() + 500) / 1000);
        }
    },
    TIMESTAMP("timestamp") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            LocalDateTime timestamp = (LocalDateTime) value;
            long micros;
            if (timestamp.equals(LocalDateTime.MAX)) {
                micros = Long.MAX_VALUE;
            } else if (timestamp.equals(LocalDateTime.MIN)) {
                micros = Long.MIN_VALUE;
            } else {
                micros = micros(timestamp.toEpochSecond(ZoneOffset.UTC), timestamp.getNano(), "timestamp", timestamp);
            }
            out.writeLongField(micros);
        }
    },
    TIMESTAMPTZ("timestamptz") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            OffsetDateTime timestamp = (OffsetDateTime) value;
            long micros;
            if (timestamp.equals(OffsetDateTime.MAX)) {
                micros = Long.MAX_VALUE;
            } else if (timestamp.equals(OffsetDateTime.MIN)) {
                micros = Long.MIN_VALUE;
            } else {
                micros = micros(timestamp.toEpochSecond(), timestamp.getNano(), "timestamp with time zone", timestamp);
            }
            out.writeLongField(micros);
        }
    },
    INSTANT("timestamptz") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Instant instant = (Instant) value;
            long micros;
            if (instant.equals(Instant.MAX)) {
                micros = Long.MAX_VALUE;
            } else if (instant.equals(Instant.MIN)) {
                micros = Long.MIN_VALUE;
            } else {
                micros = micros(instant.getEpochSecond(), instant.getNano(), "timestamp with time zone", instant);
            }
            out.writeLongField(micros);
        }
    },
    INTERVAL("interval") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            Interval interval = (Interval) value;
            writeInterval(interval.microseconds(), interval.days(), interval.months(), out);
        }
    },
    DURATION("interval") {
        @Override
        public void write(Object value, BinaryBuffer out) throws SQLException {
            writeInterval(IntervalText.microsOf((Duration) value), 0, 0, out);
        }
    };

    /** 2000-01-01 in days after 1970-01-01. */
    private static final long EPOCH_DAY = 10_957;
    /** 2000-01-01T00:00Z in seconds after 1970-01-01T00:00Z. */
    private static final long EPOCH_SECOND = 946_684_800;

    private final String typeName;

    BinaryTemporal(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Optional<BinaryEncoder<Object>> forColumn(ColumnType column) {
        return !column.isArray() && column.name().equals(typeName) ? Optional.of(this) : Optional.empty();
    }

    /** Microseconds after 2000-01-01 UTC, rounded half up; never one of the two infinity values. */
    private static long micros(long epochSecond, int nanos, String type, Object value) {
        try {
            long micros = Math.addExact(Math.multiplyExact(epochSecond - EPOCH_SECOND, 1_000_000L), (nanos + 500) / 1000);
            if (micros != Long.MAX_VALUE && micros != Long.MIN_VALUE) {
                return micros;
            }
        } catch (ArithmeticException overflow) {
            // reported below
        }
        throw outOfRange(type, value);
    }

    private static void writeInterval(long micros, int days, int months, BinaryBuffer out) throws SQLException {
        out.writeInt(16);
        out.writeLong(micros);
        out.writeInt(days);
        out.writeInt(months);
    }

    private static ValidationException outOfRange(String type, Object value) {
        return new ValidationException(value + " is outside PostgreSQL's " + type + " range (4713 BC to 294276 AD;"
                + " use the MAX/MIN constants for infinity)");
    }
}
