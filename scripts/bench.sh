#!/usr/bin/env bash
# The benchmark of issues 9 and 17: scripts/bench.sh [N] [--rounds K] [--skip-default] [--skip-merge]; --scale [N]; --jfr [PATH...]
# Builds parley and prints a Markdown table: model load, docs/s and tokens/s, parley against the baseline (bare
# CoreNLP with the annotators and properties parley ran before issue 17: SUTime on, every sentence parsed) on a
# mostly diplomatic corpus and a general-news corpus in which about one sentence in ten is from a diplomatic article,
# the share of sentences parsed, against CoreNLP's default pipeline, 2 threads vs 1, a warm-cache rerun in a new JVM,
# peak heap, and merging 100,000 synthetic candidates. Every timed row gives the load average before and after it: on
# a shared machine it matters. Peak RSS of the whole benchmark JVM comes from /usr/bin/time when it is installed.
# Without N the corpora are distinct texts (dev.parley.bench.DistinctCorpora): the diplomatic corpus is one sample
# article and the hand-written articles of src/test/resources/articles, the general-news corpus the 46 articles of
# src/test/resources/general-news with the four other samples; no text repeats, within a corpus or across the two.
# With N they are generated: N articles from corpus/articles with names and dates varied, and about N general-news
# articles (each of the 46 repeated, with one sample-derived article for every 12). Repeated text flatters the
# larger parser cache (parley's 100,000 slices against the baseline's 5,000), so only the distinct corpora give ratios
# to quote; N measures throughput on a larger corpus. --rounds K (default 3): the baseline and parley in turn K times
# on each corpus, parley with a new parser (empty slice cache) each round; the table gives each round and the ratio
# over all of them, in wall and in CPU-seconds (the steadier figure on a shared machine).
#
# scripts/bench.sh --scale [N] (issue 17, bounded memory): no CoreNLP. dev.parley.bench.CachedCorpus writes N
# articles (default 100,000) with their annotation cache entries, made from the hand-written test articles with
# names, years and ids varied (two of them undated, so the corpus level infers their dates); then
# target/parley.jar runs over them with -Xmx2g in a new JVM (wall time, CPU time, peak heap from the GC log), which
# also stores each document's results (its DocDigest), and four times over 1,000 such articles: warm reruns that read
# those results and never the annotations. The warm reruns' JSON is compared with a run over the same 1,000 that
# analyses them again from their annotations (a copy of the cache, hard-linked, without the stored results).
# Every run is the plain 'java -Xmx2g -jar target/parley.jar' (not the launcher bin/parley), in a new JVM.
#
# scripts/bench.sh --jfr [PATH...] (issue 17, item 4, worker time blocked): one cold extraction with --threads 2 and
# --no-cache, recorded by JFR (settings=profile, with monitor entries, parks and monitor waits of any length rather
# than of 10 ms and more), over PATH... (default: corpus/articles and src/test/resources/articles); then
# dev.parley.bench.BlockedShare sums those events on the two parley-worker threads against their wall time. A park
# in the pool's queue (a worker with no document left while the other finishes) is idleness, counted apart.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--jfr" ]; then
  shift
  paths=("$@")
  [ ${#paths[@]} -gt 0 ] || paths=(corpus/articles src/test/resources/articles)
  mvn -B -q -o package test-compile -DskipTests >&2
  work="$(mktemp -d "${TMPDIR:-/tmp}/parley-jfr.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  events=jdk.ThreadPark,jdk.JavaMonitorEnter,jdk.JavaMonitorWait
  record="filename=$work/cold.jfr,settings=profile"
  for e in ${events//,/ }; do record="$record,+$e#threshold=0ms"; done
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  t0=$(date +%s.%N)
  java -Xmx3g -XX:StartFlightRecording="$record" -Xlog:jfr+startup=error -jar target/parley.jar extract "${paths[@]}" \
    --threads 2 --no-cache --progress never -o "$work/out.json" 2>"$work/jfr.log"
  t1=$(date +%s.%N)
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "| measure | value |"
  echo "|---|---|"
  echo "| machine | $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| cold extraction, --threads 2 --no-cache, JFR on: $(grep -o '[0-9]* documents read' "$work/jfr.log"), $(grep -c '"id": "ev-' "$work/out.json") events | $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f s wall", b - a }'), load average before: $before; after: $after |"
  java -cp "target/test-classes:target/classes:target/lib/*" dev.parley.bench.BlockedShare "$work/cold.jfr" \
    | sed 's/^/| JFR | /; s/$/ |/'
  exit 0
fi
if [ "${1:-}" = "--scale" ]; then
  n="${2:-100000}"
  mvn -B -q -o package test-compile -DskipTests >&2
  work="$(mktemp -d "${TMPDIR:-/tmp}/parley-scale.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  cp="target/test-classes:target/classes:target/lib/*"
  undated=(--undated 03-iwaya-brazil-arrives.txt --undated 06-lamola-baerbock-johannesburg.txt)
  java -Xmx1g -cp "$cp" dev.parley.bench.CachedCorpus src/test/resources/articles "$work/big" "$work/cache" "$n" "${undated[@]}"
  java -Xmx1g -cp "$cp" dev.parley.bench.CachedCorpus src/test/resources/articles "$work/small" "$work/cache" 1000 "${undated[@]}"
  # One run over $1 with the cache $2 (default the shared one): wall seconds, CPU seconds (user + system, all threads;
  # with /usr/bin/time), then the peak heap in use (before a collection) and the most that survived one, in MiB.
  extract() {
    local t0 t1 timer=()
    [ -x /usr/bin/time ] && timer=(/usr/bin/time -o "$work/cpu" -f '%U %S')
    rm -f "$work/cpu"
    t0=$(date +%s.%N)
    "${timer[@]}" java -Xmx2g -Xlog:gc:file="$work/gc.log" -jar target/parley.jar extract "$1" --cache "${2:-$work/cache}" \
      --progress never -q -o "$work/out.json"
    t1=$(date +%s.%N)
    cpu=$([ -f "$work/cpu" ] && awk '{ printf ", %.1f s CPU", $1 + $2 }' "$work/cpu" || true)
    awk -v t0="$t0" -v t1="$t1" -v cpu="$cpu" '/Pause/ { split($(NF-1), a, /->|\(/); b = a[1] + 0; l = a[2] + 0;
        if (b > pb) pb = b; if (l > pl) pl = l }
      END { printf "%.1f s wall%s, peak heap %d MiB, largest heap after a collection %d MiB", t1 - t0, cpu, pb, pl }' "$work/gc.log"
  }
  echo "| measure | value |"
  echo "|---|---|"
  echo "| machine | $(nproc) cores, $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo "| parley extract, $n cached articles, -Xmx2g, new JVM | $(extract "$work/big"); $(grep -c '"id": "ev-' "$work/out.json") events |"
  # The 1,000 are the first 1,000 of the N (CachedCorpus is deterministic), so the run over N stored their results:
  # every rerun reads each document's results and never its annotation (fewer than 1,000 stored when N < 1,000).
  for i in 1 2 3 4; do
    echo "| warm rerun #$i, 1,000 cached articles, -Xmx2g, new JVM (load $(cut -d' ' -f1 /proc/loadavg)) | $(extract "$work/small") |"
  done
  cp "$work/out.json" "$work/warm.json"
  cp -al "$work/cache" "$work/cache-cold" && find "$work/cache-cold" -name '*.res' -delete
  echo "| the 1,000 analysed again from their annotations, no stored results (load $(cut -d' ' -f1 /proc/loadavg)) | $(extract "$work/small" "$work/cache-cold"); JSON $(cmp -s "$work/out.json" "$work/warm.json" && echo "identical to the warm reruns'" || echo "DIFFERS from the warm reruns'") |"
  echo "| load average after | $(cut -d' ' -f1-3 /proc/loadavg) |"
  exit 0
fi
corpora=--distinct
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then corpora="$1"; shift; fi
mvn -B -q -o package test-compile -DskipTests
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp="target/test-classes:target/classes:target/lib/*"
run=(java -Xmx3g -cp "$cp" dev.parley.bench.Bench "$corpora" "$work" target/parley.jar "$@")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '| peak RSS of the benchmark JVM, all pipelines loaded (KiB) | %M |' "${run[@]}"
else
  "${run[@]}"
fi
