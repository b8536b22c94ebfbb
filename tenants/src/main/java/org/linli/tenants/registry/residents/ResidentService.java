package org.linli.tenants.registry.residents;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.linli.platform.application.ApplicationService;
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
import org.linli.tenants.registry.RegistryEvent;
import org.linli.tenants.registry.RegistryEventKind;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changing the people of the registry: adding, verifying, correcting, moving and deactivating residents, and linking
 * their accounts. Sensitive values are sealed on the way in; a full read of one is a separate, purposeful and audited
 * act ({@link #reveal}) that the resident can see later. Identity numbers and mobile numbers are unique per tenant.
 * Reading goes through {@link ResidentDirectory}.
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

    @Inject
    ResidentRecords records;

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
        Resident resident = records.find(id);
        resident.verify();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_VERIFIED, id, null, resident.household(),
                CurrentUser.username(), clock.instant()));
        return records.of(resident);
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
        return records.of(resident);
    }

    @Audited("resident.update")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord update(@AuditTarget ResidentId id, ResidentCommands.ResidentChanges changes) {
        validator.validate(changes);
        Resident resident = records.find(id);
        Identity current = new Identity(vault.open(resident.mobileSealed()), vault.open(resident.idNumberSealed()),
                Optional.ofNullable(vault.open(resident.birthDateSealed())).map(LocalDate::parse).orElse(null),
                null);
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
        return records.of(resident);
    }

    /** Moves a resident to another household (moving house, or a census correction), keeping the history. */
    @Audited("resident.move")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord move(@AuditTarget ResidentId id, HouseholdId to) {
        Resident resident = records.find(id);
        Household target = em.find(Household.class, to == null ? -1 : to.value());
        if (target == null) {
            throw DomainException.notFound("household_not_found");
        }
        HouseholdId from = resident.household();
        resident.moveTo(target);
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_MOVED, id, from, target.id(),
                CurrentUser.username(), clock.instant()));
        return records.of(resident);
    }

    @Audited("resident.deactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord deactivate(@AuditTarget ResidentId id) {
        Resident resident = records.find(id);
        resident.deactivate();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_DEACTIVATED, id, resident.household(), null,
                CurrentUser.username(), clock.instant()));
        return records.of(resident);
    }

    @Audited("resident.reactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord reactivate(@AuditTarget ResidentId id) {
        Resident resident = records.find(id);
        resident.reactivate();
        em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_REACTIVATED, id, null, resident.household(),
                CurrentUser.username(), clock.instant()));
        return records.of(resident);
    }

    /** Links a resident to the user account they sign in with, so that they can see their own data. */
    @Audited("resident.link-account")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord linkAccount(@AuditTarget ResidentId id, UserId user) {
        Resident resident = records.find(id);
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
        return records.of(resident);
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
        Resident resident = records.find(id);
        Disclosed disclosed = disclosure.forCaller();
        if (field == null || !disclosed.mayReveal(field)) {
            throw DomainException.forbidden("reveal_not_allowed");
        }
        String value = switch (field) {
            case MOBILE -> vault.open(resident.mobileSealed());
            case ID_NUMBER -> vault.open(resident.idNumberSealed());
            case BIRTH_DATE -> vault.open(resident.birthDateSealed());
            default -> throw DomainException.forbidden("reveal_not_allowed");
        };
        Actor actor = CurrentUser.require();
        em.persist(new DataAccess(id.value(), field, purpose.trim(), actor.username(),
                actor.role() == null ? null : actor.role().name(), clock.instant()));
        return value;
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

}
