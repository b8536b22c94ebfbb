package org.linli.tenants.marketplace;

/**
 * A provider is a company (with a business licence), an individual (with an ID card) or a volunteer organisation
 * (志愿服务组织, with its registration certificate as a social organisation), whose staff organise the organisation's
 * volunteer activities, or an advertiser (广告主: a local merchant with a business licence, whose staff are
 * {@code ADVERTISER} accounts that book the tenant's ad slots).
 */
public enum ProviderKind {
    COMPANY,
    INDIVIDUAL,
    VOLUNTEER_ORGANISATION,
    ADVERTISER
}
