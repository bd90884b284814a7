// Counts heap allocations of the benchmark process (glibc only), so the benchmark can report
// allocations per household without any package dependency. Linked into the benchmark only.
#ifndef MALLOC_COUNTER_H
#define MALLOC_COUNTER_H
#include <stdint.h>

/// Allocations (malloc, calloc, realloc of NULL, aligned allocations) since the process started.
uint64_t pomoc_malloc_count(void);
/// 1 when the counter is active (glibc), else 0 and the count stays 0.
int pomoc_malloc_counter_active(void);

#endif
