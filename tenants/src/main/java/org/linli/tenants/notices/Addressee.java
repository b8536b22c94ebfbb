package org.linli.tenants.notices;

import org.linli.tenants.registry.residents.Tag;

import java.util.Set;

/** Where a resident stands in the registry, as far as notices care: their home's community, building, grid; tags. */
public record Addressee(long community, long building, Long grid, Set<Tag> tags) {

    public Addressee {
        tags = Set.copyOf(tags);
    }
}
