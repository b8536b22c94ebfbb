package org.linli.billing.checkout;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentDirectory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A verified resident's own payout account for flea-market sales paid online: set and read by the resident only
 * (the caller's own registry entry decides whose it is). Registering pays out, at once, the released sales that were
 * waiting for an account.
 */
@ApplicationService
public class SellerPayouts {

    /** At most this many waiting sales are paid out when an account is registered; finance retries the rest. */
    static final int PAY_OUT_AT_ONCE = 20;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    CheckoutBooks books;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** The caller's payout account, if registered. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public Optional<SellerPayoutAccount> mine() {
        return Optional.ofNullable(em.find(SellerPayoutAccount.class, residents.me().id().value()));
    }

    /** Where to pay a seller: a 16-digit {@code 2088…} Alipay user id and the holder's name. */
    public record AccountCommand(@NotNull @Size(min = 16, max = 16) String alipayUserId,
                                 @NotBlank @Size(max = 100) String holder) {
    }

    /** Registers (or changes) where the caller receives the money of their sales, and pays out what waited for it. */
    @Audited("flea.payout-account")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public SellerPayoutAccount register(AccountCommand command) {
        validator.validate(command);
        String alipayUserId = command.alipayUserId();
        String holder = command.holder();
        long resident = residents.me().id().value();
        SellerPayoutAccount account = em.find(SellerPayoutAccount.class, resident);
        if (account == null) {
            account = new SellerPayoutAccount(resident);
            account.register(alipayUserId, holder, clock.instant());
            em.persist(account);
        } else {
            account.register(alipayUserId, holder, clock.instant());
        }
        em.flush();
        List<Long> waiting = em.createQuery("select h.reservationId from FleaHold h where h.sellerResidentId = :seller"
                        + " and h.payout = :waiting order by h.releasedAt", Long.class)
                .setParameter("seller", resident).setParameter("waiting", PayoutState.WAITING)
                .setMaxResults(PAY_OUT_AT_ONCE).getResultList();
        CallerContext billing = CallerContext.system("seller-payout", TenantContext.require());
        waiting.forEach(reservation -> billing.run(() -> books.retryPayout(reservation)));
        return account;
    }
}
