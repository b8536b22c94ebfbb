package org.linli.infra.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR as packaged carries the Alipay SDK classes billing reaches inside billing's jar, not the SDK's own jar (see
 * billing's POM). Nothing here starts a server: it reads the archive and infra's compiled classes.
 */
class PackagedAlipaySdkIT {

    private static final Pattern SDK_CLASS = Pattern.compile("com/alipay/[A-Za-z0-9_/$]+");

    @Test
    void theWarHoldsTheSdkClassesBillingUsesAndNotTheWholeSdk() throws IOException {
        try (ZipFile war = war()) {
            assertThat(war.stream().map(ZipEntry::getName)).noneMatch(name -> name.contains("alipay-sdk-java"));
            Set<String> carried = sdkClassesInBillingJar(war);
            assertThat(carried).contains("com/alipay/api/DefaultAlipayClient",
                    "com/alipay/api/internal/util/AlipaySignature", "com/alipay/api/request/AlipayTradeRefundRequest",
                    "com/alipay/api/domain/TradeFundBill");
            assertThat(carried).hasSizeLessThan(1_000);
        }
    }

    @Test
    void everySdkClassInfrasOwnCodeNamesTravelsInTheWar() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> classes = Files.walk(Path.of("target", "classes"))) {
            for (Path type : classes.filter(path -> path.toString().endsWith(".class")).toList()) {
                Matcher names = SDK_CLASS.matcher(new String(Files.readAllBytes(type), StandardCharsets.ISO_8859_1));
                while (names.find()) {
                    named.add(names.group());
                }
            }
        }
        assertThat(named).as("the Alipay sandbox signs and sends with the SDK").isNotEmpty();
        try (ZipFile war = war()) {
            assertThat(sdkClassesInBillingJar(war)).containsAll(named);
        }
    }

    private static ZipFile war() throws IOException {
        return new ZipFile(System.getProperty("linli.it.war", "target/infra.war"));
    }

    private static Set<String> sdkClassesInBillingJar(ZipFile war) throws IOException {
        ZipEntry billing = war.stream().filter(entry -> entry.getName().matches("WEB-INF/lib/billing-.*\\.jar"))
                .findFirst().orElseThrow();
        Set<String> classes = new TreeSet<>();
        try (InputStream in = war.getInputStream(billing); JarInputStream jar = new JarInputStream(in)) {
            for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("com/alipay/") && entry.getName().endsWith(".class")) {
                    classes.add(entry.getName().substring(0, entry.getName().length() - ".class".length()));
                }
            }
        }
        return classes;
    }
}
