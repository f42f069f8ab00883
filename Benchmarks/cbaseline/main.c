/*
 * The command line of the C baseline, run by mmbook-bench:
 *
 *   mmbook-cbaseline LAYOUT boot
 *   mmbook-cbaseline LAYOUT pair ORDER SAMPLE_MS SAMPLES
 *   mmbook-cbaseline LAYOUT churn LIVE MAX_ORDER SEED SAMPLE_MS SAMPLES
 *
 * LAYOUT is a text file: "pfns N", then "present START END" and "free START END" lines
 * (pfn ranges, end exclusive), as mmbook-bench writes it from PageAlloc's MachineLayout.
 * Each command prints one JSON object. The loops use the same harness as mmbook-bench: the
 * operation count doubles from 1 until one sample takes SAMPLE_MS, then SAMPLES samples of
 * that count are timed, by the wall clock and by the thread's CPU clock. Every command checks
 * the allocator's lists afterwards (cb_verify) and exits 1 when they disagree.
 */
#define _POSIX_C_SOURCE 200809L
#include "buddy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* CPU time of this thread: what a loop cost, whatever else the machine is running. */
static int64_t cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t rss_bytes(void)
{
    long pages_total = 0, pages_resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2)
        pages_resident = -1;
    fclose(f);
    return (int64_t)pages_resident * sysconf(_SC_PAGESIZE);
}

/* The peak resident set size of this process (VmHWM), in bytes. */
static int64_t peak_rss_bytes(void)
{
    char line[256];
    long long kib = -1;
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %lld kB", &kib) == 1)
            break;
    fclose(f);
    return kib < 0 ? -1 : kib * 1024;
}

/* splitmix64: the same generator as mmbook-bench's churn. */
static uint64_t rng_state;
static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void die(const char *message)
{
    fprintf(stderr, "cbaseline: %s\n", message);
    exit(2);
}

/* Lays out the machine of LAYOUT and frees its free ranges, as boot does. */
static void boot(struct cb_machine *m, const char *path)
{
    FILE *f = fopen(path, "r");
    char word[16];
    long long a, b;
    if (!f)
        die("cannot read the layout");
    if (fscanf(f, "%15s %lld", word, &a) != 2 || strcmp(word, "pfns") != 0)
        die("the layout must start with 'pfns N'");
    if (cb_init(m, a) != 0)
        die("cannot allocate the memmap");
    while (fscanf(f, "%15s %lld %lld", word, &a, &b) == 3) {
        if (strcmp(word, "present") == 0)
            cb_mark_present(m, a, b);
        else if (strcmp(word, "free") == 0)
            cb_free_range(m, a, b);
        else
            die("unknown layout line");
    }
    fclose(f);
}

static int pair_order;
static int64_t pair_sink;

static void run_pairs(struct cb_machine *m, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        int64_t pfn = cb_alloc(m, pair_order);
        if (pfn < 0)
            die("out of memory in the pair loop");
        pair_sink += pfn;
        cb_free(m, pfn, pair_order);
    }
}

static int64_t *churn_slots;
static int64_t churn_live;
static int churn_orders; /* MAX_ORDER + 1 */
static uint8_t *churn_slot_order;

static void run_churn(struct cb_machine *m, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        int64_t slot = (int64_t)(rng_next() % (uint64_t)churn_live);
        cb_free(m, churn_slots[slot], churn_slot_order[slot]);
        int order = (int)(rng_next() % (uint64_t)churn_orders);
        int64_t pfn = cb_alloc(m, order);
        if (pfn < 0)
            die("out of memory in the churn loop");
        churn_slots[slot] = pfn;
        churn_slot_order[slot] = (uint8_t)order;
    }
}

static void measure(struct cb_machine *m, void (*body)(struct cb_machine *, int64_t), long sample_ms,
                    int samples)
{
    int64_t n = 1;
    for (;;) {
        int64_t start = now_ns();
        body(m, n);
        if (now_ns() - start >= sample_ms * 1000000 || n >= ((int64_t)1 << 40))
            break;
        n *= 2;
    }
    double *wall = calloc((size_t)samples, sizeof(double));
    double *cpu = calloc((size_t)samples, sizeof(double));
    if (!wall || !cpu)
        die("out of memory");
    for (int s = 0; s < samples; s++) {
        int64_t start = now_ns(), start_cpu = cpu_ns();
        body(m, n);
        cpu[s] = (double)(cpu_ns() - start_cpu) / (double)n;
        wall[s] = (double)(now_ns() - start) / (double)n;
    }
    printf("{\"ops_per_sample\":%lld,\"samples_ns_per_op\":[", (long long)n);
    for (int s = 0; s < samples; s++)
        printf("%s%.3f", s ? "," : "", wall[s]);
    printf("],\"samples_cpu_ns_per_op\":[");
    for (int s = 0; s < samples; s++)
        printf("%s%.3f", s ? "," : "", cpu[s]);
    printf("]}\n");
    free(wall);
    free(cpu);
}

int main(int argc, char **argv)
{
    struct cb_machine m;
    if (argc < 3)
        die("usage: mmbook-cbaseline LAYOUT boot|pair|churn ...");
    if (strcmp(argv[2], "boot") == 0) {
        int64_t before = rss_bytes();
        int64_t start = now_ns();
        boot(&m, argv[1]);
        int64_t elapsed = now_ns() - start;
        int64_t after = rss_bytes();
        if (cb_verify(&m) != 0)
            return 1;
        printf("{\"boot_ns\":%lld,\"rss_before\":%lld,\"rss_after\":%lld,\"peak_rss\":%lld}\n",
               (long long)elapsed, (long long)before, (long long)after, (long long)peak_rss_bytes());
        return 0;
    }
    if (strcmp(argv[2], "pair") == 0 && argc == 6) {
        boot(&m, argv[1]);
        pair_order = atoi(argv[3]);
        measure(&m, run_pairs, atol(argv[4]), atoi(argv[5]));
        return cb_verify(&m) != 0 || pair_sink == -1;
    }
    if (strcmp(argv[2], "churn") == 0 && argc == 8) {
        boot(&m, argv[1]);
        churn_live = atoll(argv[3]);
        churn_orders = atoi(argv[4]) + 1;
        rng_state = strtoull(argv[5], NULL, 10);
        churn_slots = calloc((size_t)churn_live, sizeof(int64_t));
        churn_slot_order = calloc((size_t)churn_live, 1);
        if (!churn_slots || !churn_slot_order)
            die("cannot allocate the churn slots");
        for (int64_t i = 0; i < churn_live; i++) {
            int order = (int)(rng_next() % (uint64_t)churn_orders);
            churn_slots[i] = cb_alloc(&m, order);
            churn_slot_order[i] = (uint8_t)order;
            if (churn_slots[i] < 0)
                die("out of memory filling the churn slots");
        }
        measure(&m, run_churn, atol(argv[6]), atoi(argv[7]));
        return cb_verify(&m) != 0;
    }
    die("usage: mmbook-cbaseline LAYOUT boot|pair|churn ...");
    return 2;
}
