package org.linli.tenants.volunteering;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityTest {

    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant BEFORE = START.minus(Duration.ofDays(1));

    static Activity activity(int places, Long fixedMinutes) {
        return new Activity(new ActivityCommands.NewActivity(1L, null, "敬老院探访", null, "新华街道敬老院", START, END,
                places, "陪聊", fixedMinutes), null, new byte[32], BEFORE.minus(Duration.ofDays(1)), "operator-a");
    }

    private static String code(Runnable action) {
        try {
            action.run();
            return null;
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    @Test
    void residentsSignUpBeforeTheStartWhilePlacesRemainAndCancelBeforeTheStart() {
        Activity activity = activity(1, null);
        activity.holdPlace(BEFORE);
        assertThat(activity.placesLeft()).isZero();
        assertThat(code(() -> activity.holdPlace(BEFORE))).isEqualTo("volunteer_activity_full");
        activity.releasePlace(BEFORE);
        assertThat(activity.placesLeft()).isOne();
        assertThat(code(() -> activity.holdPlace(START))).isEqualTo("volunteer_activity_started");
        activity.holdAnyPlace();
        assertThat(code(() -> activity.releasePlace(START))).isEqualTo("volunteer_activity_started");
    }

    @Test
    void verifiedOnlyAfterTheEndCreditedOnlyWhenVerifiedAndReversalReopensForANewRound() {
        Activity activity = activity(5, null);
        assertThat(code(() -> activity.credited(7))).isEqualTo("volunteer_activity_not_verified");
        assertThat(code(() -> activity.verify(END.minusSeconds(1)))).isEqualTo("volunteer_activity_not_ended");
        activity.verify(END);
        assertThat(activity.status()).isEqualTo(ActivityStatus.VERIFIED);
        assertThat(code(activity::requireOpen)).isEqualTo("volunteer_activity_closed");
        String firstKey = activity.creditKey();
        activity.credited(7);
        assertThat(activity.status()).isEqualTo(ActivityStatus.CREDITED);
        assertThat(activity.creditPostingId()).isEqualTo(7);
        activity.reopen();
        assertThat(activity.status()).isEqualTo(ActivityStatus.PUBLISHED);
        assertThat(activity.creditPostingId()).isNull();
        assertThat(activity.creditKey()).isNotEqualTo(firstKey);
        assertThat(code(activity::reopen)).isEqualTo("volunteer_activity_not_credited");
    }

    @Test
    void cancelledOnlyBeforeTheStartAndThenClosed() {
        Activity late = activity(5, null);
        assertThat(code(() -> late.cancel(START))).isEqualTo("volunteer_activity_started");
        Activity activity = activity(5, null);
        activity.cancel(BEFORE);
        assertThat(activity.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(code(() -> activity.holdPlace(BEFORE))).isEqualTo("volunteer_activity_closed");
    }

    @Test
    void anActivityEndsAfterItStarts() {
        assertThatThrownBy(() -> new Activity(new ActivityCommands.NewActivity(1L, null, "t", null, "p", END, START, 5,
                null, null), null, new byte[32], BEFORE, "op")).isInstanceOf(DomainException.class);
    }

    @Test
    void scanningTwiceCountsOnceAndVerificationMarksNoShowsAndClosesOpenStays() {
        Activity activity = activity(5, null);
        SignUp came = new SignUp(new ActivityId(1), new ResidentId(1), BEFORE);
        SignUp stayed = new SignUp(new ActivityId(1), new ResidentId(2), BEFORE);
        SignUp absent = new SignUp(new ActivityId(1), new ResidentId(3), BEFORE);
        assertThat(came.checkIn(START)).isTrue();
        assertThat(came.checkIn(START.plusSeconds(600))).isFalse();
        assertThat(came.checkedInAt()).isEqualTo(START);
        assertThat(came.checkOut(START.plusSeconds(3600))).isTrue();
        assertThat(came.checkOut(END)).isFalse();
        assertThat(code(() -> absent.checkOut(END))).isEqualTo("volunteer_not_checked_in");
        stayed.checkIn(START.plusSeconds(1800));
        activity.verify(END);
        List.of(came, stayed, absent).forEach(s -> s.close(activity.endsAt()));
        assertThat(absent.status()).isEqualTo(SignUpStatus.NO_SHOW);
        assertThat(stayed.checkedOutAt()).isEqualTo(END);
        assertThat(activity.minutesFor(came)).isEqualTo(60);
        assertThat(activity.minutesFor(stayed)).isEqualTo(90);
        assertThat(activity.minutesFor(absent)).isZero();
    }

    @Test
    void anAttendedSignUpCannotBeCancelledButItsTimesCanBeCorrected() {
        SignUp signUp = new SignUp(new ActivityId(1), new ResidentId(1), BEFORE);
        signUp.checkIn(START);
        assertThat(code(signUp::cancel)).isEqualTo("volunteer_sign_up_not_cancellable");
        assertThat(code(() -> signUp.correct(END, START))).isEqualTo("validation_failed");
        signUp.correct(START.plusSeconds(300), END);
        assertThat(signUp.checkedInAt()).isEqualTo(START.plusSeconds(300));
        assertThat(signUp.status()).isEqualTo(SignUpStatus.ATTENDED);
    }

    /** One step of a crowd acting on an activity at once: who, and what they do. */
    record Step(int resident, int action) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.integers().between(0, 9).flatMap(r -> Arbitraries.integers().between(0, 3)
                .map(a -> new Step(r, a))).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void signUpsNeverExceedThePlacesAndTakenCountsExactlyThePlacesHeld(
            @ForAll @IntRange(min = 1, max = 6) int places,
            @ForAll("steps") List<Step> steps) {
        Activity activity = activity(places, null);
        Map<Integer, SignUp> signUps = new HashMap<>();
        for (Step step : steps) {
            SignUp existing = signUps.get(step.resident());
            code(() -> {
                switch (step.action()) {
                    case 0, 1 -> {
                        if (existing != null && existing.holdsPlace()) {
                            throw DomainException.conflict("volunteer_already_signed_up");
                        }
                        if (step.action() == 0) {
                            activity.holdPlace(BEFORE);
                        } else {
                            activity.holdAnyPlace();
                        }
                        if (existing == null) {
                            signUps.put(step.resident(), new SignUp(new ActivityId(1),
                                    new ResidentId(step.resident()), BEFORE));
                        } else {
                            existing.rejoin(BEFORE);
                        }
                    }
                    case 2 -> {
                        if (existing == null || !existing.holdsPlace()) {
                            throw DomainException.conflict("volunteer_not_signed_up");
                        }
                        existing.cancel();
                        activity.releasePlace(BEFORE);
                    }
                    default -> {
                        if (existing != null) {
                            existing.checkIn(START);
                        }
                    }
                }
            });
            long held = signUps.values().stream().filter(SignUp::holdsPlace).count();
            assertThat(activity.taken()).isLessThanOrEqualTo(places).isEqualTo((int) held);
        }
    }

    @Property(tries = 500)
    void creditedMinutesAreNeverNegativeNorLongerThanTheSchedule(
            @ForAll @IntRange(min = -300, max = 400) int inOffset,
            @ForAll @IntRange(min = -300, max = 400) int outOffset,
            @ForAll @IntRange(min = 1, max = 600) int scheduled) {
        Instant end = START.plus(Duration.ofMinutes(scheduled));
        Instant in = START.plus(Duration.ofMinutes(inOffset));
        Instant out = START.plus(Duration.ofMinutes(outOffset));
        long minutes = Crediting.minutes(null, START, end, in, out);
        assertThat(minutes).isBetween(0L, (long) scheduled);
    }
}
