package org.linli.tenants.points.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.orders.PointsDiscount;
import org.linli.tenants.points.EarningRule;
import org.linli.tenants.points.EarningRuleStatus;
import org.linli.tenants.points.EarningTerms;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.ExpiryPolicy;
import org.linli.tenants.points.ExpiryReminder;
import org.linli.tenants.points.PointsDiscounts;
import org.linli.tenants.points.PointsLot;
import org.linli.tenants.points.PointsSettings;
import org.linli.tenants.points.PointsStatement;
import org.linli.tenants.points.Redemption;
import org.linli.tenants.points.RedemptionStatus;
import org.linli.tenants.points.Reward;
import org.linli.tenants.points.RewardStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link DiscountResource}, {@link MallResource} and {@link PointsResource}, as
 * records; requests carry their Bean Validation constraints.
 */
final class PointsApi {

    private PointsApi() {
    }

    /** {@code maxSharePercent} 0 means discounts are off. */
    public record TermsResponse(long pointValueFen, int maxSharePercent) {

        static TermsResponse of(PointsDiscount.Terms t) {
            return new TermsResponse(t.pointValueFen(), t.maxSharePercent());
        }
    }

    public record TermsRequest(@NotNull Long pointValueFen, @NotNull Integer maxSharePercent) {
    }

    public record QuoteResponse(long amountFen, long balance, long maxPoints, long maxDiscountFen, String maxDiscount,
                                long pointValueFen, int maxSharePercent) {

        static QuoteResponse of(PointsDiscounts.Quote q) {
            return new QuoteResponse(q.amount().fen(), q.balance(), q.maxPoints(), q.maxDiscount().fen(),
                    q.maxDiscount().format(), q.terms().pointValueFen(), q.terms().maxSharePercent());
        }
    }

    public record RewardRequest(String name, String description, Long price, Integer stock, Integer perPersonLimit) {
    }

    public record RewardChangeRequest(Integer stock, String status) {
    }

    public record RewardResponse(long id, String name, String description, long price, int stock,
                                 int perPersonLimit, RewardStatus status) {

        static RewardResponse of(Reward r) {
            return new RewardResponse(r.id(), r.name(), r.description(), r.price(), r.stock(), r.perPersonLimit(),
                    r.status());
        }
    }

    public record RedeemRequest(@NotNull Long rewardId) {
    }

    public record RedemptionResponse(long id, long rewardId, String rewardName, long residentId, long points,
                                     String pickupCode, RedemptionStatus status, Instant createdAt,
                                     Instant closedAt) {

        static RedemptionResponse of(Redemption r) {
            return new RedemptionResponse(r.id(), r.rewardId(), r.rewardName(), r.residentId(), r.points(),
                    r.pickupCode(), r.status(), r.createdAt(), r.closedAt());
        }
    }

    public record ReminderResponse(LocalDate expiresOn, long points) {

        static ReminderResponse of(ExpiryReminder r) {
            return new ReminderResponse(r.expiresOn(), r.points());
        }
    }

    public record SummaryResponse(long balance, long expiringSoon, LocalDate nextExpiry,
                                  List<ReminderResponse> reminders) {
    }

    public record LotResponse(long id, long points, long remaining, long expired, LocalDate awardedOn,
                              LocalDate expiresOn, LocalDate originalExpiresOn, EventKind kind, String topic,
                              Integer ruleVersion, String source, String memo) {

        static LotResponse of(PointsLot l) {
            return new LotResponse(l.id(), l.points(), l.remaining(), l.expired(), l.awardedOn(), l.expiresOn(),
                    l.originalExpiresOn(), l.kind(), l.topic(), l.ruleVersion(), l.source(), l.memo());
        }
    }

    public record MovementResponse(long postingId, Instant at, String kind, long points, String reference,
                                   String memo) {

        static MovementResponse of(PointsStatement.Movement m) {
            return new MovementResponse(m.postingId(), m.at(), m.kind(), m.points(), m.reference(), m.memo());
        }
    }

    public record RuleRequest(String kind, String topic, @NotNull Long points, Long dailyCap, String activeFrom,
                              String activeUntil) {
    }

    public record RuleResponse(long id, EventKind kind, String topic, int version, EarningRuleStatus status,
                               long points, Long dailyCap, LocalDate activeFrom, LocalDate activeUntil,
                               Instant createdAt, Instant retiredAt) {

        static RuleResponse of(EarningRule r) {
            EarningTerms t = r.terms();
            return new RuleResponse(r.id(), r.kind(), r.topic(), r.version(), r.status(), t.points(), t.dailyCap(),
                    t.activeFrom(), t.activeUntil(), r.createdAt(), r.retiredAt());
        }
    }

    public record CheckInRequest(@NotNull Long residentId, String topic) {
    }

    public record CheckInResponse(long residentId, String topic, long points, Long lotId, Integer ruleVersion) {
    }

    public record SettingsRequest(String expiryPolicy, Integer expiryMonths, Integer graceDays) {
    }

    public record SettingsResponse(ExpiryPolicy expiryPolicy, int expiryMonths, int graceDays, Instant updatedAt) {

        static SettingsResponse of(PointsSettings s) {
            return new SettingsResponse(s.expiryPolicy(), s.expiryMonths(), s.graceDays(), s.updatedAt());
        }
    }

    public record MonthResponse(String month, long points) {
    }

    public record LiabilitiesResponse(long outstanding, long issued, long redeemed, long expired,
                                      List<MonthResponse> expiring, long laterThanShown) {
    }
}
