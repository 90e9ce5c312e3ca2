#!/usr/bin/env bash
# Spark integration test: builds factx, installs pyspark when missing, runs Tests/spark/test_spark.py.
# FACTX_SUBCOMMAND picks the factx subcommand under test (default: extract).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

if ! command -v java >/dev/null; then
  echo "run_spark_test.sh: Java (17 or later) is needed by PySpark; install a JDK first" >&2
  exit 2
fi
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import pyspark' 2>/dev/null; then
  echo "installing pyspark from PyPI…"
  "$PYTHON" -m pip install --quiet --disable-pip-version-check pyspark
fi

swift build --product factx
FACTX="$(swift build --show-bin-path)/factx"

export PYSPARK_PYTHON="$PYTHON" PYSPARK_DRIVER_PYTHON="$PYTHON" SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
"$PYTHON" Tests/spark/test_spark.py --factx "$FACTX" --subcommand "${FACTX_SUBCOMMAND:-extract}" "$@"
echo "spark test: $((SECONDS - started))s in all"
