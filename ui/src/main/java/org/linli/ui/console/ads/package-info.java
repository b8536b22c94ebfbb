/**
 * Console views of the ad slots: the inventory and all bookings with creative review for operators, and the
 * advertiser's own campaigns (book on a calendar of free days, submit the creative, pay, read the report).
 */
package org.linli.ui.console.ads;
