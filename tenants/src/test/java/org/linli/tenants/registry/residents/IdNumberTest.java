package org.linli.tenants.registry.residents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    @Test
    void acceptsNumbersWithTheRightCheckCharacter() {
        String id = IdNumber.of("320102", LocalDate.of(1950, 3, 14), 123);
        assertThat(IdNumber.normalise(id)).contains(id);
        assertThat(IdNumber.birthDate(id)).contains(LocalDate.of(1950, 3, 14));
        assertThat(IdNumber.normalise("11010519491231002x")).contains("11010519491231002X");
        assertThat(IdNumber.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void refusesWrongCheckCharactersDatesAndShapes() {
        String id = IdNumber.of("320102", LocalDate.of(1950, 3, 14), 123);
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        assertThat(IdNumber.normalise(id.substring(0, 17) + wrong)).isEmpty();
        assertThat(IdNumber.normalise("320102195013411234")).isEmpty();
        assertThat(IdNumber.normalise("12345")).isEmpty();
        assertThat(IdNumber.normalise(null)).isEmpty();
    }
}
