#!/usr/bin/env bash
# Regenerates src/main/resources/dev/parley/refdata/demonyms.tsv (nationality adjectives countries.tsv lacks) from
# WordNet 3.0 (Debian wordnet-base) and npm's i18n-nationality. Run by hand after scripts/refdata/regenerate.sh;
# the Maven build never runs this. Needs python3, apt-get + dpkg-deb (Debian's package lists present) and npm.
set -euo pipefail

WORDNET_DEB="${WORDNET_DEB:-1:3.0-37}"          # Debian wordnet-base: WordNet 3.0, WordNet 3.0 licence
I18N_NATIONALITY="${I18N_NATIONALITY:-1.4.0}"   # npm i18n-nationality, MIT

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/dev/parley/refdata"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
apt-get download -q "wordnet-base=$WORDNET_DEB" >/dev/null
dpkg-deb -x wordnet-base_*.deb root
npm pack --silent "i18n-nationality@$I18N_NATIONALITY" >/dev/null
tar xzf "i18n-nationality-$I18N_NATIONALITY.tgz"
python3 "$here/demonyms.py" root/usr/share/wordnet package/langs/en.json "$out/countries.tsv" "$out/demonyms.tsv"
