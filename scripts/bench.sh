#!/usr/bin/env bash
# The benchmark of issues 9 and 17: scripts/bench.sh [N] [--skip-default] [--skip-merge]
# Builds parley, generates N articles (default 200) from corpus/articles with names and dates varied, and a
# general-news corpus of about N articles (src/test/resources/general-news, varied, with one sample-derived article
# for every 12, so about one sentence in ten is from a diplomatic article), and prints a Markdown table: model
# load, docs/s and tokens/s, parley against the baseline (bare CoreNLP with the annotators and properties parley ran
# before issue 17: SUTime on, every sentence parsed) on both corpora, the share of sentences parsed, against
# CoreNLP's default pipeline, 2 threads vs 1, a warm-cache rerun in a new JVM, peak heap, and merging 100,000
# synthetic candidates. Every timed row gives the load average before and after it: on a shared machine it matters.
# Peak RSS of the whole benchmark JVM comes from /usr/bin/time when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200}"; shift || true
mvn -B -q -o package test-compile -DskipTests
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp="target/test-classes:target/classes:target/lib/*"
run=(java -Xmx3g -cp "$cp" dev.parley.bench.Bench "$n" "$work" target/parley.jar "$@")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '| peak RSS of the benchmark JVM, all pipelines loaded (KiB) | %M |' "${run[@]}"
else
  "${run[@]}"
fi
