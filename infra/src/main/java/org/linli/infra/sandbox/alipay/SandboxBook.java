package org.linli.infra.sandbox.alipay;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.linli.infra.persistence.LinliDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox gateway's books in the application's database, so that every node of a cluster is one gateway: a
 * trade opened at the cashier on one node is paid, queried, refunded and billed on any other. A change holds the
 * trade's row for its transaction, as Alipay serialises the changes of one trade; a new trade is opened under the
 * account's row, so two opens of one number cannot both create it.
 */
@ApplicationScoped
public class SandboxBook {

    /** A trade is read back as nothing but a trade: its own classes and the JDK's collections and times. */
    static final ObjectInputFilter TRADE_CLASSES = ObjectInputFilter.Config.createFilter(
            "org.linli.infra.sandbox.alipay.SandboxTrade*;java.util.*;java.time.*;java.lang.*;!*");

    @Resource(lookup = LinliDataSource.JNDI_NAME)
    DataSource database;

    /** A trade held for a change: none when the number is new; what the change stores is written back. */
    static final class Held {

        private SandboxTrade trade;
        private boolean changed;

        private Held(SandboxTrade trade) {
            this.trade = trade;
        }

        SandboxTrade trade() {
            return trade;
        }

        void store(SandboxTrade changedTrade) {
            this.trade = changedTrade;
            this.changed = true;
        }
    }

    /**
     * Runs {@code change} on the trade numbered {@code outTradeNo}, held until the transaction ends; a gateway error
     * it throws leaves the trade as it was.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T change(String outTradeNo, boolean mayOpen, Function<Held, T> change) {
        try (Connection connection = database.getConnection()) {
            if (mayOpen) {
                try (PreparedStatement lock = connection.prepareStatement(
                        "select id from alipay_sandbox_account where id = 1 for update");
                     ResultSet ignored = lock.executeQuery()) {
                    // held until the transaction ends
                }
            }
            SandboxTrade before = read(connection, "out_trade_no", outTradeNo, true).orElse(null);
            Held held = new Held(before);
            T answer = change.apply(held);
            if (held.changed) {
                write(connection, held.trade, before == null);
            }
            return answer;
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's books are unavailable", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SandboxTrade> find(String outTradeNo) {
        return read("out_trade_no", outTradeNo);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SandboxTrade> findByTradeNo(String tradeNo) {
        return read("trade_no", tradeNo);
    }

    /** Every trade, oldest first (the sandbox holds demo and test trades only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SandboxTrade> all() {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select body from alipay_sandbox_trade order by created_at, out_trade_no");
             ResultSet rows = query.executeQuery()) {
            List<SandboxTrade> trades = new ArrayList<>();
            while (rows.next()) {
                trades.add(trade(rows.getBytes(1)));
            }
            return trades;
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's books are unavailable", e);
        }
    }

    /** Keeps trades of an older sandbox that kept them in a file, unless the books have them already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int adopt(List<SandboxTrade> trades) {
        int adopted = 0;
        try (Connection connection = database.getConnection()) {
            for (SandboxTrade trade : trades) {
                if (read(connection, "out_trade_no", trade.outTradeNo, false).isEmpty()
                        && read(connection, "trade_no", trade.tradeNo, false).isEmpty()) {
                    write(connection, trade, true);
                    adopted++;
                }
            }
            return adopted;
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's books are unavailable", e);
        }
    }

    /**
     * The sandbox's merchant account: the one recorded, else the one {@code first} makes, recorded now. Two nodes
     * starting at once agree on the first recorded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Properties account(Supplier<Properties> first) {
        try (Connection connection = database.getConnection()) {
            Optional<Properties> recorded = account(connection);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            Properties made = first.get();
            StringWriter text = new StringWriter();
            made.store(text, "Alipay sandbox account: test keys only, never for real money");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into alipay_sandbox_account (id, properties) values (1, ?)")) {
                insert.setString(1, text.toString());
                insert.executeUpdate();
            }
            return made;
        } catch (SQLException e) {
            // Most likely another node recorded its account first; the caller asks again in a new transaction.
            throw new IllegalStateException("the sandbox's account could not be recorded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Properties> account(Connection connection) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(
                "select properties from alipay_sandbox_account where id = 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new StringReader(rows.getString(1)));
            return Optional.of(p);
        }
    }

    private Optional<SandboxTrade> read(String column, String value) {
        try (Connection connection = database.getConnection()) {
            return read(connection, column, value, false);
        } catch (SQLException e) {
            throw new IllegalStateException("the sandbox's books are unavailable", e);
        }
    }

    private static Optional<SandboxTrade> read(Connection connection, String column, String value, boolean hold)
            throws SQLException {
        if (value == null) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("select body from alipay_sandbox_trade where "
                + column + " = ?" + (hold ? " for update" : ""))) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(trade(rows.getBytes(1))) : Optional.empty();
            }
        }
    }

    private static void write(Connection connection, SandboxTrade trade, boolean isNew) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(isNew
                ? "insert into alipay_sandbox_trade (body, out_trade_no, trade_no, created_at) values (?, ?, ?, ?)"
                : "update alipay_sandbox_trade set body = ? where out_trade_no = ?")) {
            statement.setBytes(1, bytes(trade));
            statement.setString(2, trade.outTradeNo);
            if (isNew) {
                statement.setString(3, trade.tradeNo);
                statement.setObject(4, OffsetDateTime.ofInstant(trade.createdAt, ZoneOffset.UTC));
            }
            statement.executeUpdate();
        }
    }

    private static byte[] bytes(SandboxTrade trade) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1_024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(trade);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static SandboxTrade trade(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(TRADE_CLASSES);
            return (SandboxTrade) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
