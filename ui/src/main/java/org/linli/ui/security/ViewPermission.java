package org.linli.ui.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a view needs. Checked before navigation and used to hide the menu entry; the services check again,
 * so a view's permission is a courtesy, not the protection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewPermission {
    String value();
}
