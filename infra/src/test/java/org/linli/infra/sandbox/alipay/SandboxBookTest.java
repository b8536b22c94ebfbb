package org.linli.infra.sandbox.alipay;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.infra.persistence.ChangeLogDatabase;

import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes' sandboxes on one database are one gateway: the account the first made, and every trade, whichever node
 * opened, paid or refunded it. (Row locks and transactions are the container's; here each statement commits alone.)
 */
class SandboxBookTest {

    @TempDir
    Path node1Data;

    @TempDir
    Path node2Data;

    JdbcDataSource database;

    @BeforeEach
    void database() throws Exception {
        database = ChangeLogDatabase.with("db/changelog/infra/002-alipay-sandbox.xml");
    }

    @Test
    void aTradeOpenedOnOneNodeIsPaidOnTheOtherAndBothTellTheSame() {
        AlipaySandbox node1 = node(node1Data);
        AlipaySandbox node2 = node(node2Data);
        assertThat(node2.account()).as("made by the first node, read by the second").isEqualTo(node1.account());

        Instant now = Instant.now();
        SandboxTrade opened = node1.book.change("LL7_42_1", true, held -> {
            SandboxTrade trade = new SandboxTrade("LL7_42_1", "2026120500000000000000000042", 8_800, "擦玻璃",
                    "alipay.trade.wap.pay", now, now.plusSeconds(900));
            held.store(trade);
            return trade;
        });
        assertThat(node2.existing("LL7_42_1").status).isEqualTo("WAIT_BUYER_PAY");
        assertThat(node2.pay("LL7_42_1").status).isEqualTo("TRADE_SUCCESS");
        assertThat(node1.existing("LL7_42_1").paidAt).as("node 1 sees node 2's payment").isNotNull();
        assertThat(node1.pay("LL7_42_1").paidAt).as("paying again changes nothing")
                .isEqualTo(node2.existing("LL7_42_1").paidAt);
        assertThat(node1.book.findByTradeNo(opened.tradeNo)).get().extracting(t -> t.outTradeNo)
                .isEqualTo("LL7_42_1");
        assertThat(node2.trades()).extracting(t -> t.outTradeNo).containsExactly("LL7_42_1");
        assertThatThrownBy(() -> node2.existing("LL7_43_1")).isInstanceOf(SandboxError.class)
                .hasMessage("交易不存在");
    }

    @Test
    void aTradeWhoseTimeIsUpIsClosedAtItsExpiryOnEveryNode() {
        AlipaySandbox node1 = node(node1Data);
        Instant created = Instant.now().minusSeconds(3_600);
        node1.book.change("LL7_50_1", true, held -> {
            held.store(new SandboxTrade("LL7_50_1", "2026120500000000000000000050", 100, "过期", "alipay.trade.page.pay",
                    created, created.plusSeconds(900)));
            return null;
        });
        SandboxTrade seen = node(node2Data).existing("LL7_50_1");
        assertThat(seen.status).isEqualTo("TRADE_CLOSED");
        assertThat(seen.closedAt).isEqualTo(created.plusSeconds(900));
        assertThatThrownBy(() -> node1.pay("LL7_50_1")).isInstanceOf(SandboxError.class).hasMessage("交易已经关闭");
    }

    @Test
    void anOlderSandboxsAccountAndTradesFileMoveIntoTheDatabaseOnce() throws Exception {
        AlipaySandbox older = node(node1Data);
        Path directory = older.directory();
        Files.createDirectories(directory);
        Properties made = SandboxAccount.made(directory.resolve("absent.properties"));
        try (var writer = Files.newBufferedWriter(directory.resolve("account.properties"))) {
            made.store(writer, null);
        }
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        SandboxTrade kept = new SandboxTrade("LL3_9_1", "2026113000000000000000000009", 500, "旧单",
                "alipay.trade.wap.pay", at, at.plusSeconds(900));
        kept.status = "TRADE_SUCCESS";
        kept.paidAt = at.plusSeconds(60);
        Map<String, SandboxTrade> file = new LinkedHashMap<>(Map.of(kept.outTradeNo, kept));
        try (OutputStream out = Files.newOutputStream(directory.resolve("trades.bin"));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(file);
        }

        assertThat(older.account().appPrivateKey()).isEqualTo(made.getProperty("app-private-key"));
        assertThat(older.existing("LL3_9_1").paidAt).isEqualTo(kept.paidAt);
        assertThat(directory.resolve("trades.bin")).doesNotExist();
        assertThat(directory.resolve("trades.bin.adopted")).exists();
        assertThat(node(node2Data).account()).isEqualTo(older.account());
    }

    private AlipaySandbox node(Path dataDir) {
        SandboxBook book = new SandboxBook();
        book.database = database;
        AlipaySandbox sandbox = new AlipaySandbox();
        sandbox.book = book;
        sandbox.notifier = new SandboxNotifier();
        sandbox.dataDir = dataDir.toString();
        return sandbox;
    }
}
