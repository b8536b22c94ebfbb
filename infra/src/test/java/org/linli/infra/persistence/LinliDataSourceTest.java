package org.linli.infra.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinliDataSourceTest {

    @Test
    void postgresqlGetsABatchOfInsertsAsOneStatement() {
        PGSimpleDataSource postgres = (PGSimpleDataSource) LinliDataSource.direct(
                "jdbc:postgresql://127.0.0.1:5432/linli", "linli_app", "secret");

        assertThat(postgres.getReWriteBatchedInserts()).isTrue();
        assertThat(postgres.getApplicationName()).isEqualTo("linli");
        assertThat(postgres.getUser()).isEqualTo("linli_app");
    }

    @Test
    void h2IsOpenedAsConfigured() {
        JdbcDataSource h2 = (JdbcDataSource) LinliDataSource.direct("jdbc:h2:mem:linli", "sa", "");

        assertThat(h2.getURL()).isEqualTo("jdbc:h2:mem:linli");
    }

    @Test
    void anyOtherDatabaseIsRefused() {
        assertThatThrownBy(() -> LinliDataSource.direct("jdbc:mysql://localhost/linli", "u", "p"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("H2 or PostgreSQL");
    }
}
