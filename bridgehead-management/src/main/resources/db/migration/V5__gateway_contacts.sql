-- The gateway's contact state between a local (SIP) user and an XMPP user: who added whom and each
-- direction's presence subscription. User data, not configuration: written without the change counter
-- or the audit log, and kept across restarts (issue 4: "contact authorizations and subscriptions are
-- stored, and survive a restart").
CREATE TABLE xmpp_contact (
  local_user       VARCHAR(500) NOT NULL,
  remote_jid       VARCHAR(1000) NOT NULL,
  local_added      BOOLEAN NOT NULL,
  local_to_remote  VARCHAR(20) NOT NULL,
  remote_to_local  VARCHAR(20) NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (local_user, remote_jid)
);
CREATE INDEX xmpp_contact_remote ON xmpp_contact (remote_jid);
