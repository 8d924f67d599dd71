#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 for the tests that need one:
# use the running one, else start this machine's cluster, else install Debian's and start it.
set -euo pipefail

ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ready; then exit 0; fi
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "ensure_postgres: installing Debian's postgresql" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  sudo_if_needed pg_createcluster "$version" main
fi
# The tests connect as postgres over TCP without a password (a local, throwaway server).
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q "^host all all 127.0.0.1/32 trust" "$hba"; then
  sudo_if_needed sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
fi
sudo_if_needed pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
echo "ensure_postgres: PostgreSQL did not come up on 127.0.0.1:5432" >&2
exit 1
