package org.linli.infra.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database's catalogue edition, on a table shaped like the catalogue's (the tenant not first). */
class CatalogueEditionTriggerTest {

    private Connection db;

    @BeforeEach
    void createTables() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        sql("create table edition (tenant_id bigint not null, subject varchar(30) not null, number bigint not null,"
                + " primary key (tenant_id, subject))");
        sql("create table offering (id bigint primary key, title varchar(100), tenant_id bigint not null)");
        sql("create trigger offering_catalogue_edition after insert, update, delete on offering for each row"
                + " call 'org.linli.infra.persistence.CatalogueEditionTrigger'");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aTenantsFirstChangeStartsItsEditionAndEveryChangeRaisesIt() throws SQLException {
        assertThat(edition(1)).isZero();

        sql("insert into offering values (10, '擦玻璃', 1)");
        assertThat(edition(1)).isEqualTo(1);
        sql("update offering set title = '擦窗' where id = 10");
        assertThat(edition(1)).isEqualTo(2);
        sql("delete from offering where id = 10");
        assertThat(edition(1)).isEqualTo(3);
    }

    @Test
    void anUpdateThatChangesNothingLeavesTheEditionAlone() throws SQLException {
        sql("insert into offering values (10, '擦玻璃', 1)");

        sql("update offering set title = title");

        assertThat(edition(1)).isEqualTo(1);
    }

    @Test
    void eachTenantHasItsOwnEdition() throws SQLException {
        sql("insert into offering values (10, '擦玻璃', 1)");
        sql("insert into offering values (11, '保洁', 2)");
        sql("insert into offering values (12, '收纳', 2)");

        assertThat(edition(1)).isEqualTo(1);
        assertThat(edition(2)).isEqualTo(2);
    }

    @Test
    void aChangeRolledBackTakesItsEditionWithIt() throws SQLException {
        sql("insert into offering values (10, '擦玻璃', 1)");
        db.setAutoCommit(false);

        sql("update offering set title = '擦窗' where id = 10");
        db.rollback();

        assertThat(edition(1)).isEqualTo(1);
    }

    @Test
    void onlyTenantOwnedTablesCanCarryTheTrigger() throws SQLException {
        sql("create table setting (id bigint primary key, value_text varchar(20))");

        assertThatThrownBy(() -> sql("create trigger setting_catalogue_edition after insert on setting for each row"
                + " call 'org.linli.infra.persistence.CatalogueEditionTrigger'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("has no tenant_id");
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(statement);
        }
    }

    private long edition(long tenant) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select number from edition where subject = 'catalogue' and tenant_id = "
                     + tenant)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
