package org.linli.tenants.registry.residents;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.privacy.Disclosed;
import org.linli.tenants.privacy.Disclosure;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.privacy.Visibility;
import org.linli.tenants.registry.RegistryEvent;
import org.linli.tenants.registry.RegistryEventKind;
import org.linli.tenants.registry.grids.GridId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people of the registry. Sensitive values are sealed on the way in and disclosed on the way out according to
 * the caller's privacy policy ({@link ResidentRecord}); a full read of one is a separate, purposeful and audited
 * act ({@link #reveal}) that the resident can see later. Identity numbers and mobile numbers are unique per tenant.
 */
@ApplicationService
public class ResidentService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    PersonalDataVault vault;

    @Inject
    Disclosure disclosure;

    @Inject
    Clock clock;

    @Inject
    UserService users;

    /** Filters for the resident search; every part is optional. {@code text}: a name part, a mobile or ID number. */
    public record ResidentFilter(String text, CommunityId community, Long grid, Tag tag, ResidentStatus status,
                                 HouseholdId household) {

        public static ResidentFilter all() {
            return new ResidentFilter(null, null, null, null, null, null);
        }
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<ResidentRecord> search(ResidentFilter filter, PageRequest page) {
        TenantContext.require();
        PagedQuery<Resident> query = PagedQuery.of(em, Resident.class, "r");
        String text = filter.text() == null ? "" : filter.text().trim();
        Optional<String> mobile = ContactRules.mobile(text);
        Optional<String> idNumber = IdNumber.normalise(text);
        if (mobile.isPresent()) {
            query.filter("r.mobileIndex = :mobile", "mobile", vault.index(mobile.get()));
        } else if (idNumber.isPresent()) {
            query.filter("r.idNumberIndex = :idNumber", "idNumber", vault.index(idNumber.get()));
        } else {
            query.filter("r.name like :name", "name", text.isEmpty() ? null : "%" + text + "%");
        }
        Page<Resident> found = query
                .filter("r.communityId = :community", "community",
                        filter.community() == null ? null : filter.community().value())
                .filter("r.gridId = :grid", "grid", filter.grid())
                .filter("r.householdId = :household", "household",
                        filter.household() == null ? null : filter.household().value())
                .filter("r.status = :status", "status", filter.status())
                .filter("exists (select t.id from ResidentTag t where t.residentId = r.id and t.tag = :tag)", "tag",
                        filter.tag())
                .page("r.name, r.id", page);
        return Page.of(records(found.items()), found.total(), page);
    }

    /** How many active residents match the target, per grid (null: not in a grid), e.g. for completion rates. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Map<Long, Long> countByGrid(CommunityId community, GridId grid, Tag tag) {
        TenantContext.require();
        StringBuilder jpql = new StringBuilder("select r.gridId, count(r) from Resident r where r.status = :active");
        if (community != null) {
            jpql.append(" and r.communityId = :community");
        }
        if (grid != null) {
            jpql.append(" and r.gridId = :grid");
        }
        if (tag != null) {
            jpql.append(" and exists (select t.id from ResidentTag t where t.residentId = r.id and t.tag = :tag)");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql + " group by r.gridId", Object[].class)
                .setParameter("active", ResidentStatus.ACTIVE);
        if (community != null) {
            query.setParameter("community", community.value());
        }
        if (grid != null) {
            query.setParameter("grid", grid.value());
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public ResidentRecord get(ResidentId id) {
        return records(List.of(find(id))).get(0);
    }

    @Audited("resident.create")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord create(ResidentCommands.NewResident command) {
        return add(command, ResidentStatus.ACTIVE, null);
    }

    /** A self-registered resident, waiting for an operator to verify them, linked to their new account. */
    @Audited("resident.create-pending")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord createPending(ResidentCommands.NewResident command, UserId account) {
        return add(command, ResidentStatus.PENDING, account.value());
    }

    @Audited("resident.verify")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord verify(@AuditTarget ResidentId id) {
        Resident resident = find(id);
        resident.verify();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_VERIFIED, id, null, resident.household(),
                CurrentUser.username(), clock.instant()));
        return records(List.of(resident)).get(0);
    }

    private ResidentRecord add(ResidentCommands.NewResident command, ResidentStatus status, Long account) {
        TenantContext.require();
        validator.validate(command);
        Household household = em.find(Household.class, command.household().value());
        if (household == null) {
            throw DomainException.notFound("household_not_found");
        }
        if (!household.isActive()) {
            throw DomainException.conflict("household_inactive");
        }
        Identity identity = identity(command.mobile(), command.idNumber(), command.birthDate(), null);
        Resident resident = new Resident(household, command.name().trim(), status, clock.instant());
        resident.describe(command.name().trim(), Optional.ofNullable(command.gender()).orElse(identity.gender()),
                command.relation());
        apply(resident, identity);
        if (account != null) {
            resident.linkAccount(account);
        }
        em.persist(resident);
        flushUnique();
        replaceTags(resident.id(), command.tags());
        return records(List.of(resident)).get(0);
    }

    @Audited("resident.update")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord update(@AuditTarget ResidentId id, ResidentCommands.ResidentChanges changes) {
        validator.validate(changes);
        Resident resident = find(id);
        Identity current = new Identity(open(resident.mobileSealed()), open(resident.idNumberSealed()),
                Optional.ofNullable(open(resident.birthDateSealed())).map(LocalDate::parse).orElse(null), null);
        Identity identity = identity(
                changes.mobile() != null ? changes.mobile() : current.mobile(),
                changes.idNumber() != null ? changes.idNumber() : current.idNumber(),
                changes.birthDate() != null ? changes.birthDate() : current.birthDate(), resident.id());
        resident.describe(changes.name() != null ? changes.name().trim() : resident.name(),
                changes.gender() != null ? changes.gender() : resident.gender(),
                changes.relation() != null ? changes.relation() : resident.relation());
        apply(resident, identity);
        flushUnique();
        if (changes.tags() != null) {
            replaceTags(resident.id(), changes.tags());
        }
        return records(List.of(resident)).get(0);
    }

    /** Moves a resident to another household (moving house, or a census correction), keeping the history. */
    @Audited("resident.move")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord move(@AuditTarget ResidentId id, HouseholdId to) {
        Resident resident = find(id);
        Household target = em.find(Household.class, to == null ? -1 : to.value());
        if (target == null) {
            throw DomainException.notFound("household_not_found");
        }
        HouseholdId from = resident.household();
        resident.moveTo(target);
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_MOVED, id, from, target.id(),
                CurrentUser.username(), clock.instant()));
        return records(List.of(resident)).get(0);
    }

    @Audited("resident.deactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord deactivate(@AuditTarget ResidentId id) {
        Resident resident = find(id);
        resident.deactivate();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_DEACTIVATED, id, resident.household(), null,
                CurrentUser.username(), clock.instant()));
        return records(List.of(resident)).get(0);
    }

    @Audited("resident.reactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord reactivate(@AuditTarget ResidentId id) {
        Resident resident = find(id);
        resident.reactivate();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_REACTIVATED, id, null, resident.household(),
                CurrentUser.username(), clock.instant()));
        return records(List.of(resident)).get(0);
    }

    /** Links a resident to the user account they sign in with, so that they can see their own data. */
    @Audited("resident.link-account")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord linkAccount(@AuditTarget ResidentId id, UserId user) {
        Resident resident = find(id);
        UserAccount account = users.get(user);
        long userAccountId = user.value();
        if (account.details().role() != Role.RESIDENT) {
            throw DomainException.invalid(FieldError.of("userId", "account_role"));
        }
        boolean taken = em.createQuery("select r.id from Resident r where r.userAccountId = :account", Long.class)
                .setParameter("account", userAccountId).getResultStream().anyMatch(other -> other != id.value());
        if (taken) {
            throw DomainException.conflict("account_already_linked");
        }
        resident.linkAccount(userAccountId);
        return records(List.of(resident)).get(0);
    }

    /**
     * Shows one sealed value in full, for a stated purpose. Allowed only where the caller's policy says FULL; every
     * reveal is audited and listed for the resident ("who saw my data").
     */
    @Audited("resident.reveal")
    @RequiresPermission(Permissions.REGISTRY_REVEAL)
    public String reveal(@AuditTarget ResidentId id, PersonalField field, @AuditDetail String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.trim().length() < 2 || purpose.length() > 200) {
            throw DomainException.invalid(FieldError.of("purpose", "size", 2, 200));
        }
        Resident resident = find(id);
        Disclosed disclosed = disclosure.forCaller();
        if (field == null || !disclosed.mayReveal(field)) {
            throw DomainException.forbidden("reveal_not_allowed");
        }
        String value = switch (field) {
            case MOBILE -> open(resident.mobileSealed());
            case ID_NUMBER -> open(resident.idNumberSealed());
            case BIRTH_DATE -> open(resident.birthDateSealed());
            default -> throw DomainException.forbidden("reveal_not_allowed");
        };
        Actor actor = CurrentUser.require();
        em.persist(new DataAccess(id.value(), field, purpose.trim(), actor.username(),
                actor.role() == null ? null : actor.role().name(), clock.instant()));
        return value;
    }

    /** A page of who has revealed this resident's sealed values, newest first. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<DataAccess> accesses(ResidentId id, PageRequest page) {
        find(id);
        return accessesOf(id.value(), page);
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<RegistryEvent> history(ResidentId id, PageRequest page) {
        find(id);
        return PagedQuery.of(em, RegistryEvent.class, "e").filter("e.residentId = :resident", "resident", id.value())
                .page("e.occurredAt, e.id", page);
    }

    /**
     * The caller's own registry entry once an operator has verified it: what every module serves a resident by
     * (their household's parcels, care, orders, forms). A self-registered resident awaiting the check has none yet.
     */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Optional<ResidentRecord> mine() {
        return own().filter(resident -> resident.status() == ResidentStatus.ACTIVE)
                .map(resident -> records(List.of(resident), disclosure.forSelf()).get(0));
    }

    /** The caller's verified entry, or 409 {@code resident_pending} / {@code resident_not_registered}. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public ResidentRecord me() {
        Resident resident = own().orElseThrow(() -> DomainException.conflict("resident_not_registered"));
        if (resident.status() != ResidentStatus.ACTIVE) {
            throw DomainException.conflict(resident.status() == ResidentStatus.PENDING ? "resident_pending"
                    : "resident_not_registered");
        }
        return records(List.of(resident), disclosure.forSelf()).get(0);
    }

    /** The caller's own registry entry in whatever state, so that a resident awaiting the check can see it. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Optional<ResidentRecord> registration() {
        return own().map(resident -> records(List.of(resident), disclosure.forSelf()).get(0));
    }

    /** "Who saw my data": a page of the full reads of the caller's own sealed values, newest first. */
    @Query
    @RequiresPermission(Permissions.SELF_READ)
    public Page<DataAccess> whoSawMyData(PageRequest page) {
        return own().map(resident -> accessesOf(resident.id().value(), page))
                .orElseGet(() -> Page.of(List.of(), 0, page));
    }

    private Page<DataAccess> accessesOf(long resident, PageRequest page) {
        return PagedQuery.of(em, DataAccess.class, "a").filter("a.residentId = :resident", "resident", resident)
                .page("a.accessedAt desc, a.id desc", page);
    }

    private Optional<Resident> own() {
        TenantContext.require();
        long account = CurrentUser.require().accountId();
        return em.createQuery("select r from Resident r where r.userAccountId = :account", Resident.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    /** Discloses residents to the caller; one policy lookup and one tag query for the whole list. */
    private List<ResidentRecord> records(List<Resident> residents) {
        return records(residents, disclosure.forCaller());
    }

    private List<ResidentRecord> records(List<Resident> residents, Disclosed disclosed) {
        Map<Long, Set<Tag>> tags = tagsOf(residents.stream().map(r -> r.id().value()).toList());
        Map<Long, String> addresses = addressesOf(residents.stream().map(r -> r.household().value())
                .collect(Collectors.toSet()));
        List<ResidentRecord> records = new ArrayList<>(residents.size());
        for (Resident resident : residents) {
            String mobile = disclosed.isVisible(PersonalField.MOBILE) ? open(resident.mobileSealed()) : null;
            String idNumber = disclosed.isVisible(PersonalField.ID_NUMBER) ? open(resident.idNumberSealed()) : null;
            String birthDate = disclosed.isVisible(PersonalField.BIRTH_DATE) ? open(resident.birthDateSealed()) : null;
            Set<PersonalField> revealable = EnumSet.noneOf(PersonalField.class);
            boolean reveals = CurrentUser.isPermitted(Permissions.REGISTRY_REVEAL);
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
                .collect(Collectors.groupingBy(ResidentTag::residentId,
                        Collectors.mapping(ResidentTag::tag, Collectors.toCollection(() -> EnumSet.noneOf(Tag.class)))));
    }

    private Map<Long, String> addressesOf(Collection<Long> households) {
        if (households.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select h from Household h where h.id in :households", Household.class)
                .setParameter("households", households).getResultList().stream()
                .collect(Collectors.toMap(h -> h.id().value(), Household::address));
    }

    private void replaceTags(ResidentId resident, Set<Tag> tags) {
        em.createQuery("delete from ResidentTag t where t.residentId = :resident")
                .setParameter("resident", resident.value()).executeUpdate();
        if (tags != null) {
            tags.stream().distinct().forEach(tag -> em.persist(new ResidentTag(resident, tag)));
        }
    }

    /** Normalised identity values of a resident, checked for format, consistency and uniqueness. */
    record Identity(String mobile, String idNumber, LocalDate birthDate, Gender gender) {
    }

    private Identity identity(String mobileText, String idNumberText, LocalDate birthDate, ResidentId self) {
        List<FieldError> errors = new ArrayList<>();
        String mobile = null;
        if (mobileText != null && !mobileText.isBlank()) {
            mobile = ContactRules.mobile(mobileText).orElse(null);
            if (mobile == null) {
                errors.add(FieldError.of("mobile", "mobile_format"));
            }
        }
        String idNumber = null;
        Gender gender = null;
        LocalDate birth = birthDate;
        if (idNumberText != null && !idNumberText.isBlank()) {
            idNumber = IdNumber.normalise(idNumberText).orElse(null);
            if (idNumber == null) {
                errors.add(FieldError.of("idNumber", "id_number_format"));
            } else {
                LocalDate fromId = IdNumber.birthDate(idNumber).orElseThrow();
                if (birth != null && !birth.equals(fromId)) {
                    errors.add(FieldError.of("birthDate", "birth_date_mismatch"));
                }
                birth = fromId;
                gender = IdNumber.gender(idNumber);
            }
        }
        if (birth != null && birth.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("birthDate", "birth_date_future"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
        if (mobile != null && taken("mobileIndex", vault.index(mobile), self)) {
            throw DomainException.invalid(FieldError.of("mobile", "resident_duplicate"));
        }
        if (idNumber != null && taken("idNumberIndex", vault.index(idNumber), self)) {
            throw DomainException.invalid(FieldError.of("idNumber", "resident_duplicate"));
        }
        return new Identity(mobile, idNumber, birth, gender);
    }

    private boolean taken(String indexField, String index, ResidentId self) {
        return em.createQuery("select r.id from Resident r where r." + indexField + " = :index", Long.class)
                .setParameter("index", index).getResultStream()
                .anyMatch(id -> self == null || id != self.value());
    }

    private void apply(Resident resident, Identity identity) {
        resident.sealContact(vault.seal(identity.mobile()), vault.index(identity.mobile()));
        resident.sealIdentity(vault.seal(identity.idNumber()), vault.index(identity.idNumber()),
                vault.seal(identity.birthDate() == null ? null : identity.birthDate().toString()));
    }

    /** Writes now, so that a duplicate the scoped checks could not see (another grid) is reported, not a 500. */
    private void flushUnique() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.invalid(FieldError.of("idNumber", "resident_duplicate"));
        }
    }

    private Resident find(ResidentId id) {
        TenantContext.require();
        Resident resident = id == null ? null : em.find(Resident.class, id.value());
        if (resident == null) {
            throw DomainException.notFound("resident_not_found");
        }
        return resident;
    }

    private String open(String sealed) {
        return vault.open(sealed);
    }
}
