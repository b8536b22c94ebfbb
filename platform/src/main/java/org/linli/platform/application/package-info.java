/**
 * The shape of every use case: an {@link ApplicationService} runs each public method in one transaction, with tenant
 * binding, audit and permission check in that order; a {@link BatchService} runs many short transactions; a
 * {@link PublicEntry} serves callers not yet signed in. Every public service method declares its permission and is
 * either audited or a {@link Query}, which the architecture tests enforce; pages ({@link PagedQuery}), the one clock
 * ({@link Clocks}), China's time zone ({@link ChinaTime}) and a node's bounded memory ({@link RecentlyUsed}) are shared
 * from here too.
 */
package org.linli.platform.application;
