package org.linli.ui.console.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.forms.Audience;
import org.linli.tenants.forms.FieldType;
import org.linli.tenants.forms.FormCommands;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.RegistryBinding;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.GridSummary;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.FieldErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Designs a form: title, who fills it in, whom it targets (community, grid, tag), and its questions — text, number,
 * date, choice, or bound to a registry value.
 */
class FormDesigner extends Dialog {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Audience> audience = new Select<>();
    private final Select<Community> community = new Select<>();
    private final Select<GridSummary> grid = new Select<>();
    private final Select<Tag> tag = new Select<>();
    private final VerticalLayout questions = new VerticalLayout();
    private final List<Question> rows = new ArrayList<>();

    /** One question row of the designer. */
    private final class Question extends HorizontalLayout {
        final TextField label = new TextField();
        final Select<FieldType> type = new Select<>();
        final Checkbox required = new Checkbox();
        final TextField options = new TextField();
        final Select<RegistryBinding> binding = new Select<>();

        Question() {
            label.setPlaceholder(getTranslation("forms.field.label"));
            label.setWidth("14rem");
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> getTranslation("forms.type." + t.name().toLowerCase(Locale.ROOT)));
            type.setValue(FieldType.TEXT);
            type.setWidth("9rem");
            required.setLabel(getTranslation("forms.field.required"));
            options.setPlaceholder(getTranslation("forms.field.options"));
            binding.setItems(RegistryBinding.values());
            binding.setItemLabelGenerator(b -> getTranslation("forms.binding." + b.name().toLowerCase(Locale.ROOT)));
            type.addValueChangeListener(change -> show());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                questions.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            add(label, type, options, binding, required, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            show();
        }

        private void show() {
            options.setVisible(type.getValue() == FieldType.CHOICE);
            binding.setVisible(type.getValue() == FieldType.REGISTRY);
        }

        FormCommands.FieldSpec spec() {
            List<String> choices = options.getValue().isBlank() ? List.of()
                    : Arrays.stream(options.getValue().split("[,，、|]")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            return new FormCommands.FieldSpec(label.getValue(), type.getValue(), required.getValue(), choices,
                    binding.getValue());
        }
    }

    FormDesigner(FormService forms, StructureService structure, GridService grids, Runnable created) {
        setHeaderTitle(getTranslation("forms.create"));
        setWidth("min(960px, 100vw)");
        title.setLabel(getTranslation("forms.column.title"));
        title.setId("form-title");
        description.setLabel(getTranslation("forms.description"));
        audience.setLabel(getTranslation("forms.column.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("forms.audience." + a.name().toLowerCase(Locale.ROOT)));
        audience.setValue(Audience.GRID_WORKERS);
        community.setLabel(getTranslation("forms.target.community"));
        community.setEmptySelectionAllowed(true);
        community.setItems(structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items());
        community.setItemLabelGenerator(c -> c == null ? getTranslation("residents.community.any") : c.name());
        grid.setLabel(getTranslation("forms.target.grid"));
        grid.setEmptySelectionAllowed(true);
        grid.setItems(grids.list());
        grid.setItemLabelGenerator(g -> g == null ? getTranslation("residents.grid.any") : g.name());
        tag.setLabel(getTranslation("forms.target.tag"));
        tag.setEmptySelectionAllowed(true);
        tag.setItems(Tag.values());
        tag.setItemLabelGenerator(t -> t == null ? getTranslation("residents.tag.any")
                : getTranslation("tag." + t.name().toLowerCase(Locale.ROOT)));
        FormLayout head = new FormLayout(title, audience, description, community, grid, tag);
        questions.setPadding(false);
        Button addQuestion = new Button(getTranslation("forms.field.add"), VaadinIcon.PLUS.create(), click -> add());
        addQuestion.setId("add-question");
        add(head, new H4(getTranslation("forms.questions")), questions, addQuestion);
        add();
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                forms.create(new FormCommands.NewForm(title.getValue(), description.getValue(), audience.getValue(),
                        community.getValue() == null ? null : community.getValue().id(),
                        grid.getValue() == null ? null : grid.getValue().id().value(), tag.getValue(),
                        rows.stream().map(Question::spec).toList()));
                close();
                created.run();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("title", title));
            }
        });
        save.setId("save-form");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void add() {
        Question question = new Question();
        rows.add(question);
        questions.add(question);
    }
}
