/**
 * Platform operators' screens for tenants: onboarding, suspending and resuming a street district or property company,
 * entering one to manage it, and naming the district that supervises a property company.
 */
package org.linli.ui.console.tenants;
