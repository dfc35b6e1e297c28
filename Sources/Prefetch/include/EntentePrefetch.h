// Memory hints for the parser's weight tables, which only C can give: asking the processor for a line of memory before
// it is read, so that several lookups into a table larger than the caches wait for memory together rather than one
// after another; and asking the kernel to back a large table with huge pages, so that a random lookup does not also
// miss the address translation cache. See SparseWeights.swift.
#ifndef ENTENTE_PREFETCH_H
#define ENTENTE_PREFETCH_H

#include <stddef.h>
#include <stdint.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/// A hint, never a fault: an address past any mapping is ignored.
static inline void entente_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

/// Asks for transparent huge pages (2 MiB) on the whole 2 MiB pages inside `start ..< start + length`, before they are
/// first written. A hint: where the kernel has none to give, or on systems without them, nothing changes.
static inline void entente_advise_huge_pages(void *start, size_t length) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t begin = ((uintptr_t)start + huge - 1) & ~(huge - 1);
    uintptr_t end = ((uintptr_t)start + length) & ~(huge - 1);
    if (end > begin) (void)madvise((void *)begin, end - begin, MADV_HUGEPAGE);
#else
    (void)start;
    (void)length;
#endif
}

#endif
