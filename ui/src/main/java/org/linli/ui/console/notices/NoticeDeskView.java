package org.linli.ui.console.notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.notices.Notice;
import org.linli.tenants.notices.NoticeCommands;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.notices.NoticeState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.Instant;
import java.util.Locale;

/** The tenant's notices, pinned first then latest changed, by state and title; open one to edit or see its reach. */
@Route(value = "notice-desk", layout = MainLayout.class)
@ViewPermission(Permissions.NOTICE_MANAGE)
public class NoticeDeskView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeService notices;
    private final ListGrid<Notice> grid = new ListGrid<>();
    private final Select<NoticeState> state = new Select<>();
    private final TextField text = new TextField();

    @Inject
    public NoticeDeskView(NoticeService notices) {
        this.notices = notices;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.notices")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        state.setLabel(getTranslation("notice.field.state"));
        state.setItems(NoticeState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("notice.state.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("notice.state.all")
                : getTranslation("notice.state." + s.name().toLowerCase(Locale.ROOT)));
        state.addValueChangeListener(change -> refresh());
        text.setLabel(getTranslation("notice.field.title"));
        text.setId("notice-search");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> refresh());
        Button create = new Button(getTranslation("notice.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(NoticeEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("notice-new");
        Button createFirst = new Button(getTranslation("notice.new"), click -> create.click());
        createFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setEmptyState(getTranslation("notice.desk.empty"), createFirst);
        HorizontalLayout filters = new HorizontalLayout(state, text, create);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        grid.setId("notice-grid");
        grid.addColumn(Notice::title).setHeader(getTranslation("notice.field.title")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(n -> NoticeLabels.state(this, n.stateAt(Instant.now())))
                .setHeader(getTranslation("notice.field.state")).setAutoWidth(true);
        grid.addColumn(n -> n.pinned() ? getTranslation("notice.pinned") : "")
                .setHeader(getTranslation("notice.field.pinned")).setAutoWidth(true);
        grid.addColumn(n -> NoticeLabels.audience(this, n.audienceKind()))
                .setHeader(getTranslation("notice.field.audience"));
        grid.addColumn(n -> n.acknowledgementRequired() ? getTranslation("notice.acknowledgement.required") : "")
                .setHeader(getTranslation("notice.field.acknowledgement"));
        grid.addColumn(n -> n.publishedAt() == null ? "" : Formats.dateTime(n.publishedAt()))
                .setHeader(getTranslation("notice.field.published"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        add(filters, grid);
        refresh();
    }

    private Component actions(Notice notice) {
        Button edit = new Button(getTranslation(notice.stateAt(Instant.now()) == NoticeState.DRAFT
                ? "notice.edit" : "notice.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(NoticeEditorView.class, notice.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setId("notice-edit-" + notice.id());
        Div actions = new Div(edit);
        if (notice.publishedAt() != null) {
            Button reach = new Button(getTranslation("notice.reach"),
                    click -> getUI().ifPresent(ui -> ui.navigate(NoticeReachView.class, notice.id())));
            reach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reach.setId("notice-reach-" + notice.id());
            actions.add(reach);
        }
        return actions;
    }

    private void refresh() {
        NoticeCommands.Filter filter = new NoticeCommands.Filter(state.getValue(), text.getValue());
        grid.setItems(query -> notices.list(filter, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) notices.list(filter, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices") + " · " + getTranslation("app.name");
    }
}
