package org.linli.ui.console.points;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.points.EarningRule;
import org.linli.tenants.points.EarningRuleStatus;
import org.linli.tenants.points.EarningService;
import org.linli.tenants.points.EarningTerms;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.ExpiryPolicy;
import org.linli.tenants.points.PointsSettings;
import org.linli.tenants.points.PointsSettingsService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Arrays;
import java.util.Locale;

/**
 * Earning rules: every version with its terms and status (a new version retires the one in force), a form for the
 * next version, and the tenant's expiry settings.
 */
@Route(value = "points-rules", layout = MainLayout.class)
@ViewPermission(Permissions.POINTS_MANAGE)
public class PointsRulesView extends VerticalLayout implements HasDynamicTitle {

    private final EarningService earning;
    private final Grid<EarningRule> grid = new ListGrid<>();

    @Inject
    public PointsRulesView(EarningService earning, PointsSettingsService settings) {
        this.earning = earning;
        addClassName("list-view");
        add(new H2(getTranslation("nav.points-rules")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        grid.setId("points-rules-grid");
        grid.addColumn(rule -> getTranslation("points.event." + rule.kind().name().toLowerCase(Locale.ROOT))
                + (rule.topic() == null ? "" : " · " + rule.topic())).setHeader(getTranslation("points.rule.kind"))
                .setFlexGrow(2);
        grid.addColumn(rule -> "v" + rule.version()).setHeader(getTranslation("points.rule.version"))
                .setAutoWidth(true);
        grid.addColumn(rule -> rule.terms().points()).setHeader(getTranslation("points.rule.points"));
        grid.addColumn(rule -> rule.terms().dailyCap() == null ? "—" : String.valueOf(rule.terms().dailyCap()))
                .setHeader(getTranslation("points.rule.cap"));
        grid.addColumn(rule -> period(rule.terms())).setHeader(getTranslation("points.rule.period")).setFlexGrow(2);
        grid.addComponentColumn(rule -> new StatusBadge(getTranslation("points.rule.status."
                        + rule.status().name().toLowerCase(Locale.ROOT)),
                rule.status() == EarningRuleStatus.ACTIVE ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("orders.status"));
        grid.addColumn(rule -> Formats.dateTime(rule.createdAt())).setHeader(getTranslation("points.rule.created"));
        add(grid, new H3(getTranslation("points.rule.new")), newVersion(), new H3(getTranslation("points.settings")),
                settingsForm(settings));
        refresh();
    }

    private FormLayout newVersion() {
        ComboBox<EventKind> kind = new ComboBox<>(getTranslation("points.rule.kind"),
                Arrays.stream(EventKind.values()).filter(EventKind::earnedByRules).toList());
        kind.setItemLabelGenerator(k -> getTranslation("points.event." + k.name().toLowerCase(Locale.ROOT)));
        kind.setId("rule-kind");
        TextField topic = new TextField(getTranslation("points.rule.topic"));
        topic.setHelperText(getTranslation("points.rule.topic.help"));
        topic.setId("rule-topic");
        IntegerField points = new IntegerField(getTranslation("points.rule.points"));
        points.setHelperText(getTranslation("points.rule.points.help"));
        points.setId("rule-points");
        IntegerField cap = new IntegerField(getTranslation("points.rule.cap"));
        cap.setId("rule-cap");
        DatePicker from = new DatePicker(getTranslation("points.rule.from"));
        DatePicker until = new DatePicker(getTranslation("points.rule.until"));
        Button define = new Button(getTranslation("points.rule.define"), click -> {
            try {
                if (points.getValue() == null) {
                    throw DomainException.invalid(FieldError.of("points", "required"));
                }
                earning.define(kind.getValue(), topic.getValue(), new EarningTerms(points.getValue(),
                        cap.getValue() == null ? null : cap.getValue().longValue(), from.getValue(), until.getValue()));
                UiErrors.success(getTranslation("points.rule.defined"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        define.setId("rule-define");
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(kind, topic, points, cap, from, until, define);
    }

    private FormLayout settingsForm(PointsSettingsService settings) {
        PointsSettings current = settings.get();
        ComboBox<ExpiryPolicy> policy = new ComboBox<>(getTranslation("points.settings.policy"),
                ExpiryPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("points.expiry." + p.name().toLowerCase(Locale.ROOT)));
        policy.setValue(current.expiryPolicy());
        IntegerField months = new IntegerField(getTranslation("points.settings.months"));
        months.setValue(current.expiryMonths());
        IntegerField grace = new IntegerField(getTranslation("points.settings.grace"));
        grace.setValue(current.graceDays());
        Button save = new Button(getTranslation("points.settings.save"), click -> {
            try {
                settings.change(policy.getValue(), months.getValue() == null ? 0 : months.getValue(),
                        grace.getValue() == null ? -1 : grace.getValue());
                UiErrors.success(getTranslation("points.settings.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.setId("points-settings-save");
        return new FormLayout(policy, months, grace, save);
    }

    private String period(EarningTerms terms) {
        if (terms.activeFrom() == null && terms.activeUntil() == null) {
            return getTranslation("points.rule.always");
        }
        return (terms.activeFrom() == null ? "…" : terms.activeFrom().toString()) + " – "
                + (terms.activeUntil() == null ? "…" : terms.activeUntil().toString());
    }

    private void refresh() {
        grid.setItems(query -> earning.rules(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) earning.rules(PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-rules") + " · " + getTranslation("app.name");
    }
}
