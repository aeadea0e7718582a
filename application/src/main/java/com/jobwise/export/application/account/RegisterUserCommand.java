package com.jobwise.export.application.account;

/**
 * A registration as the client sent it (fields may be missing: {@link RegisterUser} validates them).
 *
 * @param email    the login, any case
 * @param password the new password, checked against the policy
 * @param fullName the name shown on the account
 */
public record RegisterUserCommand(String email, String password, String fullName) {
    /** Never prints the password. */
    @Override
    public String toString() {
        return "RegisterUserCommand[email=" + email + ", fullName=" + fullName + "]";
    }
}
