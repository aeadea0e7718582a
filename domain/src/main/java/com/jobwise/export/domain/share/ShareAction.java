package com.jobwise.export.domain.share;

/** What a visitor did with a share link, as written to its access log. */
public enum ShareAction {
    VIEW("view"), DOWNLOAD("download"), PASSWORD_FAILED("password_failed");

    private final String wireName;

    ShareAction(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the database and on the wire ({@code view}, {@code download}, {@code password_failed}). */
    public String wireName() {
        return wireName;
    }

    public static ShareAction fromWireName(String name) {
        for (ShareAction action : values()) {
            if (action.wireName.equals(name)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown share action " + name);
    }
}
