#!/bin/sh
# Builds a CSV data set of facts from a folder of news articles.
#
#   Examples/build-dataset.sh [FOLDER] [OUT_DIR]
#
# FOLDER defaults to Examples/news, OUT_DIR to ./dataset. Set FACTX to the factx to use
# (default: factx on the PATH). Writes:
#   OUT_DIR/facts.csv     every fact (FACTS.md columns), input order then text order
#   OUT_DIR/revenue.csv   revenue and net profit only, the columns an analyst starts with
#   OUT_DIR/errors.txt    the documents that could not be read, one per line with the reason
# Exits 0 when every document was read, 1 when some were not (the data sets hold all the others).
set -u

here=$(cd "$(dirname "$0")" && pwd)
folder=${1:-"$here/news"}
out=${2:-dataset}
factx=${FACTX:-factx}

mkdir -p "$out"

# 1. All facts. -o writes atomically: facts.csv is complete or untouched. Unreadable documents are
#    named on stderr and the run goes on; exit status 1 then says some inputs failed.
"$factx" extract "$folder" --dictionary "$here/dictionary.tsv" --quiet -o "$out/facts.csv" 2> "$out/errors.txt"
status=$?
if [ "$status" -ge 2 ]; then
    cat "$out/errors.txt" >&2
    exit "$status"
fi

# 2. A narrower data set: two metrics, seven columns, only confident facts.
"$factx" extract "$folder" --dictionary "$here/dictionary.tsv" --quiet \
    --metric revenue,net_profit --min-confidence 0.5 \
    --columns doc,company,metric,value,unit,period,change \
    -o "$out/revenue.csv" 2> /dev/null

rows=$(($(wc -l < "$out/facts.csv") - 1))
errors=$(wc -l < "$out/errors.txt")
echo "$out/facts.csv: $rows facts; $errors documents could not be read (see $out/errors.txt)"
exit "$status"
