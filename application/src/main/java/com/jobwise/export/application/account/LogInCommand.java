package com.jobwise.export.application.account;

/** A login as the client sent it: email (any case) and password. */
public record LogInCommand(String email, String password) {
    /** Never prints the password. */
    @Override
    public String toString() {
        return "LogInCommand[email=" + email + "]";
    }
}
