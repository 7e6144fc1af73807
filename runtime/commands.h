/* The CLI's verbs: one file each (cmd-*.c), dispatched from main.c. */
#pragma once

#include "error.h"

/* Returns the process exit status, or -errno with *err set. */
int cmd_run(int argc, char **argv, secexec_error_t **err);
