package org.linli.infra;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.util.WebUtils;
import org.linli.infra.demo.DemoData;
import org.linli.infra.persistence.Migrations;
import org.linli.infra.security.InitialAdministrator;

/**
 * Brings Linli up before the first request: makes Shiro's security manager reachable from threads that no request
 * bound (jobs, async work), migrates the database, creates the first platform operator if configured, and seeds
 * demo data in demo mode. Registered after Shiro's environment listener, and before any servlet starts.
 */
public class Startup implements ServletContextListener {

    @Inject
    Migrations migrations;

    @Inject
    InitialAdministrator initialAdministrator;

    @Inject
    DemoData demoData;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SecurityUtils.setSecurityManager(
                WebUtils.getRequiredWebEnvironment(event.getServletContext()).getWebSecurityManager());
        migrations.migrate();
        initialAdministrator.createIfConfigured();
        demoData.seedIfEnabled();
    }
}
