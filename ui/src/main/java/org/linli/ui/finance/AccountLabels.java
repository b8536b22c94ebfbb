package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import org.linli.platform.ledger.LedgerAccount;

/** Ledger account codes in the reader's words: {@code provider:42:payable} reads "应付服务商 #42". */
final class AccountLabels {

    private AccountLabels() {
    }

    static String label(Component in, LedgerAccount account) {
        String[] parts = account.code().split(":");
        if (parts.length == 3 && (parts[0].equals("provider") || parts[0].equals("resident"))) {
            // provider:42:payable, provider:42:minutes, resident:7:minutes: one label per kind, with the number.
            String key = "ledger.account." + parts[0] + "-" + parts[2];
            String label = in.getTranslation(key, parts[1]);
            return label.equals(key) || label.startsWith("!") ? account.code() : label;
        }
        String key = "ledger.account." + account.code().replace(':', '-');
        String label = in.getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? account.code() : label;
    }
}
