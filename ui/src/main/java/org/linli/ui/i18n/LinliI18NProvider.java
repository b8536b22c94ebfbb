package org.linli.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import org.linli.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** Vaadin's texts come from the same bundles as the API's problem titles, so both say the same thing. */
@VaadinServiceEnabled
@VaadinServiceScoped
public class LinliI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
