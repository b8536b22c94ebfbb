package org.linli.infra;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.util.WebUtils;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.linli.infra.crypto.CipherKeySource;
import org.linli.infra.crypto.KeyFingerprints;
import org.linli.infra.demo.DemoData;
import org.linli.infra.devices.DeviceBrokerSubscription;
import org.linli.infra.demo.DemoDatabase;
import org.linli.infra.payments.PaymentGatewayConfiguration;
import org.linli.infra.persistence.DatabaseSettings;
import org.linli.infra.persistence.LinliDataSource;
import org.linli.infra.persistence.Migrations;
import org.linli.infra.security.InitialAdministrator;
import org.linli.infra.web.AbandonedDownloads;
import org.linli.platform.crypto.CipherKeys;

import javax.sql.DataSource;

/**
 * Brings Linli up before the first request: makes Shiro's security manager reachable from threads that no request
 * bound (jobs, async work), refuses configurations that are unsafe (demo mode or the payment sandbox on a production
 * database, missing personal-data keys, a real payment gateway Alipay could not notify), migrates the database
 * (which also refuses a role that row-level security does not bind), refuses personal-data keys other than those
 * the database was sealed with ({@link KeyFingerprints}: every node of a cluster the same), creates the first
 * platform operator if configured, seeds demo data in demo mode, and subscribes to the devices' broker when one is
 * configured.
 * Registered after Shiro's environment listener, and before any servlet starts; a refusal fails the deployment with
 * its message in the log.
 */
public class Startup implements ServletContextListener {

    @Inject
    Migrations migrations;

    @Inject
    InitialAdministrator initialAdministrator;

    @Inject
    DemoData demoData;

    @Inject
    CipherKeySource cipherKeys;

    @Inject
    PaymentGatewayConfiguration payments;

    @Inject
    DeviceBrokerSubscription deviceBroker;

    @Inject
    KeyFingerprints keyFingerprints;

    @Resource(lookup = LinliDataSource.JNDI_NAME)
    DataSource database;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AbandonedDownloads.quiet();
        SecurityUtils.setSecurityManager(
                WebUtils.getRequiredWebEnvironment(event.getServletContext()).getWebSecurityManager());
        CipherKeys keys = refuseUnsafeConfiguration();
        migrations.migrate();
        keyFingerprints.checkAgainst(database, keys);
        initialAdministrator.createIfConfigured();
        demoData.seedIfEnabled();
        deviceBroker.startIfConfigured();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        deviceBroker.stop();
        AbandonedDownloads.restore();
    }

    private CipherKeys refuseUnsafeConfiguration() {
        Config config = ConfigProvider.getConfig();
        DemoDatabase.refusal(config.getOptionalValue("linli.demo", Boolean.class).orElse(false),
                payments.sandboxOn(), DatabaseSettings.fromConfig().isPostgres(),
                config.getOptionalValue("linli.demo.allow-database", Boolean.class).orElse(false))
                .ifPresent(refusal -> {
                    throw new IllegalStateException(refusal);
                });
        CipherKeys keys = cipherKeys.checkAtStart();
        payments.checkAtStart();
        return keys;
    }
}
