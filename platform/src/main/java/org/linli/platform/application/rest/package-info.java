/**
 * What every REST list shares: the {@code page} and {@code size} parameters ({@link PageParams}), a page as JSON
 * ({@link PageResponse}), and {@link BoundedList} for the few lists answered whole because they stay short by
 * construction. The architecture tests hold each list resource to one or the other, so no answer grows without bound.
 */
package org.linli.platform.application.rest;
