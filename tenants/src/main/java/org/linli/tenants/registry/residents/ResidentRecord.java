package org.linli.tenants.registry.residents;

import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.util.Set;

/**
 * A resident as the caller may see them: every personal value already full, masked or absent (null) according to
 * the caller's privacy policy. Sealed values are at most masked here; {@code revealable} names those the caller may
 * reveal one at a time, on purpose. REST responses, console grids and exports are all made from this.
 */
public record ResidentRecord(ResidentId id, HouseholdId household, CommunityId community, Long grid,
                             String address, String name, Gender gender, Relation relation, String birthDate,
                             String mobile, String idNumber, Set<Tag> tags, ResidentStatus status,
                             Set<PersonalField> revealable) {
}
