package org.linli.platform.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text component of a command that a person writes in several lines (descriptions, notes, comments): besides
 * what every text may hold, it may hold tabs and line breaks. On a collection, it applies to its texts.
 *
 * @see TypedText
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface MultiLine {
}
