/**
 * Sealing personal data at rest: {@link PersonalDataVault} encrypts values with AES-256-GCM and computes blind indexes
 * to find them again, with the keys of {@link CipherKeys}. The tenant is bound into every sealed value and index, so a
 * value copied into another tenant's row does not open; where the keys come from is the deployment's business, not this
 * package's.
 */
package org.linli.platform.crypto;
