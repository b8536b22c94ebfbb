package org.linli.tenants.privacy;

/** How masked values look: enough to recognise, not enough to use. */
final class Masks {

    private Masks() {
    }

    /** {@code 13812345678 → 138****5678}. */
    static String mobile(String mobile) {
        return keep(mobile, 3, 4);
    }

    /** {@code 320102199001011234 → 3201**********1234}. */
    static String idNumber(String id) {
        return keep(id, 4, 4);
    }

    /** {@code 张三 → 张*}, {@code 欧阳娜娜 → 欧***}. */
    static String name(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** {@code 1950-03-14 → 1950-**-**}. */
    static String date(String isoDate) {
        return isoDate.length() >= 4 ? isoDate.substring(0, 4) + "-**-**" : "****";
    }

    /** {@code 苏A12345 → 苏A***45}. */
    static String plate(String plate) {
        return keep(plate, 2, 2);
    }

    /** The address down to the building; unit and room become stars. */
    static String address(String address) {
        int cut = address.lastIndexOf(' ');
        int secondCut = cut > 0 ? address.lastIndexOf(' ', cut - 1) : -1;
        return secondCut > 0 ? address.substring(0, secondCut) + " ***" : "***";
    }

    static String whole(String value) {
        return "*".repeat(Math.max(1, Math.min(value.length(), 4)));
    }

    private static String keep(String value, int head, int tail) {
        int length = value.codePointCount(0, value.length());
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, length - tail);
        return value.substring(0, headEnd) + "*".repeat(length - head - tail) + value.substring(tailStart);
    }
}
