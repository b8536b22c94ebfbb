/**
 * The residents' storefront, phone first (390 px): the service hall and booking, their orders, family care, the
 * volunteer activities and time account (志愿) and points with the points mall (积分), and their own data.
 */
package org.linli.ui.storefront;
