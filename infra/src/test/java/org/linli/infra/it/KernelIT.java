package org.linli.infra.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.invoicing.Invoice;
import org.linli.billing.invoicing.InvoiceCycle;
import org.linli.billing.invoicing.InvoiceStatus;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.billing.payments.AlipayPayments;
import org.linli.billing.payments.GatewayIntent;
import org.linli.billing.payments.GatewayIntents;
import org.linli.billing.payments.Payment;
import org.linli.billing.payments.PaymentService;
import org.linli.billing.payments.PaymentStatus;
import org.linli.billing.payments.PaymentWatch;
import org.linli.billing.payments.alipay.AlipayNotifications;
import org.linli.infra.persistence.Migrations;
import org.linli.infra.sandbox.alipay.AlipaySandbox;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserChanges;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.jobs.JobLeases;
import org.linli.platform.jobs.ScheduledJob;
import org.linli.platform.jobs.ScheduledRounds;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.ledger.LedgerLine;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CaseSource;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.devices.ConcernState;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceEvent;
import org.linli.tenants.devices.DeviceEventPipeline;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.inbox.Inbox;
import org.linli.tenants.inbox.InboxMessage;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.modules.ModuleSubscription;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.PaymentPort;
import org.linli.tenants.points.Award;
import org.linli.tenants.points.ExpiryPolicy;
import org.linli.tenants.points.MallCommands;
import org.linli.tenants.points.PointsAccounts;
import org.linli.tenants.points.PointsMall;
import org.linli.tenants.points.PointsSettingsService;
import org.linli.tenants.points.PointsStatement;
import org.linli.tenants.points.PointsWallet;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.StructureCommands;
import org.linli.tenants.registry.structure.StructureService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inside the container, through the application services rather than HTTP: the schema is migrated, tenant scoping
 * holds for every service path (reads, updates, deletes, bulk updates and deletes), a tenant user cannot be bound to
 * another tenant, concurrent work of two tenants never mixes, and asynchronous work carries its tenant only when
 * the caller's context is passed on explicitly.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1) // first: its archive differs from the shared one of every other class (see SharedBootContainer)
class KernelIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWith(KernelIT.class, Deployments.class, ParkingProbe.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    Migrations migrations;

    @Inject
    Ledger ledger;

    @Inject
    InvoicingService invoicing;

    @Inject
    Clocks clocks;

    @Inject
    ModuleService modules;

    @Inject
    PaymentService payments;

    @Inject
    AlipaySandbox sandbox;

    @Inject
    PaymentWatch watch;

    @Inject
    AlipayNotifications notifications;

    @Inject
    ParkingProbe parking;

    @Inject
    GatewayIntents intents;

    @Inject
    AlipayPayments alipayPayments;

    @Inject
    TenantDirectory tenantDirectory;

    @Inject
    OrderService orders;

    @Inject
    CatalogService catalog;

    @Inject
    SlotService slots;

    @Inject
    PointsWallet wallet;

    @Inject
    PointsMall mall;

    @Inject
    PointsStatement statement;

    @Inject
    PointsSettingsService pointsSettings;

    @Inject
    StructureService structure;

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @Inject
    CareService care;

    @Inject
    DeviceRegistry deviceRegistry;

    @Inject
    DeviceEventPipeline devicePipeline;

    @Inject
    ElderActivity elderActivity;

    @Inject
    Inbox inbox;

    @Inject
    CaseHandling caseHandling;

    @Inject
    Clock clock;

    @Inject
    ScheduledRounds rounds;

    @Inject
    InvoiceCycle invoiceCycle;

    @Resource
    ManagedExecutorService executor;

    @Inject
    UserTransaction transaction;

    TenantId tenantA;
    TenantId tenantB;
    UserAccount operatorA;
    UserAccount userB;

    @BeforeEach
    void twoTenants() {
        CallerContext platform = CallerContext.system("kernel-it", null);
        tenantA = platform.call(() -> tenants.create(new NewTenant(TenantKind.DISTRICT, unique("甲街道")))).id();
        tenantB = platform.call(() -> tenants.create(new NewTenant(TenantKind.PROPERTY_COMPANY, unique("乙物业"))))
                .id();
        operatorA = platform.forTenant(tenantA).call(() -> users.create(
                new NewUser(unique("op-a"), "甲运营", Role.TENANT_OPERATOR, "secret-123")));
        userB = platform.forTenant(tenantB).call(() -> users.create(
                new NewUser(unique("user-b"), "乙居民", Role.RESIDENT, "secret-123")));
    }

    @Test
    void everyChangeSetIsApplied() {
        assertThat(migrations.appliedChangeSets()).contains("platform-001-tenant", "platform-002-platform-account",
                "platform-002-user-account", "platform-002-login", "platform-003-audit-record");
    }

    @Test
    void servicesNeverReachAnotherTenantsRows() {
        CallerContext asA = CallerContext.of(actor(operatorA), tenantA);
        UserId foreign = userB.id();

        assertProblem(() -> asA.call(() -> users.get(foreign)), "user_not_found");
        assertProblem(() -> asA.call(() -> users.update(foreign, new UserChanges("hacked", Role.TENANT_OPERATOR))),
                "user_not_found");
        assertProblem(() -> asA.call(() -> users.disable(foreign)), "user_not_found");
        assertProblem(() -> asA.call(() -> users.enable(foreign)), "user_not_found");
        assertProblem(() -> asA.call(() -> {
            users.delete(foreign);
            return null;
        }), "user_not_found");
        assertThat(asA.call(() -> users.disableAll(List.of(foreign)))).isZero();
        assertThat(asA.call(() -> users.deleteAll(List.of(foreign)))).isZero();
        assertThat(asA.call(() -> users.list(UserFilter.all(), PageRequest.first(200)).items()))
                .extracting(account -> account.tenant()).containsOnly(tenantA);

        UserAccount unchanged = CallerContext.system("kernel-it", tenantB).call(() -> users.get(foreign));
        assertThat(unchanged.details().displayName()).isEqualTo("乙居民");
        assertThat(unchanged.details().status().name()).isEqualTo("ENABLED");
    }

    @Test
    void theLedgerWritesEachPostingOnceRefusesUnbalancedOnesAndCorrectsOnlyByReversal() {
        CallerContext inA = CallerContext.system("kernel-it", tenantA);
        LedgerAccount clearing = LedgerAccount.of("gateway:clearing");
        LedgerAccount provider = LedgerAccount.of("provider:1:payable");
        String reference = "order:" + UUID.randomUUID();
        PostingDraft draft = PostingDraft.of("payment-split", reference + ":paid", reference)
                .debit(clearing, Asset.CNY, 12_000).credit(provider, Asset.CNY, 12_000).build();

        LedgerPosting first = inA.call(() -> ledger.post(draft));
        assertThat(inA.call(() -> ledger.post(draft)).id()).as("the same key again").isEqualTo(first.id());
        assertProblem(() -> inA.call(() -> ledger.post(PostingDraft.of("payment-split", reference + ":paid",
                reference).debit(clearing, Asset.CNY, 1).credit(provider, Asset.CNY, 1).build())),
                "ledger_key_reused");
        assertThatThrownBy(() -> inA.call(() -> ledger.post(PostingDraft.of("broken", reference + ":broken",
                reference).debit(clearing, Asset.CNY, 2).credit(provider, Asset.CNY, 1).build())))
                .hasStackTraceContaining("unbalanced");
        assertThat(inA.call(() -> ledger.balance(provider, Asset.CNY))).isEqualTo(-12_000);

        LedgerPosting reversal = inA.call(() -> ledger.reverse(first.id(), reference + ":reversed", "wrong order"));
        assertThat(reversal.reverses()).isEqualTo(first.id());
        assertThat(inA.call(() -> ledger.linesOf(reversal.id()))).extracting(LedgerLine::amount)
                .containsExactlyInAnyOrder(-12_000L, 12_000L);
        assertProblem(() -> inA.call(() -> ledger.reverse(first.id(), reference + ":again", "twice")),
                "ledger_already_reversed");
        assertThat(inA.call(() -> ledger.balance(provider, Asset.CNY))).isZero();
        assertThat(inA.call(() -> ledger.postings(reference, PageRequest.first(10)).items())).hasSize(2);
        assertThat(inA.call(() -> ledger.check()).clean()).isTrue();

        CallerContext inB = CallerContext.system("kernel-it", tenantB);
        assertThat(inB.call(() -> ledger.postings(reference, PageRequest.first(10)).items())).isEmpty();
        assertThat(inB.call(() -> ledger.balance(clearing, Asset.CNY))).isZero();
        assertProblem(() -> inB.call(() -> ledger.reverse(first.id(), reference + ":b", "foreign")),
                "posting_not_found");
    }

    @Test
    void lastMonthsModulesAreInvoicedByTheDayPostedAsReceivableAndPaid() {
        CallerContext inA = CallerContext.system("kernel-it", tenantA);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        int days = lastMonth.lengthOfMonth();
        enableParkingOn(tenantA, lastMonth.atDay(days - 9));
        assertProblem(() -> inA.call(() -> invoicing.issue(YearMonth.now(ChinaTime.ZONE))), "validation_failed");
        Invoice invoice = inA.call(() -> invoicing.issue(lastMonth)).orElseThrow();
        long expected = Math.round(30_000.0 * 10 / days);
        assertThat(invoice.amount()).isEqualTo(Money.fen(expected));
        assertThat(invoice.number()).isEqualTo("LL-" + tenantA.value() + "-"
                + lastMonth.format(DateTimeFormatter.ofPattern("yyyyMM")));
        assertThat(inA.call(() -> invoicing.issue(lastMonth)).orElseThrow().id()).isEqualTo(invoice.id());
        assertThat(inA.call(() -> invoicing.lines(invoice.id()))).singleElement()
                .satisfies(line -> assertThat(line.days()).isEqualTo(10));
        assertThat(inA.call(() -> ledger.balance(InvoicingService.RECEIVABLE,
                Asset.CNY))).isEqualTo(expected);

        inA.call(() -> invoicing.recordPayment(invoice.id(), "网银转账 20261201"));
        assertThat(inA.call(() -> ledger.balance(InvoicingService.RECEIVABLE,
                Asset.CNY))).isZero();
        assertProblem(() -> inA.call(() -> invoicing.recordPayment(invoice.id(), "again")), "invalid_transition");
        assertThat(CallerContext.system("kernel-it", tenantB).call(() -> invoicing.invoices(PageRequest.first(10))
                .items())).isEmpty();
        assertThat(inA.call(() -> ledger.check()).clean()).isTrue();
    }

    @Test
    void aModuleInvoiceIsPaidAtTheCashierOnceAndAPaymentNoLongerOwedGoesBack() {
        CallerContext inA = CallerContext.system("kernel-it", tenantA);
        CallerContext operator = CallerContext.of(actor(operatorA), tenantA);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        enableParkingOn(tenantA, lastMonth.minusMonths(1).atDay(1));
        Invoice older = inA.call(() -> invoicing.issue(lastMonth.minusMonths(1))).orElseThrow();
        Invoice newer = inA.call(() -> invoicing.issue(lastMonth)).orElseThrow();

        PaymentPort.PaymentStart start = operator.call(() -> invoicing.payOnline(older.id(),
                PaymentPort.Channel.DESKTOP));
        assertThat(start.confirmed()).isFalse();
        assertThat(start.reference()).isEqualTo("LI" + tenantA.value() + "_" + older.id() + "_1");
        assertThat(start.cashierUrl()).contains("alipay.trade.page.pay");
        assertThat(operator.call(() -> invoicing.payOnline(older.id(), PaymentPort.Channel.DESKTOP)).reference())
                .as("a waiting attempt is reopened").isEqualTo(start.reference());
        Map<String, String> notify = sandbox.payAtCashier(start.cashierUrl());
        assertThat(notifications.receive(notify)).isTrue();
        assertThat(notifications.receive(notify)).as("a duplicate").isTrue();

        Invoice paid = inA.call(() -> invoicing.invoice(older.id()));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paymentReference()).isEqualTo(start.reference());
        assertThat(inA.call(() -> ledger.postings(older.ledgerReference(), PageRequest.first(10)).items()))
                .extracting(LedgerPosting::kind)
                .containsExactly("invoice", "invoice-payment");
        assertThat(inA.call(() -> ledger.balance(BillingAccounts.GATEWAY_CLEARING, Asset.CNY)))
                .isEqualTo(older.amount().fen());
        assertThat(inA.call(() -> ledger.balance(InvoicingService.RECEIVABLE, Asset.CNY)))
                .isEqualTo(newer.amount().fen());
        assertProblem(() -> operator.call(() -> invoicing.payOnline(older.id(), PaymentPort.Channel.DESKTOP)),
                "invalid_transition");

        // Opened at the cashier, then paid by bank transfer, then confirmed at the cashier after all: the bank
        // transfer stands and the gateway's payment is refunded in full.
        PaymentPort.PaymentStart second = operator.call(() -> invoicing.payOnline(newer.id(),
                PaymentPort.Channel.DESKTOP));
        inA.call(() -> invoicing.recordPayment(newer.id(), "网银转账 0042"));
        assertThat(notifications.receive(sandbox.payAtCashier(second.cashierUrl()))).isTrue();
        assertThat(inA.call(() -> invoicing.invoice(newer.id())).paymentReference()).isEqualTo("网银转账 0042");
        assertThat(inA.call(() -> payments.invoicePayments(newer.id()))).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.refunded()).isEqualTo(newer.amount());
        });
        assertThat(inA.call(() -> ledger.balance(InvoicingService.BANK, Asset.CNY))).isEqualTo(newer.amount().fen());
        assertThat(inA.call(() -> ledger.balance(BillingAccounts.GATEWAY_CLEARING, Asset.CNY)))
                .isEqualTo(older.amount().fen());
        assertThat(inA.call(() -> ledger.check()).clean()).isTrue();
        assertThat(CallerContext.system("kernel-it", tenantB).call(() -> payments.invoicePayments(older.id())))
                .isEmpty();
    }

    @Test
    void tradesNobodyPaysAreClosedByTheWatchInEveryTenantAndPayingAgainOpensANewOne() {
        CallerContext operator = CallerContext.of(actor(operatorA), tenantA);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        Map<TenantId, Invoice> invoices = new HashMap<>();
        for (TenantId tenant : List.of(tenantA, tenantB)) {
            CallerContext in = CallerContext.system("kernel-it", tenant);
            enableParkingOn(tenant, lastMonth.atDay(1));
            Invoice invoice = in.call(() -> invoicing.issue(lastMonth)).orElseThrow();
            in.call(() -> invoicing.payOnline(invoice.id(), PaymentPort.Channel.DESKTOP));
            invoices.put(tenant, invoice);
            assertThat(in.call(() -> payments.anyWaiting(Duration.ofMinutes(1))))
                    .as("a trade is left to its notify for a minute").isFalse();
        }

        try {
            clocks.travelTo(Instant.now().plus(Duration.ofMinutes(16)));
            watch.roundNow();
        } finally {
            clocks.backToNow();
        }
        for (TenantId tenant : List.of(tenantA, tenantB)) {
            CallerContext in = CallerContext.system("kernel-it", tenant);
            assertThat(in.call(() -> payments.invoicePayments(invoices.get(tenant).id()))).as("in " + tenant)
                    .singleElement().satisfies(p -> {
                        assertThat(p.status()).isEqualTo(PaymentStatus.CLOSED);
                        assertThat(p.closedAt()).isNotNull();
                    });
            assertThat(in.call(() -> invoicing.invoice(invoices.get(tenant).id())).status())
                    .isEqualTo(InvoiceStatus.ISSUED);
        }
        long invoiceA = invoices.get(tenantA).id();
        assertThat(operator.call(() -> invoicing.payOnline(invoiceA, PaymentPort.Channel.DESKTOP)).reference())
                .isEqualTo("LI" + tenantA.value() + "_" + invoiceA + "_2");
    }

    @Test
    void aRefundWhoseAnswerIsLostInACrashIsFinishedByTheWatchOnceAtTheGatewayAndOnceHere() throws Exception {
        CallerContext inA = CallerContext.system("kernel-it", tenantA);
        CallerContext operator = CallerContext.of(actor(operatorA), tenantA);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        enableParkingOn(tenantA, lastMonth.atDay(1));
        Invoice invoice = inA.call(() -> invoicing.issue(lastMonth)).orElseThrow();
        PaymentPort.PaymentStart start = operator.call(() -> invoicing.payOnline(invoice.id(),
                PaymentPort.Channel.DESKTOP));
        inA.call(() -> invoicing.recordPayment(invoice.id(), "网银转账 0077"));
        Map<String, String> notify = sandbox.payAtCashier(start.cashierUrl());
        String trade = start.reference();

        // The notify is taken and the payment no longer owed is refunded at the gateway; then the server dies before
        // its transaction commits (a rollback stands in for the crash).
        transaction.begin();
        try {
            notifications.receive(notify);
        } finally {
            transaction.rollback();
        }
        assertThat(sandbox.refundsOf(trade)).as("the gateway did refund").hasSize(1);

        // A restarted container: the watch's next rounds find the refund written down and finish it.
        for (int round = 0; round < 2; round++) {
            try {
                clocks.travelTo(Instant.now().plus(Duration.ofMinutes(2 + round)));
                watch.roundNow();
            } finally {
                clocks.backToNow();
            }
        }
        assertThat(sandbox.refundsOf(trade)).as("refunded once at the gateway")
                .containsExactly(Map.entry("BACK" + trade, invoice.amount().fen()));
        Payment payment = inA.call(() -> payments.invoicePayments(invoice.id())).get(0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.refunded()).isEqualTo(invoice.amount());
        assertThat(inA.call(() -> payments.refunds(payment.id()))).as("refunded once here").singleElement()
                .satisfies(r -> {
                    assertThat(r.requestNo()).isEqualTo("BACK" + trade);
                    assertThat(r.amount()).isEqualTo(invoice.amount());
                });
        assertThat(inA.call(() -> intents.ofTrade(trade))).singleElement().satisfies(intent -> {
            assertThat(intent.kind()).isEqualTo(GatewayIntent.Kind.REFUND);
            assertThat(intent.status()).isEqualTo(GatewayIntent.Status.DONE);
            assertThat(intent.amount()).isEqualTo(invoice.amount());
        });
        assertThat(inA.call(() -> invoicing.invoice(invoice.id())).paymentReference()).isEqualTo("网银转账 0077");
        assertThat(inA.call(() -> ledger.check()).clean()).isTrue();
    }

    @Test
    void aRefundRolledBackAfterTheGatewayAnsweredIsRecordedByTheWatchAndARetryKeepsItsNumberAndAmount()
            throws Exception {
        CallerContext inA = CallerContext.system("kernel-it", tenantA);
        CallerContext operator = CallerContext.of(actor(operatorA), tenantA);
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        enableParkingOn(tenantA, lastMonth.atDay(1));
        Invoice invoice = inA.call(() -> invoicing.issue(lastMonth)).orElseThrow();
        PaymentPort.PaymentStart start = operator.call(() -> invoicing.payOnline(invoice.id(),
                PaymentPort.Channel.DESKTOP));
        assertThat(notifications.receive(sandbox.payAtCashier(start.cashierUrl()))).isTrue();
        String trade = start.reference();
        long paymentId = inA.call(() -> payments.invoicePayments(invoice.id())).get(0).id();
        PaymentPort.RefundRequest tenYuan = new PaymentPort.RefundRequest(tenantA, null, trade, Money.fen(1_000),
                "R-crash-1");

        transaction.begin();
        try {
            inA.call(() -> payments.anyWaiting(Duration.ZERO));
            assertThat(inA.call(() -> alipayPayments.refund(tenYuan)).done()).isTrue();
        } finally {
            transaction.rollback();
        }
        assertThat(sandbox.refundsOf(trade)).containsExactly(Map.entry("R-crash-1", 1_000L));
        assertThat(inA.call(() -> payments.refunds(paymentId))).as("lost with the rollback").isEmpty();

        try {
            clocks.travelTo(Instant.now().plus(Duration.ofMinutes(2)));
            watch.roundNow();
        } finally {
            clocks.backToNow();
        }
        assertThat(inA.call(() -> payments.refunds(paymentId))).singleElement()
                .satisfies(r -> assertThat(r.amount()).isEqualTo(Money.fen(1_000)));
        assertThat(inA.call(() -> intents.ofTrade(trade))).singleElement().satisfies(intent ->
                assertThat(intent.status()).isEqualTo(GatewayIntent.Status.DONE));

        // Asked again under the same number for another amount: what was first asked, and nothing more is sent.
        PaymentPort.RefundResult again = refundAsPort(inA, new PaymentPort.RefundRequest(tenantA, null, trade,
                Money.fen(2_000), "R-crash-1"));
        assertThat(again.done()).isTrue();
        assertThat(again.amount()).isEqualTo(Money.fen(1_000));
        assertThat(sandbox.refundsOf(trade)).hasSize(1);
        // Never more than the payment can still give back.
        assertProblem(() -> refundAsPort(inA, new PaymentPort.RefundRequest(tenantA, null, trade, invoice.amount(),
                "R-crash-2")), "refund_exceeds_payment");
        assertThat(inA.call(() -> payments.invoicePayments(invoice.id())).get(0).refunded())
                .isEqualTo(Money.fen(1_000));
    }

    @Test
    void anOrderNobodyPaysExpiresAfterThePaymentTimeoutAndFreesItsSlot() {
        TenantId demo = tenantDirectory.active().stream().filter(t -> !CallerContext.system("kernel-it", t)
                .call(() -> users.list(new UserFilter("resident-a", null, null), PageRequest.first(1)).items())
                .isEmpty()).findFirst().orElseThrow();
        UserAccount residentA = CallerContext.system("kernel-it", demo).call(() -> users.list(
                new UserFilter("resident-a", null, null), PageRequest.first(1)).items().get(0));
        CallerContext resident = CallerContext.of(actor(residentA), demo);
        Offering hourly = resident.call(() -> catalog.browse(
                new CatalogService.OfferingFilter(null, null, null),
                PageRequest.first(50)).items()).stream().filter(o -> o.title().equals("日常保洁（按小时）"))
                .findFirst().orElseThrow();
        long slot = resident.call(() -> slots.free(hourly.provider(), null, null)).get(0).id();
        OrderId order = resident.call(() -> orders.place(
                new OrderCommands.NewOrder(hourly.id(), slot, 1, null, null),
                UUID.randomUUID().toString())).order().id();
        assertThat(resident.call(() -> orders.pay(order, PaymentPort.Channel.PHONE)).cashierUrl()).isNotNull();
        assertThat(resident.call(() -> slots.free(hourly.provider(), null, null)))
                .extracting(ServiceSlot::id).doesNotContain(slot);

        try {
            clocks.travelTo(Instant.now().plus(Duration.ofMinutes(5)));
            watch.roundNow();
            assertThat(resident.call(() -> orders.get(order)).order().status())
                    .as("the payer still has time").isEqualTo(OrderStatus.PLACED);
            clocks.travelTo(Instant.now().plus(Duration.ofMinutes(17)));
            watch.roundNow();
        } finally {
            clocks.backToNow();
        }
        assertThat(resident.call(() -> orders.get(order)).order().status())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(resident.call(() -> orders.history(order))).last()
                .satisfies(step -> assertThat(step.action()).isEqualTo("expire"));
        assertThat(CallerContext.system("kernel-it", demo).call(() -> payments.payments(order))).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.CLOSED));
        assertThat(resident.call(() -> slots.free(hourly.provider(), null, null)))
                .extracting(ServiceSlot::id).as("the slot is free again").contains(slot);
    }

    @Test
    void fourMembersFiringAJobAtOnceDoEachTenantsPeriodOnceAndTheNextPeriodAgain() throws Exception {
        ScheduledJob job = ScheduledJob.every(
                unique("kernel-it").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"),
                Duration.ofMinutes(5), Duration.ofMinutes(1));
        Map<TenantId, AtomicInteger> runs = new ConcurrentHashMap<>();
        Function<TenantId, String> work = tenant -> {
            assertThat(TenantContext.require()).as("acting for the tenant").isEqualTo(tenant);
            runs.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
            return null;
        };
        // Well inside a five-minute slice, so the round cannot straddle two periods.
        Instant slice = Instant.ofEpochSecond(
                Math.floorDiv(Instant.now().getEpochSecond(), 300) * 300 + 3_000);
        ExecutorService members = Executors.newFixedThreadPool(4);
        try {
            clocks.travelTo(slice.plusSeconds(30));
            List<TenantId> active = tenantDirectory.active();
            int ran = 0;
            Callable<Map<JobLeases.Outcome, Integer>> member = () -> rounds.everyTenant(job,
                    work);
            for (Future<Map<JobLeases.Outcome, Integer>> round
                    : members.invokeAll(Collections.nCopies(4, member))) {
                ran += round.get().getOrDefault(JobLeases.Outcome.RAN, 0);
            }
            assertThat(runs.keySet()).containsAll(active);
            assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            assertThat(ran).isEqualTo(runs.size());

            assertThat(rounds.everyTenant(job, work)).as("the same period again")
                    .doesNotContainKey(JobLeases.Outcome.RAN);
            clocks.travelTo(slice.plusSeconds(300 + 30));
            assertThat(rounds.everyTenant(job, work).get(JobLeases.Outcome.RAN))
                    .as("the next period").isEqualTo(runs.size());
            assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(2));
        } finally {
            clocks.backToNow();
            members.shutdownNow();
        }
    }

    @Test
    void theMonthlyCycleIssuesLastMonthsInvoiceInEveryTenantThatHadAPaidModule() {
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        enableParkingOn(tenantA, lastMonth.atDay(11));
        invoiceCycle.roundNow();
        invoiceCycle.roundNow();
        List<Invoice> issued = CallerContext.system("kernel-it", tenantA)
                .call(() -> invoicing.invoices(PageRequest.first(10)).items());
        assertThat(issued).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).isEqualTo("LL-" + tenantA.value() + "-"
                    + lastMonth.format(DateTimeFormatter.ofPattern("yyyyMM")));
            assertThat(invoice.amount()).as("21 of 30 or 31 days of ¥300").isEqualTo(Money.fen(
                    Math.round(30_000.0 * (lastMonth.lengthOfMonth() - 10) / lastMonth.lengthOfMonth())));
        });
        assertThat(CallerContext.system("kernel-it", tenantB).call(() -> invoicing.invoices(PageRequest.first(10))
                .items())).as("no paid module").isEmpty();
    }

    /** The tenant has had parking (¥300.00 a month) since {@code day}. */
    private void enableParkingOn(TenantId tenant, LocalDate day) {
        try {
            clocks.travelTo(day.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            CallerContext.system("kernel-it", tenant).run(() -> modules.enable(Module.PARKING, Money.fen(30_000)));
        } finally {
            clocks.backToNow();
        }
    }

    @Test
    void aTransactionKeepsItsTenantEvenWhileItRollsBack() throws Exception {
        transaction.begin();
        try {
            CallerContext.system("kernel-it", tenantA).call(() -> users.list(UserFilter.all(), PageRequest.first(1)));
            assertThatThrownBy(() -> CallerContext.system("kernel-it", tenantB)
                    .call(() -> users.list(UserFilter.all(), PageRequest.first(1))))
                    .hasStackTraceContaining("the tenant cannot change inside a transaction");
            transaction.setRollbackOnly();
            assertThatThrownBy(() -> CallerContext.system("kernel-it", tenantB)
                    .call(() -> users.list(UserFilter.all(), PageRequest.first(1))))
                    .as("marked for rollback, its persistence context still carries tenant A")
                    .hasStackTraceContaining("the tenant cannot change inside a transaction");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aTenantsUserCannotBeBoundToAnotherTenant() {
        CallerContext misbound = CallerContext.of(actor(operatorA), tenantB);
        assertProblem(() -> misbound.call(() -> users.list(UserFilter.all(), PageRequest.first(10))),
                "tenant_forbidden");
        CallerContext unbound = CallerContext.system("kernel-it", null);
        assertProblem(() -> unbound.call(() -> users.list(UserFilter.all(), PageRequest.first(10))),
                "tenant_required");
    }

    @Test
    void twoTenantsTimesEightThreadsInterleavedNeverMix() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                work.add(CallerContext.system("kernel-it", tenantA).wrap(() -> reads(tenantA, operatorA.id())));
                work.add(CallerContext.system("kernel-it", tenantB).wrap(() -> reads(tenantB, userB.id())));
            }
            int crossTenantRows = 0;
            for (Future<Integer> result : pool.invokeAll(work)) {
                crossTenantRows += result.get();
            }
            assertThat(crossTenantRows).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    /** 50 rounds of finds and lists; returns how many rows of another tenant came back. */
    private int reads(TenantId own, UserId ownUser) {
        int foreign = 0;
        for (int round = 0; round < 50; round++) {
            if (!users.get(ownUser).tenant().equals(own)) {
                foreign++;
            }
            foreign += (int) users.list(UserFilter.all(), PageRequest.first(50)).items().stream()
                    .filter(account -> !account.tenant().equals(own)).count();
        }
        return foreign;
    }

    @Test
    void asynchronousWorkCarriesTheTenantOnlyWhenPassedOn() throws Exception {
        CallerContext asA = CallerContext.of(actor(operatorA), tenantA);
        Future<Long> carried = asA.call(() -> executor.submit(CallerContext.capture().wrap(
                () -> users.list(UserFilter.all(), PageRequest.first(1)).total())));
        assertThat(carried.get(30, TimeUnit.SECONDS)).isPositive();

        Future<TenantId> bare = asA.call(() -> executor.submit(() -> TenantContext.current().orElse(null)));
        assertThat(bare.get(30, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aPaidModuleIsUsableOnlyWhileEnabledAndEachPeriodIsKeptForBilling() {
        CallerContext platformInA = CallerContext.system("kernel-it", tenantA);
        CallerContext operator = CallerContext.of(actor(operatorA), tenantA);
        assertProblem(() -> operator.call(parking::lots), "module_disabled");

        platformInA.call(() -> modules.enable(Module.PARKING, Money.fen(50_000)));
        assertThat(operator.call(parking::lots)).isEqualTo("lots");
        assertProblem(() -> CallerContext.system("kernel-it", tenantB).call(parking::lots), "module_disabled");

        platformInA.call(() -> modules.enable(Module.PARKING, Money.fen(60_000)));
        platformInA.call(() -> modules.disable(Module.PARKING));
        assertProblem(() -> operator.call(parking::lots), "module_disabled");

        List<ModuleSubscription> periods = platformInA.call(modules::history);
        assertThat(periods).extracting(ModuleSubscription::monthlyFee)
                .containsExactly(Money.fen(50_000), Money.fen(60_000));
        assertThat(periods).allSatisfy(period -> assertThat(period.endedAt()).isNotNull());
        assertProblem(() -> operator.call(() -> modules.enable(Module.PARKING, Money.ZERO)), "forbidden");
        assertProblem(() -> platformInA.call(() -> modules.disable(Module.BASIC)), "module_always_enabled");
    }

    @Test
    void fiftyParallelRedemptionsFromOneAccountNeverOverdrawItAndOtherMembersDoNotWait() throws Exception {
        UserAccount first = residentAccount();
        UserAccount second = residentAccount();
        List<ResidentId> members = residentsFor(tenantA, first, second);
        CallerContext points = CallerContext.system("kernel-it", tenantA);
        points.call(() -> wallet.award(Award.of(members.get(0), 1000, unique("grant"),
                org.linli.tenants.points.EventKind.CHECK_IN, "kernel-it")));
        points.call(() -> wallet.award(Award.of(members.get(1), 100, unique("grant"),
                org.linli.tenants.points.EventKind.CHECK_IN, "kernel-it")));
        long reward = points.call(() -> mall.addReward(new MallCommands.NewReward(
                "环保袋", "可重复使用", 30L, 1000, 1000))).id();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        int redeemed = 0;
        int refused = 0;
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                work.add(CallerContext.of(actor(first), tenantA).wrap(() -> mall.redeem(reward).pickupCode()));
            }
            for (Future<String> result : pool.invokeAll(work)) {
                try {
                    assertThat(result.get()).matches("\\d{8}");
                    redeemed++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DomainException.class);
                    assertThat(((DomainException) e.getCause()).code()).isEqualTo("points_insufficient");
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(redeemed).as("floor(1000 / 30) redemptions, no more").isEqualTo(33);
        assertThat(refused).isEqualTo(17);
        assertThat(points.call(() -> wallet.balance(members.get(0)))).isEqualTo(10);
        assertThat(CallerContext.of(actor(first), tenantA).call(() -> statement.me()).balance()).isEqualTo(10);
        assertThat(points.call(() -> ledger.balance(PointsAccounts.REDEEMED, Asset.POINTS)))
                .isEqualTo(-990);
        assertThat(points.call(() -> mall.rewards(PageRequest.first(10))).items().get(0).stock()).isEqualTo(967);

        // While one transaction holds the first member's row, the second member redeems at once; the first waits.
        transaction.begin();
        Future<String> blocked;
        try {
            points.call(() -> wallet.award(Award.of(members.get(0), 20, unique("grant"),
                    org.linli.tenants.points.EventKind.CHECK_IN, "holds the row")));
            Future<String> other = executor.submit(CallerContext.of(actor(second), tenantA)
                    .wrap(() -> mall.redeem(reward).pickupCode()));
            assertThat(other.get(5, TimeUnit.SECONDS)).as("another member never waits").matches("\\d{8}");
            blocked = executor.submit(CallerContext.of(actor(first), tenantA).wrap(() -> mall.redeem(reward)
                    .pickupCode()));
            Thread.sleep(1000);
            assertThat(blocked.isDone()).as("the same member waits for the lock").isFalse();
        } finally {
            transaction.commit();
        }
        assertThat(blocked.get(10, TimeUnit.SECONDS)).matches("\\d{8}");
        assertThat(points.call(() -> wallet.balance(members.get(0)))).isZero();
        assertThat(points.call(() -> wallet.balance(members.get(1)))).isEqualTo(70);
        Ledger.Check check = points.call(() -> ledger.check());
        assertThat(check.clean()).as(check.toString()).isTrue();
    }

    @Test
    void theExpiryJobPostsExpiredLotsOnceAndRemindsOncePerExpiryDate() {
        UserAccount account = residentAccount();
        ResidentId member = residentsFor(tenantA, account).get(0);
        CallerContext points = CallerContext.system("kernel-it", tenantA);
        points.call(() -> pointsSettings.change(ExpiryPolicy.MONTHS, 1, 30));
        Instant now = Instant.now();
        try {
            clocks.travelTo(now.minus(Duration.ofDays(60)));
            points.call(() -> wallet.award(Award.of(member, 70, unique("old"),
                    org.linli.tenants.points.EventKind.FORM_ANSWERED, "two months ago")));
            clocks.travelTo(now.minus(Duration.ofDays(10)));
            points.call(() -> wallet.award(Award.of(member, 25, unique("recent"),
                    org.linli.tenants.points.EventKind.FORM_ANSWERED, "ten days ago")));
        } finally {
            clocks.backToNow();
        }
        assertThat(points.call(() -> wallet.balance(member))).as("not yet expired by the job").isEqualTo(95);

        PointsWallet.ExpiryRun run = points.call(() -> wallet.expireDue());
        assertThat(run.lotsExpired()).isEqualTo(1);
        assertThat(run.pointsExpired()).isEqualTo(70);
        assertThat(run.reminders()).isEqualTo(1);
        PointsWallet.ExpiryRun again = points.call(() -> wallet.expireDue());
        assertThat(again.lotsExpired()).isZero();
        assertThat(again.reminders()).as("reminded once per expiry date").isZero();

        assertThat(points.call(() -> wallet.balance(member))).isEqualTo(25);
        assertThat(points.call(() -> ledger.balance(PointsAccounts.EXPIRED, Asset.POINTS)))
                .isEqualTo(-70);
        PointsStatement.Summary mine = CallerContext.of(actor(account), tenantA)
                .call(() -> statement.me());
        assertThat(mine.balance()).isEqualTo(25);
        assertThat(mine.expiringSoon()).isEqualTo(25);
        assertThat(mine.reminders()).singleElement().satisfies(reminder -> assertThat(reminder.points())
                .isEqualTo(25));
        assertThat(points.call(() -> ledger.check()).clean()).isTrue();
    }

    @Test
    void anElderAlonesStillDayAlertsTheFamilyOpensACaseWhenNobodyAcknowledgesAndEndsWhenTheDoorOpens() {
        CallerContext system = CallerContext.system("kernel-it", tenantA);
        system.call(() -> modules.enable(Module.ELDER_CARE, Money.ZERO));
        UserAccount elderAccount = residentAccount();
        UserAccount daughterAccount = residentAccount();
        UserAccount strangerAccount = residentAccount();
        ResidentId elder = residentsFor(tenantA, elderAccount).get(0);
        ResidentId daughter = residentsFor(tenantA, daughterAccount).get(0);
        residentsFor(tenantA, strangerAccount);
        long home = system.call(() -> {
            residents.update(elder, new ResidentCommands.ResidentChanges(null, null,
                    null, null, null, null, Set.of(Tag.ELDERLY_ALONE)));
            care.link(elder, daughter, "女儿");
            return directory.get(elder).household().value();
        });
        CallerContext elderSelf = CallerContext.of(actor(elderAccount), tenantA);
        CallerContext family = CallerContext.of(actor(daughterAccount), tenantA);
        CallerContext stranger = CallerContext.of(actor(strangerAccount), tenantA);
        LocalDate day = LocalDate.now(ChinaTime.ZONE).minusDays(3);
        try {
            at(day.minusDays(1), 20, 0);
            long door = system.call(() -> deviceRegistry.register(new DeviceCommands
                    .Registration("家门门磁", DeviceKind.DOOR_SENSOR,
                    PlaceKind.HOUSEHOLD, null, null, home, null, 7 * 24 * 60)).device().id());
            at(day.minusDays(1), 20, 30);
            assertThat(doorOpens(system, door).alertId()).as("activity at home is no alert").isNull();

            at(day, 10, 0);
            assertThat(system.call(elderActivity::sweep).raised()).as("three hours of the day").isZero();
            at(day, 11, 5);
            ElderActivity.Sweep first = system.call(elderActivity::sweep);
            assertThat(first.raised()).isEqualTo(1);
            ElderActivity.ConcernView raised = family.call(() -> elderActivity
                    .concerns(true, PageRequest.first(10))).items().get(0);
            assertThat(raised.concern().silentSince()).isEqualTo(day.atTime(7, 0).atZone(ChinaTime.ZONE).toInstant());
            assertThat(raised.acknowledgeBy()).isCloseTo(day.atTime(12, 5).atZone(ChinaTime.ZONE).toInstant(),
                    Assertions.within(1, ChronoUnit.MINUTES));
            assertThat(messageKeys(family)).contains("inbox.activity.raised");
            assertThat(messageKeys(elderSelf)).contains("inbox.activity.raised");
            assertThat(system.call(elderActivity::sweep).raised()).as("one concern at a time").isZero();
            assertThat(stranger.call(() -> elderActivity.concerns(false, PageRequest.first(10))).items()).isEmpty();
            long concern = raised.concern().id();
            assertProblem(() -> stranger.call(() -> elderActivity.acknowledge(concern, "我看到了")),
                    "activity_concern_not_found");
            assertProblem(() -> CallerContext.of(actor(userB), tenantB).call(() -> elderActivity.concern(concern)),
                    "activity_concern_not_found");

            at(day, 12, 10);
            assertThat(system.call(elderActivity::sweep).escalated()).as("nobody acknowledged in an hour")
                    .isEqualTo(1);
            ElderActivity.ConcernView escalated = system.call(() -> elderActivity
                    .concern(concern));
            assertThat(escalated.concern().state()).isEqualTo(ConcernState.ESCALATED);
            CaseView opened = system.call(() -> caseHandling.get(escalated.concern()
                    .caseId()));
            assertThat(opened.civicCase().source()).isEqualTo(CaseSource.DEVICE);
            assertThat(opened.civicCase().place().householdId()).isEqualTo(home);
            assertThat(messageKeys(family)).contains("inbox.activity.escalated");

            at(day, 12, 20);
            family.call(() -> elderActivity.acknowledge(concern, "已电话联系，妈妈在午睡"));
            assertProblem(() -> elderSelf.call(() -> elderActivity.acknowledge(concern, null)),
                    "activity_concern_acknowledged");
            assertThat(system.call(() -> caseHandling.get(escalated.concern().caseId())).steps())
                    .anySatisfy(step -> assertThat(step.step().body()).contains("已电话联系"));
            assertThat(messageKeys(elderSelf)).contains("inbox.activity.acknowledged");

            at(day, 13, 0);
            doorOpens(system, door);
            at(day, 13, 5);
            assertThat(system.call(elderActivity::sweep).resolved()).isEqualTo(1);
            assertThat(system.call(() -> elderActivity.concern(concern)).concern().state())
                    .isEqualTo(ConcernState.RESOLVED);

            at(day.plusDays(1), 8, 0);
            doorOpens(system, door);
            at(day.plusDays(1), 12, 5);
            assertThat(system.call(elderActivity::sweep).raised()).isEqualTo(1);
            long second = family.call(() -> elderActivity.concerns(true, PageRequest.first(10))).items().get(0)
                    .concern().id();
            elderSelf.call(() -> elderActivity.acknowledge(second, "我没事，在家看电视"));
            at(day.plusDays(1), 13, 30);
            assertThat(system.call(elderActivity::sweep).escalated()).as("acknowledged in time").isZero();
            at(day.plusDays(1), 23, 0);
            assertThat(system.call(elderActivity::sweep).raised()).as("nights never alert").isZero();
            at(day.plusDays(2), 7, 30);
            ElderActivity.Sweep morning = system.call(elderActivity::sweep);
            assertThat(morning.resolved()).as("a new day is judged afresh").isEqualTo(1);
            assertThat(morning.raised()).isZero();
        } finally {
            clocks.backToNow();
        }
    }

    private DeviceEventPipeline.Receipt doorOpens(CallerContext system, long door) {
        return system.call(() -> devicePipeline.accept(door, UUID.randomUUID().toString(),
                new DeviceEvent(org.linli.tenants.devices.EventKind.DOOR_OPEN,
                        clock.instant(), null, null)));
    }

    private List<String> messageKeys(CallerContext reader) {
        return reader.call(() -> inbox.mine(false, PageRequest.first(50)).items()).stream()
                .map(InboxMessage::key).toList();
    }

    private void at(LocalDate day, int hour, int minute) {
        clocks.travelTo(day.atTime(hour, minute).atZone(ChinaTime.ZONE).toInstant());
    }

    private UserAccount residentAccount() {
        return CallerContext.system("kernel-it", tenantA).call(() -> users.create(
                new NewUser(unique("member"), "居民", Role.RESIDENT, "secret-123")));
    }

    /** Verified residents of one new home in {@code tenant}, each linked to one of {@code accounts}. */
    private List<ResidentId> residentsFor(TenantId tenant, UserAccount... accounts) {
        CallerContext system = CallerContext.system("kernel-it", tenant);
        return system.call(() -> {
            var community = structure.createCommunity(new StructureCommands.NewCommunity(
                    unique("积分小区"), null));
            var building = structure.createBuilding(new StructureCommands.NewBuilding(
                    community.id(), "1栋"));
            var unit = structure.createUnit(new StructureCommands.NewUnit(building.id(),
                    "1单元"));
            var home = structure.createHousehold(new StructureCommands.NewHousehold(
                    unit.id(), "101", new BigDecimal("80.00")));
            List<ResidentId> made = new ArrayList<>();
            for (UserAccount account : accounts) {
                var resident = residents.create(new ResidentCommands.NewResident(
                        home.id(), "积分居民", null, null, null, null, null, null));
                residents.linkAccount(resident.id(), account.id());
                made.add(resident.id());
            }
            return made;
        });
    }

    private static Actor actor(UserAccount account) {
        return Actor.user(account.id().value(), account.details().username(), account.details().displayName(),
                account.details().role(), account.tenant());
    }

    /** The refund port as an order's use case calls it: in a transaction bound to the tenant (by a first read). */
    private PaymentPort.RefundResult refundAsPort(CallerContext in, PaymentPort.RefundRequest request)
            throws Exception {
        transaction.begin();
        try {
            in.call(() -> payments.anyWaiting(Duration.ZERO));
            PaymentPort.RefundResult result = in.call(() -> alipayPayments.refund(request));
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private static void assertProblem(Callable<?> call, String code) {
        assertThatThrownBy(call::call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
