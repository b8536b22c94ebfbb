package org.linli.platform.audit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An audit record's detail reads as words and values, never as a Java object. */
class AuditTextTest {

    record Id(long value) {
    }

    record Terms(int percent, Id payer, String note, Kind kind) {
    }

    enum Kind { FLAT, SHARE }

    record Named(long id) implements AuditSubject {
        @Override
        public String auditName() {
            return "user:" + id;
        }
    }

    @Test
    void aRecordIsItsNamedValuesAnIdItsValueAndASubjectItsAuditName() {
        assertThat(AuditText.of(new Terms(5, new Id(42), null, Kind.SHARE)))
                .isEqualTo("percent=5, payer=42, kind=SHARE");
        assertThat(AuditText.of(new Id(7))).isEqualTo("7");
        assertThat(AuditText.of(new Named(3))).isEqualTo("user:3");
        assertThat(AuditText.of(List.of(1L, 2L, 3L))).isEqualTo("1, 2, 3");
        assertThat(AuditText.of(Optional.of("退款原因"))).isEqualTo("退款原因");
        assertThat(AuditText.of(null)).isNull();
    }
}
