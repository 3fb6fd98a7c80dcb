#!/usr/bin/env bash
# Local-mode throughput of the Spark job (figures in docs/scale.md): local[1] against local[2] on the generated
# 200-document corpus, plus a 1-document run for the fixed cost (JVM, Spark, CoreNLP model load).
# Wall time depends on what else the machine runs: the load average is printed with each line; CPU seconds
# (user + system) are the steadier figure. Needs /usr/bin/time (Debian package 'time').
# Run from spark/ after `mvn -B install -DskipTests` (root) and `mvn -B -f spark/pom.xml test-compile`.
set -euo pipefail
cd "$(dirname "$0")"
cp_file=$(mktemp)
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
CP="target/test-classes:target/classes:$(cat "$cp_file")"
OPENS="-Xmx6g $(tr '\n' ' ' < pom.xml | sed -e 's|.*<spark.jvm.opens>||' -e 's|</spark.jvm.opens>.*||')"
work=$(mktemp -d)
java -cp "$CP" dev.parley.spark.GeneratedCorpus ../corpus/articles "$work/gen" >&2
mkdir -p "$work/one" && cp ../corpus/articles/000_*.txt "$work/one/"
for master in 'local[1]' 'local[2]'; do
  for corpus in one gen; do
    start=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$work/cpu" java $OPENS -Dspark.master="$master" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
      -cp "$CP" dev.parley.spark.SparkParley --partitions 8 -o "$work/$corpus-$master.json" "$work/$corpus" 2>"$work/log" \
      || { tail -20 "$work/log"; exit 1; }
    end=$(date +%s.%N)
    cpu=$(awk '{print $1 + $2}' "$work/cpu")
    printf '%s %s: %s, wall %.1f s, cpu %.1f s, load %s\n' "$master" "$corpus" \
      "$(grep -o '[0-9]* documents read' "$work/log")" "$(echo "$end - $start" | bc)" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
cmp "$work/gen-local[1].json" "$work/gen-local[2].json" && echo "local[1] and local[2] JSON identical"
rm -rf "$work" "$cp_file"
