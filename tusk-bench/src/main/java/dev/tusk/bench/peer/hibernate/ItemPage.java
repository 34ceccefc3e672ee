package dev.tusk.bench.peer.hibernate;

import java.util.List;

/**
 * One page of W7 as Hibernate returns it: the entities of the page and the count of every row that
 * matches the filter, which a pager needs to show how many pages there are.
 *
 * @param items        the page's entities, in key order
 * @param matchingRows how many rows match the filter over all pages
 */
public record ItemPage(List<ItemEntity> items, long matchingRows) {
    public ItemPage {
        items = List.copyOf(items);
    }
}
