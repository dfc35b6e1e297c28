// Asks the processor to bring a line of memory into its caches before it is read, so that several lookups into a
// table larger than the caches wait for memory together rather than one after another. See SparseWeights.swift.
#ifndef ENTENTE_PREFETCH_H
#define ENTENTE_PREFETCH_H

/// A hint, never a fault: an address past any mapping is ignored.
static inline void entente_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
