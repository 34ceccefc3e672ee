package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * PostgreSQL's date and time text in the ISO {@code DateStyle} (the one pgjdbc insists on):
 * {@code 2024-01-05}, {@code 0044-03-15 BC}, {@code 10:00:00.5}, {@code 24:00:00},
 * {@code 2024-01-05 10:00:00+05:30}, {@code infinity}. Years before 1 AD are written with
 * {@code BC} (ISO year 0 is 1 BC). Fractions are rounded half up to microseconds, PostgreSQL's
 * precision, as pgjdbc does; a time that rounds past midnight is {@code 24:00:00}, which reads back
 * as {@link LocalTime#MAX} (pgjdbc's mapping too).
 */
final class PgDateTimeText {
    private PgDateTimeText() {
    }

    static String formatDate(LocalDate date) {
        if (date.equals(LocalDate.MAX)) {
            return "infinity";
        }
        if (date.equals(LocalDate.MIN)) {
            return "-infinity";
        }
        int year = date.getYear();
        String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year <= 0 ? 1 - year : year, date.getMonthValue(),
                date.getDayOfMonth());
        return year <= 0 ? text + " BC" : text;
    }

    static String formatTime(LocalTime time) {
        long micros = (time.toNanoOfDay() + 500) / 1000;
        if (micros >= 86_400_000_000L) {
            return "24:00:00";
        }
        return formatMicrosOfDay(micros);
    }

    static String formatTimestamp(LocalDateTime timestamp) {
        if (timestamp.equals(LocalDateTime.MAX)) {
            return "infinity";
        }
        if (timestamp.equals(LocalDateTime.MIN)) {
            return "-infinity";
        }
        LocalDateTime rounded = timestamp.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        String date = formatDate(rounded.toLocalDate());
        String time = formatMicrosOfDay(rounded.toLocalTime().toNanoOfDay() / 1000);
        return date.endsWith(" BC") ? date.substring(0, date.length() - 3) + " " + time + " BC" : date + " " + time;
    }

    static String formatTimestamptz(OffsetDateTime timestamp) {
        if (timestamp.equals(OffsetDateTime.MAX)) {
            return "infinity";
        }
        if (timestamp.equals(OffsetDateTime.MIN)) {
            return "-infinity";
        }
        String local = formatTimestamp(timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        return local.endsWith(" BC") ? local.substring(0, local.length() - 3) + "+00 BC" : local + "+00";
    }

    private static String formatMicrosOfDay(long micros) {
        long seconds = micros / 1_000_000;
        String text = String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        long fraction = micros % 1_000_000;
        return fraction == 0 ? text : text + String.format(Locale.ROOT, ".%06d", fraction).replaceAll("0+$", "");
    }

    static LocalDate parseDate(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("infinity")) {
            return LocalDate.MAX;
        }
        if (trimmed.equals("-infinity")) {
            return LocalDate.MIN;
        }
        boolean bc = trimmed.endsWith(" BC");
        return dateOf(bc ? trimmed.substring(0, trimmed.length() - 3) : trimmed, bc, text);
    }

    static LocalTime parseTime(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("24:00:00")) {
            return LocalTime.MAX;
        }
        try {
            return LocalTime.parse(trimmed);
        } catch (RuntimeException malformed) {
            throw Unreadable.value("time", text, malformed);
        }
    }

    static LocalDateTime parseTimestamp(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("infinity")) {
            return LocalDateTime.MAX;
        }
        if (trimmed.equals("-infinity")) {
            return LocalDateTime.MIN;
        }
        boolean bc = trimmed.endsWith(" BC");
        String body = bc ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
        int space = body.indexOf(' ') >= 0 ? body.indexOf(' ') : body.indexOf('T');
        if (space < 0) {
            throw Unreadable.value("timestamp", text, null);
        }
        return LocalDateTime.of(dateOf(body.substring(0, space), bc, text), parseTime(body.substring(space + 1)));
    }

    /** The instant at UTC offset, whatever the offset in the text (the session's TimeZone decides it). */
    static OffsetDateTime parseTimestamptz(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("infinity")) {
            return OffsetDateTime.MAX;
        }
        if (trimmed.equals("-infinity")) {
            return OffsetDateTime.MIN;
        }
        boolean bc = trimmed.endsWith(" BC");
        String body = bc ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
        int sign = Math.max(body.lastIndexOf('+'), body.lastIndexOf('-'));
        int timeStart = Math.max(body.indexOf(' '), body.indexOf('T'));
        if (timeStart < 0 || sign < timeStart) {
            throw Unreadable.value("timestamp with time zone", text, null);
        }
        ZoneOffset offset = offsetOf(body.substring(sign), text);
        LocalDateTime local = parseTimestamp(body.substring(0, sign) + (bc ? " BC" : ""));
        return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ZoneOffset offsetOf(String text, String whole) {
        String[] parts = text.substring(1).split(":");
        try {
            int hours = Integer.parseInt(parts[0]);
            int minutes = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int seconds = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            int signum = text.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutesSeconds(signum * hours, signum * minutes, signum * seconds);
        } catch (RuntimeException malformed) {
            throw Unreadable.value("timestamp with time zone", whole, malformed);
        }
    }

    private static LocalDate dateOf(String text, boolean bc, String whole) {
        String[] parts = text.split("-");
        if (parts.length != 3) {
            throw Unreadable.value("date", whole, null);
        }
        try {
            int year = Integer.parseInt(parts[0]);
            return LocalDate.of(bc ? 1 - year : year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException malformed) {
            throw new ValidationException("'" + whole + "' is not a valid date, or is outside Java's LocalDate"
                    + " range", malformed);
        }
    }
}
