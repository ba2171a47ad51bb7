#!/bin/sh
# Installs the real peers the interop tests use (XMPP servers, SIP clients, a SIP proxy) and the
# chromium the control panel's browser test drives (Debian 12, run as root).
# Idempotent: does nothing when every package is already installed. Installing starts no
# service that the tests rely on; the test harness starts and stops each peer itself.
set -eu

# lua-unbound is only a Recommends of prosody (not installed with --no-install-recommends), but the
# peers' configs need it: without it Prosody falls back to its old resolver, which ignores /etc/hosts.
PACKAGES="prosody lua-unbound ejabberd dnsmasq-base python3-slixmpp openssl baresip-core sipsak kamailio kamailio-presence-modules chromium sip-tester"

if [ "$(id -u)" -ne 0 ]; then
  echo "install-peers.sh: must run as root" >&2
  exit 1
fi

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-peers.sh: already installed:$(printf ' %s' $PACKAGES)"
  exit 0
fi

echo "install-peers.sh: installing:$missing"
# Keep the packages' init scripts from starting system-wide prosody/ejabberd (they would listen on
# 0.0.0.0:5222/5269 and collide with the harness): policy-rc.d exit 101 = "action forbidden".
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 755 "$policy"
  own_policy=1
fi
trap '[ -n "$own_policy" ] && rm -f "$policy"' EXIT

apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $PACKAGES
