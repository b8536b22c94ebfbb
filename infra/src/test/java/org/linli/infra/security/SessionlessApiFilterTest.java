package org.linli.infra.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.realm.SimpleAccountRealm;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.subject.WebSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.infra.web.Fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API sees no HTTP session: a browser signed in to the console is anonymous there, and a bearer sign-in
 * neither changes nor writes the session whose cookie came along. Shiro is configured as in shiro.ini.
 */
class SessionlessApiFilterTest {

    private final Map<String, Object> sessionAttributes = new HashMap<>();
    private final Map<String, Object> requestAttributes = new HashMap<>();
    private final List<String> sessionIdChanges = new ArrayList<>();
    private final HttpSession consoleSession = Fakes.of(HttpSession.class, Fakes.attributes(sessionAttributes));
    private final HttpServletRequest browser = Fakes.of(HttpServletRequest.class, browserAnswers());
    private final HttpServletResponse response = Fakes.of(HttpServletResponse.class, Map.of());
    private final DefaultWebSecurityManager shiro = ShiroConfigurationTest.fromShiroIni();

    @BeforeEach
    void aBrowserSignedInToTheConsole() {
        sessionAttributes.put(DefaultSubjectContext.PRINCIPALS_SESSION_KEY,
                new SimplePrincipalCollection("ops-a", "linli"));
        sessionAttributes.put(DefaultSubjectContext.AUTHENTICATED_SESSION_KEY, Boolean.TRUE);
        SimpleAccountRealm accounts = new SimpleAccountRealm("linli");
        accounts.addAccount("api-client", "secret");
        shiro.setRealm(accounts);
    }

    @Test
    void theConsolesSessionCookieDoesNotAuthenticateAnApiCall() throws Exception {
        assertThat(subjectOf(browser).isAuthenticated()).as("the same request as the console sees it").isTrue();

        Subject caller = subjectOf(apiRequest());

        assertThat(caller.isAuthenticated()).isFalse();
        assertThat(caller.getPrincipal()).isNull();
    }

    @Test
    void aBearerSignInNeitherChangesNorWritesTheBrowsersSession() throws Exception {
        // What the noSessionCreation filter of shiro.ini's /api/** chain sets.
        requestAttributes.put(DefaultSubjectContext.SESSION_CREATION_ENABLED, Boolean.FALSE);
        Map<String, Object> before = new HashMap<>(sessionAttributes);

        Subject caller = subjectOf(apiRequest());
        caller.login(new UsernamePasswordToken("api-client", "secret"));

        assertThat(caller.getPrincipal()).isEqualTo("api-client");
        assertThat(caller.getSession(false)).isNull();
        assertThat(sessionIdChanges).isEmpty();
        assertThat(sessionAttributes).isEqualTo(before);
    }

    @Test
    void nothingOnTheApiPathCanOpenOrFindASession() throws Exception {
        HttpServletRequest request = apiRequest();

        assertThat(request.getSession(false)).isNull();
        assertThatThrownBy(request::getSession).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.getSession(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::changeSessionId).isInstanceOf(IllegalStateException.class);
        assertThat(request.getRequestedSessionId()).isNull();
        assertThat(request.isRequestedSessionIdValid()).isFalse();
        assertThat(request.getRequestURI()).as("everything else is the request's own").isEqualTo("/api/v1/auth/me");
        assertThat(sessionIdChanges).isEmpty();
    }

    /** The request as the filters after this one and the API see it. */
    private HttpServletRequest apiRequest() throws Exception {
        AtomicReference<ServletRequest> passedOn = new AtomicReference<>();
        new SessionlessApiFilter().doFilter(browser, response, (request, answer) -> passedOn.set(request));
        return (HttpServletRequest) passedOn.get();
    }

    private Subject subjectOf(HttpServletRequest request) {
        return new WebSubject.Builder(shiro, request, response).buildWebSubject();
    }

    /** A request from the console's browser: it brings the console's session cookie. */
    private Map<String, Function<Object[], Object>> browserAnswers() {
        Map<String, Function<Object[], Object>> answers = Fakes.attributes(requestAttributes);
        answers.put("getSession", args -> consoleSession);
        answers.put("getRequestedSessionId", args -> "console-session");
        answers.put("isRequestedSessionIdValid", args -> true);
        answers.put("getRequestURI", args -> "/api/v1/auth/me");
        answers.put("changeSessionId", args -> {
            sessionIdChanges.add("changed");
            return "another-id";
        });
        return answers;
    }
}
