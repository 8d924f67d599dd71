#!/usr/bin/env bash
# Make sure a Redis server answers on 127.0.0.1:6379 for the tests that need one (throttling
# shared by replicas): use the running one, else start this machine's, else install Debian's.
set -euo pipefail

ready() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if command -v redis-cli >/dev/null 2>&1 && ready; then exit 0; fi
if ! command -v redis-server >/dev/null 2>&1; then
  echo "ensure_redis: installing Debian's redis-server" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server
fi
# A throwaway server for tests: loopback only, nothing saved to disk.
redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no \
  --logfile /tmp/graph-photos-redis.log
for _ in $(seq 1 30); do ready && exit 0; sleep 0.5; done
echo "ensure_redis: Redis did not come up on 127.0.0.1:6379" >&2
exit 1
