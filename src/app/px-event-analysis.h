/* px-event-analysis.h — one event's comparison and framing, computed off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-compare.h"
#include "px-framing.h"
#include "px-lexicon.h"

G_BEGIN_DECLS

typedef struct {
  PxCompare *compare;
  PxFraming *framing;
  PxLexicon *lexicon;      /* the lexicons the framing used */
  char      *signature;    /* what it was computed from: articles, corrections */
  guint      n_applied;    /* corrections that found both their sentences */
} PxEventAnalysis;

#define PX_TYPE_EVENT_ANALYSIS (px_event_analysis_get_type ())

GType            px_event_analysis_get_type     (void) G_GNUC_CONST;
PxEventAnalysis *px_event_analysis_ref          (PxEventAnalysis     *self);
void             px_event_analysis_unref        (PxEventAnalysis     *self);

char            *px_event_analysis_signature    (GPtrArray           *articles,
                                                 GPtrArray           *links);
GPtrArray       *px_event_analysis_constraints  (GPtrArray           *articles,
                                                 GPtrArray           *sentences,
                                                 GPtrArray           *links);
PxEventAnalysis *px_event_analysis_run          (GPtrArray           *articles,
                                                 GPtrArray           *links,
                                                 PxLexicon           *lexicon);
void             px_event_analysis_run_async    (GPtrArray           *articles,
                                                 GPtrArray           *links,
                                                 PxLexicon           *lexicon,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
PxEventAnalysis *px_event_analysis_run_finish   (GAsyncResult        *result,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEventAnalysis, px_event_analysis_unref)

G_END_DECLS
