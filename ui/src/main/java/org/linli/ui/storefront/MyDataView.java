package org.linli.ui.storefront;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.FormViews;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.console.forms.FillFormDialog;
import org.linli.ui.console.registry.RegistryLabels;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident's own registry entry and "who saw my data": every full read of it, by whom, why and when — in the
 * storefront under "Me", as cards a phone shows without scrolling sideways.
 */
@Route(value = "me/data", layout = StorefrontLayout.class)
@ViewPermission(Permissions.SELF_READ)
public class MyDataView extends Div implements HasDynamicTitle {

    @Inject
    public MyDataView(ResidentDirectory residents, FormService forms) {
        addClassName("my-data-view");
        add(new H2(getTranslation("my-data.title")));
        Optional<ResidentRecord> mine = residents.registration();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("my-data.not-linked")));
            return;
        }
        ResidentRecord me = mine.get();
        Div entry = new Div();
        entry.addClassName("order-facts");
        entry.setId("my-data-entry");
        fact(entry, "residents.column.name", RegistryLabels.orHidden(me.name()));
        fact(entry, "residents.column.address", RegistryLabels.orHidden(me.address()));
        fact(entry, "residents.column.mobile", RegistryLabels.orHidden(me.mobile()));
        fact(entry, "residents.column.tags", RegistryLabels.tags(this, me.tags()));
        add(entry);
        List<FormViews.MyForm> toFill = forms.mine();
        if (!toFill.isEmpty()) {
            add(new H3(getTranslation("my-data.forms")));
            for (FormViews.MyForm form : toFill) {
                Button fill = new Button(form.form().title() + (form.answered() ? " ✓" : ""), click ->
                        new FillFormDialog(forms, form.form().id(), me.id(),
                                () -> UI.getCurrent().getPage().reload()).open());
                fill.setId("my-form-" + form.form().id());
                fill.addClassName("my-data-form");
                add(fill);
            }
        }
        add(new H3(getTranslation("who-saw.title")), new Paragraph(getTranslation("who-saw.intro")));
        List<DataAccess> accesses = residents.whoSawMyData(PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (accesses.isEmpty()) {
            add(new EmptyState(getTranslation("who-saw.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("order-cards");
        list.setId("who-saw");
        accesses.forEach(access -> list.add(card(access)));
        add(list);
    }

    /** One full read: who, when, which information and why. */
    private Div card(DataAccess access) {
        Span who = new Span(access.actorRole() == null ? access.actor()
                : getTranslation("role." + access.actorRole().toLowerCase(Locale.ROOT)) + "（" + access.actor() + "）");
        who.addClassName("order-title");
        Span when = new Span(Formats.dateTime(access.accessedAt()));
        when.addClassName("order-when");
        Div head = new Div(who, when);
        head.addClassName("order-card-head");
        Span field = new Span(getTranslation("who-saw.column.field") + "：" + getTranslation("field."
                + RegistryLabels.key(access.field())));
        Span purpose = new Span(getTranslation("who-saw.column.purpose") + "：" + access.purpose());
        purpose.addClassName("who-saw-purpose");
        Div card = new Div(head, field, purpose);
        card.addClassNames("order-card", "who-saw-card");
        return card;
    }

    private void fact(Div facts, String key, String value) {
        Facts.add(facts, getTranslation(key), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }
}
