package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.security.Actor;

import java.util.Optional;

/**
 * Keeps demo mode and the payment sandbox away from real data. Both are made for a throwaway database: the demo
 * creates accounts whose password is published ({@value DemoData#PASSWORD}), the sandbox confirms payments that
 * moved no money. So on PostgreSQL (the production database) they start only when the operator says the database
 * is a demo one ({@code linli.demo.allow-database=true}); and the demo never seeds a database that already has
 * accounts it did not create itself.
 */
@ApplicationScoped
@Transactional
public class DemoDatabase {

    /** What the demo seed does with the database it finds. */
    enum Seeding { SEED, ALREADY_SEEDED, REFUSE }

    /** The actor the demo seed writes as: its audit records mark a database it seeded. */
    static final String SEED_JOB = "demo-data";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /**
     * Why demo mode or the sandbox must not start on this database, if they must not. H2 (the embedded default)
     * is always allowed: it is the demo's own database.
     */
    public static Optional<String> refusal(boolean demo, boolean sandbox, boolean postgres, boolean allowed) {
        if (!(demo || sandbox) || !postgres || allowed) {
            return Optional.empty();
        }
        String what = demo ? "Demo mode (linli.demo=true)" : "The Alipay sandbox (linli.alipay.sandbox=true)";
        return Optional.of(what + " refuses to start on PostgreSQL: it "
                + (demo ? "creates accounts with a published password and " : "")
                + "confirms payments that move no money. Turn it off for a production database, or, if this"
                + " database holds demo data only, set linli.demo.allow-database=true (LINLI_DEMO_ALLOW_DATABASE).");
    }

    /** Decides from the accounts present and whether the demo's own seed wrote any of them. */
    static Seeding seeding(long accounts, boolean seededByDemo) {
        if (seededByDemo) {
            return Seeding.ALREADY_SEEDED;
        }
        return accounts == 0 ? Seeding.SEED : Seeding.REFUSE;
    }

    /** What to do with the database as it is now. */
    Seeding seeding() {
        long accounts = em.createQuery("select count(n) from LoginName n", Long.class).getSingleResult();
        long demoRecords = em.createQuery("select count(a) from AuditRecord a where a.actor = :actor"
                        + " and a.action = 'platform-user.create'", Long.class)
                .setParameter("actor", Actor.system(SEED_JOB).username())
                .getSingleResult();
        return seeding(accounts, demoRecords > 0);
    }
}
