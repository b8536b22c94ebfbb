package org.linli.infra.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/** The real WAR as built by this module, deployed at the root context like the runnable bundle. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("linli.it.war", "target/infra.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The real WAR plus what an in-container test class needs besides itself. */
    public static WebArchive realWarWith(Class<?>... testSupport) {
        WebArchive archive = realWar().addClasses(testSupport);
        archive.addAsLibraries(jarOf(Assertions.class));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
