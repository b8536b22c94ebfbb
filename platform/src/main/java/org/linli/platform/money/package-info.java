/**
 * Exact money: {@link Money}, yuan counted in whole fen, read as people type it and shown as {@code ¥1,234.50} in both
 * languages, and {@link Allocation}, which divides an amount in proportions so that the parts always add up to the
 * whole. Never a floating-point number: a fraction of a fen is refused, not rounded away.
 */
package org.linli.platform.money;
