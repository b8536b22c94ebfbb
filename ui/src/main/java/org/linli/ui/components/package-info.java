/**
 * Small building blocks shared by the console, storefront and finance views: stat cards, badges, empty states, charts
 * (ECharts in the browser, SVG for exports) and QR codes, bounded uploads, and the one way every view shows a refused
 * action ({@code UiErrors}).
 */
package org.linli.ui.components;
