/**
 * The console's users of the tenant acted for ({@link UsersView}): search by text, role and status, create a user with
 * one role ({@code UserDialog}), and disable or enable one or many. The view keeps no data: it calls
 * {@link org.linli.platform.identity.UserService}, which refuses operators disabling themselves or giving roles they
 * may not grant; the view only offers the roles the operator may grant.
 */
package org.linli.ui.console.users;
