package org.linli.tenants.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;

import java.util.EnumMap;
import java.util.Map;

/**
 * Decides, for the caller, how each personal field is disclosed: the platform policy for the caller's role, tightened
 * by the tenant's rules. Every response, grid and export asks it through a {@link Disclosed} snapshot, so that one
 * policy shows the same value the same way everywhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@ServiceBoundary
public class Disclosure {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /** The caller's visibility of every field, read once for a whole list. */
    @PermitAll
    public Disclosed forCaller() {
        Role role = CurrentUser.actor().map(Actor::role).orElse(null);
        boolean system = CurrentUser.actor().map(Actor::system).orElse(false);
        Map<PrivacyLevel, Visibility> byLevel = new EnumMap<>(PrivacyLevel.class);
        for (PrivacyLevel level : PrivacyLevel.values()) {
            byLevel.put(level, system ? Visibility.FULL : PlatformPrivacyPolicy.visibility(role, level));
        }
        if (role != null) {
            em.createQuery("select r from PrivacyRule r where r.role = :role", PrivacyRule.class)
                    .setParameter("role", role).getResultList()
                    .forEach(rule -> byLevel.merge(rule.level(), rule.visibility(), Visibility::strictest));
        }
        return new Disclosed(byLevel);
    }

    /**
     * A person's view of their own data: every field in full except sealed ones, which stay masked on screen
     * (as banks show a card number) — nobody needs to reveal their own number to themselves.
     */
    @PermitAll
    public Disclosed forSelf() {
        Map<PrivacyLevel, Visibility> byLevel = new EnumMap<>(PrivacyLevel.class);
        for (PrivacyLevel level : PrivacyLevel.values()) {
            byLevel.put(level, Visibility.FULL);
        }
        return new Disclosed(byLevel);
    }
}
