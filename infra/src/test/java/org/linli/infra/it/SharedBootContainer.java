package org.linli.infra.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Payara Micro takes its application at boot, so the managed adapter starts one server per test class: about 35 s
 * each, most of the integration tests' time. This adapter keeps the server of an archive running after its class
 * and hands it to the next class that deploys the same archive (every client-side class deploys the real WAR
 * unchanged), so the classes share one boot. An archive with other content (an in-container class with its test
 * classes added) stops the shared server first, because two servers would join one cluster on the same ports; the
 * integration tests order that class first. The server stops when the suite ends.
 *
 * <p>Sharing a server means sharing its memory as well as its database: a class may not rely on a fresh server
 * (counters, caches, sign-in throttles), only on what it creates itself.
 */
public final class SharedBootContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private final PayaraMicroDeployableContainer server = new PayaraMicroDeployableContainer();
    private Archive<?> running;
    private Set<String> runningContent;
    private ProtocolMetaData runningMetaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        server.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return server.getDefaultProtocol();
    }

    @Override
    public void start() throws LifecycleException {
        server.start();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> content = contentOf(archive);
        if (running != null && content.equals(runningContent)) {
            return runningMetaData;
        }
        stopRunning();
        runningMetaData = server.deploy(archive);
        running = archive;
        runningContent = content;
        return runningMetaData;
    }

    /** Kept running for the next class; {@link #stop()} ends it with the suite. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
        server.stop();
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        server.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        server.undeploy(descriptor);
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            Archive<?> stopping = running;
            running = null;
            runningContent = null;
            runningMetaData = null;
            server.undeploy(stopping);
        }
    }

    private static Set<String> contentOf(Archive<?> archive) {
        return archive.getContent().keySet().stream().map(path -> path.get())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
