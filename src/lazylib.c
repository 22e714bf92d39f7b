/* Shared libraries loaded when first needed: see lazylib.h. */
#include "lazylib.h"

#include <dlfcn.h>

#include "error.h"

void *xg_lazy_open(const char *const *names, const char *what, const char *package,
                   xg_error *err)
{
    void *lib = NULL;

    for (; *names != NULL && lib == NULL; names++)
        lib = dlopen(*names, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL)
        xg_error_set(err, XG_ERR_UNSUPPORTED, "%s not found (install %s)", what, package);
    return lib;
}

int xg_lazy_sym(void *lib, const char *name, void **slot, const char *what, xg_error *err)
{
    if ((*slot = dlsym(lib, name)) != NULL)
        return 1;
    dlclose(lib);
    xg_error_set(err, XG_ERR_UNSUPPORTED, "%s without %s (too old)", what, name);
    return 0;
}
