/* px-window.h — the main window: start page, event sidebar, reading view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-article.h"
#include "px-compare-view.h"
#include "px-coverage-view.h"
#include "px-event-item.h"
#include "px-framing-view.h"
#include "px-lexicon.h"
#include "px-problems-window.h"
#include "px-project.h"
#include "px-reading-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())

G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow         *px_window_new                    (GtkApplication      *application);
void              px_window_open_paths             (PxWindow            *self,
                                                    const char * const  *paths);
void              px_window_cancel_loading         (PxWindow            *self);
void              px_window_close_folder           (PxWindow            *self);
gboolean          px_window_select_article         (PxWindow            *self,
                                                    guint                index);
gboolean          px_window_select_article_item    (PxWindow            *self,
                                                    PxArticle           *article);
gboolean          px_window_select_event           (PxWindow            *self,
                                                    const char          *event_id);
gboolean          px_window_set_event_expanded     (PxWindow            *self,
                                                    const char          *event_id,
                                                    gboolean             expanded);
void              px_window_set_search_text        (PxWindow            *self,
                                                    const char          *text);

/* Corrections; each is also a window action (win.move-article and so on). */
gboolean          px_window_move_article           (PxWindow            *self,
                                                    const char          *path,
                                                    const char          *event_id);
gboolean          px_window_merge_events           (PxWindow            *self,
                                                    const char          *source_id,
                                                    const char          *target_id);
gboolean          px_window_split_article          (PxWindow            *self,
                                                    const char          *path);
gboolean          px_window_rename_event           (PxWindow            *self,
                                                    const char          *event_id,
                                                    const char          *label);
gboolean          px_window_set_outlet             (PxWindow            *self,
                                                    const char          *path,
                                                    const char          *outlet,
                                                    gboolean             same_outlet);
gboolean          px_window_undo                   (PxWindow            *self);

/* The selected event's views: "side-by-side", "framing", "coverage", "articles". */
const char       *px_window_get_event_view         (PxWindow            *self);
void              px_window_set_event_view         (PxWindow            *self,
                                                    const char          *name);

/* What the window shows, for tests and screenshots. */
gboolean          px_window_is_analysing           (PxWindow            *self);
PxCompareView    *px_window_get_compare_view       (PxWindow            *self);
PxFramingView    *px_window_get_framing_view       (PxWindow            *self);
PxCoverageView   *px_window_get_coverage_view      (PxWindow            *self);
PxLexicon        *px_window_get_lexicon            (PxWindow            *self);
gboolean          px_window_is_loading             (PxWindow            *self);
gboolean          px_window_is_grouping            (PxWindow            *self);
const char       *px_window_get_page_name          (PxWindow            *self);
const char       *px_window_get_content_page_name  (PxWindow            *self);
GListModel       *px_window_get_articles           (PxWindow            *self);
GListModel       *px_window_get_events             (PxWindow            *self);
GListModel       *px_window_get_sidebar_model      (PxWindow            *self);
PxEventItem      *px_window_get_event_of           (PxWindow            *self,
                                                    const char          *path);
PxEventItem      *px_window_get_selected_event     (PxWindow            *self);
PxArticle        *px_window_get_selected_article   (PxWindow            *self);
PxProject        *px_window_get_project            (PxWindow            *self);
GtkWindow        *px_window_get_dialog             (PxWindow            *self);
GtkWidget        *px_window_get_article_list       (PxWindow            *self);
GtkWidget        *px_window_get_recent_list        (PxWindow            *self);
PxReadingView    *px_window_get_reading_view       (PxWindow            *self);
const char       *px_window_get_toast_title        (PxWindow            *self);
PxProblemsWindow *px_window_get_problems_window    (PxWindow            *self);
guint             px_window_get_n_failures         (PxWindow            *self);
guint             px_window_get_n_skipped          (PxWindow            *self);

G_END_DECLS
