package org.linli.tenants.services;

/** A provider is a company (with a business licence) or an individual (with an ID card). */
public enum ProviderKind {
    COMPANY,
    INDIVIDUAL
}
