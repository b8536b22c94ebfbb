package org.linli.platform.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entry point for callers who are not signed in — signing in, registering with an invite code, the payment
 * gateway's notifications. It holds no permission check because its caller has none yet; it proves who calls
 * itself (the password, the invite code, the gateway's signature) and then acts through application services as
 * that caller or as a named system job. REST resources and views may inject these besides application services.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicEntry {
}
