package org.linli.tenants.marketplace;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.modules.Module;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class ShelfPagesTest {

    private final ShelfPages shelf = new ShelfPages();
    private final List<ShelfPages.Key> reads = new ArrayList<>();

    @Test
    void aPageIsReadOnceForItsEditionAndKept() {
        ShelfPages.Key key = key(TenantId.of(1), 7, Module.HOUSEKEEPING, null, 0);

        byte[] first = shelf.page(key, reading(key));
        byte[] again = shelf.page(key, reading(key));

        assertThat(again).isSameAs(first);
        assertThat(reads).containsExactly(key);
    }

    @Test
    void aNewEditionIsReadAgain() {
        ShelfPages.Key before = key(TenantId.of(1), 7, Module.HOUSEKEEPING, null, 0);
        ShelfPages.Key after = key(TenantId.of(1), 8, Module.HOUSEKEEPING, null, 0);
        shelf.page(before, reading(before));

        shelf.page(after, reading(after));

        assertThat(reads).containsExactly(before, after);
    }

    @Test
    void anotherTenantAtTheSameEditionNumberNeverGetsTheFirstTenantsPage() {
        ShelfPages.Key first = key(TenantId.of(1), 7, Module.HOUSEKEEPING, null, 0);
        ShelfPages.Key other = key(TenantId.of(2), 7, Module.HOUSEKEEPING, null, 0);
        byte[] firsts = shelf.page(first, reading(first));

        byte[] others = shelf.page(other, reading(other));

        assertThat(others).isNotSameAs(firsts);
        assertThat(reads).containsExactly(first, other);
    }

    @Test
    void moduleCommunityPageAndSizeEachMakeAnotherPage() {
        ShelfPages.Key base = key(TenantId.of(1), 7, Module.HOUSEKEEPING, null, 0);
        List<ShelfPages.Key> variants = List.of(base,
                key(TenantId.of(1), 7, null, null, 0),
                key(TenantId.of(1), 7, Module.HOUSEKEEPING, 3L, 0),
                key(TenantId.of(1), 7, Module.HOUSEKEEPING, null, 1),
                new ShelfPages.Key(new CatalogueEdition(TenantId.of(1), 7, Module.HOUSEKEEPING), null, 0, 50));

        variants.forEach(key -> shelf.page(key, reading(key)));

        assertThat(reads).containsExactlyElementsOf(variants);
    }

    private static ShelfPages.Key key(TenantId tenant, long edition, Module module, Long community, int page) {
        return new ShelfPages.Key(new CatalogueEdition(tenant, edition, module), community, page, 20);
    }

    private Supplier<byte[]> reading(ShelfPages.Key key) {
        return () -> {
            reads.add(key);
            return key.toString().getBytes(StandardCharsets.UTF_8);
        };
    }
}
