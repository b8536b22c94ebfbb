package org.linli.platform.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a value is written into an audit record for people to read: an audit subject by its audit name, an id (a
 * record of one {@code value}) as that value, other records as {@code name=value} pairs without their Java type, a
 * collection as its items. Never Java's {@code toString} of a record, which names classes and brackets.
 */
public final class AuditText {

    private AuditText() {
    }

    public static String of(Object value) {
        return describe(value, 0);
    }

    private static String describe(Object value, int depth) {
        if (value == null) {
            return null;
        }
        if (value instanceof AuditSubject subject) {
            return subject.auditName();
        }
        if (value instanceof Optional<?> optional) {
            return describe(optional.orElse(null), depth);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(describe(item, depth + 1)))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Record record && depth < 3) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                return describe(read(record, components[0]), depth + 1);
            }
            StringBuilder text = new StringBuilder();
            for (RecordComponent component : components) {
                Object part = read(record, component);
                if (part != null) {
                    text.append(text.isEmpty() ? "" : ", ").append(component.getName()).append('=')
                            .append(describe(part, depth + 1));
                }
            }
            return text.toString();
        }
        return String.valueOf(value);
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return "?";
        }
    }
}
