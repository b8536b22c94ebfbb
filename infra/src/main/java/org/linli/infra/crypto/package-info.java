/**
 * Where the personal-data keys come from ({@link org.linli.infra.crypto.CipherKeySource}) and the check that every
 * node brings the keys the database was sealed with ({@link org.linli.infra.crypto.KeyFingerprints}).
 */
package org.linli.infra.crypto;
