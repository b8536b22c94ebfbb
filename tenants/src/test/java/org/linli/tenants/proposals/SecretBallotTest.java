package org.linli.tenants.proposals;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ballot and the mark that someone voted share nothing but the proposal: no voter, household, time or sequence
 * on the ballot, no ballot on the mark — so no query can join them. A new field on either must be argued for here.
 */
class SecretBallotTest {

    @Test
    void aBallotKnowsItsChoiceAndWeightButNotItsVoter() {
        assertThat(persistentFields(Ballot.class))
                .containsExactlyInAnyOrder("receipt", "proposalId", "choice", "areaWeight", "voters");
    }

    @Test
    void theMarkThatSomeoneVotedNamesNoBallot() {
        assertThat(persistentFields(VoterMark.class)).containsExactlyInAnyOrder("key", "proposalId");
        assertThat(VoterMark.key(7, VoterMark.home(12))).isEqualTo("7:H12");
        assertThat(VoterMark.key(7, VoterMark.person(12))).isEqualTo("7:R12");
    }

    private static List<String> persistentFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()
                        && !f.getName().startsWith("_persistence"))
                .map(Field::getName).toList();
    }
}
