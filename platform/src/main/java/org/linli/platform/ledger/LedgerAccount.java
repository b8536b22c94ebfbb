package org.linli.platform.ledger;

import java.util.regex.Pattern;

/**
 * An account of the ledger, named by a code such as {@code platform:revenue} or {@code provider:42:payable}: lower
 * case words and numbers joined by colons. Accounts need no opening; an account is what its lines say it is.
 */
public record LedgerAccount(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z-]*(:[a-z0-9-]+)*");

    public LedgerAccount {
        if (code == null || code.length() > 100 || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an account code: " + code);
        }
    }

    public static LedgerAccount of(String code) {
        return new LedgerAccount(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
