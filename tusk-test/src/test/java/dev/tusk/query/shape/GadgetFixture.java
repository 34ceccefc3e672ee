package dev.tusk.query.shape;

/**
 * The {@code gadget} table and its seven rows. Ranks and prices hold NULLs on purpose:
 *
 * <pre>
 * id name   kind   rank price stock
 *  1 anvil  tool      3 10.00     5
 *  2 bolt   tool   null  0.50   100
 *  3 cog    gizmo     1  2.00     0
 *  4 drum   toy    null 15.00     7
 *  5 easel  toy       2  null     1
 *  6 flute  toy       5  8.00     3
 *  7 gear   gizmo     4  2.00    12
 * </pre>
 */
final class GadgetFixture {
    static final String SCHEMA = """
            create type gadget_kind as enum ('tool', 'toy', 'gizmo');
            create table gadget (
              id bigint primary key,
              name text not null,
              kind gadget_kind not null,
              rank integer,
              price numeric(8,2),
              stock integer not null default 0
            );
            insert into gadget values
              (1, 'anvil', 'tool', 3, 10.00, 5),
              (2, 'bolt', 'tool', null, 0.50, 100),
              (3, 'cog', 'gizmo', 1, 2.00, 0),
              (4, 'drum', 'toy', null, 15.00, 7),
              (5, 'easel', 'toy', 2, null, 1),
              (6, 'flute', 'toy', 5, 8.00, 3),
              (7, 'gear', 'gizmo', 4, 2.00, 12);
            """;

    private GadgetFixture() {
    }
}
