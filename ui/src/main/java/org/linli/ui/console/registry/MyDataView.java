package org.linli.ui.console.registry;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.registry.ResidentRecord;
import org.linli.tenants.registry.ResidentService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.Optional;

/** A resident's own registry entry and "who saw my data": every full read of it, by whom, why and when. */
@Route(value = "me/data", layout = MainLayout.class)
@ViewPermission(Permissions.SELF_READ)
public class MyDataView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyDataView(ResidentService residents, org.linli.tenants.forms.FormService forms) {
        addClassName("list-view");
        add(new H2(getTranslation("my-data.title")));
        Optional<ResidentRecord> mine = residents.registration();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("my-data.not-linked")));
            return;
        }
        ResidentRecord me = mine.get();
        FormLayout entry = new FormLayout();
        entry.addFormItem(new Span(RegistryLabels.orHidden(me.name())), getTranslation("residents.column.name"));
        entry.addFormItem(new Span(RegistryLabels.orHidden(me.address())),
                getTranslation("residents.column.address"));
        entry.addFormItem(new Span(RegistryLabels.orHidden(me.mobile())), getTranslation("residents.column.mobile"));
        entry.addFormItem(new Span(RegistryLabels.tags(this, me.tags())), getTranslation("residents.column.tags"));
        add(entry);
        List<org.linli.tenants.forms.FormViews.MyForm> toFill = forms.mine();
        if (!toFill.isEmpty()) {
            add(new H3(getTranslation("my-data.forms")));
            for (org.linli.tenants.forms.FormViews.MyForm form : toFill) {
                com.vaadin.flow.component.button.Button fill = new com.vaadin.flow.component.button.Button(
                        form.form().title() + (form.answered() ? " ✓" : ""), click ->
                        new org.linli.ui.console.forms.FillFormDialog(forms, form.form().id(), me.id(),
                                () -> com.vaadin.flow.component.UI.getCurrent().getPage().reload()).open());
                fill.setId("my-form-" + form.form().id());
                add(fill);
            }
        }
        add(new H3(getTranslation("who-saw.title")), new Paragraph(getTranslation("who-saw.intro")));
        List<DataAccess> accesses = residents.whoSawMyData(PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (accesses.isEmpty()) {
            add(new EmptyState(getTranslation("who-saw.empty")));
            return;
        }
        Grid<DataAccess> grid = new ListGrid<>();
        grid.setId("who-saw-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> Formats.dateTime(a.accessedAt())).setHeader(getTranslation("who-saw.column.time"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.actorRole() == null ? a.actor()
                        : getTranslation("role." + a.actorRole().toLowerCase(java.util.Locale.ROOT))
                        + "（" + a.actor() + "）")
                .setHeader(getTranslation("who-saw.column.actor")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("field." + RegistryLabels.key(a.field())))
                .setHeader(getTranslation("who-saw.column.field")).setAutoWidth(true);
        grid.addColumn(DataAccess::purpose).setHeader(getTranslation("who-saw.column.purpose")).setFlexGrow(1);
        grid.setItems(accesses);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }
}
