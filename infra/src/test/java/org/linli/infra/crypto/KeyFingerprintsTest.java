package org.linli.infra.crypto;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.infra.persistence.ChangeLogDatabase;
import org.linli.platform.crypto.CipherKeys;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every node must bring the keys the database was sealed with; a node with another value for one refuses to start. */
class KeyFingerprintsTest {

    final KeyFingerprints fingerprints = new KeyFingerprints();
    JdbcDataSource database;

    @BeforeEach
    void database() throws Exception {
        database = ChangeLogDatabase.with("db/changelog/infra/001-cipher-key-check.xml");
    }

    @Test
    void aSecondNodeWithTheSameKeysStartsAndOneWithAnotherKeyIsRefused() {
        String k1 = key();
        String index = key();
        fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + k1, "k1", index));
        fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + k1, "k1", index));

        assertThatThrownBy(() -> fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + key(), "k1", index)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'seal:k1' differs")
                .hasMessageContaining("every node");
        assertThatThrownBy(() -> fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + k1, "k1", key())))
                .hasMessageContaining("'index' differs");
    }

    @Test
    void aKeyAddedByARotationIsRecordedWhenFirstSeen() {
        String k1 = key();
        String index = key();
        fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + k1, "k1", index));
        String k2 = key();
        fingerprints.checkAgainst(database, CipherKeys.parse("k1:" + k1 + ",k2:" + k2, "k2", index));
        assertThatThrownBy(() -> fingerprints.checkAgainst(database,
                CipherKeys.parse("k1:" + k1 + ",k2:" + key(), "k2", index))).hasMessageContaining("'seal:k2'");
    }

    @Test
    void theFingerprintRevealsNothingOfTheKeyAndTellsKeysApart() {
        CipherKeys keys = CipherKeys.parse("k1:" + key(), "k1", key());
        String fingerprint = KeyFingerprints.fingerprint(keys.keys().get("k1"));
        assertThat(fingerprint).hasSize(64)
                .doesNotContain(Base64.getEncoder().encodeToString(keys.keys().get("k1").getEncoded()))
                .isNotEqualTo(KeyFingerprints.fingerprint(keys.indexKey()));
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
