package org.linli.ui.console;

import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;

import java.util.Set;

/**
 * Which module tools a person's trade calls for. Provider staff hold the same permissions whatever their trade, so
 * permissions alone would show a cleaner the parking gate: they see the tools of the modules their provider serves
 * (those it offers something in), and the volunteering pages only at a volunteer organisation. Everyone else sees
 * what their permissions and the tenant's modules allow.
 */
record ProviderTools(boolean providerStaff, Set<Module> served, boolean volunteerOrganisation) {

    static final ProviderTools NOT_PROVIDER_STAFF = new ProviderTools(false, Set.of(), false);

    static ProviderTools of(ProviderService providers, CatalogService catalog) {
        if (CurrentUser.actor().map(Actor::role).orElse(null) != Role.PROVIDER_STAFF) {
            return NOT_PROVIDER_STAFF;
        }
        try {
            Provider mine = providers.mine();
            return new ProviderTools(true, catalog.myModules(), mine.kind() == ProviderKind.VOLUNTEER_ORGANISATION);
        } catch (DomainException notLinked) {
            // Staff not yet linked to a provider have no trade: no module's tools.
            return new ProviderTools(true, Set.of(), false);
        }
    }

    /** Whether the person's trade includes {@code module}'s tools (the tenant must still run the module). */
    boolean serves(Module module) {
        return !providerStaff || served.contains(module);
    }

    boolean organisesVolunteers() {
        return !providerStaff || volunteerOrganisation;
    }
}
