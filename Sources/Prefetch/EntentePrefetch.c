// The hints are static inline functions in include/EntentePrefetch.h; a C target needs a source file.
#include "EntentePrefetch.h"
