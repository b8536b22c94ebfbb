package org.linli.tenants.eldercare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.tenants.orders.BookingMandate;
import org.linli.tenants.registry.residents.ResidentId;

/** Family members may book for the elders they are linked to. */
@ApplicationScoped
public class FamilyMandate implements BookingMandate {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    public boolean allows(ResidentId booker, ResidentId subject) {
        return em.createQuery("select count(l) from FamilyLink l where l.familyId = :family and l.elderId = :elder",
                        Long.class).setParameter("family", booker.value()).setParameter("elder", subject.value())
                .getSingleResult() > 0;
    }
}
