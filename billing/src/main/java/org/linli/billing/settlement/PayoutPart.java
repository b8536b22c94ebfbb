package org.linli.billing.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

/**
 * How much of one order's payment a settlement batch pays its payee (the royalty settle works per trade). Fixed at
 * the batch's first payout attempt, so retries settle the same parts under the same numbers.
 */
@Entity
@Table(name = "payout_part")
public class PayoutPart extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_part_seq")
    @SequenceGenerator(name = "payout_part_seq", sequenceName = "payout_part_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "account", nullable = false, length = 100)
    private String account;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "gateway_trade_no", nullable = false, length = 64)
    private String gatewayTradeNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected PayoutPart() {
    }

    PayoutPart(SettlementBatch batch, long orderId, String gatewayTradeNo, Money amount) {
        this.batchId = batch.id();
        this.account = batch.account();
        this.orderId = orderId;
        this.gatewayTradeNo = gatewayTradeNo;
        this.amountFen = amount.fen();
    }

    public long batchId() {
        return batchId;
    }

    public long orderId() {
        return orderId;
    }

    public String gatewayTradeNo() {
        return gatewayTradeNo;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    PayoutPort.Part toPart() {
        return new PayoutPort.Part(gatewayTradeNo, amount());
    }
}
