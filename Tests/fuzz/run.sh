#!/usr/bin/env bash
# Fuzzes FactKit with libFuzzer for SECONDS (default 150): builds Tests/fuzz/Harness with
# --sanitize=fuzzer --sanitize=address (scratch path .build/fuzz, apart from the normal build), replays
# the regression corpus (every crash found so far), then fuzzes from the seed corpus. Exits non-zero on
# any crash, timeout (an input over TIMEOUT seconds, default 5) or memory blow-up; the input is saved
# under .build/fuzz/artifacts/ (add it to Tests/fuzz/regressions/ once fixed).
#
#   Tests/fuzz/run.sh             # what .ci/run does: about 2.5 minutes
#   Tests/fuzz/run.sh 3600 -jobs=2 -workers=2   # longer; extra arguments go to libFuzzer
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-150}"
shift || true
export SWIFT_BACKTRACE=enable=no   # let libFuzzer and ASan report a crash, not Swift's backtracer

# The coverage flags are given explicitly: an incremental build has been seen to drop them (43 counters
# instead of ~30,000: a fuzzer blind to FactKit).
swift build -c release --scratch-path .build/fuzz --product factkit-fuzz \
  -Xswiftc -DFUZZING -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
  --sanitize=fuzzer --sanitize=address
bin=.build/fuzz/release/factkit-fuzz
mkdir -p .build/fuzz/work .build/fuzz/artifacts

echo "fuzz: replaying Tests/fuzz/regressions"
"$bin" -runs=0 -timeout="${TIMEOUT:-5}" Tests/fuzz/regressions

echo "fuzz: ${seconds}s from Tests/fuzz/corpus"
"$bin" .build/fuzz/work Tests/fuzz/corpus Tests/fuzz/regressions \
  -max_total_time="$seconds" -max_len="${MAX_LEN:-4096}" -timeout="${TIMEOUT:-5}" -rss_limit_mb=2048 \
  -artifact_prefix=.build/fuzz/artifacts/ -print_final_stats=1 "$@"
