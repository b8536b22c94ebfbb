/**
 * Residents registering themselves: an operator issues a household's invite code ({@link RegistrationSteps},
 * {@link InviteCodes}), and a resident who has it creates an account and a {@code PENDING} registry entry in one step
 * ({@link SelfRegistration}) that an operator verifies later. The code is looked up before anyone is signed in, so
 * {@link HouseholdInvite} holds no personal data; nothing is created for an unknown, expired or used code.
 */
package org.linli.tenants.registry.selfregistration;
