package org.linli.tenants.registry.selfregistration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.util.Optional;

/**
 * Residents registering themselves with their household's invite code: the code names the tenant and household;
 * the new account and a {@code PENDING} registry entry are created together, as the system job
 * "self-registration", and an operator verifies the entry later. A code registers one account; nothing is created
 * for an unknown, expired or used code. Until verified, the account sees its own entry and the public catalogue only.
 */
@ApplicationScoped
@PublicEntry
public class SelfRegistration {

    @Inject
    Invites invites;

    @Inject
    RegistrationSteps steps;

    @Inject
    TenantDirectory tenants;

    /** What a person enters to register. */
    public record Registration(String inviteCode, @NotBlank String username, @NotBlank String password,
                               @NotBlank @Size(max = 50) String name, String mobile, String idNumber,
                               Relation relation) {

        @Override
        public String toString() {
            return "Registration[" + username + "]";
        }
    }

    public ResidentRecord register(Registration registration) {
        if (registration == null) {
            throw DomainException.invalid(FieldError.of("body", "required"));
        }
        HouseholdInvite invite = InviteCodes.normalise(registration.inviteCode()).flatMap(invites::find)
                .filter(found -> tenants.isActive(found.tenant()))
                .orElseThrow(() -> DomainException.invalid(FieldError.of("inviteCode", "invite_invalid")));
        return CallerContext.system("self-registration", invite.tenant())
                .call(() -> steps.register(invite.household(), invite.code(), registration));
    }

    /** Reads invite codes before a tenant is known. */
    @ApplicationScoped
    @Transactional
    public static class Invites {

        @PersistenceContext(unitName = "linli")
        EntityManager em;

        @Inject
        Clock clock;

        public Optional<HouseholdInvite> find(String code) {
            return Optional.ofNullable(em.find(HouseholdInvite.class, code))
                    .filter(invite -> invite.isValidAt(clock.instant()));
        }
    }
}
