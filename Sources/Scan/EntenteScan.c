// The vector byte marks are all in include/EntenteScan.h (static inline, so Swift inlines them).
