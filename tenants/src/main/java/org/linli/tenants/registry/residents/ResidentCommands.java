package org.linli.tenants.registry.residents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.LocalDate;
import java.util.Set;

/** What is entered about a resident; identity values are checked and normalised by the service. */
public final class ResidentCommands {

    private ResidentCommands() {
    }

    public record NewResident(@NotNull HouseholdId household, @NotBlank @Size(max = 50) String name, Gender gender,
                              Relation relation, LocalDate birthDate, String mobile, String idNumber, Set<Tag> tags) {
    }

    /** A partial change: fields left null stay as they are; {@code tags}, when given, replaces all tags. */
    public record ResidentChanges(@Size(min = 1, max = 50) String name, Gender gender, Relation relation,
                                  LocalDate birthDate, String mobile, String idNumber, Set<Tag> tags) {
    }

    public record NewVehicle(@NotNull HouseholdId household, @NotBlank String plate) {
    }
}
