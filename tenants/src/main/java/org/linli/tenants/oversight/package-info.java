/**
 * Oversight for government supervisors (区民政局, 街道): read-only, aggregate figures of the district a supervisor is
 * attached to and of the property companies it supervises — never a person (可用不可见).
 *
 * <p>Platform operators attach supervisors ({@link org.linli.tenants.oversight.Jurisdictions}). The figures come
 * tenant by tenant, each in a transaction of that tenant, from the features that own the data through
 * {@link org.linli.tenants.oversight.OversightSource}; {@link org.linli.tenants.oversight.OversightDashboards} puts
 * them into tables, hides small cells ({@link org.linli.tenants.oversight.SmallCellSuppression}) — counts of fewer
 * than five persons or households, and money that fewer than five providers or payers make up — and audits every
 * look in the tenant looked at, so that its operators see who looked at their figures.
 */
package org.linli.tenants.oversight;
