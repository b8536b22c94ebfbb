package org.linli.ui.console.users;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Role;
import org.linli.ui.components.FieldErrors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Creates a user of the current tenant with one role and an initial password. */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField();

    UserDialog(UserService users, List<Role> roles, Consumer<UserAccount> created) {
        setHeaderTitle(getTranslation("users.create"));
        username.setLabel(getTranslation("users.column.username"));
        username.setHelperText(getTranslation("validation.username_format"));
        username.setId("user-username-field");
        displayName.setLabel(getTranslation("users.column.display-name"));
        displayName.setId("user-display-name-field");
        role.setLabel(getTranslation("users.column.role"));
        role.setId("user-role-field");
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.RESIDENT);
        password.setLabel(getTranslation("users.password"));
        password.setId("user-password-field");
        add(new FormLayout(username, displayName, role, password));

        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                UserAccount user = users.create(new NewUser(username.getValue(), displayName.getValue(),
                        role.getValue(), password.getValue()));
                close();
                created.accept(user);
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("username", username,
                        "displayName", displayName, "role", role, "password", password));
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
