package org.linli.platform.application.rest;

import org.linli.platform.application.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list resource as JSON. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), mapped.total(), mapped.page(), mapped.size());
    }
}
