/**
 * Elder care (居家养老): operators link family members to elders, operators or family set up care plans with a
 * weekly visit pattern, the provider's carers check in and out of each visit, and family read the visit reports
 * ({@link CareService}). {@link CareWatch} marks visits nobody checked in to as missed and alerts family and operators;
 * who may follow an elder's care (the elder, linked family, operators, the visiting provider) is checked by the
 * service.
 */
package org.linli.tenants.eldercare;
