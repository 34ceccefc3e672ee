package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.BenchPost;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A hand-written JDBI {@link RowMapper} for {@link BenchPost}, for the same reason as
 * {@link ItemMapper}: it reads the columns W6's post query selects ({@code id, author_id, title,
 * body}) by index, which beat the reflective {@code ConstructorMapper} in the W4 comparison.
 */
final class PostMapper implements RowMapper<BenchPost> {

    @Override
    public BenchPost map(ResultSet row, StatementContext context) throws SQLException {
        return new BenchPost(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4));
    }
}
