/* The one table that turns a shim's -errno into what Node shows: the code
 * (`ENOENT`) and libuv's message (`no such file or directory`). */
#pragma once

/* Both take a positive errno; unknown numbers give "UNKNOWN" / "unknown error". */
const char *ks_errno_code(int errnum);
const char *ks_errno_message(int errnum);
