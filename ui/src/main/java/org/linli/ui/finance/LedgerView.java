package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerLine;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.money.Money;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.points.PointsReports;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatCard;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.Locale;

/**
 * The tenant's ledger for finance staff: whether it balances, what the platform and the tenant have earned, what is
 * owed to providers and still held by the gateway, the trial balance, and the postings of any order.
 */
@Route(value = "finance/ledger", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private final Ledger ledger;
    private final Grid<PostingRow> postings = new ListGrid<>();

    /** One line of a posting, shown with its posting. */
    record PostingRow(LedgerPosting posting, LedgerLine line) {
    }

    @Inject
    public LedgerView(Ledger ledger, PointsReports points, TimeBankService timeBank) {
        this.ledger = ledger;
        addClassName("list-view");
        add(new H2(getTranslation("ledger.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Ledger.Check check = ledger.check();
        StatusBadge state = check.clean()
                ? new StatusBadge(getTranslation("ledger.balanced", check.postings(), check.lines()),
                StatusBadge.Tone.GOOD)
                : new StatusBadge(getTranslation("ledger.unbalanced", check.unbalancedPostings()),
                StatusBadge.Tone.ATTENTION);
        state.setId("ledger-check");
        Div stats = new Div(stat("ledger.platform-revenue", -sum("platform:revenue")),
                stat("ledger.tenant-revenue", -sum("tenant:revenue")),
                stat("ledger.provider-payable", -sum("provider:")),
                stat("ledger.clearing", sum("gateway:clearing")));
        stats.addClassName("stat-cards");
        stats.setId("ledger-stats");
        add(state, stats, new H3(getTranslation("ledger.time-liabilities")), timeLiabilities(timeBank),
                new PointsLiabilityPanel(points), new H3(getTranslation("ledger.trial-balance")), trialBalance(),
                new H3(getTranslation("ledger.postings")), search(), postings());
    }

    /** Minutes the time bank owes next to the money: held by members, the love pool and providers. */
    private Component timeLiabilities(TimeBankService timeBank) {
        TimeBankViews.Liabilities owed = timeBank.liabilities();
        Div cards = new Div(minutes("ledger.time.outstanding", owed.outstanding()),
                minutes("ledger.time.members", owed.members()), minutes("ledger.time.love-pool", owed.lovePool()),
                minutes("ledger.time.providers", owed.providers()), minutes("ledger.time.spent", owed.spent()));
        cards.addClassName("stat-cards");
        cards.setId("time-liabilities");
        return cards;
    }

    private Component minutes(String key, long minutes) {
        return new StatCard(getTranslation("ledger.time.minutes", minutes),
                getTranslation(key));
    }

    private Component trialBalance() {
        Grid<Ledger.Balance> grid = new ListGrid<>();
        grid.setId("trial-balance");
        grid.addColumn(b -> AccountLabels.label(this, b.account())).setHeader(getTranslation("ledger.account"))
                .setFlexGrow(2);
        grid.addColumn(b -> b.amount() > 0 ? Money.fen(b.amount()).format() : "")
                .setHeader(getTranslation("ledger.debit"));
        grid.addColumn(b -> b.amount() < 0 ? Money.fen(-b.amount()).format() : "")
                .setHeader(getTranslation("ledger.credit"));
        // Money only, read a page at a time: the accounts grow with the tenant's providers and members.
        grid.setItems(query -> ledger.trialBalance(Asset.CNY, new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) ledger.trialBalance(Asset.CNY, PageRequest.first(1)).total());
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        return grid;
    }

    private Component search() {
        TextField reference = new TextField(getTranslation("ledger.reference"));
        reference.setPlaceholder("order:123");
        reference.setHelperText(getTranslation("ledger.reference.help"));
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setId("ledger-reference");
        reference.addValueChangeListener(change -> {
            String text = change.getValue().strip();
            if (text.matches("\\d+")) {
                text = "order:" + text;
            }
            String wanted = text;
            // The first page of postings: one reference rarely has more, and the search narrows it.
            postings.setItems(wanted.isEmpty() ? List.of() : ledger.postings(wanted,
                            PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                    .flatMap(p -> ledger.linesOf(p.id()).stream().map(l -> new PostingRow(p, l))).toList());
        });
        return reference;
    }

    private Component postings() {
        postings.setId("ledger-postings");
        postings.addColumn(r -> Formats.dateTime(r.posting().postedAt())).setHeader(getTranslation("ledger.when"));
        postings.addColumn(r -> getTranslation("ledger.kind." + r.posting().kind()))
                .setHeader(getTranslation("ledger.kind"));
        postings.addColumn(r -> AccountLabels.label(this, r.line().account())).setHeader(getTranslation("ledger.account"))
                .setFlexGrow(2);
        postings.addColumn(r -> r.line().amount() > 0 ? amount(r.line(), r.line().amount()) : "")
                .setHeader(getTranslation("ledger.debit"));
        postings.addColumn(r -> r.line().amount() < 0 ? amount(r.line(), -r.line().amount()) : "")
                .setHeader(getTranslation("ledger.credit"));
        postings.addColumn(r -> r.posting().memo() == null ? "" : r.posting().memo())
                .setHeader(getTranslation("ledger.memo"));
        postings.setAllRowsVisible(true);
        postings.setEmptyStateText(getTranslation("ledger.postings.empty"));
        return postings;
    }

    /** Money as yuan; points and minutes as plain counts of their unit. */
    private String amount(LedgerLine line, long value) {
        if (line.asset() == Asset.CNY) {
            return Money.fen(value).format();
        }
        return value + " " + getTranslation("ledger.asset." + line.asset().name().toLowerCase(Locale.ROOT));
    }

    /** The CNY balance of the accounts under {@code prefix}: one account, or one per provider. */
    private long sum(String prefix) {
        return ledger.accounts(prefix).stream().mapToLong(account -> ledger.balance(account, Asset.CNY)).sum();
    }

    private Component stat(String key, long fen) {
        return new StatCard(Money.fen(fen).format(), getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title") + " · " + getTranslation("app.name");
    }
}
