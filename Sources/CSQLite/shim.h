// The SQLite C API for Swift (the system's libsqlite3, built with FTS5), with a function standing
// in for the SQLITE_TRANSIENT macro that Swift cannot import.
#ifndef DOSSIER_CSQLITE_SHIM_H
#define DOSSIER_CSQLITE_SHIM_H

#include <sqlite3.h>

/// Tells SQLite to copy bound text or blobs before the call returns.
static inline sqlite3_destructor_type dossier_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
