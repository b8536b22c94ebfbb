/**
 * Elder care (居家养老): operators link family members to elders, operators or family set up care plans with a
 * weekly visit pattern ({@link CareService}); the provider's carers check in and out of each visit, and family read
 * the visit reports ({@link CareVisits}). {@link CareWatch} marks visits nobody checked in to as missed and alerts
 * family and operators; who may follow an elder's care (the elder, linked family, operators, the visiting provider)
 * is checked by the services.
 */
package org.linli.tenants.eldercare;
