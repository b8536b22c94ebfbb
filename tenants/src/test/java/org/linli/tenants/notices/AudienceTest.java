package org.linli.tenants.notices;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.Tag;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An audience addresses exactly the residents standing where it points, and carries only what its kind needs. */
class AudienceTest {

    private static final Addressee IN_BUILDING_7_OF_COMMUNITY_2_GRID_5 = new Addressee(2, 7, 5L, Set.of(Tag.VOLUNTEER));
    private static final Addressee WITHOUT_GRID = new Addressee(3, 9, null, Set.of());

    @Test
    void theTenantAddressesEveryone() {
        assertThat(Audience.tenant().includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isTrue();
        assertThat(Audience.tenant().includes(WITHOUT_GRID)).isTrue();
    }

    @Test
    void aCommunityAddressesItsResidentsOnly() {
        Audience community = Audience.of(AudienceKind.COMMUNITY, 2L, null, null);

        assertThat(community.includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isTrue();
        assertThat(community.includes(WITHOUT_GRID)).isFalse();
    }

    @Test
    void chosenBuildingsAddressTheirResidentsOnly() {
        Audience buildings = Audience.of(AudienceKind.BUILDINGS, null, null, Set.of(7L, 8L));

        assertThat(buildings.includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isTrue();
        assertThat(buildings.includes(WITHOUT_GRID)).isFalse();
    }

    @Test
    void aGridAddressesItsResidentsAndNobodyOutsideAnyGrid() {
        Audience grid = Audience.of(AudienceKind.GRID, 5L, null, null);

        assertThat(grid.includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isTrue();
        assertThat(grid.includes(WITHOUT_GRID)).isFalse();
        assertThat(Audience.of(AudienceKind.GRID, 6L, null, null).includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5))
                .isFalse();
    }

    @Test
    void aTagAddressesTheResidentsCarryingIt() {
        assertThat(Audience.of(AudienceKind.TAG, null, Tag.VOLUNTEER, null)
                .includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isTrue();
        assertThat(Audience.of(AudienceKind.TAG, null, Tag.ELDERLY_ALONE, null)
                .includes(IN_BUILDING_7_OF_COMMUNITY_2_GRID_5)).isFalse();
    }

    @Test
    void eachKindNeedsItsOwnPartAndRefusesTheOthers() {
        assertThatThrownBy(() -> Audience.of(AudienceKind.COMMUNITY, null, null, null))
                .isInstanceOf(DomainException.class).hasMessage("validation_failed");
        assertThatThrownBy(() -> Audience.of(AudienceKind.TENANT, 2L, null, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Audience.of(AudienceKind.BUILDINGS, null, null, Set.of()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Audience.of(AudienceKind.TAG, null, null, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Audience.of(AudienceKind.GRID, 5L, Tag.VETERAN, null))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Audience.of(null, null, null, null)).isInstanceOf(DomainException.class);
    }
}
