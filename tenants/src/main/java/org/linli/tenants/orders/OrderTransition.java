package org.linli.tenants.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** One step of an order's history: from which state to which, by what action, who and when. Append-only. */
@Entity
@Table(name = "order_transition")
public class OrderTransition extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_transition_seq")
    @SequenceGenerator(name = "order_transition_seq", sequenceName = "order_transition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;

    @Column(name = "action", nullable = false, length = 20)
    private String action;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 500)
    private String note;

    protected OrderTransition() {
    }

    OrderTransition(long orderId, OrderStatus from, OrderStatus to, OrderAction action, Actor actor, Instant at,
                    String note) {
        this(orderId, from, to, action.pathName(), actor, at, note);
    }

    /** The first step, placing the order ({@code from} is null). */
    static OrderTransition placed(long orderId, OrderStatus to, Actor actor, Instant at) {
        return new OrderTransition(orderId, null, to, "place", actor, at, null);
    }

    private OrderTransition(long orderId, OrderStatus from, OrderStatus to, String action, Actor actor, Instant at,
                            String note) {
        this.orderId = orderId;
        this.from = from;
        this.to = to;
        this.action = action;
        this.actor = actor.username();
        this.actorName = actor.displayName();
        this.occurredAt = at;
        this.note = note;
    }

    public long orderId() {
        return orderId;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String note() {
        return note;
    }
}
