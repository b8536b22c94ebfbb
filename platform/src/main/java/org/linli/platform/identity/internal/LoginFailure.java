package org.linli.platform.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One failed sign-in for a username (known or not); the lock-out counts them over a sliding window. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, Instant occurredAt) {
        this.username = username;
        this.occurredAt = occurredAt;
    }

    public long id() {
        return id;
    }
}
