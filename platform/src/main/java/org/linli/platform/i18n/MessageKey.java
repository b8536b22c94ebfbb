package org.linli.platform.i18n;

/** A message argument that is itself a text key, translated into the same language as the message. */
public record MessageKey(String key) {
}
