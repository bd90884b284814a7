// Wraps glibc's allocator entry points to count allocations. Defining these symbols in the
// executable interposes them process-wide; each forwards to glibc's internal implementation.
#include "MallocCounter.h"
#include <stddef.h>
#include <errno.h>

#if defined(__GLIBC__)
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static uint64_t allocations = 0;

static inline void count(void) { __atomic_fetch_add(&allocations, 1, __ATOMIC_RELAXED); }

void *malloc(size_t size) { count(); return __libc_malloc(size); }
void *calloc(size_t n, size_t size) { count(); return __libc_calloc(n, size); }
void *realloc(void *p, size_t size) { if (p == NULL) count(); return __libc_realloc(p, size); }
void free(void *p) { __libc_free(p); }
void *memalign(size_t alignment, size_t size) { count(); return __libc_memalign(alignment, size); }
void *aligned_alloc(size_t alignment, size_t size) { count(); return __libc_memalign(alignment, size); }
int posix_memalign(void **out, size_t alignment, size_t size) {
  count();
  void *p = __libc_memalign(alignment, size);
  if (p == NULL) return ENOMEM;
  *out = p;
  return 0;
}

uint64_t pomoc_malloc_count(void) { return __atomic_load_n(&allocations, __ATOMIC_RELAXED); }
int pomoc_malloc_counter_active(void) { return 1; }
#else
uint64_t pomoc_malloc_count(void) { return 0; }
int pomoc_malloc_counter_active(void) { return 0; }
#endif
