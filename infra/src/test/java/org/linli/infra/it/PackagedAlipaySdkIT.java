package org.linli.infra.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR as packaged carries the Alipay SDK classes billing reaches inside billing's jar, not the SDK's own jar (see
 * billing's POM). Nothing here starts a server: it reads the archive.
 */
class PackagedAlipaySdkIT {

    private static final Pattern SDK_CLASS = Pattern.compile("com/alipay/[A-Za-z0-9_/$]+");
    private static final Pattern LINLI_JAR = Pattern.compile("WEB-INF/lib/(platform|tenants|billing|ui)-[^/]*\\.jar");

    @Test
    void theWarHoldsTheSdkClassesBillingUsesAndNotTheWholeSdk() throws IOException {
        Packaged war = Packaged.read();

        assertThat(war.entries).noneMatch(name -> name.contains("alipay-sdk-java"));
        assertThat(war.carried).contains("com/alipay/api/DefaultAlipayClient",
                "com/alipay/api/internal/util/AlipaySignature", "com/alipay/api/request/AlipayTradeRefundRequest",
                "com/alipay/api/domain/TradeFundBill");
        assertThat(war.carried).hasSizeLessThan(1_000);
    }

    @Test
    void everySdkClassLinlisCodeNamesTravelsInTheWar() throws IOException {
        Packaged war = Packaged.read();

        assertThat(war.named).as("the Alipay sandbox signs and sends with the SDK")
                .contains("com/alipay/api/internal/util/AlipaySignature");
        assertThat(war.carried).containsAll(war.named);
    }

    /** What the WAR holds: its entries, the SDK classes it carries, and those that Linli's own classes name. */
    private record Packaged(Set<String> entries, Set<String> carried, Set<String> named) {

        static Packaged read() throws IOException {
            Packaged war = new Packaged(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            try (ZipFile archive = new ZipFile(System.getProperty("linli.it.war", "target/infra.war"))) {
                for (ZipEntry entry : archive.stream().toList()) {
                    war.entries.add(entry.getName());
                    if (entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
                        try (InputStream in = archive.getInputStream(entry)) {
                            war.noteNames(in.readAllBytes());
                        }
                    } else if (LINLI_JAR.matcher(entry.getName()).matches()) {
                        try (JarInputStream jar = new JarInputStream(archive.getInputStream(entry))) {
                            war.readModule(jar);
                        }
                    }
                }
            }
            return war;
        }

        private void readModule(JarInputStream jar) throws IOException {
            for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.startsWith("com/alipay/") && name.endsWith(".class")) {
                    carried.add(name.substring(0, name.length() - ".class".length()));
                } else if (name.startsWith("org/linli/") && name.endsWith(".class")) {
                    noteNames(jar.readAllBytes());
                }
            }
        }

        private void noteNames(byte[] type) {
            Matcher names = SDK_CLASS.matcher(new String(type, StandardCharsets.ISO_8859_1));
            while (names.find()) {
                named.add(names.group());
            }
        }
    }
}
