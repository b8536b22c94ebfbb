/**
 * Files people upload, as every feature receives them: {@link UploadedFile} checks a file's size and reads its real
 * type from its bytes ({@link FileType}: PNG, JPEG, WebP or PDF), never from its name, and {@link StoredFile} is a
 * file as a feature hands it back for download. It stores nothing itself: each feature keeps its files with its rows.
 */
package org.linli.tenants.files;
