/* px-text.h — small text helpers shared by the extractors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *px_text_normalize_space (const char *text,
                                   gssize      length);
guint     px_text_count_words     (const char *text);
gboolean  px_text_has_letters     (const char *text);
gboolean  px_text_ends_sentence   (const char *text);
char     *px_text_strip_markers   (const char *text);
const char *px_text_intern      (const char *text);
guint       px_text_intern_serial (const char *interned);
char     *px_text_capitalise      (const char *text);
gboolean  px_text_list_contains   (const char * const *list,
                                   gsize               n,
                                   const char         *word);
gboolean  px_text_list_has_prefix (const char * const *list,
                                   gsize               n,
                                   const char         *word);
gboolean  px_text_list_has_suffix (const char * const *list,
                                   gsize               n,
                                   const char         *word);
int       px_compare_guint        (gconstpointer       a,
                                   gconstpointer       b);

G_END_DECLS
