-- The registrar authenticates SIP clients with HTTP digest (RFC 7616), which needs H(user:realm:password)
-- rather than the PBKDF2 hash: both digests are computed when a password is set. Users whose password
-- was set before this migration have none and must be given their password again.
ALTER TABLE local_user ADD COLUMN digest_md5 VARCHAR(32);
ALTER TABLE local_user ADD COLUMN digest_sha256 VARCHAR(64);
