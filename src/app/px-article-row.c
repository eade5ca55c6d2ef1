/* px-article-row.c — one article in the sidebar: outlet, headline, date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-article-row"

#include "config.h"

#include <glib/gi18n.h>

#include "px-article-row.h"
#include "px-labels.h"

struct _PxArticleRow
{
  GtkWidget  parent_instance;

  PxArticle *article;

  GtkLabel  *outlet_label;
  GtkLabel  *headline_label;
  GtkLabel  *date_label;
};

G_DEFINE_FINAL_TYPE (PxArticleRow, px_article_row, GTK_TYPE_WIDGET)

static void
px_article_row_dispose (GObject *object)
{
  PxArticleRow *self = PX_ARTICLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_ARTICLE_ROW);
  px_article_row_set_article (self, NULL);

  G_OBJECT_CLASS (px_article_row_parent_class)->dispose (object);
}

static void
px_article_row_class_init (PxArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_article_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArticleRow, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleRow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleRow, date_label);
}

static void
px_article_row_init (PxArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
px_article_row_new (void)
{
  return g_object_new (PX_TYPE_ARTICLE_ROW, NULL);
}

PxArticle *
px_article_row_get_article (PxArticleRow *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* Fills the row from its article, again whenever the outlet changes. */
static void
px_article_row_update (PxArticleRow *self)
{
  PxArticle *article = self->article;
  g_autofree char *date = NULL;
  g_autofree char *accessible = NULL;
  const char *title;
  const char *outlet;

  if (article == NULL)
    {
      set_label (self->outlet_label, NULL);
      set_label (self->headline_label, NULL);
      set_label (self->date_label, NULL);
      return;
    }

  title = px_article_get_title (article);
  if (title == NULL || *title == '\0')
    title = _("Untitled article");
  outlet = px_article_get_outlet (article);
  date = px_labels_date (px_article_get_date (article));

  set_label (self->outlet_label, outlet);
  set_label (self->headline_label, title);
  set_label (self->date_label, date);

  /* Screen readers get one sentence instead of three fragments. */
  accessible = g_strjoin (", ", title,
                          outlet != NULL && *outlet != '\0' ? outlet : _("unknown outlet"),
                          date != NULL ? date : _("no date"),
                          NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), px_article_get_path (article));
}

void
px_article_row_set_article (PxArticleRow *self,
                            PxArticle    *article)
{
  g_return_if_fail (PX_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || PX_IS_ARTICLE (article));

  if (self->article != NULL)
    g_signal_handlers_disconnect_by_func (self->article, px_article_row_update, self);
  if (!g_set_object (&self->article, article))
    return;
  if (article != NULL)
    g_signal_connect_swapped (article, "notify::outlet", G_CALLBACK (px_article_row_update), self);

  px_article_row_update (self);
}

const char *
px_article_row_get_outlet (PxArticleRow *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_ROW (self), NULL);

  return gtk_label_get_text (self->outlet_label);
}

const char *
px_article_row_get_headline (PxArticleRow *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_ROW (self), NULL);

  return gtk_label_get_text (self->headline_label);
}

const char *
px_article_row_get_date (PxArticleRow *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_ROW (self), NULL);

  return gtk_label_get_text (self->date_label);
}
