package org.linli.infra.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A test that drives the real WAR from outside, over HTTP or through a browser, as its users do: the WAR this module
 * built, deployed once for all such test classes (see {@link SharedBootContainer}), at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class RealWarTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    /** Where the deployed WAR answers, ending in a slash. */
    @ArquillianResource
    URL base;
}
