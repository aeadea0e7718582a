-- Export service schema, version 20: rate limits become sliding logs (at most N calls in ANY window, issue 10).
-- rate_limit_buckets keeps its columns; state now holds the instants (epoch millis, 8 bytes each) of the calls
-- allowed within the window instead of a Bucket4j bucket. The old bucket states mean nothing to the new reader,
-- so they go: every budget starts full once, at the upgrade.
DELETE FROM rate_limit_buckets;

-- Failed logins are now counted per email AND client address: login_failures.account_key becomes the SHA-256 hex
-- of 'login:' || email || '\n' || client address (same width). Rows keyed by the email alone would never be read
-- again, so they go too.
DELETE FROM login_failures;
