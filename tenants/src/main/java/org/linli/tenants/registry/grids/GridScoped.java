package org.linli.tenants.registry.grids;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity of another feature that keeps the grid of a household or resident it belongs to (an order, a
 * parcel, a care plan, a form answer) in a {@code gridId} attribute, next to {@code @AdditionalCriteria(}{@link
 * GridScope#CRITERIA}{@code )}. When a building changes grid, {@link GridService} moves every such row along with
 * the building's households and residents, so the grid worker's scope never disagrees with the structure.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GridScoped {

    /** The attribute holding the id of the household or resident the row follows. */
    String follows();

    /** Whether {@link #follows()} names a household or a resident. */
    Anchor anchor() default Anchor.HOUSEHOLD;

    /** What a row's grid follows. */
    enum Anchor { HOUSEHOLD, RESIDENT }
}
