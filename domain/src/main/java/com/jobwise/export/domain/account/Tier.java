package com.jobwise.export.domain.account;

import java.util.Locale;

/** A user's plan, from the token's {@code tier} claim; decides the storage quota. */
public enum Tier {
    FREE, PRO;

    /** The tier named {@code claim} ({@code free} or {@code pro}, any case); {@link #FREE} for anything else. */
    public static Tier fromClaim(Object claim) {
        return claim instanceof String s && s.toLowerCase(Locale.ROOT).equals("pro") ? PRO : FREE;
    }
}
