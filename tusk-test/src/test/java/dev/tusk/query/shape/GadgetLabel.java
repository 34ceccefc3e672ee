package dev.tusk.query.shape;

/** A projection of {@link Gadget}: two of its fields, by name. */
public record GadgetLabel(Long id, String name) {}
