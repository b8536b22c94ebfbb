/**
 * Writing data out for other programs: {@link org.linli.platform.export.Csv}, the one CSV format Linli writes and
 * reads and its formula-defusing step, so spreadsheets show every text cell as text and never run it; and
 * {@link org.linli.platform.export.PdfFonts}, the CJK font of Linli's PDF documents.
 */
package org.linli.platform.export;
