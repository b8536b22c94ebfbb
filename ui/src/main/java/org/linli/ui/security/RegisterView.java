package org.linli.ui.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.selfregistration.SelfRegistration;
import org.linli.ui.components.FieldErrors;

import java.util.Locale;
import java.util.Map;

/**
 * Self-registration for residents, phone first: the household's invite code, name, contact and sign-in details.
 * The entry waits for a community operator to verify it; until then the person can sign in and see it as pending.
 */
@Route("register")
@PublicView
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField mobile = new TextField();
    private final Select<Relation> relation = new Select<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    @Inject
    public RegisterView(SelfRegistration registration) {
        addClassName("register-view");
        setAlignItems(FlexComponent.Alignment.STRETCH);
        setMaxWidth("30rem");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("register.title"));
        title.addClassName("login-brand");
        code.setLabel(getTranslation("register.code"));
        code.setId("register-code");
        code.setHelperText(getTranslation("register.code.help"));
        name.setLabel(getTranslation("residents.column.name"));
        name.setId("register-name");
        mobile.setLabel(getTranslation("residents.column.mobile"));
        mobile.setId("register-mobile");
        relation.setLabel(getTranslation("residents.column.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation("relation." + r.name().toLowerCase(Locale.ROOT)));
        relation.setValue(Relation.HEAD);
        username.setLabel(getTranslation("login.username"));
        username.setId("register-username");
        password.setLabel(getTranslation("login.password"));
        password.setId("register-password");
        FormLayout form = new FormLayout(code, name, mobile, relation, username, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button submit = new Button(getTranslation("register.submit"), click -> {
            try {
                registration.register(new SelfRegistration.Registration(code.getValue(), username.getValue(),
                        password.getValue(), name.getValue(), mobile.getValue(), null, relation.getValue()));
                removeAll();
                add(title, new Paragraph(getTranslation("register.done")),
                        new Anchor("login", getTranslation("login.submit")));
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("inviteCode", code, "name", name,
                        "mobile", mobile, "username", username, "password", password));
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(title, new Paragraph(getTranslation("register.intro")), form, submit,
                new Anchor("login", getTranslation("register.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
