package org.linli.tenants.marketplace;

import org.linli.platform.application.RecentlyUsed;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The storefront's pages of offerings as the API answers them, in JSON, kept on this node for the catalogue edition
 * they were read at. Every request still reads the edition, with the caller's permission: a token's sign-in reads it
 * in its own transaction ({@link CatalogService#signedInEdition}, decision 0015), else the browse reads it in one of
 * its own ({@link CatalogService#edition}, with the module check); a kept page answers only when the edition, tenant
 * included, is the same. A change on any node raises the edition in the database, so no node has to hear of it and
 * none answers from an older catalogue than a transaction of its own would read. The least recently used pages go first, so old
 * editions' pages leave by themselves. Searches by text are not kept: their keys have no bound. The catalogue's
 * resource holds one for the node; see decision 0013.
 */
public class ShelfPages {

    private static final int CAPACITY = 256;

    /** One page of one browse of one edition; the community is {@code null} for the whole tenant. */
    public record Key(CatalogueEdition edition, Long community, int page, int size) {
    }

    private final RecentlyUsed<Key, byte[]> pages = new RecentlyUsed<>(CAPACITY);

    /**
     * The kept page for {@code key}, or the one {@code read} gives, then kept; the bytes are shared, never to be
     * changed. Read after the edition, a page holds the catalogue at that edition or newer, never older.
     */
    public byte[] page(Key key, Supplier<byte[]> read) {
        Optional<byte[]> kept = pages.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] fresh = read.get();
        pages.put(key, fresh);
        return fresh;
    }
}
