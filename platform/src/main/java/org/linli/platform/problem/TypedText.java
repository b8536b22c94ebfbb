package org.linli.platform.problem;

/**
 * What a person can type. Control characters (U+0000 to U+001F and U+007F to U+009F), unpaired surrogates and
 * Unicode noncharacters (U+FDD0 to U+FDEF and every code point ending in FFFE or FFFF) come only from programs:
 * stored, they break exports, logs, terminals and other systems reading the data, so text holding them is refused.
 * Multi-line text may also hold tabs and line breaks. Paired surrogates (emoji, rare CJK) are text like any other.
 */
public final class TypedText {

    /** The field error code for text holding a character that is not typed. */
    public static final String CODE = "text_characters";

    private TypedText() {
    }

    /** True when every character of {@code text} could have been typed (null is nothing typed, hence fine). */
    public static boolean typable(CharSequence text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return false;
                }
            } else if (Character.isLowSurrogate(c) || !typable(c, multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean typable(char c, boolean multiLine) {
        if (c < 0x20) {
            return multiLine && (c == '\t' || c == '\n' || c == '\r');
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
    }
}
