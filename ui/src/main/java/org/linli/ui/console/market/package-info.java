/**
 * The marketplace in the console: operators' providers and their offerings ({@link ProvidersView}), all orders
 * ({@link OrdersView}) and complaints ({@link ComplaintsView}); a provider's own offerings ({@link MyOfferingsView})
 * and its staff's work home ({@link ProviderWorkView}), with the tools of the modules providers work in: the parking
 * gate ({@link GateView}), carers' rounds ({@link RoundsView}) and the parcel station ({@link StationView}). The views
 * keep no data: they call the application services, which check every action.
 */
package org.linli.ui.console.market;
