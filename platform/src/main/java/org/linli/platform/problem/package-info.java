/**
 * How refusals reach callers: {@code DomainException} with a stable code and its {@code ProblemKind}, field errors
 * from Bean Validation ({@code CommandValidator}), and the localised texts the REST layer turns into problem+json and
 * the console into messages — never a stack trace. A refusal to wait ({@code TooManyRequests}) carries its
 * Retry-After.
 */
package org.linli.platform.problem;
