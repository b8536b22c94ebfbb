package org.linli.ui.console;

import org.junit.jupiter.api.Test;
import org.linli.tenants.modules.Module;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderToolsTest {

    @Test
    void aHousekeepingCompanysStaffSeeNoGateRoundsOrStation() {
        ProviderTools cleaner = new ProviderTools(true, Set.of(Module.HOUSEKEEPING), false);
        assertThat(cleaner.serves(Module.HOUSEKEEPING)).isTrue();
        assertThat(EnumSet.of(Module.PARKING, Module.ELDER_CARE, Module.DELIVERY)).noneMatch(cleaner::serves);
        assertThat(cleaner.organisesVolunteers()).isFalse();
    }

    @Test
    void aParkingCompanysStaffSeeTheGateOnly() {
        ProviderTools attendant = new ProviderTools(true, Set.of(Module.PARKING), false);
        assertThat(attendant.serves(Module.PARKING)).isTrue();
        assertThat(attendant.serves(Module.ELDER_CARE)).isFalse();
        assertThat(attendant.serves(Module.DELIVERY)).isFalse();
    }

    @Test
    void aVolunteerOrganisationsStaffOrganiseVolunteersAndStaffWithoutOfferingsServeNoModule() {
        assertThat(new ProviderTools(true, Set.of(Module.BASIC), true).organisesVolunteers()).isTrue();
        ProviderTools unlinked = new ProviderTools(true, Set.of(), false);
        assertThat(EnumSet.allOf(Module.class)).noneMatch(unlinked::serves);
    }

    @Test
    void everyoneElseSeesWhatTheirPermissionsAndTheTenantsModulesAllow() {
        assertThat(EnumSet.allOf(Module.class)).allMatch(ProviderTools.NOT_PROVIDER_STAFF::serves);
        assertThat(ProviderTools.NOT_PROVIDER_STAFF.organisesVolunteers()).isTrue();
    }
}
