/**
 * The interface's languages: Chinese by default, English by choice (remembered in a cookie), the texts from the
 * modules' merged message bundles, and Vaadin's own built-in words (its connection indicator) in the same language.
 */
package org.linli.ui.i18n;
