package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.timebank.TimeBankCommands;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.ui.components.Formats;
import org.linli.ui.components.TimeStatementText;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * A member's time account (我的时间账户), phone first: the balance with the tenant's bounds, the member code others
 * transfer to, transfer and donate dialogs, and the statement a page at a time. Activities are one tap away.
 */
@Route(value = "volunteer/me", layout = StorefrontLayout.class)
@ViewPermission(Permissions.TIMEBANK_USE)
public class TimeAccountView extends Div implements HasDynamicTitle {

    private final TimeBankService timeBank;
    private final Div summary = new Div();
    private final Grid<TimeBankViews.StatementLine> statement = new Grid<>();

    @Inject
    public TimeAccountView(TimeBankService timeBank) {
        this.timeBank = timeBank;
        addClassName("time-account-view");
        summary.setId("time-account");
        Button transfer = new Button(getTranslation("timebank.transfer"), click -> transferDialog());
        transfer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        transfer.setId("time-transfer");
        Button donate = new Button(getTranslation("timebank.donate"), click -> donateDialog());
        donate.setId("time-donate");
        Anchor activities = new Anchor("volunteer", getTranslation("timebank.activities"));
        activities.addClassName("me-link");
        Div actions = new Div(transfer, donate);
        actions.addClassName("order-actions");
        add(new H2(getTranslation("timebank.title")), summary, actions, activities,
                new H3(getTranslation("timebank.statement")), statement());
        try {
            refresh();
        } catch (DomainException problem) {
            // A resident not yet verified has no account: say why rather than showing an empty one.
            removeAll();
            add(new H2(getTranslation("timebank.title")), new Paragraph(getTranslation("problem." + problem.code(),
                    problem.args().toArray())));
        }
    }

    private void refresh() {
        TimeBankViews.Account account = timeBank.me();
        Span balance = new Span(getTranslation("timebank.minutes", account.balance()));
        balance.addClassName("time-balance");
        balance.setId("time-balance");
        Span code = new Span(account.memberCode());
        Codes.mark(code);
        code.setId("member-code");
        Paragraph bounds = new Paragraph(getTranslation("timebank.bounds", account.minimum(), account.maximum()));
        Paragraph codeHelp = new Paragraph(getTranslation("timebank.member-code.help"));
        summary.removeAll();
        Div card = new Div(balance, bounds, new Span(getTranslation("timebank.member-code")), code, codeHelp);
        card.addClassName("order-card");
        summary.add(card);
        statement.getDataProvider().refreshAll();
    }

    private Component statement() {
        statement.setId("time-statement");
        statement.addColumn(line -> Formats.dateTime(line.at())).setHeader(getTranslation("timebank.when"))
                .setAutoWidth(true);
        statement.addComponentColumn(line -> TimeStatementText.cell(this, line)).setHeader(getTranslation("timebank.what"))
                .setFlexGrow(2);
        statement.addColumn(line -> (line.minutes() > 0 ? "+" : "") + line.minutes())
                .setHeader(getTranslation("timebank.change")).setAutoWidth(true);
        statement.setItems(query -> timeBank.statement(new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) timeBank.statement(PageRequest.first(1)).total());
        statement.setEmptyStateText(getTranslation("timebank.statement.empty"));
        statement.setAllRowsVisible(true);
        return statement;
    }

    private void transferDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timebank.transfer"));
        TextField code = new TextField(getTranslation("timebank.member-code"));
        code.setId("transfer-code");
        code.setMaxLength(20);
        IntegerField minutes = minutesField("transfer-minutes");
        TextArea note = noteField("transfer-note");
        String key = UUID.randomUUID().toString();
        Button send = new Button(getTranslation("timebank.transfer"), click -> submit(dialog,
                () -> timeBank.transfer(new TimeBankCommands.Transfer(code.getValue(), value(minutes),
                        note.getValue()), key)));
        send.setId("transfer-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(code, minutes, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void donateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timebank.donate"));
        IntegerField minutes = minutesField("donate-minutes");
        TextArea note = noteField("donate-note");
        String key = UUID.randomUUID().toString();
        Button give = new Button(getTranslation("timebank.donate"), click -> submit(dialog,
                () -> timeBank.donate(new TimeBankCommands.Donation(value(minutes), note.getValue()), key)));
        give.setId("donate-submit");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("timebank.donate.help")), new Div(minutes, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), give);
        dialog.open();
    }

    private IntegerField minutesField(String id) {
        IntegerField minutes = new IntegerField(getTranslation("timebank.minutes.field"));
        minutes.setMin(1);
        minutes.setMax((int) TimeBankCommands.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setId(id);
        return minutes;
    }

    private TextArea noteField(String id) {
        TextArea note = new TextArea(getTranslation("timebank.note"));
        note.setMaxLength(200);
        note.setWidthFull();
        note.setId(id);
        return note;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void submit(Dialog dialog, Supplier<TimeBankViews.Movement> movement) {
        try {
            TimeBankViews.Movement done = movement.get();
            UiErrors.success(getTranslation("timebank.done", done.minutes()));
            dialog.close();
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timebank.title") + " · " + getTranslation("app.name");
    }
}
