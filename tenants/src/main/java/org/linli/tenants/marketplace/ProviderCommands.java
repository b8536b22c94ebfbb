package org.linli.tenants.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linli.platform.problem.MultiLine;

import java.util.List;

/** What operators enter to onboard a provider. */
public final class ProviderCommands {

    private ProviderCommands() {
    }

    /**
     * A provider and its qualification: a company's unified social credit code (统一社会信用代码, 18 characters) or an
     * individual's ID-card number, and a contact; {@code communities} it serves (none: the whole tenant).
     */
    public record NewProvider(@NotBlank @Size(max = 100) String name, @NotNull ProviderKind kind,
                              @NotBlank @Pattern(regexp = "[0-9A-HJ-NP-RT-UW-Y]{18}|\\d{17}[\\dXx]",
                                      message = "{licence_format}") String licenceNumber,
                              @NotBlank @Size(max = 50) String contactName,
                              @NotBlank @Pattern(regexp = "1\\d{10}", message = "{mobile_format}") String contactPhone,
                              @Size(max = 1000) @MultiLine String description, List<Long> communities) {
    }
}
