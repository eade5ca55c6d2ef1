/* px-timex.h — the dates an article mentions, and when its event happened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxToken PxToken;

typedef enum {
  PX_TIMEX_NONE,
  PX_TIMEX_YEAR,
  PX_TIMEX_MONTH,
  PX_TIMEX_WEEK,
  PX_TIMEX_DAY,
} PxTimexPrecision;

/* A span of days, as Julian day numbers (see GDate); first == 0 when unknown.
 * A floating span knows the day and month but not the year ("March 24" in a
 * wire story's dateline): its days are counted in the year 2000 and it is
 * compared with other dates in whichever year puts it nearest. */
typedef struct {
  guint32          first;
  guint32          last;
  PxTimexPrecision precision;
  gboolean         floating;
} PxTimexSpan;

typedef struct {
  PxTimexSpan span;
  guint       token;      /* index of the first token of the mention */
  guint       paragraph;
  gboolean    relative;   /* "yesterday", "on Thursday": resolved against the reference */
  gboolean    explicit_year;
} PxTimexMention;

guint32   px_timex_day_from_iso    (const char          *iso_date);
char     *px_timex_day_to_iso      (guint32              day);
int       px_timex_month_from_word (const char          *folded_word);
int       px_timex_weekday_from_word (const char        *folded_word);

GArray   *px_timex_find            (PxToken * const     *tokens,
                                    guint                n_tokens,
                                    guint32              reference_day);
PxTimexSpan px_timex_estimate_event (GArray             *mentions,
                                    guint32              publication_day);
gint32    px_timex_distance        (const PxTimexSpan   *a,
                                    const PxTimexSpan   *b);
PxTimexSpan px_timex_anchor        (const PxTimexSpan   *floating,
                                    const PxTimexSpan   *fixed);

G_END_DECLS
