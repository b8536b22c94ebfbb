package org.linli.infra.persistence;

import org.h2.api.ErrorCode;
import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * On the embedded database, what PostgreSQL's {@code linli_next_edition('catalogue')} does (migration
 * {@code tenants-030}): a row change of an offering, its pictures, a provider or a provider's communities raises the
 * tenant's catalogue edition in the same transaction. An update that changes nothing leaves it alone.
 */
public class CatalogueEditionTrigger implements Trigger {

    static final String SUBJECT = "catalogue";

    private int tenantColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase("tenant_id")) {
                    tenantColumn = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (tenantColumn < 0) {
            throw new SQLException("the catalogue's edition follows tenant-owned tables; " + table
                    + " has no tenant_id");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Arrays.deepEquals(oldRow, newRow)) {
            return;
        }
        long tenant = ((Number) (newRow != null ? newRow : oldRow)[tenantColumn]).longValue();
        if (raise(connection, tenant)) {
            return;
        }
        try (PreparedStatement first = connection.prepareStatement(
                "insert into edition (tenant_id, subject, number) values (?, ?, 1)")) {
            first.setLong(1, tenant);
            first.setString(2, SUBJECT);
            first.executeUpdate();
        } catch (SQLException e) {
            // Another transaction wrote the tenant's first edition in the meantime: raise that one.
            if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1 || !raise(connection, tenant)) {
                throw e;
            }
        }
    }

    private static boolean raise(Connection connection, long tenant) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "update edition set number = number + 1 where tenant_id = ? and subject = ?")) {
            next.setLong(1, tenant);
            next.setString(2, SUBJECT);
            return next.executeUpdate() == 1;
        }
    }
}
