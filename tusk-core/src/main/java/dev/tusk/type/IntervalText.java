package dev.tusk.type;

import dev.tusk.exception.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's interval text. {@link #format} writes the {@code postgres} style, which the server
 * reads back whatever its {@code IntervalStyle}; {@link #parse} reads the {@code postgres},
 * {@code postgres_verbose} and {@code iso_8601} output styles. The {@code sql_standard} style is
 * ambiguous without the session setting and is refused with a message saying so. PostgreSQL 17's
 * infinite intervals map to {@link Interval#INFINITY} and {@link Interval#NEGATIVE_INFINITY}; the
 * positive one is written as its component values (which PostgreSQL 17 stores as infinity, and
 * older servers accept as a finite value), the negative one as {@code -infinity}, its only input form.
 */
final class IntervalText {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    private static final Pattern TIME = Pattern.compile("([+-]?)(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern ISO_PART = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)([YMWDHS])");

    private IntervalText() {
    }

    static String format(Interval interval) {
        if (interval.equals(Interval.NEGATIVE_INFINITY)) {
            return "-infinity";
        }
        StringBuilder text = new StringBuilder();
        if (interval.months() != 0) {
            text.append(interval.months()).append(" mons");
        }
        if (interval.days() != 0) {
            text.append(text.isEmpty() ? "" : " ").append(interval.days()).append(" days");
        }
        if (interval.microseconds() != 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(formatTime(interval.microseconds()));
        }
        return text.toString();
    }

    private static String formatTime(long microseconds) {
        String sign = microseconds < 0 ? "-" : "";
        BigDecimal magnitude = BigDecimal.valueOf(microseconds).abs();
        BigDecimal[] hoursAndRest = magnitude.divideAndRemainder(BigDecimal.valueOf(MICROS_PER_HOUR));
        long rest = hoursAndRest[1].longValueExact();
        long minutes = rest / MICROS_PER_MINUTE;
        long micros = rest % MICROS_PER_MINUTE;
        String time = String.format(Locale.ROOT, "%s%02d:%02d:%02d", sign, hoursAndRest[0].toBigInteger(), minutes,
                micros / MICROS_PER_SECOND);
        long fraction = micros % MICROS_PER_SECOND;
        return fraction == 0 ? time : time + String.format(Locale.ROOT, ".%06d", fraction).replaceAll("0+$", "");
    }

    /** The duration in microseconds; a sub-microsecond rest is rounded half up (toward positive infinity). */
    static long microsOf(Duration duration) {
        long nanos = duration.getNano();
        long micros = Math.addExact(Math.multiplyExact(duration.getSeconds(), MICROS_PER_SECOND), nanos / 1000);
        return nanos % 1000 >= 500 ? Math.addExact(micros, 1) : micros;
    }

    static Interval parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("infinity")) {
            return Interval.INFINITY;
        }
        if (trimmed.equals("-infinity")) {
            return Interval.NEGATIVE_INFINITY;
        }
        try {
            if (trimmed.startsWith("P")) {
                return parseIso(trimmed);
            }
            return parsePostgres(trimmed);
        } catch (ArithmeticException | NumberFormatException overflow) {
            throw unreadable(text, "a field is out of range", overflow);
        }
    }

    private static Interval parsePostgres(String text) {
        boolean verbose = text.startsWith("@");
        String[] tokens = (verbose ? text.substring(1) : text).trim().split("\\s+");
        boolean ago = verbose && tokens[tokens.length - 1].equals("ago");
        long months = 0;
        long days = 0;
        long micros = 0;
        int end = ago ? tokens.length - 1 : tokens.length;
        for (int index = 0; index < end; index++) {
            String token = tokens[index];
            Matcher time = TIME.matcher(token);
            if (time.matches()) {
                micros = Math.addExact(micros, timeMicros(time));
            } else if (index + 1 < end && token.matches("[+-]?\\d+(\\.\\d+)?")) {
                String unit = tokens[++index];
                long[] added = unitValue(text, token, unit);
                months = Math.addExact(months, added[0]);
                days = Math.addExact(days, added[1]);
                micros = Math.addExact(micros, added[2]);
            } else if (!token.isEmpty()) {
                throw unreadable(text, "unexpected '" + token + "'", null);
            }
        }
        if (ago) {
            return new Interval(Math.toIntExact(-months), Math.toIntExact(-days), Math.negateExact(micros));
        }
        return new Interval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    private static long timeMicros(Matcher time) {
        long hours = Long.parseLong(time.group(2));
        long minutes = Long.parseLong(time.group(3));
        long micros = Math.addExact(Math.multiplyExact(hours, MICROS_PER_HOUR), minutes * MICROS_PER_MINUTE);
        micros = Math.addExact(micros, secondsToMicros(time.group(4)));
        return time.group(1).equals("-") ? -micros : micros;
    }

    private static long secondsToMicros(String seconds) {
        return new BigDecimal(seconds).movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** {months, days, micros} for "number unit" in the postgres and postgres_verbose styles. */
    private static long[] unitValue(String text, String number, String unit) {
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return switch (singular) {
            case "year" -> new long[] {Math.multiplyExact(Long.parseLong(number), 12), 0, 0};
            case "mon" -> new long[] {Long.parseLong(number), 0, 0};
            case "day" -> new long[] {0, Long.parseLong(number), 0};
            case "hour" -> new long[] {0, 0, Math.multiplyExact(Long.parseLong(number), MICROS_PER_HOUR)};
            case "min" -> new long[] {0, 0, Math.multiplyExact(Long.parseLong(number), MICROS_PER_MINUTE)};
            case "sec" -> new long[] {0, 0, secondsToMicros(number)};
            default -> throw unreadable(text, "unknown unit '" + unit + "'", null);
        };
    }

    private static Interval parseIso(String text) {
        long months = 0;
        long days = 0;
        long micros = 0;
        boolean inTime = false;
        int position = 1;
        Matcher part = ISO_PART.matcher(text);
        while (position < text.length()) {
            if (text.charAt(position) == 'T') {
                inTime = true;
                position++;
                continue;
            }
            if (!part.find(position) || part.start() != position) {
                throw unreadable(text, "not an ISO 8601 duration", null);
            }
            String number = part.group(1);
            switch (inTime ? "T" + part.group(2) : part.group(2)) {
                case "Y" -> months = Math.addExact(months, Math.multiplyExact(Long.parseLong(number), 12));
                case "M" -> months = Math.addExact(months, Long.parseLong(number));
                case "W" -> days = Math.addExact(days, Math.multiplyExact(Long.parseLong(number), 7));
                case "D" -> days = Math.addExact(days, Long.parseLong(number));
                case "TH" -> micros = Math.addExact(micros, times(number, MICROS_PER_HOUR));
                case "TM" -> micros = Math.addExact(micros, times(number, MICROS_PER_MINUTE));
                case "TS" -> micros = Math.addExact(micros, secondsToMicros(number));
                default -> throw unreadable(text, "unexpected '" + part.group() + "'", null);
            }
            position = part.end();
        }
        return new Interval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }

    private static long times(String number, long unit) {
        return Math.multiplyExact(Long.parseLong(number), unit);
    }

    private static ValidationException unreadable(String text, String problem, Exception cause) {
        return new ValidationException("cannot read the interval '" + text + "': " + problem + "; Tusk reads the"
                + " postgres (default), postgres_verbose and iso_8601 IntervalStyle outputs, so leave"
                + " IntervalStyle at postgres", cause);
    }
}
