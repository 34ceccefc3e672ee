package dev.tusk.query;

/**
 * A window frame: {@code ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}.
 *
 * <pre>{@code
 * Frame.rows(Frame.Bound.unboundedPreceding(), Frame.Bound.currentRow())
 * Frame.range(Frame.Bound.preceding(3), Frame.Bound.following(3))
 * }</pre>
 */
public record Frame(Kind kind, Bound start, Bound end) {

    /** The frame unit. */
    public enum Kind { ROWS, RANGE, GROUPS }

    public Frame {
        if (kind == null || start == null || end == null) {
            throw new dev.tusk.exception.ValidationException("a window frame needs a kind, a start and an end");
        }
    }

    public static Frame rows(Bound start, Bound end) {
        return new Frame(Kind.ROWS, start, end);
    }

    public static Frame range(Bound start, Bound end) {
        return new Frame(Kind.RANGE, start, end);
    }

    public static Frame groups(Bound start, Bound end) {
        return new Frame(Kind.GROUPS, start, end);
    }

    /** One end of a frame; {@code offset} is used by PRECEDING and FOLLOWING only. */
    public record Bound(Type type, long offset) {
        /** The kinds of frame bound. */
        public enum Type { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

        public Bound {
            if (offset < 0) {
                throw new dev.tusk.exception.ValidationException("frame offset must not be negative, got " + offset);
            }
        }

        public static Bound unboundedPreceding() {
            return new Bound(Type.UNBOUNDED_PRECEDING, 0);
        }

        public static Bound preceding(long rows) {
            return new Bound(Type.PRECEDING, rows);
        }

        public static Bound currentRow() {
            return new Bound(Type.CURRENT_ROW, 0);
        }

        public static Bound following(long rows) {
            return new Bound(Type.FOLLOWING, rows);
        }

        public static Bound unboundedFollowing() {
            return new Bound(Type.UNBOUNDED_FOLLOWING, 0);
        }
    }
}
