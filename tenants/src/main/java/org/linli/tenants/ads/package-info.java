/**
 * Ad slots (广告位) that pay for the free basic services: the tenant's inventory of slots on the storefront and on
 * community screens, local merchants (advertisers, a kind of provider) booking them for whole days, the operator's
 * review of each creative, payment through the checkout port, serving with anonymous daily counters, and the
 * advertiser's report. Billing splits the money (module {@code ADS}) when the checkout reports it paid.
 */
package org.linli.tenants.ads;
