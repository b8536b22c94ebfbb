package org.linli.infra.security;

import org.apache.shiro.config.Ini;
import org.apache.shiro.web.config.WebIniSecurityManagerFactory;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The security manager that WEB-INF/shiro.ini builds. */
class ShiroConfigurationTest {

    /** The security manager as the web application configures it. */
    @SuppressWarnings("deprecation")
    static DefaultWebSecurityManager fromShiroIni() {
        Ini ini = Ini.fromResourcePath("file:src/main/webapp/WEB-INF/shiro.ini");
        return (DefaultWebSecurityManager) new WebIniSecurityManagerFactory(ini).getInstance();
    }

    @Test
    void rememberMeIsOff() {
        assertThat(fromShiroIni().getRememberMeManager()).isNull();
    }

    @Test
    void sessionsAreTheServletContainersSoSignInChangesTheirId() {
        // In this mode Shiro 2.2 calls HttpServletRequest.changeSessionId() before a successful sign-in; the Vaadin
        // session lives in the same HTTP session and keeps its attributes.
        assertThat(fromShiroIni().isHttpSessionMode()).isTrue();
    }
}
