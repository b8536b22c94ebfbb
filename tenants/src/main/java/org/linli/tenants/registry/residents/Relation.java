package org.linli.tenants.registry.residents;

/** A resident's relation to the head of the household. */
public enum Relation {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDPARENT,
    GRANDCHILD,
    SIBLING,
    TENANT,
    OTHER
}
