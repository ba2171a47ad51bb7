-- Administrators of the management plane (HTTP API, control panel, CLI online). No default account:
-- the first one is created by `bridgehead admin new`. Names are kept as typed; name_key carries uniqueness.
CREATE TABLE administrator (
  name_key      VARCHAR(100) PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  role          VARCHAR(20) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  version       BIGINT NOT NULL
);
