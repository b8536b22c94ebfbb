package org.linli.tenants.registry.importexport;

import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A row that passed every check, with its values normalised, ready to be written. */
record ImportRow(int row, String community, String building, String unit, String room, String name,
                 String mobile, String idNumber, LocalDate birthDate, Gender gender, Relation relation,
                 Set<Tag> tags, BigDecimal floorArea, Integer ownershipShare) {

    /** Whether the row names an owner of the home; their share is then in basis points (10000 = 100 %). */
    boolean owner() {
        return ownershipShare != null;
    }

    String householdKey() {
        return String.join("\u0000", community, building, unit, room);
    }
}
