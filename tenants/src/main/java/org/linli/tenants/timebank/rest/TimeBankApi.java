package org.linli.tenants.timebank.rest;

import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.timebank.TimeBankSettings;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.tenants.timebank.TimeCompensation;

import java.time.Instant;

/**
 * The request and response bodies of {@link TimeBankResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class TimeBankApi {

    private TimeBankApi() {
    }

    public record AccountResponse(long residentId, String memberCode, long balance, long minimumBalance,
                                  long maximumBalance, long minuteValueFen) {

        static AccountResponse of(TimeBankViews.Account a) {
            return new AccountResponse(a.resident().value(), a.memberCode(), a.balance(), a.minimum(), a.maximum(),
                    a.minuteValue().fen());
        }
    }

    /** A statement line; {@code counterparty} names the other side without personal data. */
    public record LineResponse(long postingId, Instant at, String kind, String memo, long minutes,
                               TimeBankViews.CounterpartyKind counterpartyKind, String counterparty,
                               boolean reversal) {

        static LineResponse of(TimeBankViews.StatementLine l) {
            return new LineResponse(l.postingId(), l.at(), l.kind(), l.memo(), l.minutes(),
                    l.counterparty() == null ? null : l.counterparty().kind(),
                    l.counterparty() == null ? null : l.counterparty().label(), l.reversal());
        }
    }

    public record TransferRequest(String memberCode, Long minutes, String note) {
    }

    public record DonationRequest(Long minutes, String note) {
    }

    public record GrantRequest(Long residentId, Long minutes, String note) {
    }

    public record MovementResponse(long postingId, String kind, long minutes, boolean replayed) {

        static MovementResponse of(TimeBankViews.Movement m) {
            return new MovementResponse(m.postingId(), m.kind(), m.minutes(), m.replayed());
        }
    }

    public record LovePoolResponse(long balance, PageResponse<LineResponse> movements) {
    }

    public record SettingsRequest(Long minimumBalance, Long maximumBalance, Long minuteValueFen,
                                  String compensation) {
    }

    public record SettingsResponse(long minimumBalance, long maximumBalance, long minuteValueFen,
                                   TimeCompensation compensation, Instant updatedAt) {

        static SettingsResponse of(TimeBankSettings s) {
            return new SettingsResponse(s.limits().minimum(), s.limits().maximum(), s.minuteValue().fen(),
                    s.compensation(), s.updatedAt());
        }
    }

    public record LiabilitiesResponse(long members, long lovePool, long providers, long outstanding, long issued,
                                      long spent) {

        static LiabilitiesResponse of(TimeBankViews.Liabilities l) {
            return new LiabilitiesResponse(l.members(), l.lovePool(), l.providers(), l.outstanding(), l.issued(),
                    l.spent());
        }
    }
}
