#!/usr/bin/env python3
"""The site benchmark of issue 15 (README, "Benchmarks"): not a test, run by hand.

    swift build -c release --product mmbook && python3 Benchmarks/site-bench.py

Measures, with the release mmbook:
  * serve: the incremental rebuild after touching one note of a 200-note book (the rebuild
    time serve prints, and the time from the edit to the reload event on the event stream);
  * build: a second build after touching one note of that book (the whole process);
  * builds of synthetic 250, 1,000 and 4,000-page books: cold (no .mmbook-cache: every
    scenario runs), full (results cached, every page rendered), fresh (the same into an
    empty folder: every file written) and warm;
  * the same books built by Hugo (Debian's hugo) with a minimal theme whose every page shows
    the full sidebar with the current page marked, in the same run.
mmbook and Hugo run interleaved (mmbook cold, mmbook full, Hugo, then again), so that both see
the same load. Every figure is a median of --runs, with its wall time and its CPU time (user +
system of the process and its threads, from getrusage(RUSAGE_CHILDREN)) and the 1-minute load
average when it started: on a shared machine the CPU times are the ones to compare.
Every file it writes is in a fresh <tmp>/mmbook-site-bench-<uuid>/sandbox folder, removed at
the end. Figures are printed and written as JSON (--json).
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def page(index):
    """One synthetic note: prose, a list, a scenario block with its recorded output."""
    order = index % 4
    return (
        f"# Page {index}\n\nThis synthetic page {index} exists to measure the site generator. "
        "It has a few paragraphs of prose, a list and one scenario block.\n\n"
        "## Details\n\n- first point\n- second point with `code`\n- third point\n\n"
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.\n\n"
        f"```scenario\nboot zones=\"Normal:16M\"\np = alloc_pages(GFP_KERNEL, {order})\n```\n\n"
        "## More\n\nUt enim ad minim veniam, quis nostrud exercitation ullamco laboris.\n"
    )


def write_book(folder, pages, outputs=None):
    """A book of `pages` synthetic notes; with `outputs` (order → recorded output) each note
    gets its recorded output, so that no bless is needed."""
    notes = os.path.join(folder, "notes")
    os.makedirs(notes)
    with open(os.path.join(notes, "SUMMARY.md"), "w") as f:
        f.write("# Synthetic book\n\n")
        for i in range(pages):
            f.write(f"- [Page {i}](p{i:05d}.md)\n")
    for i in range(pages):
        with open(os.path.join(notes, f"p{i:05d}.md"), "w") as f:
            text = page(i)
            if outputs:
                text = text.replace("\n```\n\n## More", "\n```\n\n```output\n" + outputs[i % 4] + "```\n\n## More")
            f.write(text)
    return notes


def recorded_outputs(mmbook, sandbox):
    """The recorded output of each of the four synthetic scenarios, blessed once."""
    folder = os.path.join(sandbox, "outputs")
    notes = write_book(folder, 4)
    timed([mmbook, "bless", "--notes", "notes"], folder)
    outputs = {}
    for i in range(4):
        with open(os.path.join(notes, f"p{i:05d}.md")) as f:
            outputs[i] = f.read().split("```output\n", 1)[1].split("```", 1)[0]
    shutil.rmtree(folder)
    return outputs


def write_hugo_site(folder, pages):
    """The same pages for Hugo: the prose and the code blocks (Hugo runs no scenario)."""
    os.makedirs(os.path.join(folder, "content"))
    os.makedirs(os.path.join(folder, "layouts", "_default"))
    with open(os.path.join(folder, "config.toml"), "w") as f:
        f.write('baseURL = "/"\ntitle = "Synthetic book"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    sidebar = (
        '<nav class="sidebar"><ol>{{ $current := . }}{{ range .Site.RegularPages.ByTitle }}'
        '<li><a href="{{ .RelPermalink }}"{{ if eq . $current }} aria-current="page"{{ end }}>{{ .Title }}</a></li>'
        "{{ end }}</ol></nav>"
    )
    base = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
        "<body>" + sidebar + "<main>{{ block \"main\" . }}{{ end }}</main></body></html>\n"
    )
    layouts = {
        "baseof.html": base,
        "single.html": '{{ define "main" }}<article>{{ .Content }}</article>{{ end }}',
        "list.html": '{{ define "main" }}<article>{{ .Content }}</article>{{ end }}',
    }
    for name, text in layouts.items():
        with open(os.path.join(folder, "layouts", "_default", name), "w") as f:
            f.write(text)
    for i in range(pages):
        with open(os.path.join(folder, "content", f"p{i:05d}.md"), "w") as f:
            body = page(i).split("\n", 2)[2]
            f.write(f'---\ntitle: "Page {i:05d}"\n---\n\n{body}')


def timed(command, cwd):
    """Runs `command`; its wall time, CPU time (user + system) and the load average at its start."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": elapsed, "cpu_s": cpu, "load": load}


def median(timings):
    """The median wall and CPU times of several `timed` runs, each run's figures and loads."""
    return {"wall_s": statistics.median(t["wall_s"] for t in timings),
            "cpu_s": statistics.median(t["cpu_s"] for t in timings),
            "runs": timings}


def show(timing):
    return f"{timing['wall_s']:.2f} s ({timing['cpu_s']:.2f} s CPU)"


def folder_size(path):
    total = 0
    for base, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(base, name))
    return total


def forget_pages(folder):
    """Removes the rendered pages mmbook keeps between builds (a folder before issue 15's
    profile, one file after), so that the next build renders every page."""
    shutil.rmtree(os.path.join(folder, ".mmbook-cache", "pages"), ignore_errors=True)
    try:
        os.remove(os.path.join(folder, ".mmbook-cache", "pages.bin"))
    except FileNotFoundError:
        pass


def process_cpu_seconds(pid):
    """The user + system CPU time of a running process, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve_incremental(mmbook, folder, notes, edits):
    """serve on a free port; per edit: serve's own rebuild time and edit → reload event."""
    process = subprocess.Popen(
        [mmbook, "serve", "--notes", "notes", "--port", "0"], cwd=folder,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        port = int(re.search(r":(\d+)/", line).group(1))
        events = socket.create_connection(("127.0.0.1", port), timeout=10)
        events.sendall(b"GET /__mmbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        received = b""
        while b"retry:" not in received:
            received += events.recv(65536)
        rebuilds, cpu, latencies = [], [], []
        target = os.path.join(notes, "p00100.md")
        for n in range(edits):
            time.sleep(0.3)
            received = b""
            start = time.perf_counter()
            with open(target, "a") as f:
                f.write(f"\nEdit {n}.\n")
            while b"event: reload" not in received:
                received += events.recv(65536)
            latencies.append((time.perf_counter() - start) * 1000)
            while True:
                err = process.stderr.readline()
                found = re.search(r"^rebuilt .* in ([0-9.]+) ms \(([0-9.]+) ms of CPU\)", err)
                if found:
                    rebuilds.append(float(found.group(1)))
                    cpu.append(float(found.group(2)))
                    break
        # What watching costs while nothing changes: serve's CPU time over 3 idle seconds.
        idle_start = process_cpu_seconds(process.pid)
        time.sleep(3)
        idle_cpu = (process_cpu_seconds(process.pid) - idle_start) / 3 * 1000
        events.close()
        return rebuilds, cpu, latencies, idle_cpu
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mmbook", default=os.path.join(ROOT, ".build", "release", "mmbook"))
    parser.add_argument("--hugo", default=shutil.which("hugo") or "hugo")
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 4000])
    parser.add_argument("--runs", type=int, default=3, help="timed full builds per size (median shown)")
    parser.add_argument("--edits", type=int, default=7, help="edits of the 200-note book")
    parser.add_argument("--json", default=os.path.join(ROOT, ".build", "site-bench.json"))
    parser.add_argument("--incremental-only", action="store_true",
                        help="only the 200-note book (serve's rebuild and build after one edit), no Hugo")
    args = parser.parse_args()
    if not os.access(args.mmbook, os.X_OK):
        raise SystemExit(f"no {args.mmbook}: swift build -c release --product mmbook")
    outer = os.path.join(tempfile.gettempdir(), f"mmbook-site-bench-{uuid.uuid4()}")
    sandbox = os.path.join(outer, "sandbox")
    os.makedirs(sandbox)
    report = {"host": {"cpus": os.cpu_count(), "machine": platform.machine(), "python": platform.python_version()},
              "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
              "hugo": None if args.incremental_only else
              subprocess.run([args.hugo, "version"], stdout=subprocess.PIPE, text=True).stdout.strip()}
    try:
        # The 200-note book: serve's incremental rebuild, then build's.
        outputs = recorded_outputs(args.mmbook, sandbox)
        folder = os.path.join(sandbox, "incremental")
        notes = write_book(folder, 200, outputs)
        timed([args.mmbook, "check", "--notes", "notes"], folder)
        serve_load = os.getloadavg()[0]
        rebuilds, cpu, latencies, idle_cpu = serve_incremental(args.mmbook, folder, notes, args.edits)
        serve_load = [serve_load, os.getloadavg()[0]]
        timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder)
        builds = []
        for n in range(args.runs):
            with open(os.path.join(notes, "p00150.md"), "a") as f:
                f.write(f"\nBuild edit {n}.\n")
            builds.append(timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder))
        report["incremental"] = {
            "pages": 200, "serve_rebuild_ms": statistics.median(rebuilds),
            "serve_rebuild_ms_all": rebuilds, "serve_rebuild_cpu_ms": statistics.median(cpu),
            "serve_rebuild_cpu_ms_all": cpu, "edit_to_reload_event_ms": statistics.median(latencies),
            "edit_to_reload_event_ms_all": latencies, "build_after_one_edit": median(builds),
            "serve_idle_cpu_ms_per_s": idle_cpu, "serve_load": serve_load}
        print(f"200-note book: serve rebuild {statistics.median(rebuilds):.1f} ms, edit to reload event "
              f"{statistics.median(latencies):.0f} ms, build after one edit {show(median(builds))}", flush=True)
        shutil.rmtree(folder)
        report["full"] = []
        for size in [] if args.incremental_only else args.sizes:
            folder = os.path.join(sandbox, f"book-{size}")
            notes = write_book(folder, size, outputs)
            hugo_folder = os.path.join(sandbox, f"hugo-{size}")
            write_hugo_site(hugo_folder, size)
            cold, full, fresh, hugo, loads = [], [], [], [], []
            for _ in range(args.runs):
                loads.append(os.getloadavg()[0])
                # Cold: no .mmbook-cache, every scenario runs.
                shutil.rmtree(os.path.join(folder, ".mmbook-cache"), ignore_errors=True)
                cold.append(timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder))
                # Full: results cached, every page rendered again (the site generator's own
                # full build); the files that kept their bytes are linked from the old site.
                forget_pages(folder)
                full.append(timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder))
                # Fresh: the same into an empty folder, every file written (what Hugo does
                # here, its public/ folder removed first).
                forget_pages(folder)
                shutil.rmtree(os.path.join(folder, "site"))
                fresh.append(timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder))
                shutil.rmtree(os.path.join(hugo_folder, "public"), ignore_errors=True)
                hugo.append(timed([args.hugo, "--quiet", "-d", "public"], hugo_folder))
            warm = timed([args.mmbook, "build", "--notes", "notes", "--out", "site"], folder)
            site_bytes = folder_size(os.path.join(folder, "site"))
            hugo_bytes = folder_size(os.path.join(hugo_folder, "public"))
            shutil.rmtree(folder)
            shutil.rmtree(hugo_folder)
            row = {"pages": size, "mmbook_cold": median(cold), "mmbook_full": median(full),
                   "mmbook_fresh": median(fresh), "mmbook_warm": warm,
                   "hugo": median(hugo), "mmbook_site_bytes": site_bytes, "hugo_site_bytes": hugo_bytes,
                   "load_min": min(loads + [warm["load"]]), "load_max": max(loads + [warm["load"]])}
            report["full"].append(row)
            print(f"{size} pages: mmbook {show(row['mmbook_cold'])} cold (scenarios run), "
                  f"{show(row['mmbook_full'])} full (every page rendered), {show(row['mmbook_fresh'])} fresh "
                  f"(into an empty folder), {show(warm)} warm, "
                  f"{site_bytes / 1e6:.1f} MB; hugo {show(row['hugo'])}, {hugo_bytes / 1e6:.1f} MB; "
                  f"load {row['load_min']:.1f}-{row['load_max']:.1f}", flush=True)
    finally:
        shutil.rmtree(outer, ignore_errors=True)
    inc = report["incremental"]
    print(f"200-note book, one note touched: serve rebuild {inc['serve_rebuild_ms']:.1f} ms, "
          f"{inc['serve_rebuild_cpu_ms']:.1f} ms of CPU (median of "
          f"{len(inc['serve_rebuild_ms_all'])}), edit to reload event {inc['edit_to_reload_event_ms']:.0f} ms, "
          f"build {show(inc['build_after_one_edit'])}; serve idle: {inc['serve_idle_cpu_ms_per_s']:.1f} ms of CPU a second; "
          f"load {inc['serve_load'][0]:.1f}-{inc['serve_load'][1]:.1f} during serve")
    first = report["full"][0] if report["full"] else None
    for row in report["full"][1:]:
        def ratio(key, clock):
            return row[key][clock] / first[key][clock]
        print(f"{row['pages']} / {first['pages']} pages: mmbook full {ratio('mmbook_full', 'wall_s'):.1f}x wall, "
              f"{ratio('mmbook_full', 'cpu_s'):.1f}x CPU; mmbook fresh {ratio('mmbook_fresh', 'wall_s'):.1f}x wall, "
              f"{ratio('mmbook_fresh', 'cpu_s'):.1f}x CPU; hugo {ratio('hugo', 'wall_s'):.1f}x wall, "
              f"{ratio('hugo', 'cpu_s'):.1f}x CPU")
    report["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump(report, f, indent=2)
    print(f"wrote {args.json}")


if __name__ == "__main__":
    sys.exit(main())
