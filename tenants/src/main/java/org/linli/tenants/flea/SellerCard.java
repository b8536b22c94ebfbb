package org.linli.tenants.flea;

/**
 * A trader as neighbours see them: a masked nickname (the first character of their name, e.g. {@code 王*}) and their
 * building, never their room, mobile or full name.
 */
public record SellerCard(long residentId, String nickname, String building) {
}
