package org.linli.platform.application;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of results and the total count across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    /**
     * A page whose total is counted only when the page cannot tell it: a page with items that is not full is the last
     * one, so the total is its offset plus its items. Most lists of most tenants fit on their first page, and the
     * count would read them all a second time. An empty page is counted (it may lie past the end).
     */
    public static <T> Page<T> of(List<T> items, LongSupplier count, PageRequest request) {
        boolean last = !items.isEmpty() && items.size() < request.size();
        return of(items, last ? (long) request.offset() + items.size() : count.getAsLong(), request);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
