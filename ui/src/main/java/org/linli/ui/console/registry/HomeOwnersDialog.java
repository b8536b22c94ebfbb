package org.linli.ui.console.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.Ownership;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.UiErrors;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A home's floor area and owners (业主): the area in m², and per resident of the household their ownership share
 * in percent (empty: not an owner). Owners' decisions count these; the shares of a home add up to at most 100 %.
 */
final class HomeOwnersDialog {

    private HomeOwnersDialog() {
    }

    static void open(Household home, StructureService structure, ResidentDirectory residents,
                     OwnershipService ownership, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(home.address());
        BigDecimalField area = new BigDecimalField(dialog.getTranslation("structure.column.area"));
        area.setId("home-area");
        area.setValue(home.floorArea());
        area.setSuffixComponent(new Span("m²"));
        Button saveArea = new Button(dialog.getTranslation("action.save"), click -> {
            try {
                structure.changeFloorArea(home.id(), area.getValue());
                UiErrors.success(dialog.getTranslation("owners.saved"));
                changed.run();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        HorizontalLayout areaRow = new HorizontalLayout(area, saveArea);
        areaRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        dialog.add(areaRow, new Paragraph(dialog.getTranslation("owners.help")));
        Map<Long, Integer> shares = ownership.owners(home.id()).stream().collect(Collectors.toMap(
                o -> o.resident().value(), OwnershipService.Owner::share));
        for (ResidentRecord resident : residents.search(new ResidentDirectory.ResidentFilter(null, null, null, null,
                ResidentStatus.ACTIVE, home.id()), PageRequest.first(PageRequest.MAX_SIZE)).items()) {
            BigDecimalField percent = new BigDecimalField(resident.name());
            percent.setId("owner-share-" + resident.id().value());
            percent.setSuffixComponent(new Span("%"));
            Integer share = shares.get(resident.id().value());
            percent.setValue(share == null ? null : BigDecimal.valueOf(share, 2));
            Button save = new Button(dialog.getTranslation("action.save"), click -> {
                try {
                    BigDecimal value = percent.getValue();
                    Integer basisPoints = value == null || value.signum() == 0 ? null
                            : value.movePointRight(2).intValue();
                    if (basisPoints != null && basisPoints > Ownership.WHOLE) {
                        basisPoints = Ownership.WHOLE + 1;
                    }
                    ownership.record(home.id(), resident.id(), basisPoints);
                    UiErrors.success(dialog.getTranslation("owners.saved"));
                } catch (DomainException problem) {
                    UiErrors.show(problem);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(percent, save);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }
}
