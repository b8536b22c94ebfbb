package org.linli.platform.identity;

/** Whether an account may sign in. Disabling keeps the account and its history; nothing is deleted. */
public enum AccountStatus {
    ENABLED,
    DISABLED
}
