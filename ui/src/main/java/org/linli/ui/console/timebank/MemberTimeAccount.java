package org.linli.ui.console.timebank;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import org.linli.platform.application.PageRequest;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatCard;
import org.linli.ui.components.TimeStatementText;

/**
 * One member's time account for an operator who answers a resident's question ("where did my minutes go?"): pick
 * the resident by name, see the balance within the tenant's bounds, the member code, and the statement a page at a
 * time — the same lines the resident sees.
 */
class MemberTimeAccount extends Div {

    private final TimeBankService timeBank;
    private final Div balance = new Div();
    private final Grid<TimeBankViews.StatementLine> statement = new ListGrid<>();
    private ResidentRecord member;

    MemberTimeAccount(TimeBankService timeBank, ResidentDirectory residents) {
        this.timeBank = timeBank;
        setId("member-account");
        ComboBox<ResidentRecord> picker = new ComboBox<>(getTranslation("timebank.member"));
        picker.setItems((CallbackDataProvider.FetchCallback<ResidentRecord, String>) query -> residents.search(
                new ResidentDirectory.ResidentFilter(query.getFilter().filter(text -> !text.isBlank()).orElse(null),
                        null, null, null, ResidentStatus.ACTIVE, null),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream());
        picker.setItemLabelGenerator(r -> r.name() + (r.address() == null ? "" : " · " + r.address()));
        picker.setPlaceholder(getTranslation("timebank.member.search"));
        picker.setWidth("24em");
        picker.setId("member-picker");
        picker.addValueChangeListener(change -> show(change.getValue()));
        balance.addClassName("stat-cards");
        balance.setId("member-balance");
        statement.setId("member-statement");
        statement.addColumn(line -> Formats.dateTime(line.at())).setHeader(getTranslation("timebank.when"));
        statement.addComponentColumn(line -> TimeStatementText.cell(this, line))
                .setHeader(getTranslation("timebank.what")).setFlexGrow(ListGrid.LONG_TEXT);
        statement.addColumn(line -> (line.minutes() > 0 ? "+" : "") + line.minutes())
                .setHeader(getTranslation("timebank.change"));
        statement.setEmptyStateText(getTranslation("timebank.member.empty"));
        statement.setAllRowsVisible(true);
        statement.setVisible(false);
        add(picker, balance, statement);
    }

    private void show(ResidentRecord chosen) {
        member = chosen;
        balance.removeAll();
        statement.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        TimeBankViews.Account account = timeBank.account(chosen.id());
        balance.add(new StatCard(getTranslation("timebank.minutes", account.balance()),
                        getTranslation("timebank.member.balance")),
                new StatCard(account.memberCode(), getTranslation("timebank.member-code")),
                new StatCard(getTranslation("timebank.bounds", account.minimum(), account.maximum()),
                        getTranslation("timebank.settings")));
        statement.setItems(query -> timeBank.statementOf(member.id(), new PageRequest(query.getPage(),
                        query.getPageSize())).items().stream(),
                query -> (int) timeBank.statementOf(member.id(), PageRequest.first(1)).total());
    }
}
