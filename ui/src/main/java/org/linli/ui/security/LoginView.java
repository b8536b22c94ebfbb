package org.linli.ui.security;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.linli.platform.i18n.Messages;
import org.linli.platform.identity.SignInRefusedException;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.CurrentUser;
import org.linli.ui.i18n.Language;

/**
 * Sign-in for everyone. The reason for a refusal is shown as precisely as is safe: wrong credentials (never which),
 * locked for N minutes, account disabled, or the organisation suspended.
 */
@Route("login")
@PublicView
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");

        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);

        Anchor register = new Anchor("register",
                getTranslation("login.register"));
        register.setId("register-link");
        add(brand, tagline, form, register, languages());
    }

    private void signIn(AbstractLogin.LoginEvent event) {
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(event.getUsername(), event.getPassword()));
            // A fresh request, so that the web layer binds the new actor's tenant before any view uses a service.
            UI.getCurrent().getPage().setLocation("./");
        } catch (SignInRefusedException refused) {
            showRefusal(refused.problem());
        } catch (AuthenticationException e) {
            showRefusal(new DomainException(ProblemKind.UNAUTHENTICATED,
                    "invalid_credentials"));
        }
    }

    private void showRefusal(DomainException problem) {
        form.setI18n(i18n(Messages.get(getLocale(), "problem." + problem.code(), problem.args().toArray())));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed"));
        i18n.getErrorMessage().setMessage(error == null ? "" : error);
        return i18n;
    }

    private HorizontalLayout languages() {
        Button chinese = new Button("中文", click -> Language.switchTo(Messages.CHINESE));
        Button english = new Button("English", click -> Language.switchTo(Messages.ENGLISH));
        chinese.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chinese.setId("lang-zh");
        english.setId("lang-en");
        HorizontalLayout languages = new HorizontalLayout(chinese, new Div(new Text("|")),
                english);
        languages.setAlignItems(FlexComponent.Alignment.CENTER);
        return languages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.actor().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
