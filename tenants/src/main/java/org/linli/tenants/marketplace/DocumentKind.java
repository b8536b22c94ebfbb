package org.linli.tenants.marketplace;

/** What a provider's qualification document proves. */
public enum DocumentKind {
    /** 营业执照: a company's business licence. */
    BUSINESS_LICENCE,
    /** 身份证: an individual provider's identity card. */
    ID_CARD,
    /** 行业许可证: a licence of the trade (elder-care institution, parking operation, courier). */
    TRADE_PERMIT,
    /** 健康证: staff health certificate, needed for housekeeping and care. */
    HEALTH_CERTIFICATE,
    /** 保险单: liability insurance. */
    INSURANCE,
    /** 社会组织登记证书: a volunteer organisation's registration as a social organisation. */
    REGISTRATION_CERTIFICATE,
    OTHER;

    /** The document that identifies a provider of {@code kind}; verification needs one that is still valid. */
    public static DocumentKind identifying(ProviderKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> ID_CARD;
            case VOLUNTEER_ORGANISATION -> REGISTRATION_CERTIFICATE;
            case COMPANY, ADVERTISER -> BUSINESS_LICENCE;
        };
    }
}
