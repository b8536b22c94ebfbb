package org.linli.tenants.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.StructureService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Connects registry-bound form fields to the registry: their current value (as the person filling in may see it)
 * and the write-back of confirmed changes through the registry's own services, with their validation and audit.
 * A masked value left as it was is not a change.
 */
@ApplicationScoped
public class FormWriteBack {

    @Inject
    ResidentService residents;

    @Inject
    StructureService structure;

    String current(RegistryBinding binding, ResidentRecord record) {
        return switch (binding) {
            case NAME -> record.name();
            case MOBILE -> record.mobile();
            case BIRTH_DATE -> record.birthDate();
            case GENDER -> record.gender() == null ? null : record.gender().name();
            case RELATION -> record.relation() == null ? null : record.relation().name();
            case TAGS -> record.tags() == null ? null
                    : record.tags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            case FLOOR_AREA -> {
                BigDecimal area = structure.household(record.household()).floorArea();
                yield area == null ? null : area.stripTrailingZeros().toPlainString();
            }
        };
    }

    boolean differs(RegistryBinding binding, ResidentRecord record, String answer) {
        String current = current(binding, record);
        if (answer.contains("*")) {
            return false;
        }
        if (binding == RegistryBinding.FLOOR_AREA && current != null) {
            try {
                return new BigDecimal(answer).compareTo(new BigDecimal(current)) != 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return !answer.equals(current);
    }

    /** Writes the confirmed changes to the registry (the caller runs this with the registry's permissions). */
    void apply(ResidentRecord record, Map<RegistryBinding, String> changes) {
        ResidentCommands.ResidentChanges resident = new ResidentCommands.ResidentChanges(
                changes.get(RegistryBinding.NAME),
                parse(Gender.class, changes.get(RegistryBinding.GENDER), RegistryBinding.GENDER),
                parse(Relation.class, changes.get(RegistryBinding.RELATION), RegistryBinding.RELATION),
                date(changes.get(RegistryBinding.BIRTH_DATE)), changes.get(RegistryBinding.MOBILE), null,
                tags(changes.get(RegistryBinding.TAGS)));
        boolean residentChanged = changes.keySet().stream().anyMatch(b -> b != RegistryBinding.FLOOR_AREA);
        if (residentChanged) {
            residents.update(record.id(), resident);
        }
        String area = changes.get(RegistryBinding.FLOOR_AREA);
        if (area != null) {
            try {
                structure.changeFloorArea(record.household(), new BigDecimal(area));
            } catch (NumberFormatException e) {
                throw invalid(RegistryBinding.FLOOR_AREA);
            }
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, RegistryBinding binding) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(binding);
        }
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw invalid(RegistryBinding.BIRTH_DATE);
        }
    }

    private static Set<Tag> tags(String text) {
        if (text == null) {
            return null;
        }
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                tags.add(parse(Tag.class, part, RegistryBinding.TAGS));
            }
        }
        return tags;
    }

    private static DomainException invalid(RegistryBinding binding) {
        return DomainException.invalid(FieldError.of("answers." + binding.name().toLowerCase(Locale.ROOT), "format"));
    }
}
