/**
 * Who calls and what they may do: the {@link Actor} of the running call ({@link CurrentUser}), the {@link Role}s and
 * the {@link Permissions} they grant, and {@link PermissionCheck}, which enforces {@link RequiresPermission} on every
 * application service. Checks live on the services, not in views or resources, so a view, a REST call and a job meet
 * the same rule; work moved to another thread takes its caller along ({@link CallerContext}), and {@link RoleGrants}
 * keeps everyone but platform operators from granting more than they hold.
 */
package org.linli.platform.security;
