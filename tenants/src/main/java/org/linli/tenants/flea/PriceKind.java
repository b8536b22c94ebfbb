package org.linli.tenants.flea;

/** How a listing is paid for: given away (送), in yuan, in points, or either at the buyer's choice. */
public enum PriceKind {
    FREE, YUAN, POINTS, EITHER;

    public boolean takesYuan() {
        return this == YUAN || this == EITHER;
    }

    public boolean takesPoints() {
        return this == POINTS || this == EITHER;
    }
}
