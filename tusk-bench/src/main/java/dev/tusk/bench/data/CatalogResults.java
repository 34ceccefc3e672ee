package dev.tusk.bench.data;

import dev.tusk.bench.env.BenchEnvironment;
import java.util.List;

/**
 * The last result of each catalogue workload in an iteration, reduced to what {@link Catalog}
 * checks (keys and skus), kept by a benchmark state and checked after the iteration, outside the
 * timing. Recording is a few field writes, so it costs every contender the same.
 */
public final class CatalogResults {
    private Long insertedId;
    private String insertedSku;
    private long foundKey;
    private long foundId;
    private String foundSku;
    private long rangeFirst;
    private List<Item> rangeItems;
    private long renamedKey;
    private String renamedName;
    private int renamedRows;
    private int pageNumber;
    private List<Item> pageItems;
    private long pageTotal;
    private long concurrentBase;
    private List<Item> concurrentItems;

    /** W1: the key and sku of the item just inserted. */
    public void inserted(Item saved) {
        insertedId = saved.id();
        insertedSku = saved.sku();
    }

    /** W3: what was found for {@code key}. */
    public void found(long key, long id, String sku) {
        foundKey = key;
        foundId = id;
        foundSku = sku;
        if (foundSku == null) {
            throw new IllegalStateException("no sku found for key " + key);
        }
    }

    /** W4: the range loaded from {@code first}; read only when checked. */
    public void range(long first, List<Item> items) {
        rangeFirst = first;
        rangeItems = items;
    }

    /** W5: {@code key} renamed to {@code name}, {@code rows} rows updated. */
    public void renamed(long key, String name, int rows) {
        renamedKey = key;
        renamedName = name;
        renamedRows = rows;
    }

    /** W7: page {@code number} as loaded, with the count. */
    public void page(int number, List<Item> items, long total) {
        pageNumber = number;
        pageItems = items;
        pageTotal = total;
    }

    /** W8: every lookup's result in order, the first key number being {@code base}. */
    public void concurrent(long base, List<Item> items) {
        concurrentBase = base;
        concurrentItems = items;
    }

    /** Checks what was recorded since the last call against the catalogue and the table, then forgets it. */
    public void check(BenchEnvironment environment, String contender) {
        if (insertedSku != null) {
            Catalog.expectStored(environment, insertedId, insertedSku, contender);
        }
        if (foundSku != null) {
            Catalog.expectFound(foundKey, foundId, foundSku, contender);
        }
        if (rangeItems != null) {
            Catalog.expectRange(rangeFirst, ids(rangeItems), skus(rangeItems), contender);
        }
        if (renamedName != null) {
            if (renamedRows != 1) {
                throw new IllegalStateException(contender + " updated " + renamedRows + " rows, expected 1");
            }
            Catalog.expectRenamed(environment, renamedKey, renamedName, contender);
        }
        if (pageItems != null) {
            Catalog.expectPage(pageNumber, ids(pageItems), pageTotal, contender);
        }
        if (concurrentItems != null) {
            Catalog.expectConcurrent(concurrentBase, ids(concurrentItems), skus(concurrentItems), contender);
        }
        clear();
    }

    private void clear() {
        insertedSku = null;
        foundSku = null;
        rangeItems = null;
        renamedName = null;
        pageItems = null;
        concurrentItems = null;
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    private static List<String> skus(List<Item> items) {
        return items.stream().map(Item::sku).toList();
    }
}
