package org.linli.ui.console.flea;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.Moderation;
import org.linli.tenants.flea.ReportStatus;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * "跳蚤市场" for operators: the queue of reports, oldest first, with the listing, the seller's masked card and how
 * many of their listings were hidden before; hiding upholds the reports, restoring dismisses them, both with a note.
 */
@Route(value = "flea-moderation", layout = MainLayout.class)
@ViewPermission(Permissions.FLEA_MODERATE)
public class FleaModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    private final ListGrid<ModerationService.QueueEntry> grid = new ListGrid<>();
    private final Select<ReportStatus> status = new Select<>();

    @Inject
    public FleaModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.flea-moderation")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        status.setLabel(getTranslation("flea.report.status"));
        status.setItems(ReportStatus.values());
        status.setValue(ReportStatus.OPEN);
        status.setItemLabelGenerator(s -> getTranslation("flea.report.status." + s.name().toLowerCase(Locale.ROOT)));
        status.addValueChangeListener(change -> refresh());
        grid.setId("flea-queue");
        grid.addColumn(e -> e.listing().title()).setHeader(getTranslation("flea.field.title")).setFlexGrow(2);
        grid.addColumn(e -> e.seller() == null ? "" : e.seller().nickname() + " · " + e.seller().building())
                .setHeader(getTranslation("flea.seller"));
        grid.addColumn(e -> e.upheldAgainstSeller()).setHeader(getTranslation("flea.upheld")).setAutoWidth(true);
        grid.addColumn(e -> e.report().reason()).setHeader(getTranslation("flea.report.reason"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(e -> Formats.dateTime(e.report().createdAt())).setHeader(getTranslation("flea.reported-at"));
        grid.addComponentColumn(e -> new StatusBadge(getTranslation(e.listing().moderation() == Moderation.HIDDEN
                ? "flea.hidden" : "flea.shown"), e.listing().moderation() == Moderation.HIDDEN
                ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.GOOD)).setHeader(getTranslation("flea.visibility"));
        grid.addColumn(e -> e.report().note() == null ? "" : e.report().note() + " — " + e.report().decidedBy())
                .setHeader(getTranslation("flea.note")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyState(getTranslation("flea.moderation.empty"));
        add(status, grid);
        refresh();
    }

    private Component actions(ModerationService.QueueEntry entry) {
        if (entry.report().status() != ReportStatus.OPEN) {
            return new Span();
        }
        long listing = entry.listing().id();
        Button hide = new Button(getTranslation("flea.hide"), click -> decide(entry, true));
        hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        hide.setId("flea-hide-" + listing);
        Button restore = new Button(getTranslation("flea.restore"), click -> decide(entry, false));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.setId("flea-restore-" + listing);
        return new Div(hide, restore);
    }

    private void decide(ModerationService.QueueEntry entry, boolean hide) {
        String key = hide ? "flea.hide" : "flea.restore";
        TextDialog.ask(getTranslation(key), getTranslation("flea.note"), null, getTranslation(key),
                hide ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY, note -> {
                    ListingCommands.ModerationNote moderationNote = new ListingCommands.ModerationNote(note);
                    if (hide) {
                        moderation.hide(entry.listing().id(), moderationNote);
                    } else {
                        moderation.restore(entry.listing().id(), moderationNote);
                    }
                    refresh();
                }, new Span(entry.listing().title() + " — " + entry.report().reason()));
    }

    private void refresh() {
        ReportStatus shown = status.getValue();
        grid.setItems(query -> moderation.queue(shown, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) moderation.queue(shown, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.flea-moderation") + " · " + getTranslation("app.name");
    }
}
