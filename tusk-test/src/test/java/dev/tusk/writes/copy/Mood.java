package dev.tusk.writes.copy;

import dev.tusk.annotation.EnumLabel;

/** Stored in the PostgreSQL enum {@code copy_mood} ('happy', 'so-so', 'grumpy') or as text. */
public enum Mood { HAPPY, @EnumLabel("so-so") SO_SO, GRUMPY }
