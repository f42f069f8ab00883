#!/usr/bin/env bash
# Peak memory of a walkthrough against the same block without steps (issue 10): a 25-statement
# block on a 16 GiB machine, checked once as `scenario walkthrough` and once as `scenario`, by a
# release build, each in a fresh sandbox with no result cache. Prints the peak RSS of each and
# their ratio (the issue asks for below 1.5).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mmbook >/dev/null
binary="$(swift build -c release --show-bin-path)/mmbook"
work="$(mktemp -d "${TMPDIR:-/tmp}/mmbook-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT

statements='boot mem=16G
a = alloc_pages(GFP_KERNEL, 0)
b = alloc_pages(GFP_KERNEL, 3)
c = alloc_pages(GFP_HIGHUSER_MOVABLE, 9)
d = alloc_pages(GFP_HIGHUSER_MOVABLE, 4)
e = alloc_pages(GFP_KERNEL, 10)
show buddyinfo
__free_pages(b, 3)
f = alloc_pages(GFP_KERNEL, 2)
g = alloc_pages(GFP_HIGHUSER_MOVABLE, 0)
h = alloc_pages(GFP_KERNEL, 5)
__free_pages(d, 4)
i = alloc_pages(GFP_KERNEL, 1)
drain_all_pages()
j = alloc_pages(GFP_HIGHUSER_MOVABLE, 8)
__free_pages(c, 9)
k = alloc_pages(GFP_KERNEL, 6)
__free_pages(e, 10)
l = alloc_pages(GFP_HIGHUSER_MOVABLE, 2)
__free_pages(f, 2)
m = alloc_pages(GFP_KERNEL, 7)
__free_pages(h, 5)
__free_pages(j, 8)
show buddyinfo
__free_pages(k, 6)'

measure() { # $1: info string of the block
    local dir="$work/$RANDOM/sandbox"
    mkdir -p "$dir/notes"
    printf '# Bench\n\n- [Page](page.md)\n' >"$dir/notes/SUMMARY.md"
    printf '# Page\n\n```%s\n%s\n```\n' "$1" "$statements" >"$dir/notes/page.md"
    # The block has no recorded output, so check exits 1 after running it; only the memory counts.
    /usr/bin/time -v -o "$dir/time.txt" "$binary" check --notes "$dir/notes" >/dev/null 2>&1 || true
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt"
}

[ "$(printf '%s\n' "$statements" | wc -l)" -eq 25 ] || { echo "expected 25 statements" >&2; exit 1; }
plain=$(measure scenario)
walkthrough=$(measure "scenario walkthrough")
echo "plain block:       peak RSS ${plain} KiB"
echo "walkthrough:       peak RSS ${walkthrough} KiB"
awk -v w="$walkthrough" -v p="$plain" 'BEGIN { printf "walkthrough/plain: %.2f\n", w / p }'
