package org.linli.tenants.flea;

/** How worn an item is, in the words second-hand markets use (全新, 几乎全新, 良好, 有使用痕迹). */
public enum ItemCondition {
    NEW, LIKE_NEW, GOOD, WORN
}
