// Marks bytes 64 at a time with the processor's vector instructions (SSE2 on x86-64; plain C elsewhere): one bit per byte, so that Swift's scanner visits only the marked bytes. See TabScanner.swift.
#ifndef ENTENTE_SCAN_H
#define ENTENTE_SCAN_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The tabs, line ends and "suspicious" bytes (≥ 0x80, or NUL) of the 64 bytes at `bytes`, bit i for byte i.
typedef struct {
    uint64_t tabs;
    uint64_t newlines;
    uint64_t suspicious;
} EntenteMarks;

static inline EntenteMarks entente_marks64(const uint8_t *bytes) {
    EntenteMarks marks = {0, 0, 0};
#if defined(__SSE2__)
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    for (int part = 0; part < 4; part++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + 16 * part));
        uint64_t shift = 16 * (uint64_t)part;
        marks.tabs |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, tab)) << shift;
        marks.newlines |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)) << shift;
        marks.suspicious |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero))) << shift;
    }
#else
    for (int index = 0; index < 64; index++) {
        uint8_t byte = bytes[index];
        marks.tabs |= (uint64_t)(byte == '\t') << index;
        marks.newlines |= (uint64_t)(byte == '\n') << index;
        marks.suspicious |= (uint64_t)(byte >= 0x80 || byte == 0) << index;
    }
#endif
    return marks;
}

#endif
