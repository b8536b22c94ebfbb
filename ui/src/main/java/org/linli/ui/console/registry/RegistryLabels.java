package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** The localised names of registry values, shared by the registry views and the resident's own data. */
public final class RegistryLabels {

    private RegistryLabels() {
    }

    static String tag(Component c, Tag tag) {
        return c.getTranslation("tag." + key(tag));
    }

    public static String tags(Component c, Collection<Tag> tags) {
        return tags == null ? "" : tags.stream().map(tag -> tag(c, tag)).collect(Collectors.joining("、"));
    }

    static String gender(Component c, Gender gender) {
        return gender == null ? "" : c.getTranslation("gender." + key(gender));
    }

    static String relation(Component c, Relation relation) {
        return relation == null ? "" : c.getTranslation("relation." + key(relation));
    }

    static String status(Component c, ResidentStatus status) {
        return c.getTranslation("resident.status." + key(status));
    }

    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A value the caller may not see at all shows as a dash, so that "nothing" and "hidden" look different. */
    public static String orHidden(String value) {
        return value == null ? "—" : value;
    }
}
