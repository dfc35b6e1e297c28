// The system's zlib (Debian: zlib1g-dev), for streaming .gz input.
#include <zlib.h>
