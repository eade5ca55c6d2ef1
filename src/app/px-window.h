/* px-window.h — the main window: start page, article list, reading view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-article.h"
#include "px-problems-window.h"
#include "px-reading-view.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())

G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow         *px_window_new                  (GtkApplication      *application);
void              px_window_open_paths           (PxWindow            *self,
                                                  const char * const  *paths);
void              px_window_cancel_loading       (PxWindow            *self);
void              px_window_close_folder         (PxWindow            *self);
gboolean          px_window_select_article       (PxWindow            *self,
                                                  guint                index);

/* What the window shows, for tests and screenshots. */
gboolean          px_window_is_loading           (PxWindow            *self);
const char       *px_window_get_page_name        (PxWindow            *self);
GListModel       *px_window_get_articles         (PxWindow            *self);
PxArticle        *px_window_get_selected_article (PxWindow            *self);
GtkWidget        *px_window_get_article_list     (PxWindow            *self);
GtkWidget        *px_window_get_recent_list      (PxWindow            *self);
PxReadingView    *px_window_get_reading_view     (PxWindow            *self);
const char       *px_window_get_toast_title      (PxWindow            *self);
PxProblemsWindow *px_window_get_problems_window  (PxWindow            *self);
guint             px_window_get_n_failures       (PxWindow            *self);
guint             px_window_get_n_skipped        (PxWindow            *self);

G_END_DECLS
