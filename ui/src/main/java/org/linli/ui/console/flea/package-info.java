/** Console views of the flea market: the moderation queue and the tenant's categories. */
package org.linli.ui.console.flea;
