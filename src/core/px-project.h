/* px-project.h — a folder's project: the user's corrections, kept on disk
 *
 * Where it lives: `.parallax-project.json` inside the opened folder (hidden,
 * so the loader never takes it for an article). When the folder cannot be
 * written, `$XDG_DATA_HOME/parallax/projects/<SHA-256 of the folder's
 * absolute path>.json` instead. The folder's own file is read first when
 * both exist.
 *
 * What it holds (JSON object, "version": 1):
 *   "pins":    { article path relative to the folder: event id }
 *   "labels":  { event id: the name the user gave the event }
 *   "outlets": { article path relative to the folder: outlet name }
 *   "sentence-links": [ { "kind": "pin" | "unlink", "event": event id,
 *                         "a": { "path": relative path, "index": sentence
 *                                index, "text": the sentence },
 *                         "b": { … } }, … ]
 *     the user's corrections of the side-by-side alignment. A link applies
 *     whenever both its articles are compared; its sentence is found again
 *     by its text (the index only breaks ties and serves when the text is
 *     gone), so links survive re-extraction that shifts sentences.
 * Event ids named here are minted by px_project_new_event_id() and never
 * change, so corrections hold across reloads, re-analysis and granularity
 * changes: they become pins and labels for the grouping (px-events.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-claims.h"
#include "px-events.h"

G_BEGIN_DECLS

#define PX_PROJECT_FILE_NAME ".parallax-project.json"

#define PX_PROJECT_ERROR (px_project_error_quark ())

typedef enum {
  PX_PROJECT_ERROR_CORRUPT,
} PxProjectError;

/* One correction of the sentence alignment, as px_project_get_links() gives it. */
typedef struct {
  PxLinkKind  kind;
  char       *event_id;  /* the event it was made in, for the record */
  char       *path_a;    /* absolute article paths */
  guint       sentence_a;
  char       *text_a;
  char       *path_b;
  guint       sentence_b;
  char       *text_b;
} PxProjectLink;

void                px_project_link_free       (PxProjectLink *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxProjectLink, px_project_link_free)

#define PX_TYPE_PROJECT (px_project_get_type ())

G_DECLARE_FINAL_TYPE (PxProject, px_project, PX, PROJECT, GObject)

GQuark              px_project_error_quark     (void);

PxProject          *px_project_new             (const char  *folder);
PxProject          *px_project_load            (const char  *folder,
                                                GError     **error);
gboolean            px_project_save            (PxProject   *self,
                                                GError     **error);

const char         *px_project_get_folder      (PxProject   *self);
const char         *px_project_get_file        (PxProject   *self);
char               *px_project_dup_data_file   (const char  *folder);
gboolean            px_project_is_empty        (PxProject   *self);

char               *px_project_new_event_id    (PxProject   *self);
void                px_project_pin             (PxProject   *self,
                                                const char  *path,
                                                const char  *event_id);
const char         *px_project_get_pin         (PxProject   *self,
                                                const char  *path);
gboolean            px_project_has_event       (PxProject   *self,
                                                const char  *event_id);
void                px_project_set_label       (PxProject   *self,
                                                const char  *event_id,
                                                const char  *label);
const char         *px_project_get_label       (PxProject   *self,
                                                const char  *event_id);
void                px_project_set_outlet      (PxProject   *self,
                                                const char  *path,
                                                const char  *outlet);
const char         *px_project_get_outlet      (PxProject   *self,
                                                const char  *path);

void                px_project_add_link        (PxProject   *self,
                                                const char  *event_id,
                                                PxLinkKind   kind,
                                                const char  *path_a,
                                                guint        sentence_a,
                                                const char  *text_a,
                                                const char  *path_b,
                                                guint        sentence_b,
                                                const char  *text_b);
GPtrArray          *px_project_dup_links       (PxProject   *self);

PxEventConstraints *px_project_dup_constraints (PxProject   *self);

char               *px_project_to_data         (PxProject   *self);
gboolean            px_project_set_data        (PxProject   *self,
                                                const char  *data,
                                                GError     **error);

G_END_DECLS
