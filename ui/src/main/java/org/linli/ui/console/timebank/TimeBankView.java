package org.linli.ui.console.timebank;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.timebank.TimeBankCommands;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankSettings;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.tenants.timebank.TimeCompensation;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatCard;
import org.linli.ui.components.TimeStatementText;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;
import java.util.UUID;

/**
 * The tenant's time bank for operators: its settings (balance bounds, a minute's value, how providers of orders paid
 * in time are compensated), the love pool (爱心池) — what it holds, its movements, and grants to elders living
 * alone — and any member's account.
 */
@Route(value = "timebank", layout = MainLayout.class)
@ViewPermission(Permissions.TIMEBANK_MANAGE)
public class TimeBankView extends VerticalLayout implements HasDynamicTitle {

    /** Elders living alone offered in the grant picker: a community's worth, searched by name beyond that. */
    private static final int ELDERS = 200;

    private final TimeBankService timeBank;
    private final ResidentDirectory residents;
    private final Div pool = new Div();
    private final Grid<TimeBankViews.StatementLine> movements = new ListGrid<>();

    @Inject
    public TimeBankView(TimeBankService timeBank, ResidentDirectory residents) {
        this.timeBank = timeBank;
        this.residents = residents;
        addClassName("list-view");
        add(new H2(getTranslation("timebank.console.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        pool.addClassName("stat-cards");
        pool.setId("love-pool");
        add(new H3(getTranslation("timebank.settings")), settings(), new H3(getTranslation("timebank.love-pool")),
                pool, grant(), movements(), new H3(getTranslation("timebank.member.title")),
                new MemberTimeAccount(timeBank, residents));
        refreshPool();
    }

    private Component settings() {
        TimeBankSettings current = timeBank.settings();
        IntegerField minimum = new IntegerField(getTranslation("timebank.settings.minimum"));
        minimum.setValue((int) current.limits().minimum());
        minimum.setMax(0);
        minimum.setHelperText(getTranslation("timebank.settings.minimum.help"));
        minimum.setId("settings-minimum");
        IntegerField maximum = new IntegerField(getTranslation("timebank.settings.maximum"));
        maximum.setValue((int) current.limits().maximum());
        maximum.setMin(1);
        maximum.setId("settings-maximum");
        IntegerField value = new IntegerField(getTranslation("timebank.settings.minute-value"));
        value.setValue((int) current.minuteValue().fen());
        value.setMin(1);
        value.setHelperText(getTranslation("timebank.settings.minute-value.help"));
        value.setId("settings-minute-value");
        RadioButtonGroup<TimeCompensation> compensation = new RadioButtonGroup<>(
                getTranslation("timebank.settings.compensation"));
        compensation.setItems(TimeCompensation.values());
        compensation.setItemLabelGenerator(mode -> getTranslation("timebank.compensation."
                + mode.name().toLowerCase(Locale.ROOT)));
        compensation.setValue(current.compensation());
        compensation.setId("settings-compensation");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                timeBank.changeSettings(new TimeBankCommands.SettingsChange(number(minimum), number(maximum),
                        number(value), compensation.getValue()));
                UiErrors.success(getTranslation("timebank.settings.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        FormLayout form = new FormLayout(minimum, maximum, value, compensation);
        return new Div(form, save);
    }

    private Component grant() {
        ComboBox<ResidentRecord> elder = new ComboBox<>(getTranslation("timebank.grant.elder"));
        elder.setItems(residents.search(new ResidentDirectory.ResidentFilter(null, null, null, Tag.ELDERLY_ALONE,
                ResidentStatus.ACTIVE, null), PageRequest.first(ELDERS)).items());
        elder.setItemLabelGenerator(r -> r.name() + (r.address() == null ? "" : " · " + r.address()));
        elder.setId("grant-elder");
        IntegerField minutes = new IntegerField(getTranslation("timebank.minutes.field"));
        minutes.setMin(1);
        minutes.setMax((int) TimeBankCommands.MAX_MINUTES);
        minutes.setId("grant-minutes");
        TextField note = new TextField(getTranslation("timebank.note"));
        note.setMaxLength(200);
        note.setId("grant-note");
        Button grant = new Button(getTranslation("timebank.grant"), click -> {
            try {
                TimeBankViews.Movement done = timeBank.grant(new TimeBankCommands.Grant(
                        elder.getValue() == null ? null : elder.getValue().id(), number(minutes), note.getValue()),
                        UUID.randomUUID().toString());
                UiErrors.success(getTranslation("timebank.done", done.minutes()));
                minutes.clear();
                note.clear();
                refreshPool();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("grant-submit");
        return new Div(new FormLayout(elder, minutes, note), grant);
    }

    private Component movements() {
        movements.setId("love-pool-movements");
        movements.addColumn(line -> Formats.dateTime(line.at())).setHeader(getTranslation("timebank.when"));
        movements.addColumn(line -> TimeStatementText.kind(this, line.kind()))
                .setHeader(getTranslation("timebank.what"));
        movements.addColumn(line -> line.memo() == null ? "" : line.memo()).setHeader(getTranslation("timebank.note"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        movements.addColumn(line -> (line.minutes() > 0 ? "+" : "") + line.minutes())
                .setHeader(getTranslation("timebank.change"));
        movements.setItems(query -> timeBank.lovePoolMovements(new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) timeBank.lovePoolMovements(PageRequest.first(1)).total());
        movements.setEmptyStateText(getTranslation("timebank.love-pool.empty"));
        return movements;
    }

    private void refreshPool() {
        pool.removeAll();
        pool.add(new StatCard(getTranslation("timebank.minutes", timeBank.lovePool()),
                getTranslation("timebank.love-pool.balance")));
        movements.getDataProvider().refreshAll();
    }

    private static long number(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timebank.console.title") + " · " + getTranslation("app.name");
    }
}
