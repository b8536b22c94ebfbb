package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The points mall (积分商城) of the tenant acted for: operators stock rewards and hand redemptions over by pickup
 * code; residents redeem rewards with their points and may cancel a redemption until it is handed over.
 *
 * <p>Redeeming locks the member's points row first, then the reward's row: the per-person limit and the balance
 * hold under parallel requests of one member, stock holds across members, and another member's redemption waits
 * only for the short stock update, never for the first member's lock.
 */
@ApplicationService
public class PointsMall {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    PointsWallet wallet;

    @Inject
    ResidentDirectory residents;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** A page of the rewards residents can redeem now, cheapest first. */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Page<Reward> shelf(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Reward.class, "r").filter("r.status = :status", "status", RewardStatus.ON_SALE)
                .page("r.price, r.id", page);
    }

    /** A page of every reward, on sale or not, newest first. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Page<Reward> rewards(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Reward.class, "r").page("r.status, r.id desc", page);
    }

    @Audited("points.reward.add")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Reward addReward(MallCommands.NewReward command) {
        TenantContext.require();
        validator.validate(command);
        Reward reward = new Reward(command.name().strip(), command.description(), command.price(), command.stock(),
                command.perPersonLimit(), clock.instant());
        em.persist(reward);
        return reward;
    }

    /** Sets a reward's stock and, when given, puts it on or off sale. */
    @Audited("points.reward.change")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Reward changeReward(@AuditTarget long rewardId, MallCommands.RewardChange change) {
        TenantContext.require();
        validator.validate(change);
        Reward reward = reward(rewardId, LockModeType.PESSIMISTIC_WRITE);
        reward.restock(change.stock(), change.status());
        return reward;
    }

    /**
     * Redeems one {@code rewardId} for the signed-in resident: checks sale, per-person limit and stock, spends the
     * price from the lots that expire first (to {@link PointsAccounts#REDEEMED}) and answers the pickup code. 409
     * {@code points_insufficient}, {@code points_reward_limit_reached}, {@code points_reward_out_of_stock} or
     * {@code points_reward_not_on_sale} when it cannot be.
     */
    @Audited("points.redeem")
    @RequiresPermission(Permissions.POINTS_USE)
    public Redemption redeem(@AuditTarget long rewardId) {
        ResidentId me = residents.me().id();
        if (reward(rewardId, LockModeType.NONE).status() != RewardStatus.ON_SALE) {
            throw DomainException.conflict("points_reward_not_on_sale");
        }
        if (em.find(PointsAccount.class, me.value(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw DomainException.conflict("points_insufficient", 0, 0);
        }
        Reward reward = em.find(Reward.class, rewardId);
        long mine = em.createQuery("select count(r) from Redemption r where r.residentId = :resident"
                        + " and r.rewardId = :reward and r.status <> :cancelled", Long.class)
                .setParameter("resident", me.value()).setParameter("reward", rewardId)
                .setParameter("cancelled", RedemptionStatus.CANCELLED).getSingleResult();
        if (mine >= reward.perPersonLimit()) {
            throw DomainException.conflict("points_reward_limit_reached", reward.perPersonLimit());
        }
        if (MemberBalances.of(em, me) < reward.price()) {
            // Checked before the reward's lock so that a member without points never holds up the stock.
            throw DomainException.conflict("points_insufficient", reward.price(), MemberBalances.of(em, me));
        }
        em.refresh(reward, LockModeType.PESSIMISTIC_WRITE);
        reward.takeOne();
        Redemption redemption = new Redemption(reward, me.value(), pickupCode(), clock.instant());
        em.persist(redemption);
        em.flush();
        CallerContext.system("points-mall", TenantContext.require()).run(() -> wallet.spend(me,
                reward.price(), redemption.reference(), reward.name()));
        return redemption;
    }

    /** A page of the signed-in resident's redemptions, newest first. */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Page<Redemption> myRedemptions(PageRequest page) {
        ResidentId me = residents.me().id();
        return PagedQuery.of(em, Redemption.class, "r").filter("r.residentId = :resident", "resident", me.value())
                .page("r.id desc", page);
    }

    /** A page of all redemptions, those waiting for pickup first (optionally only one status), newest first. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Page<Redemption> redemptions(RedemptionStatus status, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Redemption.class, "r").filter("r.status = :status", "status", status)
                .page("r.status desc, r.id desc", page);
    }

    /** The redemption with {@code code}, for the operator at the pickup desk. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Redemption byCode(String code) {
        TenantContext.require();
        return byCode(code, LockModeType.NONE);
    }

    /** Hands the reward of a waiting redemption over to the resident who shows its pickup code. */
    @Audited("points.hand-over")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Redemption handOver(@AuditTarget String code) {
        TenantContext.require();
        Redemption redemption = byCode(code, LockModeType.PESSIMISTIC_WRITE);
        redemption.handOver(CurrentUser.require().username(), clock.instant());
        return redemption;
    }

    /**
     * Cancels a redemption not yet handed over: its points go back to the lots they came from and the reward back to
     * stock. Operators cancel any; a resident only their own (others are not found).
     */
    @Audited("points.cancel-redemption")
    @RequiresPermission(Permissions.POINTS_USE)
    public Redemption cancel(@AuditTarget String code) {
        TenantContext.require();
        Redemption found = byCode(code, LockModeType.NONE);
        if (!CurrentUser.isPermitted(Permissions.POINTS_MANAGE)
                && residents.me().id().value() != found.residentId()) {
            throw DomainException.notFound("points_redemption_not_found");
        }
        em.find(PointsAccount.class, found.residentId(), LockModeType.PESSIMISTIC_WRITE);
        Redemption redemption = byCode(code, LockModeType.PESSIMISTIC_WRITE);
        redemption.cancel(CurrentUser.require().username(), clock.instant());
        reward(redemption.rewardId(), LockModeType.PESSIMISTIC_WRITE).putBack();
        long points = redemption.points();
        CallerContext.system("points-mall", TenantContext.require())
                .run(() -> wallet.giveBack(redemption.reference(), points));
        return redemption;
    }

    private Reward reward(long id, LockModeType lock) {
        Reward reward = em.find(Reward.class, id, lock);
        if (reward == null) {
            throw DomainException.notFound("points_reward_not_found");
        }
        return reward;
    }

    private Redemption byCode(String code, LockModeType lock) {
        if (code == null || !code.matches("\\d{8}")) {
            throw DomainException.notFound("points_redemption_not_found");
        }
        return em.createQuery("select r from Redemption r where r.pickupCode = :code", Redemption.class)
                .setParameter("code", code).setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("points_redemption_not_found"));
    }

    private String pickupCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.format("%08d", RANDOM.nextInt(100_000_000));
            if (em.createQuery("select count(r) from Redemption r where r.pickupCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free pickup code");
    }
}
