package org.linli.tenants.forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.CommunityId;

import java.util.List;

/** What operators enter to design a form. */
public final class FormCommands {

    private FormCommands() {
    }

    /** A field; {@code options} for CHOICE, {@code binding} for REGISTRY. */
    public record FieldSpec(@NotBlank @Size(max = 200) String label, @NotNull FieldType type, boolean required,
                            List<String> options, RegistryBinding binding) {
    }

    /** A new form and whom it targets: a community, a grid, a tag, or combinations; none means everyone. */
    public record NewForm(@NotBlank @Size(max = 200) String title, @Size(max = 1000) @MultiLine String description,
                          @NotNull Audience audience, CommunityId community, Long grid, Tag tag,
                          @NotEmpty @Size(max = 50) List<@Valid FieldSpec> fields) {
    }
}
