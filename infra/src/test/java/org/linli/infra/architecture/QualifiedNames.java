package org.linli.infra.architecture;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds fully qualified type names in Java source, outside comments and literals, where they are code. */
final class QualifiedNames {

    /** A package of lower-case segments, then a capitalised type name: {@code java.util.List}. */
    static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.@])((?:java|javax|jakarta|org|com|net)(?:\\.[a-z_][a-z0-9_]*)*)\\.([A-Z]\\w*)");

    private QualifiedNames() {
    }

    /**
     * The source without comments, string and character literals, text blocks, and the package and import lines
     * (the one place where qualified names belong).
     */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = until(source, "\n", i + 2) - 1;
            } else if (source.startsWith("/*", i)) {
                i = until(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = until(source, "\"\"\"", i + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                i = endOfLiteral(source, i);
            } else {
                code.append(source.charAt(i));
            }
            i++;
        }
        return code.toString().lines().filter(line -> !line.startsWith("package ") && !line.startsWith("import "))
                .collect(Collectors.joining("\n"));
    }

    static boolean inJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The index of the last character of {@code end} at or after {@code from}, or the source's end. */
    private static int until(String source, String end, int from) {
        int found = source.indexOf(end, from);
        return found < 0 ? source.length() : found + end.length() - 1;
    }

    private static int endOfLiteral(String source, int open) {
        char quote = source.charAt(open);
        int i = open + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
