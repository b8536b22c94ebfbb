package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.GridSummary;
import org.linli.tenants.registry.importexport.ResidentExport;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.registry.vehicles.VehicleService;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The residents of the tenant (or of a grid worker's grids): search by name, mobile or ID number, filter by
 * community, grid, tag and status, every personal value shown as the caller's privacy policy allows; export the
 * same view as CSV or XLSX.
 */
@Route(value = "residents", layout = MainLayout.class)
@ViewPermission(Permissions.REGISTRY_READ)
public class ResidentsView extends VerticalLayout implements HasDynamicTitle {

    private final ResidentDirectory directory;
    private final ResidentService residents;
    private final StructureService structure;
    private final VehicleService vehicles;
    private final OrderService orders;
    private final ListGrid<ResidentRecord> grid = new ListGrid<>();
    private final TextField search = new TextField();
    private final Select<Community> community = new Select<>();
    private final Select<GridSummary> gridFilter = new Select<>();
    private final Select<Tag> tag = new Select<>();
    private final Select<ResidentStatus> status = new Select<>();

    @Inject
    public ResidentsView(ResidentDirectory directory, ResidentService residents, StructureService structure,
                         GridService grids, ResidentExport exports, VehicleService vehicles, OrderService orders) {
        this.directory = directory;
        this.residents = residents;
        this.structure = structure;
        this.vehicles = vehicles;
        this.orders = orders;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("residents.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(toolbar(structure, grids, exports), grid());
        refresh();
    }

    private Component toolbar(StructureService structure, GridService grids, ResidentExport exports) {
        search.setPlaceholder(getTranslation("residents.search"));
        search.setId("residents-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        community.setEmptySelectionAllowed(true);
        community.setEmptySelectionCaption(getTranslation("residents.community.any"));
        community.setItems(structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items());
        community.setItemLabelGenerator(c -> c == null ? getTranslation("residents.community.any") : c.name());
        community.addValueChangeListener(change -> refresh());

        gridFilter.setEmptySelectionAllowed(true);
        gridFilter.setEmptySelectionCaption(getTranslation("residents.grid.any"));
        gridFilter.setItems(grids.list());
        gridFilter.setItemLabelGenerator(g -> g == null ? getTranslation("residents.grid.any") : g.name());
        gridFilter.addValueChangeListener(change -> refresh());

        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption(getTranslation("residents.tag.any"));
        tag.setItems(Tag.values());
        tag.setItemLabelGenerator(t -> t == null ? getTranslation("residents.tag.any") : RegistryLabels.tag(this, t));
        tag.setId("residents-tag");
        tag.addValueChangeListener(change -> refresh());

        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("users.status.any"));
        status.setItems(ResidentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("users.status.any")
                : RegistryLabels.status(this, s));
        status.addValueChangeListener(change -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(search, community, gridFilter, tag, status);
        if (CurrentUser.isPermitted(Permissions.REGISTRY_IMPORT)) {
            Button importList = new Button(getTranslation("residents.import"), VaadinIcon.UPLOAD.create(),
                    click -> UI.getCurrent().navigate(ImportView.class));
            importList.setId("open-import");
            toolbar.add(importList);
        }
        if (CurrentUser.isPermitted(Permissions.REGISTRY_EXPORT)) {
            toolbar.add(download(exports, ResidentExport.Format.CSV), download(exports, ResidentExport.Format.XLSX));
        }
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("list-toolbar");
        toolbar.setFlexGrow(1, search);
        return toolbar;
    }

    private Component download(ResidentExport exports, ResidentExport.Format format) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        DownloadHandler handler = event -> {
            event.setFileName("residents." + extension);
            event.setContentType(format == ResidentExport.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
            exports.export(filter(), format, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("residents.export." + extension));
        anchor.setId("export-" + extension);
        anchor.addClassName("download-link");
        return anchor;
    }

    private Component grid() {
        grid.setId("residents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> RegistryLabels.orHidden(r.name())).setHeader(getTranslation("residents.column.name"))
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> RegistryLabels.orHidden(r.address()))
                .setHeader(getTranslation("residents.column.address")).setFlexGrow(2);
        grid.addColumn(r -> RegistryLabels.gender(this, r.gender()))
                .setHeader(getTranslation("residents.column.gender")).setAutoWidth(true);
        grid.addColumn(r -> RegistryLabels.orHidden(r.birthDate()))
                .setHeader(getTranslation("residents.column.birth-date")).setAutoWidth(true);
        grid.addColumn(r -> RegistryLabels.orHidden(r.mobile()))
                .setHeader(getTranslation("residents.column.mobile")).setAutoWidth(true);
        grid.addColumn(r -> RegistryLabels.orHidden(r.idNumber()))
                .setHeader(getTranslation("residents.column.id-number")).setAutoWidth(true);
        grid.addColumn(r -> RegistryLabels.tags(this, r.tags())).setHeader(getTranslation("residents.column.tags"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new StatusBadge(RegistryLabels.status(this, r.status()),
                        r.status() == ResidentStatus.ACTIVE ? StatusBadge.Tone.GOOD
                                : r.status() == ResidentStatus.PENDING ? StatusBadge.Tone.ATTENTION
                                : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("residents.column.status")).setAutoWidth(true);
        Button importList = new Button(getTranslation("residents.import.list"), VaadinIcon.UPLOAD.create(),
                click -> UI.getCurrent().navigate(ImportView.class));
        importList.setVisible(CurrentUser.isPermitted(Permissions.REGISTRY_IMPORT));
        grid.setEmptyState(getTranslation("residents.empty"), importList);
        grid.addItemClickListener(click -> new ResidentDialog(directory, residents, structure, vehicles, orders,
                click.getItem().id(), this::refresh).open());
        return grid;
    }

    private ResidentDirectory.ResidentFilter filter() {
        return new ResidentDirectory.ResidentFilter(search.getValue(),
                community.getValue() == null ? null : community.getValue().id(),
                gridFilter.getValue() == null ? null : gridFilter.getValue().id().value(), tag.getValue(),
                status.getValue(), null);
    }

    private void refresh() {
        ResidentDirectory.ResidentFilter filter = filter();
        grid.setItems(query -> directory.search(filter, new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) directory.search(filter, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.title") + " · " + getTranslation("app.name");
    }
}
