package org.linli.tenants.services;

/**
 * A provider is a company (with a business licence), an individual (with an ID card) or a volunteer organisation
 * (志愿服务组织, with its registration certificate as a social organisation), whose staff organise the organisation's
 * volunteer activities.
 */
public enum ProviderKind {
    COMPANY,
    INDIVIDUAL,
    VOLUNTEER_ORGANISATION
}
