#!/usr/bin/env bash
# Installs what pith needs to build and test: Debian packages (only the missing ones) and npm
# dependencies (only when node_modules is missing or stale). Idempotent, non-interactive, quick when
# everything is already there. Never downloads browsers: the tests use Debian's /usr/bin/chromium.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

# --- Node ------------------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "node is not installed (Node.js 20 or newer is required)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is required (found $(node --version))"

# --- Debian packages -------------------------------------------------------------------------------
packages=(cmake g++ make emscripten libutfcpp-dev libgtest-dev chromium)
missing=()
for pkg in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  case "$status" in
    *"install ok installed"*) ;;
    *) missing+=("$pkg") ;;
  esac
done

if [ "${#missing[@]}" -gt 0 ]; then
  log "missing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
    if ! sudo -n true 2>/dev/null; then
      die "sudo needs a password; install them yourself: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
  else
    die "not root and no sudo; install them yourself: apt-get install -y --no-install-recommends ${missing[*]}"
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update </dev/null \
    || die "apt-get update failed; needed packages: ${missing[*]}"
  "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" </dev/null \
    || die "apt-get install failed; needed packages: ${missing[*]}"
else
  log "Debian packages present"
fi

# --- npm dependencies ------------------------------------------------------------------------------
need_npm=0
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ]; then
  need_npm=1
elif [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; then
  need_npm=1
elif [ package.json -nt node_modules/.package-lock.json ]; then
  need_npm=1
fi

if [ "$need_npm" -eq 1 ]; then
  if [ -f package-lock.json ] && [ ! package.json -nt package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund </dev/null
  else
    log "npm install"
    npm install --no-audit --no-fund </dev/null
  fi
else
  log "npm dependencies present"
fi
