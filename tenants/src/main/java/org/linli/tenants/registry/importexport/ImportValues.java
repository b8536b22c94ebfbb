package org.linli.tenants.registry.importexport;

import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the cell values people put in resident lists, in Chinese or English. */
final class ImportValues {

    private static final Map<String, Gender> GENDERS = Map.of("男", Gender.MALE, "女", Gender.FEMALE,
            "m", Gender.MALE, "f", Gender.FEMALE, "male", Gender.MALE, "female", Gender.FEMALE);

    private static final Map<String, Relation> RELATIONS = Map.ofEntries(
            Map.entry("户主", Relation.HEAD), Map.entry("本人", Relation.HEAD), Map.entry("配偶", Relation.SPOUSE),
            Map.entry("妻子", Relation.SPOUSE), Map.entry("丈夫", Relation.SPOUSE), Map.entry("子女", Relation.CHILD),
            Map.entry("儿子", Relation.CHILD), Map.entry("女儿", Relation.CHILD), Map.entry("父母", Relation.PARENT),
            Map.entry("父亲", Relation.PARENT), Map.entry("母亲", Relation.PARENT),
            Map.entry("祖父母", Relation.GRANDPARENT), Map.entry("孙子女", Relation.GRANDCHILD),
            Map.entry("兄弟姐妹", Relation.SIBLING), Map.entry("租户", Relation.TENANT), Map.entry("其他", Relation.OTHER));

    private static final Map<String, Tag> TAGS = Map.of("独居老人", Tag.ELDERLY_ALONE, "空巢老人", Tag.ELDERLY_ALONE,
            "残疾", Tag.DISABLED, "残疾人", Tag.DISABLED, "低保", Tag.LOW_INCOME, "低保户", Tag.LOW_INCOME,
            "志愿者", Tag.VOLUNTEER, "退役军人", Tag.VETERAN, "党员", Tag.PARTY_MEMBER);

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private ImportValues() {
    }

    static Optional<Gender> gender(String text) {
        String key = text.strip();
        return Optional.ofNullable(GENDERS.get(key.toLowerCase(Locale.ROOT)))
                .or(() -> parseEnum(Gender.class, key));
    }

    static Optional<Relation> relation(String text) {
        String key = text.strip();
        return Optional.ofNullable(RELATIONS.get(key)).or(() -> parseEnum(Relation.class, key));
    }

    /** Tags separated by comma, semicolon, 、 or space; empty when one of them is unknown. */
    static Optional<Set<Tag>> tags(String text) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String part : text.split("[,;，；、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Tag> tag = Optional.ofNullable(TAGS.get(part.strip())).or(() -> parseEnum(Tag.class, part));
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            tags.add(tag.get());
        }
        return Optional.of(tags);
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing dates
            }
        }
        return Optional.empty();
    }

    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "业主");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");

    /** 是/否 (yes/no) as a flag; empty when the text is neither. */
    static Optional<Boolean> flag(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return YES.contains(key) ? Optional.of(true) : NO.contains(key) ? Optional.of(false) : Optional.empty();
    }

    /** A floor area in m² with at most two decimals, above zero and below a million; empty otherwise. */
    static Optional<BigDecimal> area(String text) {
        try {
            BigDecimal area = new BigDecimal(text.strip().replace("m²", "").replace("㎡", "")
                    .strip());
            return area.signum() > 0 && area.scale() <= 2 && area.compareTo(BigDecimal.valueOf(1_000_000)) < 0
                    ? Optional.of(area.setScale(2)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A share in percent ("50", "33.33", "50%") as basis points, above 0 and at most 100 %; empty otherwise. */
    static Optional<Integer> share(String text) {
        try {
            BigDecimal percent = new BigDecimal(text.strip().replace("%", "").replace("％", "")
                    .strip());
            if (percent.signum() <= 0 || percent.scale() > 2 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                return Optional.empty();
            }
            return Optional.of(percent.movePointRight(2).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
