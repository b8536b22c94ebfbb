package org.linli.billing.commission;

/** A rule is applied while {@code ACTIVE}; a new version or a retirement makes it {@code RETIRED}, never deleted. */
public enum RuleStatus { ACTIVE, RETIRED }
