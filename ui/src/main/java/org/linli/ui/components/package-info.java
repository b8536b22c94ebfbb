/**
 * Small building blocks shared by the console, storefront and finance views: lists that size their columns and say
 * why they are empty ({@code ListGrid}), stat cards, badges, empty states, charts (ECharts in the browser) and QR
 * codes, bounded uploads, and the one way every view shows a refused action ({@code UiErrors}).
 */
package org.linli.ui.components;
