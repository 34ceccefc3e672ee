package dev.tusk;

import dev.tusk.exception.ConstraintViolationException;
import dev.tusk.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;

/**
 * Finds which input row a constraint violation of a bulk statement came from. PostgreSQL reports the
 * offending key of unique, foreign key and exclusion violations in its detail,
 * {@code Key (email)=(a@x.io) already exists}; the rows of the failing chunk whose values of those
 * columns print the same text are the candidates. Best effort: a key over an expression or a column
 * the statement did not send, or a value whose text differs between Java and PostgreSQL (time zones,
 * floating point), finds no row, and the violation is left as it was.
 */
final class ViolationLocator {
    private static final Pattern KEY = Pattern.compile("^Key \\((.+?)\\)=\\((.*)\\) (already exists|is not present"
            + "|conflicts with).*", Pattern.DOTALL);
    private static final int MAX_CHAIN = 32;

    private ViolationLocator() {
    }

    /**
     * The violation naming its row (the first candidate; all candidates in the message when several
     * rows hold the key), or unchanged when no row of {@code rows} matches.
     *
     * @param sent the columns the statement sent, the only ones a row can be matched on
     */
    static ConstraintViolationException locate(ConstraintViolationException violation, RowBatch<?> batch, int[] rows,
                                               List<PropertyModel> sent) {
        Optional<String> detail = detailOf(violation);
        if (detail.isEmpty()) {
            return violation;
        }
        Matcher key = KEY.matcher(detail.get());
        if (!key.matches()) {
            return violation;
        }
        List<PropertyModel> columns = new ArrayList<>();
        for (String column : key.group(1).split(", ")) {
            Optional<PropertyModel> property = sent.stream().filter(candidate -> candidate.column().equals(column))
                    .findFirst();
            if (property.isEmpty()) {
                return violation;
            }
            columns.add(property.get());
        }
        List<Integer> matches = new ArrayList<>();
        for (int row : rows) {
            String text = columns.stream().map(column -> String.valueOf(batch.text(row, column)))
                    .collect(Collectors.joining(", "));
            if (text.equals(key.group(2))) {
                matches.add(row);
            }
        }
        if (matches.isEmpty()) {
            return violation;
        }
        if (matches.size() == 1) {
            return violation.atRow(matches.get(0));
        }
        return new ConstraintViolationException(violation.reason() + " (rows " + matches.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " hold this key)", violation.kind(), violation.constraint(),
                violation.table(), violation.column(), matches.get(0), violation.context(), violation.getCause());
    }

    /** The server's detail line, from the driver exception behind the violation. */
    private static Optional<String> detailOf(ConstraintViolationException violation) {
        int seen = 0;
        for (Throwable link = violation.getCause(); link != null && seen++ < MAX_CHAIN; link = link.getCause()) {
            if (link instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getDetail());
            }
        }
        return Optional.empty();
    }
}
