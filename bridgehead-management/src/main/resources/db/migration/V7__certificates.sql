-- The certificate wizard (issue 5): requests with their private key (encrypted PKCS#8 PEM, never
-- plaintext), the issued chain once imported, and which certificate serves which listener.
-- name_key carries uniqueness (friendly names are compared ignoring case).
CREATE TABLE certificate (
  name_key       VARCHAR(200) PRIMARY KEY,
  name           VARCHAR(200) NOT NULL,
  key_type       VARCHAR(20) NOT NULL,
  exportable     BOOLEAN NOT NULL,
  subject        VARCHAR(2000) NOT NULL,
  sans           VARCHAR(20000) NOT NULL,
  xmpp_domains   VARCHAR(20000) NOT NULL,
  state          VARCHAR(20) NOT NULL,
  encrypted_key  VARCHAR(20000) NOT NULL,
  csr_pem        VARCHAR(20000) NOT NULL,
  chain_pem      VARCHAR(200000),
  thumbprint     VARCHAR(64),
  not_before     TIMESTAMP WITH TIME ZONE,
  not_after      TIMESTAMP WITH TIME ZONE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT NOT NULL
);

-- One certificate per listener: EXTERNAL_EDGE (5269) or INTERNAL_LINK (23456).
CREATE TABLE certificate_assignment (
  cert_usage     VARCHAR(20) PRIMARY KEY,
  name_key       VARCHAR(200) NOT NULL REFERENCES certificate (name_key),
  assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
