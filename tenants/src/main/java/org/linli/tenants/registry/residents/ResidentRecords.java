package org.linli.tenants.registry.residents;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.privacy.Disclosed;
import org.linli.tenants.privacy.Disclosure;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.privacy.Visibility;
import org.linli.tenants.registry.structure.Household;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The masked read model of the registry: residents as the caller may see them under their privacy policy, or as a
 * resident sees themselves. One policy lookup and one tag query serve a whole list. It checks no permission itself;
 * the services that use it do.
 */
@Dependent
class ResidentRecords {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    @Inject
    Disclosure disclosure;

    ResidentRecord of(Resident resident) {
        return of(List.of(resident)).get(0);
    }

    List<ResidentRecord> of(List<Resident> residents) {
        return records(residents, disclosure.forCaller());
    }

    /** A resident as they see themselves, whatever a staff policy would hide. */
    ResidentRecord forSelf(Resident resident) {
        return records(List.of(resident), disclosure.forSelf()).get(0);
    }

    private List<ResidentRecord> records(List<Resident> residents, Disclosed disclosed) {
        Map<Long, Set<Tag>> tags = tagsOf(residents.stream().map(r -> r.id().value()).toList());
        Map<Long, String> addresses = addressesOf(residents.stream().map(r -> r.household().value())
                .collect(Collectors.toSet()));
        List<ResidentRecord> records = new ArrayList<>(residents.size());
        boolean reveals = CurrentUser.isPermitted(Permissions.REGISTRY_REVEAL);
        for (Resident resident : residents) {
            String mobile = disclosed.isVisible(PersonalField.MOBILE) ? open(resident.mobileSealed()) : null;
            String idNumber = disclosed.isVisible(PersonalField.ID_NUMBER) ? open(resident.idNumberSealed()) : null;
            String birthDate = disclosed.isVisible(PersonalField.BIRTH_DATE) ? open(resident.birthDateSealed()) : null;
            Set<PersonalField> revealable = EnumSet.noneOf(PersonalField.class);
            if (reveals && mobile != null && disclosed.mayReveal(PersonalField.MOBILE)) {
                revealable.add(PersonalField.MOBILE);
            }
            if (reveals && idNumber != null && disclosed.mayReveal(PersonalField.ID_NUMBER)) {
                revealable.add(PersonalField.ID_NUMBER);
            }
            if (reveals && birthDate != null && disclosed.mayReveal(PersonalField.BIRTH_DATE)) {
                revealable.add(PersonalField.BIRTH_DATE);
            }
            boolean fullInternal = disclosed.visibility(PersonalField.GENDER) == Visibility.FULL;
            records.add(new ResidentRecord(resident.id(), resident.household(), resident.community(),
                    resident.gridId(),
                    disclosed.show(PersonalField.ADDRESS, addresses.get(resident.household().value())),
                    disclosed.show(PersonalField.NAME, resident.name()),
                    fullInternal ? resident.gender() : null,
                    disclosed.visibility(PersonalField.RELATION) == Visibility.FULL
                            ? resident.relation() : null,
                    disclosed.show(PersonalField.BIRTH_DATE, birthDate),
                    disclosed.show(PersonalField.MOBILE, mobile),
                    disclosed.show(PersonalField.ID_NUMBER, idNumber),
                    disclosed.visibility(PersonalField.TAGS) == Visibility.FULL
                            ? tags.getOrDefault(resident.id().value(), Set.of()) : null,
                    resident.status(), Set.copyOf(revealable)));
        }
        return records;
    }

    private Map<Long, Set<Tag>> tagsOf(Collection<Long> residents) {
        if (residents.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from ResidentTag t where t.residentId in :residents", ResidentTag.class)
                .setParameter("residents", residents).getResultList().stream()
                .collect(Collectors.groupingBy(ResidentTag::residentId, Collectors.mapping(ResidentTag::tag,
                        Collectors.toCollection(() -> EnumSet.noneOf(Tag.class)))));
    }

    private Map<Long, String> addressesOf(Collection<Long> households) {
        if (households.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select h from Household h where h.id in :households", Household.class)
                .setParameter("households", households).getResultList().stream()
                .collect(Collectors.toMap(h -> h.id().value(), Household::address));
    }

    Resident find(ResidentId id) {
        TenantContext.require();
        Resident resident = id == null ? null : em.find(Resident.class, id.value());
        if (resident == null) {
            throw DomainException.notFound("resident_not_found");
        }
        return resident;
    }

    String open(String sealed) {
        return vault.open(sealed);
    }
}
