package org.linli.tenants.timebank;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MemberCodesTest {

    @RepeatedTest(20)
    void aCodeIsEightCharactersWithoutLookAlikes() {
        String code = MemberCodes.next();

        assertThat(code).hasSize(8).doesNotContainPattern("[01OIL]");
        assertThat(MemberCodes.normalise(code)).isEqualTo(code);
    }

    @Test
    void codesAreDrawnAtRandomNotInSequence() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            codes.add(MemberCodes.next());
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void aTypedCodeIsReadLeniently() {
        assertThat(MemberCodes.normalise(" k7m2-q9xd ")).isEqualTo("K7M2Q9XD");
        assertThat(MemberCodes.normalise("K7M2Q9X")).isNull();
        assertThat(MemberCodes.normalise("K7M2Q9X0")).isNull();
        assertThat(MemberCodes.normalise(null)).isNull();
    }
}
