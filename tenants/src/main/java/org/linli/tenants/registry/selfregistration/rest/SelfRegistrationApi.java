package org.linli.tenants.registry.selfregistration.rest;

/**
 * The request and response bodies of {@link RegistrationResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class SelfRegistrationApi {

    private SelfRegistrationApi() {
    }

    /** {@code relation} e.g. HEAD, SPOUSE, CHILD; mobile and ID number are optional. */
    public record RegistrationRequest(String inviteCode, String username, String password, String name, String mobile,
                                      String idNumber, String relation) {

        @Override
        public String toString() {
            return "RegistrationRequest[" + username + "]";
        }
    }
}
