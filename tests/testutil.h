/* Shared by the cmocka unit tests. */
#ifndef XG_TESTUTIL_H
#define XG_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* cmocka returns the number of failed tests; automake reads 77 as a skip
 * and 99 as a hard error, so clamp it to 0/1. */
#define XG_RUN_TESTS(tests) \
    return cmocka_run_group_tests(tests, NULL, NULL) != 0 ? 1 : 0

#endif
