package org.linli.tenants.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/** One of the buildings a notice with a {@link AudienceKind#BUILDINGS} audience addresses. */
@Entity
@Table(name = "notice_building")
public class NoticeBuilding extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_building_seq")
    @SequenceGenerator(name = "notice_building_seq", sequenceName = "notice_building_seq", allocationSize = 50)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    protected NoticeBuilding() {
    }

    NoticeBuilding(long noticeId, long buildingId) {
        this.noticeId = noticeId;
        this.buildingId = buildingId;
    }

    public long noticeId() {
        return noticeId;
    }

    public long buildingId() {
        return buildingId;
    }
}
