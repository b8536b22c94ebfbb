package org.linli.tenants.registry.selfregistration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Clock;
import java.time.Duration;

/** The tenant-side steps of self-registration and of issuing the invite codes that make it possible. */
@ApplicationService
public class RegistrationSteps {

    static final Duration INVITE_LIFETIME = Duration.ofDays(14);

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    ResidentService residents;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** Issues an invite code for a household, valid for two weeks. */
    @Audited("household.invite")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public HouseholdInvite invite(@AuditTarget HouseholdId household) {
        Household found = em.find(Household.class, household.value());
        if (found == null) {
            throw DomainException.notFound("household_not_found");
        }
        if (!found.isActive()) {
            throw DomainException.conflict("household_inactive");
        }
        HouseholdInvite invite = new HouseholdInvite(InviteCodes.fresh(), TenantContext.require(), household,
                CurrentUser.username(), clock.instant(), clock.instant().plus(INVITE_LIFETIME));
        em.persist(invite);
        return invite;
    }

    /**
     * Spends the invite code and creates the resident's account and their pending registry entry, linked, in one
     * transaction. The code is locked while it is spent, so two registrations racing with one code get one account.
     */
    @Audited("resident.self-register")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public ResidentRecord register(@AuditTarget HouseholdId household, String inviteCode,
                                   SelfRegistration.Registration registration) {
        validator.validate(registration);
        HouseholdInvite invite = inviteCode == null ? null
                : em.find(HouseholdInvite.class, inviteCode, LockModeType.PESSIMISTIC_WRITE);
        if (invite == null || !invite.tenant().equals(TenantContext.require())
                || !invite.household().equals(household)) {
            throw DomainException.invalid(FieldError.of("inviteCode", "invite_invalid"));
        }
        invite.use(registration.username(), clock.instant());
        UserAccount account = users.create(new NewUser(registration.username(), registration.name(), Role.RESIDENT,
                registration.password()));
        return residents.createPending(new ResidentCommands.NewResident(household, registration.name(), null,
                registration.relation(), null, registration.mobile(), registration.idNumber(), null),
                account.id());
    }

}
