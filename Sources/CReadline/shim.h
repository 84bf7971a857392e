#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H

#include <stdio.h>  /* readline.h uses FILE: include it first */
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Swift 6 rejects direct use of imported C globals ("not concurrency-safe"), so readline's
   globals are reached through these functions. */

static inline void creadline_set_name(const char *name) { rl_readline_name = name; }

/* Completion: Swift supplies the candidates for the word being completed. */
typedef char **(*creadline_completion_fn)(const char *text, int start, int end);

static inline void creadline_set_completion(creadline_completion_fn function) {
    rl_attempted_completion_function = function;
}

static inline void creadline_suppress_filename_completion(void) {
    rl_attempted_completion_over = 1;
}

static inline char **creadline_completion_matches(const char *text, rl_compentry_func_t *generator) {
    return rl_completion_matches(text, generator);
}

static inline int creadline_history_length(void) { return history_length; }

#endif
