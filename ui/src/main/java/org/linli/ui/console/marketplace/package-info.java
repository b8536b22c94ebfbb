/**
 * The marketplace in the console: operators onboard, verify and suspend providers and block offerings
 * ({@link ProvidersView}); a provider keeps its offerings, pictures and documents ({@link MyOfferingsView}), and its
 * staff start the day on their work home ({@link ProviderWorkView}) with slots, orders and today's jobs. The views keep
 * no data: they call the marketplace's application services, which check every action.
 */
package org.linli.ui.console.marketplace;
