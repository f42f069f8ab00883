/* The minimal buddy allocator of buddy.h. */
#include "buddy.h"

#include <stdio.h>
#include <stdlib.h>

int cb_init(struct cb_machine *m, int64_t nr_pfns)
{
    if (nr_pfns <= 0 || nr_pfns > INT32_MAX)
        return -1;
    m->nr_pfns = nr_pfns;
    m->next = calloc((size_t)nr_pfns, sizeof(int32_t));
    m->prev = calloc((size_t)nr_pfns, sizeof(int32_t));
    m->refcount = calloc((size_t)nr_pfns, sizeof(int32_t));
    m->order = calloc((size_t)nr_pfns, 1);
    m->state = calloc((size_t)nr_pfns, 1);
    if (!m->next || !m->prev || !m->refcount || !m->order || !m->state)
        return -1;
    for (int o = 0; o < CB_NR_ORDERS; o++) {
        m->free_list[o].head = m->free_list[o].tail = -1;
        m->nr_free[o] = 0;
    }
    for (int o = 0; o < CB_PCP_ORDERS; o++)
        m->pcp[o].head = m->pcp[o].tail = -1;
    m->free_pages = 0;
    m->pcp_count = 0;
    return 0;
}

void cb_destroy(struct cb_machine *m)
{
    free(m->next);
    free(m->prev);
    free(m->refcount);
    free(m->order);
    free(m->state);
}

static void list_add_head(struct cb_machine *m, struct cb_list *l, int32_t pfn)
{
    m->prev[pfn] = -1;
    m->next[pfn] = l->head;
    if (l->head >= 0)
        m->prev[l->head] = pfn;
    else
        l->tail = pfn;
    l->head = pfn;
}

static void list_add_tail(struct cb_machine *m, struct cb_list *l, int32_t pfn)
{
    m->next[pfn] = -1;
    m->prev[pfn] = l->tail;
    if (l->tail >= 0)
        m->next[l->tail] = pfn;
    else
        l->head = pfn;
    l->tail = pfn;
}

static void list_del(struct cb_machine *m, struct cb_list *l, int32_t pfn)
{
    int32_t n = m->next[pfn], p = m->prev[pfn];
    if (p >= 0)
        m->next[p] = n;
    else
        l->head = n;
    if (n >= 0)
        m->prev[n] = p;
    else
        l->tail = p;
}

static void add_buddy(struct cb_machine *m, int64_t pfn, int order, int to_tail)
{
    m->state[pfn] = CB_BUDDY;
    m->order[pfn] = (uint8_t)order;
    if (to_tail)
        list_add_tail(m, &m->free_list[order], (int32_t)pfn);
    else
        list_add_head(m, &m->free_list[order], (int32_t)pfn);
    m->nr_free[order]++;
}

static void del_buddy(struct cb_machine *m, int64_t pfn, int order)
{
    list_del(m, &m->free_list[order], (int32_t)pfn);
    m->state[pfn] = CB_USED;
    m->nr_free[order]--;
}

/* Frees a block into the buddy lists, merging with free buddies of the same order. */
static void free_one(struct cb_machine *m, int64_t pfn, int order, int to_tail)
{
    m->free_pages += (int64_t)1 << order;
    while (order < CB_MAX_ORDER) {
        int64_t buddy = pfn ^ ((int64_t)1 << order);
        if (buddy >= m->nr_pfns || m->state[buddy] != CB_BUDDY || m->order[buddy] != order)
            break;
        del_buddy(m, buddy, order);
        pfn &= buddy;
        order++;
    }
    add_buddy(m, pfn, order, to_tail);
}

/* Takes the first block of the smallest order that fits and splits it down to `order`. */
static int64_t rmqueue_smallest(struct cb_machine *m, int order)
{
    for (int o = order; o < CB_NR_ORDERS; o++) {
        int32_t pfn = m->free_list[o].head;
        if (pfn < 0)
            continue;
        del_buddy(m, pfn, o);
        while (o > order) {
            o--;
            add_buddy(m, pfn + ((int64_t)1 << o), o, 0);
        }
        m->free_pages -= (int64_t)1 << order;
        return pfn;
    }
    return -1;
}

/* Moves up to `count` pages' worth of blocks from the tail of a per-CPU list back to the buddy lists. */
static void drain_pcp(struct cb_machine *m, int order, int64_t count)
{
    struct cb_list *l = &m->pcp[order];
    while (count > 0 && l->tail >= 0) {
        int32_t pfn = l->tail;
        list_del(m, l, pfn);
        m->state[pfn] = CB_USED;
        m->pcp_count -= (int64_t)1 << order;
        count -= (int64_t)1 << order;
        free_one(m, pfn, order, 0);
    }
}

int64_t cb_alloc(struct cb_machine *m, int order)
{
    int64_t pfn;
    if (order < CB_PCP_ORDERS) {
        struct cb_list *l = &m->pcp[order];
        if (l->head < 0) {
            int batch = CB_BATCH >> order;
            if (batch < 2)
                batch = 2;
            for (int i = 0; i < batch; i++) {
                int64_t got = rmqueue_smallest(m, order);
                if (got < 0)
                    break;
                m->state[got] = CB_PCP;
                list_add_tail(m, l, (int32_t)got);
                m->pcp_count += (int64_t)1 << order;
            }
            if (l->head < 0)
                return -1;
        }
        pfn = l->head;
        list_del(m, l, (int32_t)pfn);
        m->state[pfn] = CB_USED;
        m->pcp_count -= (int64_t)1 << order;
    } else {
        pfn = rmqueue_smallest(m, order);
        if (pfn < 0)
            return -1;
    }
    m->refcount[pfn] = 1;
    return pfn;
}

void cb_free(struct cb_machine *m, int64_t pfn, int order)
{
    if (pfn < 0 || pfn >= m->nr_pfns || m->state[pfn] != CB_USED || m->refcount[pfn] != 1) {
        fprintf(stderr, "cbaseline: bad free of pfn %lld order %d\n", (long long)pfn, order);
        abort();
    }
    m->refcount[pfn] = 0;
    if (order < CB_PCP_ORDERS) {
        m->state[pfn] = CB_PCP;
        list_add_head(m, &m->pcp[order], (int32_t)pfn);
        m->pcp_count += (int64_t)1 << order;
        if (m->pcp_count >= CB_HIGH)
            drain_pcp(m, order, CB_BATCH);
        return;
    }
    free_one(m, pfn, order, 0);
}

void cb_mark_present(struct cb_machine *m, int64_t start, int64_t end)
{
    for (int64_t pfn = start; pfn < end; pfn++) {
        m->refcount[pfn] = 1;
        m->state[pfn] = CB_USED;
    }
}

void cb_free_range(struct cb_machine *m, int64_t start, int64_t end)
{
    while (start < end) {
        int order = CB_MAX_ORDER;
        if (start != 0) {
            int tz = __builtin_ctzll((unsigned long long)start);
            if (tz < order)
                order = tz;
        }
        while (start + ((int64_t)1 << order) > end)
            order--;
        for (int64_t pfn = start; pfn < start + ((int64_t)1 << order); pfn++)
            m->refcount[pfn] = 0;
        free_one(m, start, order, 1);
        start += (int64_t)1 << order;
    }
}

static int fail(const char *what, int64_t pfn)
{
    fprintf(stderr, "cbaseline: inconsistent state: %s at pfn %lld\n", what, (long long)pfn);
    return -1;
}

int cb_verify(const struct cb_machine *m)
{
    int64_t buddy_pages = 0, pcp_pages = 0;
    for (int o = 0; o < CB_NR_ORDERS; o++) {
        int64_t blocks = 0;
        for (int32_t pfn = m->free_list[o].head; pfn >= 0; pfn = m->next[pfn]) {
            if (m->state[pfn] != CB_BUDDY || m->order[pfn] != o)
                return fail("a free-list block with the wrong state or order", pfn);
            if (pfn & (((int64_t)1 << o) - 1))
                return fail("a misaligned free block", pfn);
            int64_t buddy = pfn ^ ((int64_t)1 << o);
            if (o < CB_MAX_ORDER && buddy < m->nr_pfns && m->state[buddy] == CB_BUDDY && m->order[buddy] == o)
                return fail("two free buddies left unmerged", pfn);
            blocks++;
        }
        if (blocks != m->nr_free[o])
            return fail("a free-list count that differs from its list", o);
        buddy_pages += blocks << o;
    }
    if (buddy_pages != m->free_pages)
        return fail("a free page count that differs from the lists", -1);
    for (int o = 0; o < CB_PCP_ORDERS; o++)
        for (int32_t pfn = m->pcp[o].head; pfn >= 0; pfn = m->next[pfn]) {
            if (m->state[pfn] != CB_PCP)
                return fail("a per-CPU block with the wrong state", pfn);
            pcp_pages += (int64_t)1 << o;
        }
    if (pcp_pages != m->pcp_count)
        return fail("a per-CPU count that differs from the lists", -1);
    return 0;
}
