/*
 * A minimal buddy allocator: the baseline the Swift model is measured against.
 *
 * Written for mmbook's benchmark (not derived from kernel code). It keeps what a page
 * allocator needs and nothing else: pfn-indexed arrays (14 bytes per pfn), int32 intrusive
 * doubly linked lists, one free list per order, one per-CPU LIFO list per order up to
 * PAGE_ALLOC_COSTLY_ORDER refilled and drained in batches of 63 pages, and buddy merging.
 * One zone, one CPU, one migratetype.
 */
#ifndef MMBOOK_CBASELINE_BUDDY_H
#define MMBOOK_CBASELINE_BUDDY_H

#include <stdint.h>

#define CB_MAX_ORDER 10
#define CB_NR_ORDERS (CB_MAX_ORDER + 1)
#define CB_PCP_ORDERS 4 /* orders 0..3 go through the per-CPU lists */
#define CB_BATCH 63
#define CB_HIGH (8 * CB_BATCH)

enum cb_state { CB_USED = 0, CB_BUDDY = 1, CB_PCP = 2 };

struct cb_list {
    int32_t head, tail;
};

struct cb_machine {
    int64_t nr_pfns;
    /* Per pfn: 4 + 4 + 4 + 1 + 1 = 14 bytes. */
    int32_t *next, *prev, *refcount;
    uint8_t *order, *state;
    struct cb_list free_list[CB_NR_ORDERS];
    int64_t nr_free[CB_NR_ORDERS];
    int64_t free_pages;
    struct cb_list pcp[CB_PCP_ORDERS];
    int64_t pcp_count; /* pages on the per-CPU lists */
};

/* Allocates the pfn arrays (zeroed lazily by the OS): every pfn starts in use. */
int cb_init(struct cb_machine *m, int64_t nr_pfns);
void cb_destroy(struct cb_machine *m);
/* Marks a present range as reserved with one reference, as memmap init does. */
void cb_mark_present(struct cb_machine *m, int64_t start, int64_t end);
/* Frees a present range to the buddy lists in the largest aligned blocks, to the tail. */
void cb_free_range(struct cb_machine *m, int64_t start, int64_t end);
/* Allocates 2^order pages (through the per-CPU lists for small orders); -1 when out of memory. */
int64_t cb_alloc(struct cb_machine *m, int order);
/* Frees 2^order pages allocated by cb_alloc; aborts on a double free. */
void cb_free(struct cb_machine *m, int64_t pfn, int order);
/* Walks every list; returns 0 when the counts, states, orders and alignment agree and no two
 * free buddies were left unmerged, else -1 with a message on stderr. */
int cb_verify(const struct cb_machine *m);

#endif
