#!/usr/bin/env bash
# Installs PostgreSQL 15 from Debian for the management store tests, which start a throw-away cluster
# with its initdb/pg_ctl. Idempotent: does nothing when the binaries are already there.
set -euo pipefail
if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Debian 12's "postgresql" is 15; ask for it by name first so another default cannot slip in.
$SUDO apt-get install -y -q --no-install-recommends postgresql-15 || $SUDO apt-get install -y -q --no-install-recommends postgresql
test -x /usr/lib/postgresql/15/bin/initdb || { echo "PostgreSQL 15 binaries missing after install" >&2; exit 1; }
