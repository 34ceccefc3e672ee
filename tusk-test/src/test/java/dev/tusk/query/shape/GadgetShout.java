package dev.tusk.query.shape;

/** A projection mixing a {@link Gadget} field with annotation aliases ({@code shout}, {@code name_length}). */
public record GadgetShout(String name, String shout, Integer nameLength) {}
