#pragma once

// The only way core includes SQLite: always the SQLCipher build, with its codec API.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>
