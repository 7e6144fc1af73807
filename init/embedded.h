/* Data compiled into secexec-init (tools/incbin.py). */
#pragma once

#include <stddef.h>

extern const unsigned char secexec_snapshot[];
extern const size_t secexec_snapshot_len;
extern const unsigned char secexec_seccomp_bpf[];
extern const size_t secexec_seccomp_bpf_len;
