package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CasePhoto;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.files.UploadedFile;
import org.linli.ui.components.PhotoPicker;
import org.linli.ui.components.UiErrors;
import org.linli.ui.i18n.Language;
import org.linli.ui.security.ViewPermission;

/**
 * A resident reports a case on a phone: category, what is wrong, where (their home or a common area of their
 * community) and up to six photos, which are checked as they are chosen and attached once the case is reported.
 */
@Route(value = "cases/new", layout = StorefrontLayout.class)
@ViewPermission(Permissions.CASE_REPORT)
public class CaseReportView extends Div implements HasDynamicTitle {

    @Inject
    public CaseReportView(CaseDesk desk, CaseCategories categories) {
        addClassName("case-report-view");
        add(new H2(getTranslation("cases.report.title")));
        ComboBox<CaseCategory> category = new ComboBox<>(getTranslation("cases.category"));
        category.setId("case-category");
        category.setItems(categories.list().stream().filter(CaseCategory::isActive).toList());
        category.setItemLabelGenerator(c -> Language.isEnglish() ? c.nameEn() : c.name());
        category.setWidthFull();
        TextArea text = new TextArea(getTranslation("cases.description"));
        text.setId("case-description");
        text.setMaxLength(2000);
        text.setWidthFull();
        RadioButtonGroup<PlaceKind> place = new RadioButtonGroup<>(getTranslation("cases.place"));
        place.setId("case-place");
        place.setItems(PlaceKind.HOUSEHOLD, PlaceKind.COMMON_AREA);
        place.setItemLabelGenerator(kind -> getTranslation("cases.place." + kind.name()));
        place.setValue(PlaceKind.HOUSEHOLD);
        TextField area = new TextField(getTranslation("cases.place-name"));
        area.setId("case-place-name");
        area.setWidthFull();
        area.setVisible(false);
        place.addValueChangeListener(e -> area.setVisible(e.getValue() == PlaceKind.COMMON_AREA));
        PhotoPicker photos = new PhotoPicker("case-photo-upload", getTranslation("cases.photo.drop"),
                CasePhoto.MAX_PER_STEP, CasePhoto.TYPES);
        photos.setId("case-photos-new");
        Button send = new Button(getTranslation("cases.report.send"), click -> {
            CaseView view;
            try {
                view = desk.report(new CaseCommands.Report(category.getValue() == null ? null
                        : category.getValue().id(), text.getValue(), place.getValue(), null, null,
                        area.getValue(), null, null, null));
            } catch (DomainException problem) {
                UiErrors.show(problem);
                return;
            }
            long id = view.civicCase().id();
            // The case stands once reported: a photo refused now is told, and can be added again on the case's page.
            for (UploadedFile photo : photos.photos()) {
                try {
                    desk.addPhoto(id, photo);
                } catch (DomainException problem) {
                    UiErrors.show(problem);
                }
            }
            getUI().ifPresent(ui -> ui.navigate(MyCaseView.class, id));
        });
        send.setId("case-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        add(category, text, place, area, photos, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.report.title") + " · " + getTranslation("app.name");
    }
}
