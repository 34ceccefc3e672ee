package dev.tusk.writes.copy;

import dev.tusk.annotation.Column;
import dev.tusk.annotation.Id;
import dev.tusk.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One-dimensional arrays: primitive arrays, lists with NULL elements, object arrays, enum arrays. */
@Table(name = "copy_arrays")
public record ArrayRow(@Id int id, int[] counts, long[] totals, short[] smalls, double[] weights, float[] ratios,
                       boolean[] flags, List<String> words, @Column(type = "varchar(10)[]") List<String> codes,
                       List<String> labels, UUID[] keys, List<BigDecimal> amounts, List<LocalDate> days,
                       List<OffsetDateTime> moments, List<Integer> maybe,
                       @Column(type = "copy_mood[]") List<Mood> moods, List<Mood> moodTexts,
                       List<byte[]> blobs) {
}
