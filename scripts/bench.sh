#!/usr/bin/env bash
# The benchmark of issue 9: scripts/bench.sh [N] [--skip-default]
# Builds parley, generates N articles (default 200) from corpus/articles with names and dates varied, and prints a
# Markdown table: model load, docs/s and tokens/s, parley vs bare CoreNLP and vs CoreNLP's default pipeline,
# 2 threads vs 1, a warm-cache rerun in a new JVM, peak heap, and merging 100,000 synthetic candidates.
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
