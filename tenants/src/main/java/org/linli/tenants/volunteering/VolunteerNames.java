package org.linli.tenants.volunteering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.tenants.privacy.Disclosed;
import org.linli.tenants.privacy.Disclosure;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.ResidentId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Volunteers' names as the caller may see them: through the same privacy policy as every other operator list, so
 * an organisation's staff see masked names where the tenant's policy masks them (e.g. {@code 王*}).
 */
@Dependent
class VolunteerNames {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Disclosure disclosure;

    /** Shown names by resident id; a name the caller may not see is absent. */
    Map<Long, String> of(Collection<ResidentId> residents) {
        Map<Long, String> shown = new HashMap<>();
        if (residents.isEmpty()) {
            return shown;
        }
        Disclosed disclosed = disclosure.forCaller();
        em.createQuery("select r.id, r.name from Resident r where r.id in :ids", Object[].class)
                .setParameter("ids", residents.stream().map(ResidentId::value).distinct().toList())
                .getResultList().forEach(row -> {
                    String name = disclosed.show(PersonalField.NAME, (String) row[1]);
                    if (name != null) {
                        shown.put((Long) row[0], name);
                    }
                });
        return shown;
    }
}
