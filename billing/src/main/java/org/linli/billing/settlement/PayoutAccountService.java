package org.linli.billing.settlement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Where payees receive their settlements, changed by two people: one finance user proposes an account, another
 * confirms it (see {@link PayoutAccount}). While a batch for the payee is approved and waiting to be paid out, its
 * account is frozen ({@code payout_account_frozen}): what was approved is paid where it was approved to go. A
 * provider's staff see their provider's account and any proposed change in their console.
 */
@ApplicationService
public class PayoutAccountService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /** The payees' accounts on file, with proposals awaiting confirmation. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<PayoutAccount> list() {
        TenantContext.require();
        // One account per payee (the tenant and each provider): capped like the payees' balances.
        return em.createQuery("select a from PayoutAccount a order by a.payee, a.providerId", PayoutAccount.class)
                .setMaxResults(SettlementService.MAX_PAYEES).getResultList();
    }

    /** Proposes where a payee (the tenant, or one of its providers) receives its settlements. */
    @Audited("payout-account.propose")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public PayoutAccount propose(Payee payee, ProviderId provider, String alipayUserId, String holder) {
        TenantContext.require();
        Long providerId = raw(provider);
        if (payee == null) {
            throw DomainException.invalid(FieldError.of("payee", "required"));
        }
        if ((payee == Payee.PROVIDER) != (providerId != null)) {
            throw DomainException.invalid(FieldError.of("providerId", payee == Payee.PROVIDER ? "required"
                    : "tenant_payee_provider"));
        }
        if (providerId != null && em.find(Provider.class, providerId) == null) {
            throw DomainException.notFound("provider_not_found");
        }
        refuseWhileApproved(payee, providerId);
        PayoutAccount account = find(payee, providerId).orElse(null);
        if (account == null) {
            account = new PayoutAccount(payee, providerId);
            account.propose(alipayUserId, holder, CurrentUser.require().username(), clock.instant());
            em.persist(account);
        } else {
            account.propose(alipayUserId, holder, CurrentUser.require().username(), clock.instant());
        }
        return account;
    }

    /** Puts a proposed account in force: by a finance user other than the one who proposed it. */
    @Audited("payout-account.confirm")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public PayoutAccount confirm(Payee payee, ProviderId provider) {
        Long providerId = raw(provider);
        PayoutAccount account = require(payee, providerId);
        refuseWhileApproved(payee, providerId);
        account.confirm(CurrentUser.require().username(), clock.instant());
        return account;
    }

    /** Drops a proposed change; the account in force stays. */
    @Audited("payout-account.withdraw")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public PayoutAccount withdraw(Payee payee, ProviderId provider) {
        PayoutAccount account = require(payee, raw(provider));
        account.withdraw();
        return account;
    }

    /** The signed-in provider staff's own provider's account and any change proposed for it. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Optional<PayoutAccount> mine() {
        return find(Payee.PROVIDER, providers.myStaff().provider().value());
    }

    /** A payee's account in force, for paying out (none while only a proposal exists). */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public Optional<PayoutAccount> inForce(Payee payee, ProviderId provider) {
        return find(payee, raw(provider)).filter(PayoutAccount::inForce);
    }

    /** The provider column's value: none for the tenant's own account. */
    private static Long raw(ProviderId provider) {
        return provider == null ? null : provider.value();
    }

    private PayoutAccount require(Payee payee, Long providerId) {
        TenantContext.require();
        if (payee == null) {
            throw DomainException.invalid(FieldError.of("payee", "required"));
        }
        return find(payee, providerId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("payout_account_not_found"));
    }

    private void refuseWhileApproved(Payee payee, Long providerId) {
        TypedQuery<Long> query = em.createQuery("select count(b) from SettlementBatch b where b.payee = :payee and "
                        + (providerId == null ? "b.providerId is null" : "b.providerId = :provider")
                        + " and b.status = :approved", Long.class)
                .setParameter("payee", payee).setParameter("approved", BatchStatus.APPROVED);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        if (query.getSingleResult() > 0) {
            throw DomainException.conflict("payout_account_frozen");
        }
    }

    private Optional<PayoutAccount> find(Payee payee, Long providerId) {
        return find(payee, providerId, LockModeType.NONE);
    }

    private Optional<PayoutAccount> find(Payee payee, Long providerId, LockModeType lock) {
        // Two queries rather than ":provider is null": PostgreSQL cannot type a null parameter compared to bigint.
        TypedQuery<PayoutAccount> query = em.createQuery("select a from PayoutAccount a where a.payee = :payee and "
                + (providerId == null ? "a.providerId is null" : "a.providerId = :provider"), PayoutAccount.class)
                .setParameter("payee", payee).setLockMode(lock);
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        return query.getResultStream().findFirst();
    }
}
