package org.linli.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.linli.platform.audit.Audited;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audited action has a name in both languages, so that the audit log never shows a code to its reader. */
class AuditActionNamesTest {

    @Test
    void everyAuditedActionIsNamedInChineseAndInEnglish() throws IOException {
        JavaClasses linli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.linli");
        Set<String> actions = new TreeSet<>();
        linli.forEach(type -> type.getMethods().stream().filter(method -> method.isAnnotatedWith(Audited.class))
                .forEach(method -> actions.add(method.getAnnotationOfType(Audited.class).value())));
        actions.addAll(Set.of("auth.sign-in", "auth.sign-out", "oversight.view", "oversight.export"));
        assertThat(actions).hasSizeGreaterThan(200);
        for (String bundle : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties keys = keys(bundle);
            assertThat(actions).as(bundle).allSatisfy(action -> assertThat(keys.getProperty("audit.action." + action))
                    .as("audit.action." + action + " in " + bundle).isNotBlank());
        }
    }

    /** The keys of every module's bundle of that name. */
    private static Properties keys(String bundle) throws IOException {
        Properties all = new Properties();
        for (URL url : Collections.list(AuditActionNamesTest.class.getClassLoader().getResources(bundle))) {
            try (InputStream in = url.openStream()) {
                all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
