/* px-loader.h — read folders and files of articles, off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"

G_BEGIN_DECLS

#define PX_LOAD_ERROR (px_load_error_quark ())

typedef enum {
  PX_LOAD_ERROR_EMPTY,
  PX_LOAD_ERROR_BINARY,
  PX_LOAD_ERROR_TOO_LARGE,
  PX_LOAD_ERROR_UNREADABLE,
  PX_LOAD_ERROR_NOT_ARTICLE,
  PX_LOAD_ERROR_MALFORMED,
} PxLoadError;

/* The largest file Parallax reads; past this a file is refused with a reason
 * instead of being read whole into memory. */
#define PX_LOAD_MAX_FILE_SIZE (64 * 1024 * 1024)

typedef struct {
  char *path;
  char *reason;
} PxLoadProblem;

typedef struct {
  GPtrArray *articles;   /* PxArticle, sorted by path */
  GPtrArray *failures;   /* PxLoadProblem: files that could not be read */
  GPtrArray *skipped;    /* PxLoadProblem: files that are not articles */
  guint      files_seen;
} PxLoadResult;

/* Called on the thread-default main context of the caller of _async. */
typedef void (*PxLoadProgressFunc) (guint    files_done,
                                    guint    files_total,
                                    gpointer user_data);

GQuark        px_load_error_quark     (void);

void          px_load_problem_free    (PxLoadProblem       *problem);
void          px_load_result_free     (PxLoadResult        *result);

GPtrArray    *px_extract_buffer       (const char          *path,
                                       const char          *data,
                                       gsize                length,
                                       GError             **error);
GPtrArray    *px_extract_file         (const char          *path,
                                       const char          *display_path,
                                       GError             **error);

PxLoadResult *px_load_paths_sync      (const char * const  *paths,
                                       GCancellable        *cancellable,
                                       GError             **error);
void          px_load_paths_async     (const char * const  *paths,
                                       GCancellable        *cancellable,
                                       PxLoadProgressFunc   progress,
                                       gpointer             progress_data,
                                       GDestroyNotify       progress_data_free,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
PxLoadResult *px_load_paths_finish    (GAsyncResult        *result,
                                       GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLoadResult, px_load_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLoadProblem, px_load_problem_free)

G_END_DECLS
