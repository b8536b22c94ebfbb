package org.linli.tenants.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.util.Arrays;
import java.util.List;

/** One question of a form, in its position. Choice options are kept as one text, separated by "|". */
@Entity
@Table(name = "form_field")
public class FormField extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_field_seq")
    @SequenceGenerator(name = "form_field_seq", sequenceName = "form_field_seq", allocationSize = 50)
    private Long id;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private FieldType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "options", length = 1000)
    private String options;

    @Enumerated(EnumType.STRING)
    @Column(name = "binding", length = 30)
    private RegistryBinding binding;

    protected FormField() {
    }

    FormField(long formId, int position, FormCommands.FieldSpec spec) {
        this.formId = formId;
        this.position = position;
        this.label = spec.label().trim();
        this.type = spec.type();
        this.required = spec.required();
        this.options = spec.options() == null || spec.options().isEmpty() ? null
                : String.join("|", spec.options().stream().map(String::trim).toList());
        this.binding = spec.type() == FieldType.REGISTRY ? spec.binding() : null;
    }

    public long id() {
        return id;
    }

    public long formId() {
        return formId;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public FieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\\|"));
    }

    public RegistryBinding binding() {
        return binding;
    }
}
