package org.linli.platform.identity;

import org.apache.shiro.authc.AuthenticationException;
import org.linli.platform.problem.DomainException;

/** A refused sign-in, carrying the problem to show (wrong password, locked, disabled, tenant suspended). */
public class SignInRefusedException extends AuthenticationException {

    private final transient DomainException problem;

    public SignInRefusedException(DomainException problem) {
        super(problem.code());
        this.problem = problem;
    }

    public DomainException problem() {
        return problem;
    }
}
