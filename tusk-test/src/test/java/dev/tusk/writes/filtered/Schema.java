package dev.tusk.writes.filtered;

/** The tables of the filtered-write tests; each test class creates them in its own database. */
final class Schema {
    static final String SQL = """
            create type order_priority as enum ('LOW', 'NORMAL', 'URGENT');
            create table orders (id bigserial primary key, status varchar(12) not null, priority order_priority,
                                 total numeric(10, 2), shipped_at timestamptz, version int not null default 0);
            create table products (id bigserial primary key, name text, price numeric(10, 2), tags text[],
                                   attributes jsonb);
            create table articles (id bigserial primary key, title text, deleted_at timestamptz,
                                   version bigint not null default 0);
            create table notes (id bigserial primary key, body text, deleted_at timestamptz);
            create table comments (id bigserial primary key, article_id bigint, body text, deleted_at timestamptz);
            """;

    static final String EMPTY = "truncate orders, products, articles, notes, comments restart identity";

    private Schema() {
    }
}
