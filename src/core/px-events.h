/* px-events.h — group articles by the event they report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-analysis.h"

G_BEGIN_DECLS

/* Granularity runs from 0.0 (finer: only close retellings group) to 1.0
 * (coarser: one story's developments group); this default suits most
 * folders. */
#define PX_EVENTS_DEFAULT_GRANULARITY 0.5

/* One event as shown: stable id, a label a person understands, when, who
 * reported it, and its articles. */
typedef struct {
  char      *id;
  char      *label;
  char      *date_first;   /* ISO, or NULL when unknown */
  char      *date_last;
  GPtrArray *articles;     /* paths, by date then path */
  GPtrArray *outlets;      /* distinct outlets, most articles first */
  gboolean   corrected;    /* a user's correction touched it */
} PxEvent;

void       px_event_free                    (PxEvent            *event);

/* A user's corrections, applied on top of the automatic grouping and kept
 * through re-analysis and granularity changes: pinning an article to an
 * event id moves it there (merging two events is pinning one's articles to
 * the other; splitting one off is pinning it to a new id); must-link and
 * cannot-link keep two articles together or apart; a label renames. */
typedef struct _PxEventConstraints PxEventConstraints;

PxEventConstraints *px_event_constraints_new          (void);
void                px_event_constraints_free         (PxEventConstraints *constraints);
void                px_event_constraints_pin          (PxEventConstraints *constraints,
                                                       const char         *path,
                                                       const char         *event_id);
void                px_event_constraints_must_link    (PxEventConstraints *constraints,
                                                       const char         *path_a,
                                                       const char         *path_b);
void                px_event_constraints_cannot_link  (PxEventConstraints *constraints,
                                                       const char         *path_a,
                                                       const char         *path_b);
void                px_event_constraints_set_label    (PxEventConstraints *constraints,
                                                       const char         *event_id,
                                                       const char         *label);

/* Holds a folder's analyses, their index and their grouping. */
typedef struct _PxEventGrouper PxEventGrouper;

PxEventGrouper *px_event_grouper_new             (double              granularity);
void            px_event_grouper_free            (PxEventGrouper     *grouper);
void            px_event_grouper_set_granularity (PxEventGrouper     *grouper,
                                                  double              granularity);
void            px_event_grouper_set_constraints (PxEventGrouper     *grouper,
                                                  PxEventConstraints *constraints);
void            px_event_grouper_add             (PxEventGrouper     *grouper,
                                                  PxAnalysis         *analysis);
void            px_event_grouper_group           (PxEventGrouper     *grouper);
void            px_event_grouper_update          (PxEventGrouper     *grouper);
GPtrArray      *px_event_grouper_get_events      (PxEventGrouper     *grouper);
double          px_event_grouper_similarity      (PxEventGrouper     *grouper,
                                                  const char         *path_a,
                                                  const char         *path_b);

GPtrArray      *px_events_group                  (GPtrArray          *analyses,
                                                  double              granularity,
                                                  PxEventConstraints *constraints);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEvent, px_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEventConstraints, px_event_constraints_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEventGrouper, px_event_grouper_free)

G_END_DECLS
