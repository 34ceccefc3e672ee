package dev.tusk.bench.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Deterministic item rows without keys, the same list for every contender of a trial. */
public final class Items {
    private static final long SEED = 20261122L;
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String[] ADJECTIVES = {"compact", "rugged", "quiet", "wireless", "stainless", "foldable",
        "refurbished", "organic", "heavy-duty", "ergonomic"};
    private static final String[] NOUNS = {"kettle", "backpack", "desk lamp", "headset", "tent", "blender",
        "office chair", "water bottle", "drill", "monitor arm"};

    private Items() {
    }

    /** {@code count} items with varied text lengths, prices with two decimals and microsecond timestamps. */
    public static List<Item> generate(int count) {
        return stream(count).toList();
    }

    /**
     * The same items as {@link #generate}, made one at a time as the stream is consumed, so that a
     * million of them never sit in memory together (the heap probe of {@code copy}).
     */
    public static Stream<Item> stream(long count) {
        SplittableRandom random = new SplittableRandom(SEED);
        return LongStream.range(0, count).mapToObj(number -> next(random, number));
    }

    private static Item next(SplittableRandom random, long number) {
        String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        String name = capitalize(adjective) + " " + noun + " " + (number % 97 + 1);
        String description = "A " + adjective + " " + noun + " for everyday use; ships in "
                + (random.nextInt(9) + 1) + " days from warehouse " + (char) ('A' + random.nextInt(26))
                + (random.nextInt(4) == 0 ? ". Limited stock, no returns after 30 days." : ".");
        return new Item(null,
                "SKU-%08d".formatted(number),
                name,
                random.nextInt(20) == 0 ? null : description,
                random.nextInt(1_000),
                BigDecimal.valueOf(random.nextLong(100, 10_000_000), 2),
                EPOCH.plusSeconds(number).plusNanos(random.nextInt(1_000_000) * 1_000L),
                random.nextInt(4) != 0);
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
