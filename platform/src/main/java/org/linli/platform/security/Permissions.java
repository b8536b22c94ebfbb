package org.linli.platform.security;

/**
 * The catalogue of permission names, {@code domain:action} in Shiro's wildcard syntax. Roles grant them (possibly as
 * wildcards, see {@link Role}); application service methods require them with {@link RequiresPermission}.
 */
public final class Permissions {

    public static final String TENANT_READ = "tenant:read";
    public static final String TENANT_MANAGE = "tenant:manage";

    public static final String USER_READ = "user:read";
    public static final String USER_MANAGE = "user:manage";

    /**
     * Give any role, though not holding all its permissions: the platform operators, who onboard tenants and their
     * staff (see {@link RoleGrants}).
     */
    public static final String ROLE_GRANT_ANY = "role-grant:any";

    public static final String PLATFORM_USER_READ = "platform-user:read";
    public static final String PLATFORM_USER_MANAGE = "platform-user:manage";

    /** Which modules the tenant has enabled. */
    public static final String MODULE_READ = "module:read";
    /** Enable and disable paid modules and set their fees. */
    public static final String MODULE_MANAGE = "module:manage";

    /** The tenant's privacy policy. */
    public static final String PRIVACY_READ = "privacy:read";
    /** Tighten the tenant's privacy policy (never loosen it below the platform default). */
    public static final String PRIVACY_MANAGE = "privacy:manage";

    /**
     * The tenant's structure: communities, buildings, units and the homes in them. Apart from the registry's people,
     * so that a grid worker, who works the residents of their grids, cannot reshape the tenant.
     */
    public static final String STRUCTURE_MANAGE = "structure:manage";

    /** The community registry: households, residents, vehicles. */
    public static final String REGISTRY_READ = "registry:read";
    public static final String REGISTRY_MANAGE = "registry:manage";
    /** Reveal a sealed personal value in full, on purpose and audited. */
    public static final String REGISTRY_REVEAL = "registry:reveal";
    /** Bulk import and export of the registry. */
    public static final String REGISTRY_IMPORT = "registry:import";
    public static final String REGISTRY_EXPORT = "registry:export";

    /** Grids and their workers. */
    public static final String GRID_READ = "grid:read";
    public static final String GRID_MANAGE = "grid:manage";

    /** Design, publish and evaluate smart forms. */
    public static final String FORM_MANAGE = "form:manage";
    /** Fill in smart forms (residents their own, grid workers for their grids' residents). */
    public static final String FORM_FILL = "form:fill";

    /**
     * Browse the catalogue of offerings, providers and free slots. This and the two {@code market:} permissions are the
     * marketplace's; their strings predate the name and stay as they are (see decision 0009).
     */
    public static final String CATALOG_READ = "catalog:read";
    /** The tenant's providers, all offerings and all orders, for operators. */
    public static final String MARKET_READ = "market:read";
    /** Onboard, verify and suspend providers, moderate offerings, decide refunds and complaints. */
    public static final String MARKET_MANAGE = "market:manage";
    /** Work as a provider's staff: own offerings, availability, incoming orders. */
    public static final String PROVIDER_WORK = "provider:work";
    /** See providers' qualification documents (operators; staff their own provider's). */
    public static final String QUALIFICATION_READ = "qualification:read";
    /** Upload and remove providers' qualification documents (operators; staff their own provider's). */
    public static final String QUALIFICATION_MANAGE = "qualification:manage";
    /** Place orders (residents). */
    public static final String ORDER_PLACE = "order:place";
    /** Read the orders one takes part in (as resident, provider or operator). */
    public static final String ORDER_READ = "order:read";
    /** Move the orders one takes part in through their lifecycle, within one's party's actions. */
    public static final String ORDER_ACT = "order:act";

    /** Write postings to the ledger; held only by system jobs (billing follows orders and payments). */
    public static final String LEDGER_POST = "ledger:post";
    /** Read the ledger, splits and finance reports of the tenant acted for. */
    public static final String FINANCE_READ = "finance:read";
    /** Draft, approve and pay settlement batches (finance staff). */
    public static final String FINANCE_MANAGE = "finance:manage";
    /** Read the tenant's module invoices (tenant operators, finance, platform operators). */
    public static final String INVOICE_READ = "invoice:read";
    /** Issue module invoices and record their payment (platform operators). */
    public static final String INVOICE_MANAGE = "invoice:manage";
    /**
     * Pay the tenant's module invoices at the gateway (tenant operators, finance). A domain of its own, so that
     * the platform operators' {@code invoice:*} does not let them pay the tenant's bills.
     */
    public static final String INVOICE_PAY = "invoice-payment:pay";
    /** How an order's payment was split: finance for any order, operators and providers for their own. */
    public static final String SPLIT_READ = "split:read";
    /** Let the tenant or the provider bear an order's refunds alone (operators). */
    public static final String REFUND_BEARER = "refund-bearer:choose";
    /** Let the platform bear an order's refunds (the platform's operators only). */
    public static final String REFUND_BEARER_PLATFORM = "refund-bearer:platform";
    /** See the commission rules of the tenant acted for. */
    public static final String COMMISSION_READ = "commission:read";
    /** Define and retire commission rules (platform operators). */
    public static final String COMMISSION_MANAGE = "commission:manage";
    /** Confirm a payment reported by the gateway; held only by system jobs (the gateway's notify handler). */
    public static final String PAYMENT_CONFIRM = "payment:confirm";

    /** A resident's own registry data and who has seen it. */
    public static final String SELF_READ = "self:read";

    /** Browse volunteer activities, sign up, cancel and check in (residents, for themselves). */
    public static final String VOLUNTEER_JOIN = "volunteer:join";
    /**
     * Publish volunteer activities, keep their attendance and credit it (operators for the tenant; staff of a volunteer
     * organisation for their organisation's activities only), and read volunteers' hours.
     */
    public static final String VOLUNTEER_ORGANISE = "volunteer:organise";
    /** One's own time account: statement, transfers, donations to the love pool, spending minutes (residents). */
    public static final String TIMEBANK_USE = "timebank:use";
    /** The tenant's time bank: its settings, any member's account, grants from the love pool (operators). */
    public static final String TIMEBANK_MANAGE = "timebank:manage";
    /** One's own points: balance, lots, history, redeeming in the mall and as a discount (residents). */
    public static final String POINTS_USE = "points:use";
    /** The tenant's points: earning rules, settings, the mall and its stock, handing rewards over (operators). */
    public static final String POINTS_MANAGE = "points:manage";
    /** Record a resident's check-in that earns points, e.g. at a garbage-sorting station (operators, stations). */
    public static final String POINTS_CHECK_IN = "points:check-in";
    /** List, reserve, buy, rate, report and message in the flea market, for oneself (verified residents). */
    public static final String FLEA_TRADE = "flea:trade";
    /** The tenant's flea market: reported listings, hiding and restoring them, suspending sellers (operators). */
    public static final String FLEA_MODERATE = "flea:moderate";
    /** The tenant's flea-market settings: its categories, forbidden ones included (operators). */
    public static final String FLEA_MANAGE = "flea:manage";
    /** Book ad slots, upload creatives, pay and read one's own campaigns' reports (advertisers, for themselves). */
    public static final String ADS_BOOK = "ads:book";
    /** The tenant's ad inventory, advertisers, bookings and creative review (operators). */
    public static final String ADS_MANAGE = "ads:manage";
    /**
     * Report a case (a broken light, a blocked fire lane) and follow, rate or reopen one's own (residents); grid workers
     * and operators also file cases on a resident's behalf.
     */
    public static final String CASE_REPORT = "case:report";
    /**
     * Work the case queue: accept, assign, append steps, resolve, reject (grid workers for their grids, operators for
     * the tenant, a supervising district's operators for the cases escalated to it).
     */
    public static final String CASE_HANDLE = "case:handle";
    /** Work the cases assigned to one's own provider: append steps and resolve them (provider staff). */
    public static final String CASE_WORK = "case:work";
    /** The tenant's case categories, their SLAs, working hours and holidays, and case statistics (operators). */
    public static final String CASE_MANAGE = "case:manage";
    /** Read and acknowledge the notices addressed to oneself (residents). */
    public static final String NOTICE_READ = "notice:read";
    /** Write, pin and withdraw notices, read their reach and remind those not yet reached (operators). */
    public static final String NOTICE_MANAGE = "notice:manage";
    /** Propose, co-sign, comment on and vote on the tenant's proposals, for oneself (residents). */
    public static final String PROPOSAL_TAKE_PART = "proposal:take-part";
    /** The tenant's proposals: create, moderate, open and close votes, publish tallies (operators). */
    public static final String PROPOSAL_MANAGE = "proposal:manage";
    /** One's own in-app messages: read them, mark them read (every user of a tenant). */
    public static final String INBOX_READ = "inbox:read";

    /** The tenant's devices, their alerts and false-positive rates (operators, grid workers). */
    public static final String DEVICE_READ = "device:read";
    /** Register, change and retire devices, issue their secrets, and edit the alert rules (operators). */
    public static final String DEVICE_MANAGE = "device:manage";
    /** Label a device's alert true or false positive (operators, grid workers). */
    public static final String DEVICE_LABEL = "device:label";
    /**
     * See and acknowledge the no-activity concerns about an elder living alone: one's own, as the elder, their family
     * or their elder-care provider's staff (checked as such by the service); every concern for device staff.
     */
    public static final String DEVICE_ACKNOWLEDGE = "device:acknowledge";
    /**
     * Take in a device's signed events and watch for silent devices; held only by system jobs (the intake acts as
     * one once the device's signature checked out).
     */
    public static final String DEVICE_INGEST = "device:ingest";
    /**
     * Aggregate figures of the tenants in one's jurisdiction, never a person's record (supervisors, read-only): the
     * district one is attached to and the property companies it supervises.
     */
    public static final String OVERSIGHT_READ = "oversight:read";

    /** The audit trail of the tenant the caller acts for. */
    public static final String AUDIT_READ = "audit:read";
    /** The whole audit trail, platform actions and every tenant. */
    public static final String AUDIT_READ_ALL = "audit:read-all";

    private Permissions() {
    }
}
