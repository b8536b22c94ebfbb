package org.linli.infra.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.platform.crypto.CipherKeys;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes every node of a cluster (and every restart) use the personal-data keys the database was sealed with: the
 * first node to start records a fingerprint of each key (an HMAC of a fixed text under the key, which reveals nothing
 * of it), and a node whose key of the same name differs refuses to start, before it seals a value the others cannot
 * open or reads one it cannot. Keys added later (a rotation) are recorded when first seen.
 */
@ApplicationScoped
public class KeyFingerprints {

    private static final byte[] LABEL = "linli personal-data key check v1".getBytes(StandardCharsets.UTF_8);

    /** Records the keys' fingerprints, or refuses keys that differ from those recorded. */
    public void checkAgainst(DataSource database, CipherKeys keys) {
        Map<String, String> fingerprints = fingerprints(keys);
        try (Connection connection = database.getConnection()) {
            for (Map.Entry<String, String> key : fingerprints.entrySet()) {
                String recorded = recorded(connection, key.getKey())
                        .orElseGet(() -> record(connection, key.getKey(), key.getValue()));
                if (!recorded.equals(key.getValue())) {
                    throw new IllegalStateException("The personal-data key '" + key.getKey() + "' differs from the"
                            + " one this database was sealed with: every node must be configured with the same"
                            + " linli.crypto.keys, linli.crypto.active-key and linli.crypto.index-key.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the personal-data keys against the database", e);
        }
    }

    /** Each key's fingerprint, by the name it is recorded under ({@code index} for the blind-index key). */
    static Map<String, String> fingerprints(CipherKeys keys) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        keys.keys().forEach((id, key) -> fingerprints.put("seal:" + id, fingerprint(key)));
        fingerprints.put("index", fingerprint(keys.indexKey()));
        return fingerprints;
    }

    static String fingerprint(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> recorded(Connection connection, String name) {
        try (PreparedStatement query = connection.prepareStatement(
                "select fingerprint from cipher_key_check where key_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the personal-data key check", e);
        }
    }

    private static String record(Connection connection, String name, String fingerprint) {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into cipher_key_check (key_name, fingerprint, first_seen) values (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, fingerprint);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            return fingerprint;
        } catch (SQLException e) {
            // Another node starting at the same moment recorded the key first: compare with what it recorded.
            return recorded(connection, name).orElseThrow(() ->
                    new IllegalStateException("cannot record the personal-data key check", e));
        }
    }
}
