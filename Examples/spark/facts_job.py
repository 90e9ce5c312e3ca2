"""Extract business facts from JSON Lines records with factx, on Spark.

Each partition of the input is piped through one `factx extract --input jsonl --format jsonl`
process (`RDD.pipe`): factx reads records `{"id", "text", "date", ...}` on stdin and writes one JSON
line per fact on stdout. The facts are then written as Parquet or CSV with the columns of FACTS.md.

    spark-submit Examples/spark/facts_job.py \
        --factx /opt/factx/bin/factx --input records.jsonl --output facts.parquet --partitions 8

factx must be installed at the same path on every worker (the binary and the resource bundle beside it).
"""

import argparse
import glob
import json
import os
import shlex
import subprocess
import threading

from pyspark.sql import SparkSession
from pyspark.sql import types as T

# FACTS.md's fields, in output order.
FACT_COLUMNS = ["doc", "company", "company_name", "mention", "metric", "value", "unit", "item",
                "qualifier", "low", "high", "period", "change", "segment", "status", "text", "start", "end",
                "sentence", "confidence"]

# Values stay exact decimal strings (`value`, `low`, `high`); offsets are integers.
FACT_SCHEMA = T.StructType([
    T.StructField(name, T.LongType() if name in ("start", "end")
                  else T.DoubleType() if name == "confidence" else T.StringType())
    for name in FACT_COLUMNS
])


def factx_command(factx, subcommand="extract", extra_args=()):
    """The command line each partition is piped through."""
    return shlex.join([factx, subcommand, "--input", "jsonl", "--format", "jsonl", *extra_args])


def pipe_records(records, factx, subcommand="extract", extra_args=(), errors_dir=None):
    """An RDD of JSON Lines records (one JSON object a string) -> an RDD of fact lines (JSON strings).

    Without `errors_dir`: `RDD.pipe` with `checkCode=True`, which fails the task when factx exits
    non-zero (a record it could not read), so a partition is never silently lost.

    With `errors_dir`: each partition's factx gets its own `--errors errors_dir/part-NNNNN.jsonl`, where
    it lists the records it rejected (`{"doc", "source", "reason"}`), and exits 0 for them: one bad
    record costs that record, not the job. Any other failure still fails the task. The folder must be
    one every worker can write (a shared file system on a cluster); a retried partition rewrites its file.
    """
    if errors_dir is None:
        return records.pipe(factx_command(factx, subcommand, extra_args), checkCode=True)
    command = factx_command(factx, subcommand, extra_args)

    def run_partition(index, lines):
        errors_file = os.path.join(errors_dir, f"part-{index:05d}.jsonl")
        return pipe_partition(shlex.split(command) + ["--errors", errors_file], lines)

    return records.mapPartitionsWithIndex(run_partition)


def pipe_partition(argv, lines):
    """Streams `lines` through one process (as `RDD.pipe` does) and yields its output lines; raises when
    it exits non-zero."""
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    stderr = []
    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
    writer.start()
    reader.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n")
    writer.join()
    reader.join()
    if process.wait() != 0:
        raise RuntimeError(f"{shlex.join(argv)} exited {process.returncode}: "
                           + b"".join(stderr).decode("utf-8", "replace")[-2000:])


def rejected_records(errors_dir):
    """The rejections the partitions listed: one dict {"doc", "source", "reason"} each."""
    rejected = []
    for path in sorted(glob.glob(os.path.join(errors_dir, "part-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            rejected += [json.loads(line) for line in f if line.strip()]
    return rejected


def facts_frame(spark, fact_lines):
    """Fact lines -> a DataFrame with FACTS.md's columns."""
    return spark.read.schema(FACT_SCHEMA).json(fact_lines).select(*FACT_COLUMNS)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factx", required=True, help="absolute path of the factx binary on every worker")
    parser.add_argument("--input", required=True, help="JSON Lines records, one {\"id\", \"text\", \"date\"} a line")
    parser.add_argument("--output", required=True, help="output folder")
    parser.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    parser.add_argument("--partitions", type=int, default=0, help="minimum number of input partitions")
    parser.add_argument("--subcommand", default="extract", help="factx subcommand (default: extract)")
    parser.add_argument("--errors-dir", help="list rejected records in DIR/part-NNNNN.jsonl (one file a partition) "
                        "instead of failing the job on them")
    parser.add_argument("--factx-arg", action="append", default=[],
                        help="an extra factx argument, e.g. --factx-arg=--metric=revenue (repeatable)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("factx-facts").getOrCreate()
    records = spark.sparkContext.textFile(args.input, minPartitions=args.partitions or None)
    if args.errors_dir:
        os.makedirs(args.errors_dir, exist_ok=True)
    facts = facts_frame(spark, pipe_records(records, args.factx, args.subcommand, args.factx_arg, args.errors_dir))
    writer = facts.write.mode("overwrite")
    if args.format == "parquet":
        writer.parquet(args.output)
    else:
        writer.option("header", True).csv(args.output)
    if args.errors_dir:
        print(f"{len(rejected_records(args.errors_dir))} records rejected, listed in {args.errors_dir}")
    spark.stop()


if __name__ == "__main__":
    main()
