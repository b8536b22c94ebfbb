/**
 * The elder-care module's tool for carers: the week's rounds, check-in on arrival and the visit note the family reads
 * ({@link RoundsView}). What a carer may see of an elder is decided by the care service; the view shows only that.
 */
package org.linli.ui.console.eldercare;
