#ifndef MMBOOK_CCMARK_SHIM_H
#define MMBOOK_CCMARK_SHIM_H
#include <cmark.h>
#endif
