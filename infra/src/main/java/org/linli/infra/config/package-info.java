/**
 * Linli's configuration file as a MicroProfile Config source ({@link LinliConfigFile}): {@code linli.properties} in the
 * working directory, or the file named by {@code linli.config} or {@code LINLI_CONFIG}. It ranks below system
 * properties and environment variables and above the packaged defaults, so an operator can override one of its settings
 * for a single start without editing the file.
 */
package org.linli.infra.config;
