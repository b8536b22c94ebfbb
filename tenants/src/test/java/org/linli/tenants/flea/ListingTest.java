package org.linli.tenants.flea;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A listing's own rules: thirty days on show from each publishing or renewal, words fixed once reserved. */
class ListingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aPublishedListingExpiresThirtyDaysLaterUnlessRenewed() {
        Listing listing = draft(Price.free());
        assertThat(listing.expiresAt()).isNull();
        listing.publish(NOW);
        assertThat(listing.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertCode(() -> listing.expire(NOW.plus(Duration.ofDays(29))), "flea_listing_not_due");
        listing.renew(NOW.plus(Duration.ofDays(29)));
        assertCode(() -> listing.expire(NOW.plus(Duration.ofDays(31))), "flea_listing_not_due");
        listing.expire(NOW.plus(Duration.ofDays(59)));
        assertThat(listing.status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(listing.isOnShow()).isFalse();
        listing.renew(NOW.plus(Duration.ofDays(60)));
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void aReservedListingKeepsItsWordsAndPriceAndCannotBeWithdrawn() {
        Listing listing = draft(new Price(PriceKind.POINTS, null, 100L));
        listing.publish(NOW);
        listing.reserve(NOW);
        assertCode(() -> listing.describe(details(Price.free()), NOW), "flea_listing_not_editable");
        assertCode(() -> listing.withdraw(NOW), "invalid_transition");
        assertThat(listing.price().points()).isEqualTo(100);
        listing.release(NOW);
        listing.describe(details(Price.free()), NOW);
        assertThat(listing.price()).isEqualTo(Price.free());
    }

    @Test
    void wordsAreSearchedInLowerCaseAndAHiddenListingIsNotOnShow() {
        Listing listing = new Listing(1, 10, 100, new ListingCommands.Details(" IKEA 书架 ", "White 五层", 5L,
                ItemCondition.GOOD, Reach.TENANT, " 东门 ", Price.free()), NOW);
        listing.publish(NOW);
        assertThat(listing.title()).isEqualTo("IKEA 书架");
        assertThat(listing.pickupPlace()).isEqualTo("东门");
        assertThat(listing.isOnShow()).isTrue();
        listing.hide(NOW);
        assertThat(listing.isOnShow()).isFalse();
        assertThat(listing.moderation()).isEqualTo(Moderation.HIDDEN);
        listing.restore(NOW);
        assertThat(listing.isOnShow()).isTrue();
    }

    private static Listing draft(Price price) {
        return new Listing(1, 10, 100, details(price), NOW);
    }

    private static ListingCommands.Details details(Price price) {
        return new ListingCommands.Details("自行车", "九成新", 5L, ItemCondition.GOOD, Reach.COMMUNITY, "3栋楼下",
                price);
    }

    private static void assertCode(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
