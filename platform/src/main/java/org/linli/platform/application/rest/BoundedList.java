package org.linli.platform.application.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST list that is answered whole because it stays short by construction — one entry per module, per payee
 * of a tenant, per step of one order — rather than growing with the tenant's data or time. Every other list
 * resource answers a page ({@link PageResponse} with {@link PageParams}); the architecture tests hold every list
 * resource to one or the other. The service behind a bounded list caps it as well, so a claim that proves wrong
 * truncates a list instead of exhausting the server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BoundedList {

    /** Why the list stays short, in words: what bounds it. */
    String value();
}
