package dev.tusk.bench.peer.jdbi;

import dev.tusk.bench.data.Item;
import java.util.List;

/**
 * One W7 answer: a page of items and the number of rows matching the filter on every page.
 *
 * @param items the rows of the page, ordered by key
 * @param total how many rows match the filter
 */
record ItemPage(List<Item> items, long total) {}
