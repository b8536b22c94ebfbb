package org.linli.platform.application.rest;

import jakarta.ws.rs.QueryParam;
import org.linli.platform.application.PageRequest;

/**
 * The {@code page} and {@code size} query parameters of a list resource ({@code @BeanParam}). They are read as text
 * so that a number beyond {@code int} is clamped to an empty page instead of failing the conversion.
 */
public class PageParams {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    public PageParams() {
    }

    PageParams(String page, String size) {
        this.page = page;
        this.size = size;
    }

    public PageRequest request() {
        return PageRequest.parse(page, size);
    }
}
