#!/usr/bin/env bash
# Fuzz/run.sh TARGET SECONDS [JOBS]: builds mmbook-fuzz with libFuzzer and AddressSanitizer
# (release, in .build/fuzz) and fuzzes TARGET (scenario or note) for SECONDS. The corpus
# starts from the scenario blocks (scenario) or the notes (note) of notes/, and from
# Fuzz/seeds/TARGET; it grows in .build/fuzz/corpus/TARGET. A crash is saved in
# Fuzz/crashes/TARGET/ and makes the script fail: replay it with
# `swift run mmbook-fuzz TARGET FILE`, fix it, and turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh scenario|note SECONDS}
seconds=${2:?usage: Fuzz/run.sh scenario|note SECONDS}
case "$target" in scenario|note) ;; *) echo "error: unknown target '$target' (scenario or note)" >&2; exit 2 ;; esac

start=$(date +%s)
swift build -c release --build-path .build/fuzz --product mmbook-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library >&2
echo "fuzz build: $(( $(date +%s) - start )) s" >&2

corpus=.build/fuzz/corpus/$target
crashes=Fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
cp Fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
for note in notes/*.md; do
    name=$(basename "$note" .md)
    if [ "$target" = note ]; then
        cp "$note" "$corpus/notes-$name.md"
    else
        # Each scenario block of the note becomes one seed.
        awk -v prefix="$corpus/notes-$name-" '
            /^```scenario/ { inside = 1; n += 1; file = prefix n ".txt"; printf "" > file; next }
            /^```/ && inside { inside = 0; close(file); next }
            inside { print > file }' "$note"
    fi
done

# Leak detection is off: Foundation's FileManager.contents(atPath:) leaves 4 KiB buffers that
# LeakSanitizer reports at exit (swift-corelibs-foundation, not mmbook).
ASAN_OPTIONS=detect_leaks=0 MMBOOK_FUZZ_TARGET=$target .build/fuzz/release/mmbook-fuzz "$corpus" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=16384 -detect_leaks=0 \
    -artifact_prefix="$crashes/" -print_final_stats=1
