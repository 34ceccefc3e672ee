package dev.tusk.writes.filtered;

/** The PostgreSQL enum {@code order_priority}. */
public enum Priority { LOW, NORMAL, URGENT }
