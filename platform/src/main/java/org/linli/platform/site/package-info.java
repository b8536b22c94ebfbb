/** This site's own addresses, as browsers and the server itself reach it. */
package org.linli.platform.site;
