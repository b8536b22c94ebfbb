package org.linli.ui.console.cases;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseChannel;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CasePhoto;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.PhotoPicker;
import org.linli.ui.i18n.Language;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A grid worker or operator files a case for a resident who called or was visited: who (found in the registry by
 * name or mobile, as on the other console screens), how it came in, the category, what is wrong, where — the
 * resident's home, a building of their community or a common area of it — and photos taken on the visit. The case
 * is the resident's: they follow and rate it on their phone. Refusals show under their fields.
 */
class StaffReportDialog extends Dialog {

    private final ComboBox<ResidentRecord> resident = new ComboBox<>();
    private final RadioButtonGroup<CaseChannel> channel = new RadioButtonGroup<>();
    private final ComboBox<CaseCategory> category = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<PlaceKind> place = new RadioButtonGroup<>();
    private final ComboBox<Building> building = new ComboBox<>();
    private final TextField area = new TextField();
    private final PhotoPicker photos = new PhotoPicker("case-behalf-photo-upload", getTranslation("cases.photo.drop"),
            CasePhoto.MAX_PER_STEP, CasePhoto.TYPES);

    /** {@code filed} receives the case once reported (its photos attached as far as they were accepted). */
    StaffReportDialog(CaseDesk desk, CaseHandling handling, CaseCategories categories, ResidentDirectory residents,
                      StructureService structure, Consumer<CaseView> filed) {
        setHeaderTitle(getTranslation("cases.on-behalf.title"));
        setId("case-behalf-dialog");
        resident.setLabel(getTranslation("cases.on-behalf.resident"));
        resident.setId("case-behalf-resident");
        resident.setHelperText(getTranslation("cases.on-behalf.resident-help"));
        resident.setItems(query -> residents.search(new ResidentDirectory.ResidentFilter(query.getFilter()
                        .orElse(null), null, null, null, ResidentStatus.ACTIVE, null),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream());
        resident.setItemLabelGenerator(r -> r.name() + " · " + r.address());
        resident.setRequiredIndicatorVisible(true);
        resident.addValueChangeListener(e -> buildingsOf(e.getValue(), structure));
        channel.setLabel(getTranslation("cases.on-behalf.channel"));
        channel.setId("case-behalf-channel");
        channel.setItems(CaseChannel.PHONE, CaseChannel.VISIT);
        channel.setItemLabelGenerator(c -> getTranslation("cases.channel." + c.name()));
        channel.setValue(CaseChannel.PHONE);
        category.setLabel(getTranslation("cases.category"));
        category.setId("case-behalf-category");
        category.setItems(categories.list().stream().filter(CaseCategory::isActive).toList());
        category.setItemLabelGenerator(c -> Language.isEnglish() ? c.nameEn() : c.name());
        category.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("cases.description"));
        description.setId("case-behalf-description");
        description.setMaxLength(2000);
        description.setRequiredIndicatorVisible(true);
        place.setLabel(getTranslation("cases.place"));
        place.setId("case-behalf-place");
        place.setItems(PlaceKind.values());
        place.setItemLabelGenerator(kind -> getTranslation("cases.on-behalf.place." + kind.name()));
        place.setValue(PlaceKind.HOUSEHOLD);
        building.setLabel(getTranslation("cases.place.BUILDING"));
        building.setId("case-behalf-building");
        building.setItemLabelGenerator(Building::name);
        building.setHelperText(getTranslation("cases.on-behalf.building-help"));
        area.setLabel(getTranslation("cases.place-name"));
        area.setId("case-behalf-place-name");
        area.setMaxLength(200);
        place.addValueChangeListener(e -> showPlace());
        showPlace();
        photos.setId("case-behalf-photos");
        FormLayout form = new FormLayout(resident, channel, category, description, place, building, area, photos);
        form.setColspan(description, 2);
        form.setColspan(photos, 2);
        add(form);
        Button send = new Button(getTranslation("cases.on-behalf.send"), click -> send(desk, handling, filed));
        send.setId("case-behalf-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, send);
        setWidth("min(48rem, 100vw)");
    }

    private void buildingsOf(ResidentRecord record, StructureService structure) {
        building.clear();
        building.setItems(record == null ? List.of()
                : structure.buildings(record.community(), PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    private void showPlace() {
        building.setVisible(place.getValue() == PlaceKind.BUILDING);
        area.setVisible(place.getValue() == PlaceKind.COMMON_AREA);
    }

    private void send(CaseDesk desk, CaseHandling handling, Consumer<CaseView> filed) {
        CaseView view;
        try {
            if (resident.getValue() == null) {
                throw DomainException.invalid(FieldError.of("residentId", "required"));
            }
            PlaceKind kind = place.getValue();
            ResidentRecord who = resident.getValue();
            view = desk.report(new CaseCommands.Report(category.getValue() == null ? null : category.getValue().id(),
                    description.getValue(), kind, kind == PlaceKind.COMMON_AREA ? who.community().value() : null,
                    kind == PlaceKind.BUILDING && building.getValue() != null ? building.getValue().id().value()
                            : null, kind == PlaceKind.COMMON_AREA ? area.getValue() : null, who.id().value(),
                    channel.getValue(), null));
        } catch (DomainException problem) {
            Map<String, HasValidation> fields = Map.of("residentId", resident, "channel", channel,
                    "categoryId", category, "description", description, "placeKind", place,
                    "buildingId", building, "placeName", area, "communityId", resident);
            FieldErrors.show(problem, fields);
            return;
        }
        // The case stands once reported: the photos go to its report, and one refused now is told.
        long id = view.civicCase().id();
        CaseView attached = StepPhotos.attach(view, photos.photos(), (step, photo) -> handling.addPhoto(id, step,
                photo));
        close();
        filed.accept(attached);
    }
}
