"""Extract business facts from JSON Lines records with factx, on Spark.

Each partition of the input is piped through one `factx extract --input jsonl --format jsonl`
process (`RDD.pipe`): factx reads records `{"id", "text", "date", ...}` on stdin and writes one JSON
line per fact on stdout. The facts are then written as Parquet or CSV with the columns of FACTS.md.

    spark-submit Examples/spark/facts_job.py \
        --factx /opt/factx/bin/factx --input records.jsonl --output facts.parquet --partitions 8

factx must be installed at the same path on every worker (the binary and the resource bundle beside it).
"""

import argparse
import shlex

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


def pipe_records(records, factx, subcommand="extract", extra_args=()):
    """An RDD of JSON Lines records (one JSON object a string) -> an RDD of fact lines (JSON strings).

    `checkCode=True` fails the task when factx exits non-zero (a record it could not read), so a
    partition is never silently lost; Spark retries it like any failed task.
    """
    return records.pipe(factx_command(factx, subcommand, extra_args), checkCode=True)


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
    parser.add_argument("--factx-arg", action="append", default=[],
                        help="an extra factx argument, e.g. --factx-arg=--metric=revenue (repeatable)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("factx-facts").getOrCreate()
    records = spark.sparkContext.textFile(args.input, minPartitions=args.partitions or None)
    facts = facts_frame(spark, pipe_records(records, args.factx, args.subcommand, args.factx_arg))
    writer = facts.write.mode("overwrite")
    if args.format == "parquet":
        writer.parquet(args.output)
    else:
        writer.option("header", True).csv(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
