// SQLite's process-wide settings, which only C can make (sqlite3_config is variadic). See SQLiteStore.init.
#ifndef ENTENTE_SQLITE_SETUP_H
#define ENTENTE_SQLITE_SETUP_H

/// Before SQLite is first used in the process: connections without a mutex of their own (GRDB serializes each
/// connection's use, and supports only this mode) and no global count of SQLite's memory (a lock on every
/// allocation). Returns 0 when both were set; non-zero when SQLite was already in use, which changes nothing.
int entente_sqlite_setup(void);

#endif
