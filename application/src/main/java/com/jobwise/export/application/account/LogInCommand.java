package com.jobwise.export.application.account;

/**
 * A login as the client sent it: email (any case), password, and the client's address (IP as the server
 * resolved it; failed logins are throttled per email and address together, so nobody can lock another person
 * out by typing wrong passwords for their email from elsewhere).
 */
public record LogInCommand(String email, String password, String clientAddress) {
    /** A login from an unknown address (all such logins share one throttle per email). */
    public LogInCommand(String email, String password) {
        this(email, password, null);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", clientAddress=" + clientAddress + "]";
    }
}
