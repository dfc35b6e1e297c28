// The prefetch hint is a static inline function in include/EntentePrefetch.h; a C target needs a source file.
#include "EntentePrefetch.h"
