/** Writing data out for other programs: CSV cells that spreadsheets show as text and never run. */
package org.linli.platform.export;
