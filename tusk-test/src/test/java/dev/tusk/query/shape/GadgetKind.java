package dev.tusk.query.shape;

import dev.tusk.annotation.EnumLabel;

/** The PostgreSQL enum {@code gadget_kind}; its sort order is the label order, not the alphabet. */
public enum GadgetKind {
    @EnumLabel("tool") TOOL,
    @EnumLabel("toy") TOY,
    @EnumLabel("gizmo") GIZMO
}
