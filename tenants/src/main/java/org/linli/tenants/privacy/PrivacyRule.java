package org.linli.tenants.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantOwned;

/** A tenant's tightening of the platform policy for one role and level. Never looser than the platform's. */
@Entity
@Table(name = "privacy_rule")
public class PrivacyRule extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_rule_seq")
    @SequenceGenerator(name = "privacy_rule_seq", sequenceName = "privacy_rule_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private PrivacyLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility;

    protected PrivacyRule() {
    }

    PrivacyRule(Role role, PrivacyLevel level, Visibility visibility) {
        this.role = role;
        this.level = level;
        this.visibility = visibility;
    }

    void change(Visibility newVisibility) {
        this.visibility = newVisibility;
    }

    public Role role() {
        return role;
    }

    public PrivacyLevel level() {
        return level;
    }

    public Visibility visibility() {
        return visibility;
    }
}
