#include "EntenteSQLiteSetup.h"
#include <sqlite3.h>

int entente_sqlite_setup(void) {
    int threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    int memory = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return threading != SQLITE_OK || memory != SQLITE_OK;
}
