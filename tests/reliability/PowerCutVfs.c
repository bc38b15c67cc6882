// SPDX-License-Identifier: GPL-3.0-or-later
/* The "powercut" SQLite VFS shim; see PowerCutVfs.h for what it models. */
#include "PowerCutVfs.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The bytes one unsynced write or truncate replaced, within the synced size. */
typedef struct Undo {
    sqlite3_int64 offset;
    int size;
    unsigned char *bytes;
    struct Undo *older;
} Undo;

/* A database, journal or WAL file by path; outlives its handles because unsynced
 * data is lost at a cut whether or not the file is still open. */
typedef struct Tracked {
    char *path;
    sqlite3_int64 syncedSize;
    Undo *newest;
    struct Tracked *next;
} Tracked;

typedef struct PcFile {
    sqlite3_file base;
    Tracked *tracked; /* NULL for temporary files: they do not survive anything */
    sqlite3_file *real;
} PcFile;

/* Process-wide, like the VFS registration itself (see the header). */
static struct {
    sqlite3_vfs vfs;
    sqlite3_vfs *real;
    Tracked *files;
    int off;
    long long cutAt;
    long long mutations;
    long long failAt;
    long long calls;
    int fired;
} g;

static PcFile *pc(sqlite3_file *f) {
    return (PcFile *)f;
}

static Tracked *findTracked(const char *path) {
    for (Tracked *t = g.files; t; t = t->next)
        if (strcmp(t->path, path) == 0)
            return t;
    return NULL;
}

static void dropUndo(Tracked *t) {
    Undo *u = t->newest;
    while (u) {
        Undo *older = u->older;
        free(u->bytes);
        free(u);
        u = older;
    }
    t->newest = NULL;
}

/* Puts back every unsynced change: newest first, then the synced length. */
static void revert(Tracked *t) {
    int fd = open(t->path, O_RDWR);
    if (fd < 0) {
        dropUndo(t);
        return;
    }
    for (Undo *u = t->newest; u; u = u->older) {
        if (pwrite(fd, u->bytes, (size_t)u->size, (off_t)u->offset) != u->size)
            break;
    }
    if (ftruncate(fd, (off_t)t->syncedSize) != 0) {
        /* nothing more to do: the harness then sees a damaged file and reports it */
    }
    fsync(fd);
    close(fd);
    dropUndo(t);
}

void powercut_cut_now(void) {
    for (Tracked *t = g.files; t; t = t->next)
        revert(t);
    g.off = 1;
    g.cutAt = 0;
}

/* A mutating call: counts towards the armed cut; nonzero when the power is off. */
static int powerFails(void) {
    if (g.off)
        return 1;
    if (g.cutAt > 0 && ++g.mutations >= g.cutAt) {
        powercut_cut_now();
        return 1;
    }
    return 0;
}

/* Every I/O call: nonzero when it is the one armed to fail. */
static int callFails(void) {
    ++g.calls;
    if (g.failAt > 0 && !g.fired && g.calls == g.failAt) {
        g.fired = 1;
        return 1;
    }
    return 0;
}

/* Remembers what [offset, offset+size) held, within the synced size. */
static int saveUndo(PcFile *f, sqlite3_int64 offset, sqlite3_int64 size) {
    Tracked *t = f->tracked;
    if (!t || offset >= t->syncedSize || size <= 0)
        return SQLITE_OK;
    if (offset + size > t->syncedSize)
        size = t->syncedSize - offset;
    Undo *u = (Undo *)malloc(sizeof(Undo));
    if (!u)
        return SQLITE_NOMEM;
    u->bytes = (unsigned char *)malloc((size_t)size);
    if (!u->bytes) {
        free(u);
        return SQLITE_NOMEM;
    }
    u->offset = offset;
    u->size = (int)size;
    /* A short read (after a truncate) zero-fills; a later-applied undo restores it. */
    int rc = f->real->pMethods->xRead(f->real, u->bytes, u->size, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ) {
        free(u->bytes);
        free(u);
        return rc;
    }
    u->older = t->newest;
    t->newest = u;
    return SQLITE_OK;
}

static int pcClose(sqlite3_file *file) {
    PcFile *f = pc(file);
    int rc = f->real->pMethods->xClose(f->real);
    return rc;
}

static int pcRead(sqlite3_file *file, void *buf, int amt, sqlite3_int64 offset) {
    PcFile *f = pc(file);
    if (f->tracked && (g.off || callFails()))
        return SQLITE_IOERR_READ;
    return f->real->pMethods->xRead(f->real, buf, amt, offset);
}

static int pcWrite(sqlite3_file *file, const void *buf, int amt, sqlite3_int64 offset) {
    PcFile *f = pc(file);
    if (f->tracked) {
        if (powerFails() || callFails())
            return SQLITE_IOERR_WRITE;
        int rc = saveUndo(f, offset, amt);
        if (rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xWrite(f->real, buf, amt, offset);
}

static int pcTruncate(sqlite3_file *file, sqlite3_int64 size) {
    PcFile *f = pc(file);
    if (f->tracked) {
        if (powerFails() || callFails())
            return SQLITE_IOERR_TRUNCATE;
        int rc = saveUndo(f, size, f->tracked->syncedSize - size);
        if (rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

static int pcSync(sqlite3_file *file, int flags) {
    PcFile *f = pc(file);
    if (f->tracked && (powerFails() || callFails()))
        return SQLITE_IOERR_FSYNC;
    int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK && f->tracked) {
        sqlite3_int64 size = 0;
        rc = f->real->pMethods->xFileSize(f->real, &size);
        if (rc == SQLITE_OK) {
            dropUndo(f->tracked);
            f->tracked->syncedSize = size;
        }
    }
    return rc;
}

static int pcFileSize(sqlite3_file *file, sqlite3_int64 *size) {
    PcFile *f = pc(file);
    if (f->tracked && g.off)
        return SQLITE_IOERR_FSTAT;
    return f->real->pMethods->xFileSize(f->real, size);
}

static int pcLock(sqlite3_file *file, int level) {
    return pc(file)->real->pMethods->xLock(pc(file)->real, level);
}

static int pcUnlock(sqlite3_file *file, int level) {
    return pc(file)->real->pMethods->xUnlock(pc(file)->real, level);
}

static int pcCheckReservedLock(sqlite3_file *file, int *out) {
    return pc(file)->real->pMethods->xCheckReservedLock(pc(file)->real, out);
}

static int pcFileControl(sqlite3_file *file, int op, void *arg) {
    return pc(file)->real->pMethods->xFileControl(pc(file)->real, op, arg);
}

static int pcSectorSize(sqlite3_file *file) {
    return pc(file)->real->pMethods->xSectorSize(pc(file)->real);
}

static int pcDeviceCharacteristics(sqlite3_file *file) {
    return pc(file)->real->pMethods->xDeviceCharacteristics(pc(file)->real);
}

static int pcShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out) {
    return pc(file)->real->pMethods->xShmMap(pc(file)->real, page, size, extend, out);
}

static int pcShmLock(sqlite3_file *file, int offset, int n, int flags) {
    return pc(file)->real->pMethods->xShmLock(pc(file)->real, offset, n, flags);
}

static void pcShmBarrier(sqlite3_file *file) {
    pc(file)->real->pMethods->xShmBarrier(pc(file)->real);
}

static int pcShmUnmap(sqlite3_file *file, int deleteFlag) {
    return pc(file)->real->pMethods->xShmUnmap(pc(file)->real, deleteFlag);
}

/* No memory-mapped reads: every read goes through xRead, where faults are injected. */
static int pcFetch(sqlite3_file *file, sqlite3_int64 offset, int amt, void **out) {
    (void)file;
    (void)offset;
    (void)amt;
    *out = NULL;
    return SQLITE_OK;
}

static int pcUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *p) {
    (void)file;
    (void)offset;
    (void)p;
    return SQLITE_OK;
}

static const sqlite3_io_methods pcMethods = {
    3,
    pcClose,
    pcRead,
    pcWrite,
    pcTruncate,
    pcSync,
    pcFileSize,
    pcLock,
    pcUnlock,
    pcCheckReservedLock,
    pcFileControl,
    pcSectorSize,
    pcDeviceCharacteristics,
    pcShmMap,
    pcShmLock,
    pcShmBarrier,
    pcShmUnmap,
    pcFetch,
    pcUnfetch,
};

static int pcOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                  int *outFlags) {
    (void)vfs;
    PcFile *f = pc(file);
    memset(f, 0, sizeof(PcFile));
    f->real = (sqlite3_file *)(f + 1);
    const int durable = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL;
    const int track = name && (flags & durable) && !(flags & SQLITE_OPEN_DELETEONCLOSE);
    if (track && g.off)
        return SQLITE_IOERR;
    int rc = g.real->xOpen(g.real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->base.pMethods = NULL;
        return rc;
    }
    if (track) {
        Tracked *t = findTracked(name);
        if (!t) {
            t = (Tracked *)calloc(1, sizeof(Tracked));
            if (t)
                t->path = strdup(name);
            if (!t || !t->path) {
                free(t);
                f->real->pMethods->xClose(f->real);
                f->base.pMethods = NULL;
                return SQLITE_NOMEM;
            }
            /* What exists when first seen is taken as on disk. */
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            t->syncedSize = size;
            t->next = g.files;
            g.files = t;
        }
        f->tracked = t;
    }
    f->base.pMethods = &pcMethods;
    return SQLITE_OK;
}

static int pcDelete(sqlite3_vfs *vfs, const char *name, int syncDir) {
    (void)vfs;
    Tracked *t = findTracked(name);
    if (t) {
        if (powerFails() || callFails())
            return SQLITE_IOERR_DELETE;
        dropUndo(t);
        t->syncedSize = 0;
    }
    return g.real->xDelete(g.real, name, syncDir);
}

static int pcAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
    (void)vfs;
    return g.real->xAccess(g.real, name, flags, out);
}

static int pcFullPathname(sqlite3_vfs *vfs, const char *name, int n, char *out) {
    (void)vfs;
    return g.real->xFullPathname(g.real, name, n, out);
}

static void *pcDlOpen(sqlite3_vfs *vfs, const char *name) {
    (void)vfs;
    return g.real->xDlOpen(g.real, name);
}

static void pcDlError(sqlite3_vfs *vfs, int n, char *out) {
    (void)vfs;
    g.real->xDlError(g.real, n, out);
}

static void (*pcDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void) {
    (void)vfs;
    return g.real->xDlSym(g.real, handle, symbol);
}

static void pcDlClose(sqlite3_vfs *vfs, void *handle) {
    (void)vfs;
    g.real->xDlClose(g.real, handle);
}

static int pcRandomness(sqlite3_vfs *vfs, int n, char *out) {
    (void)vfs;
    return g.real->xRandomness(g.real, n, out);
}

static int pcSleep(sqlite3_vfs *vfs, int micro) {
    (void)vfs;
    return g.real->xSleep(g.real, micro);
}

static int pcCurrentTime(sqlite3_vfs *vfs, double *out) {
    (void)vfs;
    return g.real->xCurrentTime(g.real, out);
}

static int pcGetLastError(sqlite3_vfs *vfs, int n, char *out) {
    (void)vfs;
    return g.real->xGetLastError(g.real, n, out);
}

static int pcCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
    (void)vfs;
    return g.real->xCurrentTimeInt64(g.real, out);
}

int powercut_vfs_register(void) {
    if (g.real)
        return SQLITE_OK;
    sqlite3_initialize();
    sqlite3_vfs *real = sqlite3_vfs_find(NULL);
    if (!real)
        return SQLITE_ERROR;
    g.real = real;
    g.vfs.iVersion = 2;
    g.vfs.szOsFile = (int)sizeof(PcFile) + real->szOsFile;
    g.vfs.mxPathname = real->mxPathname;
    g.vfs.zName = "powercut";
    g.vfs.xOpen = pcOpen;
    g.vfs.xDelete = pcDelete;
    g.vfs.xAccess = pcAccess;
    g.vfs.xFullPathname = pcFullPathname;
    g.vfs.xDlOpen = pcDlOpen;
    g.vfs.xDlError = pcDlError;
    g.vfs.xDlSym = pcDlSym;
    g.vfs.xDlClose = pcDlClose;
    g.vfs.xRandomness = pcRandomness;
    g.vfs.xSleep = pcSleep;
    g.vfs.xCurrentTime = pcCurrentTime;
    g.vfs.xGetLastError = pcGetLastError;
    g.vfs.xCurrentTimeInt64 = pcCurrentTimeInt64;
    return sqlite3_vfs_register(&g.vfs, 0);
}

void powercut_arm_cut(long long nthMutation) {
    g.cutAt = nthMutation;
    g.mutations = 0;
}

int powercut_is_off(void) {
    return g.off;
}

void powercut_power_on(void) {
    g.off = 0;
    g.cutAt = 0;
    g.mutations = 0;
}

void powercut_reset(void) {
    Tracked *t = g.files;
    while (t) {
        Tracked *next = t->next;
        dropUndo(t);
        free(t->path);
        free(t);
        t = next;
    }
    g.files = NULL;
    powercut_power_on();
    powercut_fail_call(0);
}

void powercut_fail_call(long long nthCall) {
    g.failAt = nthCall;
    g.calls = 0;
    g.fired = 0;
}

int powercut_fail_fired(void) {
    return g.fired;
}

long long powercut_calls_seen(void) {
    return g.calls;
}

long long powercut_unsynced_bytes(void) {
    long long total = 0;
    for (Tracked *t = g.files; t; t = t->next)
        for (Undo *u = t->newest; u; u = u->older)
            total += u->size;
    return total;
}
