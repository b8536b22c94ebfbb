package org.linli.platform.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A list query with optional filters, read as one page plus the total count. Each filter is a JPQL condition with
 * one named parameter, added only when the caller's filter asks for it, so that services do not assemble query
 * strings by hand. Tenant scoping is not a filter here: the persistence layer adds it to both queries.
 */
public final class PagedQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    /** {@code select alias from Entity alias}; the entity name is the class's simple name. */
    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias) {
        return new PagedQuery<>(em, type, alias);
    }

    /** Adds {@code condition} (naming {@code :parameter}) when {@code value} is present (non-null, non-blank). */
    public PagedQuery<T> filter(String condition, String parameter, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Adds a condition without parameter, e.g. one whose parameters were added before. */
    public PagedQuery<T> condition(String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
        return this;
    }

    public Page<T> page(String orderBy, PageRequest page) {
        String from = " from " + type.getSimpleName() + " " + alias + where;
        TypedQuery<T> items = em.createQuery("select " + alias + from + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setFirstResult(page.offset()).setMaxResults(page.size());
        return Page.of(items.getResultList(), count::getSingleResult, page);
    }

    /** The {@code like} pattern of a text part: contained anywhere, lower case, or null for no text. */
    public static String contains(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
