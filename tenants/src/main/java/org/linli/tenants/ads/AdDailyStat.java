package org.linli.tenants.ads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.LocalDate;

/**
 * A booking's counters for one day (Asia/Shanghai): impressions and clicks, nothing about who saw or clicked.
 * One row per booking and day; counted with the booking's row locked, so concurrent counts never lose one.
 */
@Entity
@Table(name = "ad_daily_stat")
public class AdDailyStat extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ad_daily_stat_seq")
    @SequenceGenerator(name = "ad_daily_stat_seq", sequenceName = "ad_daily_stat_seq", allocationSize = 50)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "stat_day", nullable = false)
    private LocalDate day;

    @Column(name = "impressions", nullable = false)
    private long impressions;

    @Column(name = "clicks", nullable = false)
    private long clicks;

    protected AdDailyStat() {
    }

    AdDailyStat(AdBookingId booking, LocalDate day) {
        this.bookingId = booking.value();
        this.day = day;
    }

    void add(long moreImpressions, long moreClicks) {
        impressions += moreImpressions;
        clicks += moreClicks;
    }

    public DailyFigures figures() {
        return new DailyFigures(day, impressions, clicks);
    }
}
