package org.linli.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of Linli in Simplified Chinese (the default) and English. Each module ships
 * {@code i18n/messages.properties} (Chinese) and {@code i18n/messages_en.properties} (English); they are merged,
 * so a key belongs to exactly one module. Keys follow the glossary: lower case with dots, e.g.
 * {@code problem.user_not_found}. A missing key shows as {@code !key!}, never as an exception.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final Map<Locale, Map<String, String>> CACHE = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** One of the supported locales: English for any English locale, Chinese for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The supported locale for an {@code Accept-Language} style list of preferences (first supported wins). */
    public static Locale fromPreferences(List<Locale> preferences) {
        for (Locale locale : preferences) {
            if (locale.getLanguage().equals(ENGLISH.getLanguage()) || locale.getLanguage().equals("zh")) {
                return supported(locale);
            }
        }
        return CHINESE;
    }

    /** The text of {@code key}; arguments that are {@link MessageKey}s are translated too. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(supported(locale)).get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof MessageKey nested ? get(locale, nested.key()) : args[i];
        }
        return new MessageFormat(pattern, supported(locale)).format(resolved);
    }

    public static boolean has(Locale locale, String key) {
        return bundle(supported(locale)).containsKey(key);
    }

    /** All keys and texts of a locale, for completeness checks. */
    public static Map<String, String> all(Locale locale) {
        return Collections.unmodifiableMap(bundle(supported(locale)));
    }

    private static Map<String, String> bundle(Locale locale) {
        return CACHE.computeIfAbsent(locale, l -> load(Messages.class.getClassLoader(), l));
    }

    private static Map<String, String> load(ClassLoader loader, Locale locale) {
        String resource = locale.equals(ENGLISH) ? "i18n/messages_en.properties" : "i18n/messages.properties";
        Map<String, String> merged = new HashMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    String previous = merged.put(key, properties.getProperty(key));
                    if (previous != null && !previous.equals(properties.getProperty(key))) {
                        throw new IllegalStateException("i18n key " + key + " is defined twice (" + url + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }
}
