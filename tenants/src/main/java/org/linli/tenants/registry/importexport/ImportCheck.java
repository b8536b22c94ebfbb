package org.linli.tenants.registry.importexport;

import org.linli.tenants.registry.residents.ContactRules;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.IdNumber;
import org.linli.tenants.registry.residents.Ownership;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the rows of a resident list without touching the database: required cells, formats (mobile, ID number
 * with its check character, dates), consistency (birth date against the ID number) and duplicates inside the file.
 * Each row either becomes an {@link ImportRow} or yields problems; nothing is guessed. What the registry already
 * holds is told afterwards: residents already registered ({@link #refuseAsDuplicates}) and the owners' shares already
 * recorded for a home ({@link #refuseBeyondRecordedShares}).
 */
final class ImportCheck {

    static final int MAX_ROWS = 50_000;

    private final Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
    private final List<ImportRow> valid = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> idNumbers = new HashMap<>();
    private final Map<String, Integer> mobiles = new HashMap<>();
    private final Map<String, Integer> shares = new HashMap<>();
    private final LocalDate today;
    private int invalid;
    private int duplicates;

    /** Reads the header; missing required columns are a problem of row 1 and stop the check. */
    ImportCheck(List<String> header, LocalDate today) {
        this.today = today;
        for (int i = 0; i < header.size(); i++) {
            final int position = i;
            ImportColumn.of(header.get(i)).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(ImportProblem.of(1, column, "column_missing", column.header()));
            }
        }
    }

    boolean headerOk() {
        return problems.isEmpty();
    }

    /** Checks one data row; {@code row} is its number in the spreadsheet (the header being row 1). */
    void check(int row, List<String> cells) {
        List<ImportProblem> found = new ArrayList<>();
        String community = required(row, cells, ImportColumn.COMMUNITY, 100, found);
        String building = required(row, cells, ImportColumn.BUILDING, 50, found);
        String unit = required(row, cells, ImportColumn.UNIT, 50, found);
        String room = required(row, cells, ImportColumn.ROOM, 20, found);
        String name = required(row, cells, ImportColumn.NAME, 50, found);

        String mobile = optional(cells, ImportColumn.MOBILE).map(text -> ContactRules.mobile(text).orElseGet(() -> {
            found.add(ImportProblem.of(row, ImportColumn.MOBILE, "mobile_format"));
            return null;
        })).orElse(null);
        String idNumber = optional(cells, ImportColumn.ID_NUMBER).map(text -> IdNumber.normalise(text)
                .orElseGet(() -> {
                    found.add(ImportProblem.of(row, ImportColumn.ID_NUMBER, "id_number_format"));
                    return null;
                })).orElse(null);
        LocalDate birth = optional(cells, ImportColumn.BIRTH_DATE).map(text -> ImportValues.date(text)
                .orElseGet(() -> {
                    found.add(ImportProblem.of(row, ImportColumn.BIRTH_DATE, "date_format"));
                    return null;
                })).orElse(null);
        Gender gender = optional(cells, ImportColumn.GENDER).map(text -> ImportValues.gender(text).orElseGet(() -> {
            found.add(ImportProblem.of(row, ImportColumn.GENDER, "one_of", "男, 女"));
            return null;
        })).orElse(null);
        Relation relation = optional(cells, ImportColumn.RELATION).map(text -> ImportValues.relation(text)
                .orElseGet(() -> {
                    found.add(ImportProblem.of(row, ImportColumn.RELATION, "one_of", "户主, 配偶, 子女, 父母, 其他"));
                    return null;
                })).orElse(null);
        Set<Tag> tags = optional(cells, ImportColumn.TAGS).map(text -> ImportValues.tags(text).orElseGet(() -> {
            found.add(ImportProblem.of(row, ImportColumn.TAGS, "one_of", "独居老人, 残疾, 低保, 志愿者, 退役军人, 党员"));
            return Set.<Tag>of();
        })).orElse(Set.of());

        BigDecimal area = optional(cells, ImportColumn.FLOOR_AREA).map(text -> ImportValues.area(text)
                .orElseGet(() -> {
                    found.add(ImportProblem.of(row, ImportColumn.FLOOR_AREA, "floor_area_format"));
                    return null;
                })).orElse(null);
        Integer share = ownershipShare(row, cells, found);
        if (idNumber != null) {
            LocalDate fromId = IdNumber.birthDate(idNumber).orElseThrow();
            if (birth != null && !birth.equals(fromId)) {
                found.add(ImportProblem.of(row, ImportColumn.BIRTH_DATE, "birth_date_mismatch"));
            }
            birth = fromId;
            Gender fromIdGender = IdNumber.gender(idNumber);
            if (gender != null && gender != fromIdGender) {
                found.add(ImportProblem.of(row, ImportColumn.GENDER, "gender_mismatch"));
            }
            gender = fromIdGender;
        }
        if (birth != null && birth.isAfter(today)) {
            found.add(ImportProblem.of(row, ImportColumn.BIRTH_DATE, "birth_date_future"));
        }
        boolean duplicate = false;
        if (found.isEmpty() && idNumber != null && idNumbers.containsKey(idNumber)) {
            found.add(ImportProblem.of(row, ImportColumn.ID_NUMBER, "duplicate_in_file", idNumbers.get(idNumber)));
            duplicate = true;
        }
        String home = String.join("\u0000", community, building, unit, room);
        if (found.isEmpty() && share != null && shares.getOrDefault(home, 0) + share > Ownership.WHOLE) {
            found.add(ImportProblem.of(row, ImportColumn.OWNERSHIP_SHARE, "ownership_share_exceeded"));
        }
        if (found.isEmpty() && mobile != null && mobiles.containsKey(mobile)) {
            found.add(ImportProblem.of(row, ImportColumn.MOBILE, "duplicate_in_file", mobiles.get(mobile)));
            duplicate = true;
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            invalid++;
            if (duplicate) {
                duplicates++;
            }
            return;
        }
        if (idNumber != null) {
            idNumbers.put(idNumber, row);
        }
        if (mobile != null) {
            mobiles.put(mobile, row);
        }
        if (share != null) {
            shares.merge(home, share, Integer::sum);
        }
        valid.add(new ImportRow(row, community, building, unit, room, name, mobile, idNumber, birth, gender,
                relation, tags, area, share));
    }

    /** Refuses valid rows after all, because the registry already has their ID number or mobile. */
    void refuseAsDuplicates(Map<ImportRow, ImportProblem> refused) {
        valid.removeIf(refused::containsKey);
        problems.addAll(refused.values());
        invalid += refused.size();
        duplicates += refused.size();
    }

    /**
     * Refuses valid rows whose owner's share, added to the shares the registry already records for the home (owners
     * recorded on the console or by an earlier import, keyed by {@link ImportRow#householdKey()}) and to the rows of
     * the file before it, would give the home's owners more than the whole.
     */
    void refuseBeyondRecordedShares(Map<String, Integer> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        Map<String, Integer> owned = new HashMap<>(recorded);
        List<ImportRow> refused = new ArrayList<>();
        for (ImportRow row : valid) {
            String home = row.householdKey();
            if (row.ownershipShare() == null || !owned.containsKey(home)) {
                continue;
            }
            int together = owned.get(home) + row.ownershipShare();
            if (together > Ownership.WHOLE) {
                refused.add(row);
                problems.add(ImportProblem.of(row.row(), ImportColumn.OWNERSHIP_SHARE, "ownership_share_exceeded"));
            } else {
                owned.put(home, together);
            }
        }
        valid.removeAll(refused);
        invalid += refused.size();
    }

    List<ImportRow> valid() {
        return valid;
    }

    List<ImportProblem> problems() {
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return problems;
    }

    int invalid() {
        return invalid;
    }

    int duplicates() {
        return duplicates;
    }

    /**
     * The owner's share in basis points when the row says the resident owns the home; an owner needs a share, and
     * a share without the owner flag (or with 否) is refused rather than guessed.
     */
    private Integer ownershipShare(int row, List<String> cells, List<ImportProblem> found) {
        Optional<String> ownerText = optional(cells, ImportColumn.OWNER);
        Optional<String> shareText = optional(cells, ImportColumn.OWNERSHIP_SHARE);
        Optional<Boolean> flag = ownerText.isEmpty() ? Optional.of(false) : ImportValues.flag(ownerText.get());
        if (flag.isEmpty()) {
            found.add(ImportProblem.of(row, ImportColumn.OWNER, "one_of", "是, 否"));
        }
        Boolean owner = flag.orElse(null);
        Integer share = shareText.map(text -> ImportValues.share(text).orElseGet(() -> {
            found.add(ImportProblem.of(row, ImportColumn.OWNERSHIP_SHARE, "ownership_share_format"));
            return null;
        })).orElse(null);
        if (Boolean.TRUE.equals(owner) && shareText.isEmpty()) {
            found.add(ImportProblem.of(row, ImportColumn.OWNERSHIP_SHARE, "required"));
        } else if (Boolean.FALSE.equals(owner) && shareText.isPresent()) {
            found.add(ImportProblem.of(row, ImportColumn.OWNER, "ownership_share_without_owner"));
        }
        return Boolean.TRUE.equals(owner) ? share : null;
    }

    private String required(int row, List<String> cells, ImportColumn column, int maxLength,
                            List<ImportProblem> found) {
        Optional<String> value = optional(cells, column);
        if (value.isEmpty()) {
            found.add(ImportProblem.of(row, column, "required"));
            return null;
        }
        if (value.get().length() > maxLength) {
            found.add(ImportProblem.of(row, column, "size", 1, maxLength));
            return null;
        }
        return value.get();
    }

    private Optional<String> optional(List<String> cells, ImportColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= cells.size() || cells.get(position) == null) {
            return Optional.empty();
        }
        String value = cells.get(position).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
