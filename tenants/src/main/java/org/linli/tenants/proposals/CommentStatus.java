package org.linli.tenants.proposals;

/** A comment is {@code VISIBLE} to the community until an operator hides it (upon reports or not). */
public enum CommentStatus {
    VISIBLE,
    HIDDEN
}
