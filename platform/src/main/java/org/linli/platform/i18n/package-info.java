/**
 * Linli's texts in Simplified Chinese (the default) and English: {@link Messages} merges every module's message bundles
 * and formats a key's text, translating {@link MessageKey} arguments too. A key belongs to exactly one module (two
 * different texts for it fail at load), and a missing key shows as {@code !key!} instead of failing the page.
 */
package org.linli.platform.i18n;
