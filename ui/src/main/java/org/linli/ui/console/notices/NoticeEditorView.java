package org.linli.ui.console.notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.notices.Audience;
import org.linli.tenants.notices.AudienceKind;
import org.linli.tenants.notices.Notice;
import org.linli.tenants.notices.NoticeAttachment;
import org.linli.tenants.notices.NoticeCommands;
import org.linli.tenants.notices.NoticeHtml;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.notices.NoticeState;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.GridSummary;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.BuildingId;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a notice. The body is HTML in a small documented subset ({@link NoticeHtml#TAGS}) typed in a text area —
 * Vaadin's rich-text editor is commercial — with a live preview cleaned exactly as the server keeps it. A draft
 * takes attachments and is saved, published or deleted; a published notice is shown read-only and can be pinned,
 * withdrawn, or followed to its reach.
 */
@Route(value = "notice-editor", layout = MainLayout.class)
@ViewPermission(Permissions.NOTICE_MANAGE)
public class NoticeEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The most communities and buildings offered in the pickers (larger tenants address a grid or community). */
    static final int CHOICES = 200;

    private final NoticeService notices;
    private final StructureService structure;
    private final GridService grids;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Checkbox pinned = new Checkbox();
    private final Checkbox acknowledgement = new Checkbox();
    private final DateTimePicker validFrom = new DateTimePicker();
    private final DateTimePicker validUntil = new DateTimePicker();
    private final Select<AudienceKind> audience = new Select<>();
    private final Select<Community> community = new Select<>();
    private final Select<GridSummary> grid = new Select<>();
    private final MultiSelectComboBox<Building> buildings = new MultiSelectComboBox<>();
    private final Select<Tag> tag = new Select<>();
    private final Div attachments = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private Long id;

    @Inject
    public NoticeEditorView(NoticeService notices, StructureService structure, GridService grids) {
        this.notices = notices;
        this.structure = structure;
        this.grids = grids;
        addClassName("notice-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        removeAll();
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        id = parameter;
        build();
        if (id != null) {
            try {
                fill(notices.get(id));
            } catch (DomainException problem) {
                removeAll();
                add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
            }
        } else {
            audience.setValue(AudienceKind.TENANT);
            showActions(null);
        }
    }

    private void build() {
        add(new H2(getTranslation(id == null ? "notice.new" : "notice.edit")));
        title.setLabel(getTranslation("notice.field.title"));
        title.setMaxLength(100);
        title.setWidthFull();
        title.setId("notice-title");
        body.setLabel(getTranslation("notice.field.body"));
        body.setHelperText(getTranslation("notice.body.help", Arrays.stream(NoticeHtml.TAGS)
                .map(tag -> "<" + tag + ">").collect(Collectors.joining(" "))));
        body.setMaxLength(Notice.MAX_BODY);
        body.setMinHeight("12rem");
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> showPreview());
        body.setId("notice-body");
        preview.addClassName("notice-preview");
        preview.setId("notice-preview");
        pinned.setLabel(getTranslation("notice.field.pinned"));
        acknowledgement.setLabel(getTranslation("notice.acknowledgement.required"));
        acknowledgement.setId("notice-acknowledgement");
        validFrom.setLabel(getTranslation("notice.field.valid-from"));
        validUntil.setLabel(getTranslation("notice.field.valid-until"));
        audience.setLabel(getTranslation("notice.field.audience"));
        audience.setItems(AudienceKind.values());
        audience.setItemLabelGenerator(kind -> NoticeLabels.audience(this, kind));
        audience.addValueChangeListener(change -> showAudienceFields());
        audience.setId("notice-audience");
        community.setLabel(getTranslation("notice.field.community"));
        community.setItems(structure.communities(PageRequest.first(CHOICES)).items());
        community.setItemLabelGenerator(Community::name);
        community.addValueChangeListener(change -> loadBuildings());
        grid.setLabel(getTranslation("notice.field.grid"));
        grid.setItems(grids.list());
        grid.setItemLabelGenerator(GridSummary::name);
        buildings.setLabel(getTranslation("notice.field.buildings"));
        buildings.setItemLabelGenerator(Building::name);
        tag.setLabel(getTranslation("notice.field.tag"));
        tag.setItems(Tag.values());
        tag.setItemLabelGenerator(t -> getTranslation("tag." + t.name().toLowerCase(Locale.ROOT)));
        FormLayout form = new FormLayout(title, validFrom, validUntil, audience, community, grid, buildings, tag,
                pinned, acknowledgement);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Div editor = new Div(body, new H3(getTranslation("notice.preview")), preview);
        editor.addClassName("notice-editor-body");
        attachments.addClassName("notice-attachments");
        attachments.setId("notice-attachments");
        add(form, editor, attachments, actions);
        showAudienceFields();
    }

    private void fill(NoticeService.NoticeView view) {
        Notice notice = view.notice();
        title.setValue(notice.title());
        body.setValue(notice.body());
        pinned.setValue(notice.pinned());
        acknowledgement.setValue(notice.acknowledgementRequired());
        validFrom.setValue(local(notice.validFrom()));
        validUntil.setValue(local(notice.validUntil()));
        Audience chosen = view.audience();
        audience.setValue(chosen.kind());
        switch (chosen.kind()) {
            case COMMUNITY -> community.getListDataView().getItems()
                    .filter(c -> c.id().value() == chosen.target()).findFirst().ifPresent(community::setValue);
            case GRID -> grid.getListDataView().getItems().filter(g -> g.id().value() == chosen.target())
                    .findFirst().ifPresent(grid::setValue);
            case BUILDINGS -> chooseBuildings(chosen.buildings());
            case TAG -> tag.setValue(chosen.tag());
            default -> {
            }
        }
        boolean draft = view.state() == NoticeState.DRAFT;
        List<HasEnabled> fields = List.of(title, body, pinned, acknowledgement, validFrom,
                validUntil, audience, community, grid, buildings, tag);
        fields.forEach(field -> field.setEnabled(draft));
        showAttachments(view, draft);
        showActions(view);
        showPreview();
    }

    private void chooseBuildings(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Building first = structure.building(new BuildingId(ids.iterator().next()));
        community.getListDataView().getItems().filter(c -> c.id().equals(first.community())).findFirst()
                .ifPresent(community::setValue);
        buildings.setValue(buildings.getListDataView().getItems().filter(b -> ids.contains(b.id().value()))
                .collect(Collectors.toSet()));
    }

    private void loadBuildings() {
        buildings.setItems(community.getValue() == null ? List.of()
                : structure.buildings(community.getValue().id(), PageRequest.first(CHOICES)).items());
    }

    private void showAudienceFields() {
        AudienceKind kind = audience.getValue();
        community.setVisible(kind == AudienceKind.COMMUNITY || kind == AudienceKind.BUILDINGS);
        buildings.setVisible(kind == AudienceKind.BUILDINGS);
        grid.setVisible(kind == AudienceKind.GRID);
        tag.setVisible(kind == AudienceKind.TAG);
    }

    private void showPreview() {
        String cleaned = NoticeHtml.clean(body.getValue());
        preview.getElement().setProperty("innerHTML", cleaned == null ? "" : cleaned);
    }

    private void showAttachments(NoticeService.NoticeView view, boolean draft) {
        attachments.removeAll();
        attachments.add(new H3(getTranslation("notice.attachments")));
        for (NoticeAttachment attachment : view.attachments()) {
            Div row = new Div(download(attachment));
            if (draft) {
                Button remove = new Button(getTranslation("action.remove"), click -> run(() -> {
                    notices.detach(id, attachment.id());
                    reload();
                }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            attachments.add(row);
        }
        if (draft && view.attachments().size() < NoticeAttachment.MAX_PER_NOTICE) {
            FileDrop drop = new FileDrop(getTranslation("notice.attachments.drop"), UploadedFile.MAX_DOCUMENT_BYTES,
                    file -> {
                        notices.attach(id, file);
                        reload();
                    }, "application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg", ".jpeg",
                    ".webp");
            drop.setId("notice-attachment-upload");
            attachments.add(new Paragraph(getTranslation("notice.attachments.hint",
                    NoticeAttachment.MAX_PER_NOTICE)), drop);
        }
    }

    private Component download(NoticeAttachment attachment) {
        long notice = id;
        DownloadHandler bytes = event -> {
            StoredFile file = notices.attachment(notice, attachment.id());
            event.setContentType(file.type().mediaType());
            event.setFileName(file.fileName());
            event.getOutputStream().write(file.bytes());
        };
        return new Anchor(bytes, attachment.fileName());
    }

    private void showActions(NoticeService.NoticeView view) {
        actions.removeAll();
        NoticeState state = view == null ? NoticeState.DRAFT : view.state();
        if (state == NoticeState.DRAFT) {
            actions.add(button("notice.save", ButtonVariant.LUMO_PRIMARY, () -> {
                NoticeService.NoticeView saved = save();
                UiErrors.success(getTranslation("notice.saved"));
                getUI().ifPresent(ui -> ui.navigate(NoticeEditorView.class, saved.notice().id()));
            }), button("notice.publish", ButtonVariant.LUMO_SUCCESS, () -> {
                NoticeService.NoticeView saved = save();
                notices.publish(saved.notice().id());
                UiErrors.success(getTranslation("notice.published"));
                getUI().ifPresent(ui -> ui.navigate(NoticeReachView.class, saved.notice().id()));
            }));
            if (view != null) {
                actions.add(button("notice.delete", ButtonVariant.LUMO_ERROR, () -> {
                    notices.delete(id);
                    getUI().ifPresent(ui -> ui.navigate(NoticeDeskView.class));
                }));
            }
        } else {
            actions.add(new Span(getTranslation("notice.locked", NoticeLabels.state(this, state).getText())));
            if (state == NoticeState.PUBLISHED) {
                boolean isPinned = view.notice().pinned();
                actions.add(button(isPinned ? "notice.unpin" : "notice.pin", ButtonVariant.LUMO_TERTIARY, () -> {
                    notices.pin(id, !isPinned);
                    reload();
                }));
            }
            if (state == NoticeState.PUBLISHED || state == NoticeState.EXPIRED) {
                actions.add(button("notice.withdraw", ButtonVariant.LUMO_ERROR, () -> {
                    notices.withdraw(id);
                    reload();
                }));
            }
            actions.add(button("notice.reach", ButtonVariant.LUMO_TERTIARY,
                    () -> getUI().ifPresent(ui -> ui.navigate(NoticeReachView.class, id))));
        }
        actions.add(button("action.close", ButtonVariant.LUMO_TERTIARY,
                () -> getUI().ifPresent(ui -> ui.navigate(NoticeDeskView.class))));
    }

    private NoticeService.NoticeView save() {
        NoticeCommands.Draft draft = new NoticeCommands.Draft(title.getValue(), body.getValue(), pinned.getValue(),
                instant(validFrom.getValue()), instant(validUntil.getValue()), audience.getValue(),
                switch (Objects.requireNonNullElse(audience.getValue(), AudienceKind.TENANT)) {
                    case COMMUNITY -> community.getValue() == null ? null : community.getValue().id().value();
                    case GRID -> grid.getValue() == null ? null : grid.getValue().id().value();
                    default -> null;
                }, audience.getValue() == AudienceKind.TAG ? tag.getValue() : null,
                audience.getValue() == AudienceKind.BUILDINGS ? buildings.getValue().stream()
                        .map(b -> b.id().value()).collect(Collectors.toCollection(LinkedHashSet::new)) : null,
                acknowledgement.getValue());
        return id == null ? notices.create(draft) : notices.revise(id, draft);
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> run(action));
        button.addThemeVariants(variant);
        button.setId(key.replace('.', '-'));
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void reload() {
        removeAll();
        build();
        fill(notices.get(id));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ChinaTime.ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ChinaTime.ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices") + " · " + getTranslation("app.name");
    }
}
