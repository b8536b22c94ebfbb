package org.linli.infra.it;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens every screen of the application as one signed-in person and writes down what a person should never meet
 * there: the error page for a failure, Vaadin's own error page or its "internal error" notice, a resource that
 * answered 5xx, a page wider than the window, a message key instead of its text, or English words in the Chinese
 * interface. Pages are opened inside the running application (as its own links do) after the first, because a full
 * load per page would make the crawl of every role too slow for the test command. Routes that take a parameter are
 * opened with the first link to them that a crawled page shows.
 */
final class ScreenCrawl {

    /** A route of the application: its path, whether it sits in the storefront, whether it needs a parameter. */
    record Screen(String path, boolean storefront, boolean parameter) {
    }

    /** One thing found on one page. */
    record Finding(String who, String path, String what) {
        @Override
        public String toString() {
            return who + " " + path + ": " + what;
        }
    }

    /**
     * Words that are not English prose in a Chinese interface: brands, formats, units and abbreviations people read
     * as they are, and the demo's own user names.
     */
    private static final Set<String> LATIN_WORDS = Set.of("linli", "alipay", "api", "csv", "pdf", "xlsx", "excel",
            "openapi", "mqtt", "iot", "wifi", "app", "vip", "sos", "gps", "url", "id", "qr", "ok", "pm", "am",
            "min", "kwh", "kg", "km", "cny", "rmb", "swagger", "json", "yaml", "http", "https", "png", "jpg",
            "jpeg", "svg", "webp", "html",
            // the demo's user names without a hyphen
            "admin", "supervisor");

    /**
     * A user name, a name with a made-up suffix (the tests' {@code 擦窗-1a2b3c4d}), an address, a number with letters
     * or a plate is data, not interface text.
     */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "<[a-z0-9]+>|[a-z]+:\\S*|[\\w.+-]+@[\\w.-]+|\\S*[\\p{L}\\d]-[A-Za-z0-9]+(-[A-Za-z0-9]+)*|\\S*\\d\\S*"
                    + "|[\\w-]+\\.[a-z]{2,4}\\b");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    private static final Pattern RAW_KEY = Pattern.compile("![a-z][\\w.-]*!");

    /** What the page says about itself, gathered in one script run. */
    private static final String INSPECT = """
            const errorView = document.querySelector('#error-view');
            const kind = errorView ? [...errorView.classList].find(c => c.startsWith('error-') && c !== 'error-view')
                : null;
            const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            // Text marked as another language (an English name, the language switch) or as not to be translated
            // (values as recorded) is meant to be so.
            // Vaadin's connection indicator is left out: its texts arrive just after a page's first response (see
            // ConnectionTexts), and it shows them only while the connection is lost.
            const foreign = [...document.body.querySelectorAll('[lang], [translate="no"], vaadin-connection-indicator')]
                .filter(e => e.localName === 'vaadin-connection-indicator' || e.getAttribute('translate') === 'no'
                    || !e.lang.startsWith('zh'));
            const display = foreign.map(e => e.style.display);
            foreign.forEach(e => e.style.display = 'none');
            const text = document.body.innerText;
            foreign.forEach((e, i) => e.style.display = display[i]);
            const failed = performance.getEntriesByType('resource')
                .filter(e => e.responseStatus >= 500).map(e => e.responseStatus + ' ' + e.name);
            performance.clearResourceTimings();
            const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
            const nav = [...document.querySelectorAll('vaadin-side-nav-item[path]')].map(i => i.getAttribute('path'));
            return {
              kind: kind,
              vaadinError: text.includes('There was an exception while trying to navigate')
                  || text.includes('Could not navigate to') || !!document.querySelector('.v-system-error'),
              overflow: overflow,
              text: text,
              failed: failed,
              links: links,
              nav: nav,
              path: location.pathname
            };
            """;

    private final Browser browser;
    private final String who;
    private final String context;
    private final Set<String> messageKeys;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Set<String>> nav = new LinkedHashMap<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();
    private boolean loaded;

    ScreenCrawl(Browser browser, String who, String context, Set<String> messageKeys) {
        this.browser = browser;
        this.who = who;
        this.context = context.endsWith("/") ? context.substring(0, context.length() - 1) : context;
        this.messageKeys = messageKeys;
        browser.script("performance.setResourceTimingBufferSize(10000)");
    }

    /** Every route of the application, read from the views' {@code @Route}s. */
    static List<Screen> screens() {
        List<Screen> screens = new ArrayList<>();
        for (JavaClass view : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.linli.ui")) {
            if (!view.isAnnotatedWith(Route.class)) {
                continue;
            }
            Route route = view.getAnnotationOfType(Route.class);
            screens.add(new Screen("/" + route.value(),
                    route.layout().getSimpleName().equals("StorefrontLayout"),
                    view.isAssignableTo(HasUrlParameter.class)));
        }
        screens.sort(Comparator.comparing(Screen::path));
        return screens;
    }

    /** The message keys of the Chinese bundle, to recognise a key shown instead of its text. */
    static Set<String> messageKeys() {
        Properties bundle = new Properties();
        try (InputStream in = ScreenCrawl.class.getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bundle.stringPropertyNames();
    }

    /**
     * Opens {@code path} in the running application (the first time with a full load) and checks it; a route that
     * needs a parameter may answer "not found" when opened without one.
     */
    void visit(String path, boolean phone, boolean mayBeMissing) {
        if (!loaded) {
            browser.open(path);
            browser.script("performance.setResourceTimingBufferSize(10000)");
            loaded = true;
        } else if (!(context + path).equals(browser.script("return location.pathname + location.search"))) {
            // The application's own way between pages: its router follows the history, no page load. The page is
            // there once a round trip to the server has ended after the move and none is under way. The timings
            // are cleared first: a full buffer records no more entries, and a long crawl would wait in vain.
            browser.script("performance.clearResourceTimings();"
                    + " window.history.pushState({}, '', arguments[0]);"
                    + " window.dispatchEvent(new PopStateEvent('popstate', {state: {}}));", context + path);
            browser.waitQuicklyFor("return performance.getEntriesByType('resource')"
                    + ".some(e => e.name.includes('v-r=uidl'))"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        }
        // Vaadin's router makes no round trip for a move to the address already shown (a list's first detail page
        // may be the link seen last), so that page is inspected where it is instead of waited for.
        inspect(path, phone, mayBeMissing);
    }

    @SuppressWarnings("unchecked")
    private void inspect(String path, boolean phone, boolean mayBeMissing) {
        Map<String, Object> page = (Map<String, Object>) browser.script(INSPECT);
        String kind = (String) page.get("kind");
        if ("error-failure".equals(kind)) {
            findings.add(new Finding(who, path, "the failure page: " + opening((String) page.get("text"))));
        }
        if (Boolean.TRUE.equals(page.get("vaadinError"))) {
            findings.add(new Finding(who, path, "Vaadin's error page or internal-error notice"));
        }
        for (Object failed : (List<Object>) page.get("failed")) {
            findings.add(new Finding(who, path, "resource answered " + failed));
        }
        long overflow = ((Number) page.get("overflow")).longValue();
        if (overflow > 0 && (phone || kind == null)) {
            findings.add(new Finding(who, path, overflow + " px wider than the window"));
        }
        String text = (String) page.get("text");
        Matcher raw = RAW_KEY.matcher(text);
        while (raw.find()) {
            findings.add(new Finding(who, path, "a missing message " + raw.group()));
        }
        for (String word : text.split("[\\s,;:()（）。，：；、/|]+")) {
            if (messageKeys.contains(word)) {
                findings.add(new Finding(who, path, "a message key as text: " + word));
            }
        }
        Set<String> english = new LinkedHashSet<>();
        Matcher latin = LATIN_WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        while (latin.find()) {
            if (!LATIN_WORDS.contains(latin.group().toLowerCase(Locale.ROOT))) {
                english.add(latin.group());
            }
        }
        if (!english.isEmpty()) {
            findings.add(new Finding(who, path, "English in the Chinese interface: " + english));
        }
        nav.put(path, new LinkedHashSet<>(((List<Object>) page.get("nav")).stream().map(String::valueOf).toList()));
        ((List<Object>) page.get("links")).stream().map(String::valueOf).forEach(links::add);
        if ("error-not-found".equals(kind) && !mayBeMissing) {
            findings.add(new Finding(who, path, "the not-found page at " + page.get("path")));
        }
        kinds.put(path, kind == null ? "shown" : kind);
    }

    /** How each visited page answered: {@code shown}, or the error page's kind ({@code error-forbidden} …). */
    Map<String, String> answers() {
        return kinds;
    }

    /** Links the crawl has seen so far that open a route with a parameter, the first one per route. */
    List<String> parameterLinks(List<Screen> screens) {
        List<String> found = new ArrayList<>();
        for (Screen screen : screens) {
            if (!screen.parameter()) {
                continue;
            }
            links.stream().map(link -> link.startsWith("/") ? link : "/" + link)
                    .filter(link -> link.startsWith(screen.path() + "/")
                            && link.substring(screen.path().length() + 1).matches("[\\w-]+"))
                    .findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The side-navigation entries the person was offered on any page. */
    Set<String> navigation() {
        Set<String> all = new LinkedHashSet<>();
        nav.values().forEach(all::addAll);
        return all;
    }

    List<Finding> findings() {
        return findings;
    }

    /** The page's first few lines, to tell which failure it was. */
    private static String opening(String text) {
        return text.lines().filter(line -> !line.isBlank()).limit(6).reduce((a, b) -> a + " / " + b)
                .orElse("");
    }
}
