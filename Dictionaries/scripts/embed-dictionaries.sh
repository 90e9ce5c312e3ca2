#!/bin/sh
# embed-dictionaries.sh DATA_DIR OUTPUT.swift
#
# Writes one Swift source holding every file of DATA_DIR (Dictionaries/data) as a raw multi-line string literal,
# keyed by its path relative to DATA_DIR. Run at build time by the EmbedDictionaries plugin (a shell script,
# not a compiled tool, so that builds with --sanitize=fuzzer, which replace an executable's main, still work):
# the built-in dictionaries are part of the binary and Dictionaries/data stays their only copy.
#
# A literal ##"""<newline>TEXT<newline>"""## has the value TEXT exactly (no escapes, no indentation stripped,
# the closing delimiter at column 0); Tests/FactKitTests/API/EmbeddedDictionariesTests.swift checks that every
# embedded file equals the file on disk.
set -eu
data=$1
out=$2
tmp="$out.tmp.$$"
{
  printf '// Generated at build time from Dictionaries/data by the EmbedDictionaries plugin\n'
  printf '// (Dictionaries/scripts/embed-dictionaries.sh). Not in the repository: edit the files of Dictionaries/data.\n\n'
  printf '/// The files of `Dictionaries/data`, embedded in the binary at build time.\n'
  printf 'package enum EmbeddedDictionaries {\n'
  printf '    /// Each file'"'"'s contents, keyed by its path relative to `Dictionaries/data` (`metrics.tsv`, `companies/us.tsv`).\n'
  printf '    package static let files: [String: String] = [\n'
  (cd "$data" && find . -type f ! -path '*/.*' | sed 's|^\./||' | LC_ALL=C sort) | while IFS= read -r path; do
    if grep -q '"""##' "$data/$path"; then echo "embed-dictionaries.sh: $path holds \"\"\"##" >&2; exit 1; fi
    printf '        "%s": ##"""\n' "$path"
    cat "$data/$path"
    printf '\n"""##,\n'
  done
  printf '    ]\n}\n'
} > "$tmp"
# Replace the output only when it changed, so an unchanged data folder does not recompile the target.
if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; fi
