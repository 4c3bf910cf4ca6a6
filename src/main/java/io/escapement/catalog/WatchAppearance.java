package io.escapement.catalog;

import java.util.List;

/**
 * How a reference looks, in enough detail to draw it: used by the procedural photo painter for
 * demo listings. Colours are CSS hex strings such as {@code #1a1a1a}.
 *
 * @param bezelColours one colour, or two for split bezels such as the "Pepsi" GMT (top half first)
 * @param subdials number of chronograph sub-dials: 0, 2 or 3
 */
public record WatchAppearance(
        CaseShape caseShape,
        String dialColour,
        Bezel bezel,
        List<String> bezelColours,
        Indices indices,
        Hands hands,
        int subdials,
        boolean date,
        Bracelet bracelet,
        String braceletColour) {

    public enum CaseShape {
        ROUND,
        CUSHION,
        SQUARE,
        RECTANGLE,
        TONNEAU,
        OCTAGON
    }

    public enum Bezel {
        SMOOTH,
        FLUTED,
        DIVER,
        GMT,
        TACHYMETER,
        OCTAGONAL_SCREWS,
        NONE
    }

    public enum Indices {
        BATON,
        ARABIC,
        ROMAN,
        DOT,
        DIAMOND
    }

    public enum Hands {
        MERCEDES,
        SWORD,
        DAUPHINE,
        BATON,
        LEAF,
        SNOWFLAKE
    }

    public enum Bracelet {
        OYSTER,
        JUBILEE,
        PRESIDENT,
        INTEGRATED,
        LEATHER,
        RUBBER,
        MESH,
        NATO
    }
}
