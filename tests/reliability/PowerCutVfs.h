// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * "powercut": an SQLite VFS shim over the default (unix) VFS for the reliability
 * harnesses. It models a disk whose volatile cache is lost at a power cut: every
 * write, truncate and delete reaches the real file at once, but the shim remembers
 * the bytes each unsynced write replaced. At a simulated cut it puts those bytes
 * back, so only what was xSync'ed is "on disk"; afterwards every I/O call fails
 * until power_on. It can also fail the n-th I/O call once (fault sweep).
 *
 * A VFS is registered process-wide with SQLite, so its controls are process-wide
 * too; the harnesses are single-threaded and drive one station at a time.
 * Open a database through it with the URI "file:PATH?vfs=powercut".
 */
#ifndef STATION_POWERCUT_VFS_H
#define STATION_POWERCUT_VFS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Registers the VFS named "powercut" (not as default). SQLITE_OK or an error code. */
int powercut_vfs_register(void);

/* Cut the power just before the n-th mutating call (xWrite, xSync, xTruncate,
 * xDelete) from now; 0 disarms. */
void powercut_arm_cut(long long nthMutation);
/* Cuts the power now: unsynced changes of every tracked file are undone. */
void powercut_cut_now(void);
/* Nonzero once a cut happened (until powercut_power_on). */
int powercut_is_off(void);
/* Power is back: I/O works again. The files hold what was synced before the cut. */
void powercut_power_on(void);
/* Forgets every tracked file (a new station directory). */
void powercut_reset(void);

/* Fail the n-th I/O call (xRead, xWrite, xSync, xTruncate) from now, once, with the
 * matching SQLITE_IOERR_* code; 0 disarms. */
void powercut_fail_call(long long nthCall);
/* Nonzero when the armed failure has fired. */
int powercut_fail_fired(void);
/* I/O calls seen since the last powercut_fail_call (to know when a sweep is done). */
long long powercut_calls_seen(void);
/* Bytes of unsynced changes currently held for undo (diagnostics). */
long long powercut_unsynced_bytes(void);

#ifdef __cplusplus
}
#endif

#endif
