/**
 * Notices (通知公告): operators write them for the tenant, a community, chosen buildings, a grid or the residents
 * with a registry tag, publish and withdraw them; residents read them, and acknowledge those that ask for it;
 * operators see how far a notice reached, building by building, and remind the households it has not reached
 * through the message port.
 */
package org.linli.tenants.notices;
