package org.linli.platform.application;

/** A zero-based page of a list; sizes are capped so that no caller can ask for an unbounded result. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            page = 0;
        }
        if (size <= 0) {
            size = DEFAULT_SIZE;
        }
        size = Math.min(size, MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
