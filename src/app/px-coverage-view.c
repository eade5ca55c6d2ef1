/* px-coverage-view.c — which outlet carries which claim, and where
 *
 * A claims × outlets heat map: one row per claim, most widely carried
 * first; each cell says where in that article the claim sits, darker and
 * lettered the nearer the top (headline, lead, body, end), since what an
 * outlet puts first is what it finds most important. Cells are buttons, so
 * the arrow keys move between them and Enter jumps to the sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-coverage-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-article-column.h"
#include "px-coverage-view.h"
#include "px-legend.h"

struct _PxCoverageView
{
  GtkWidget   parent_instance;

  PxCompare  *compare;   /* not owned */
  GArray     *rows;      /* guint claim ids, in display order */
  GPtrArray  *cells;     /* GtkWidget or NULL, row-major, one per article */
  GPtrArray  *outlets;   /* per article, the name it goes by */

  GtkGrid    *grid;
};

G_DEFINE_FINAL_TYPE (PxCoverageView, px_coverage_view, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_SENTENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
outlet_name (PxCoverageView *self,
             guint           article)
{
  return g_ptr_array_index (self->outlets, article);
}

static const char *
position_letter (PxClaimPosition position)
{
  switch (position)
    {
    /* Translators: one-letter mark for "headline" in the coverage matrix */
    case PX_CLAIM_POSITION_HEADLINE: return C_("position", "H");
    /* Translators: one-letter mark for "lead" in the coverage matrix */
    case PX_CLAIM_POSITION_LEAD: return C_("position", "L");
    /* Translators: one-letter mark for "end" in the coverage matrix */
    case PX_CLAIM_POSITION_END: return C_("position", "E");
    case PX_CLAIM_POSITION_BODY:
    /* Translators: one-letter mark for "body" in the coverage matrix */
    default: return C_("position", "B");
    }
}

static const char *
position_phrase (PxClaimPosition position)
{
  switch (position)
    {
    case PX_CLAIM_POSITION_HEADLINE: return _("in the headline");
    case PX_CLAIM_POSITION_LEAD: return _("in the lead");
    case PX_CLAIM_POSITION_END: return _("near the end");
    case PX_CLAIM_POSITION_BODY:
    default: return _("in the body");
    }
}

static void
px_coverage_view_cell_clicked (GtkButton      *button,
                               PxCoverageView *self)
{
  guint article = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-article"));
  guint sentence = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "px-sentence"));

  g_signal_emit (self, signals[ACTIVATE_SENTENCE], 0, article, sentence);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  PxCompare *compare = data;
  PxClaim *x = g_ptr_array_index (compare->claims->claims, *(const guint *) a);
  PxClaim *y = g_ptr_array_index (compare->claims->claims, *(const guint *) b);

  if (x->articles->len != y->articles->len)
    return x->articles->len > y->articles->len ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void
px_coverage_view_clear (PxCoverageView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->outlets, 0);
}

static void
px_coverage_view_build (PxCoverageView *self)
{
  PxCompare *compare = self->compare;
  guint n_articles = compare->articles->len;

  for (guint a = 0; a < n_articles; a++)
    g_ptr_array_add (self->outlets, px_article_dup_display_outlet (g_ptr_array_index (compare->articles, a)));
  for (guint c = 0; c < compare->claims->claims->len; c++)
    g_array_append_val (self->rows, c);
  g_array_sort_with_data (self->rows, compare_rows, compare);

  for (guint a = 0; a < n_articles; a++)
    {
      GtkWidget *header = gtk_label_new (outlet_name (self, a));

      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (header), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (header), 12);
      gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_CENTER);
      gtk_widget_set_valign (header, GTK_ALIGN_END);
      gtk_widget_add_css_class (header, "px-coverage-outlet");
      gtk_widget_set_tooltip_text (header, px_article_get_title (g_ptr_array_index (compare->articles, a)));
      gtk_grid_attach (self->grid, header, 2 + a, 0, 1, 1);
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      PxClaim *claim = g_ptr_array_index (compare->claims->claims, g_array_index (self->rows, guint, r));
      GtkWidget *label = gtk_label_new (claim->label);
      g_autofree char *count = g_strdup_printf ("%u/%u", claim->articles->len, n_articles);
      GtkWidget *count_label = gtk_label_new (count);
      g_autofree char *count_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                         "Reported by %u of %u article",
                                                                         "Reported by %u of %u articles",
                                                                         n_articles),
                                                            claim->articles->len, n_articles);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 56);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_tooltip_text (label, claim->label);
      gtk_widget_add_css_class (label, "px-coverage-claim");
      gtk_grid_attach (self->grid, label, 0, r + 1, 1, 1);
      gtk_widget_add_css_class (count_label, "dim-label");
      gtk_widget_add_css_class (count_label, "numeric");
      gtk_widget_add_css_class (count_label, "px-coverage-count");
      gtk_widget_set_tooltip_text (count_label, count_description);
      gtk_grid_attach (self->grid, count_label, 1, r + 1, 1, 1);

      for (guint a = 0; a < n_articles; a++)
        {
          GtkWidget *cell = NULL;
          g_autofree char *description = NULL;

          for (guint k = 0; k < claim->places->len; k++)
            {
              PxClaimPlace *place = &g_array_index (claim->places, PxClaimPlace, k);
              g_autofree char *name = NULL;

              if (place->article != a)
                continue;
              cell = gtk_button_new_with_label (position_letter (place->position));
              gtk_widget_add_css_class (cell, "px-coverage-cell");
              {
                g_autofree char *css_class = g_strconcat ("pos-", px_claim_position_to_string (place->position), NULL);
                gtk_widget_add_css_class (cell, css_class);
              }
              g_object_set_data (G_OBJECT (cell), "px-article", GUINT_TO_POINTER (a));
              g_object_set_data (G_OBJECT (cell), "px-sentence", GUINT_TO_POINTER (place->sentence));
              g_signal_connect (cell, "clicked", G_CALLBACK (px_coverage_view_cell_clicked), self);
              /* Translators: a coverage cell: outlet, where ("in the lead"); Enter jumps there */
              description = g_strdup_printf (_("%s reports this %s"), outlet_name (self, a),
                                             position_phrase (place->position));
              /* Translators: a coverage cell's name for screen readers: outlet, where, claim */
              name = g_strdup_printf (_("%s, %s: %s"), outlet_name (self, a),
                                      position_phrase (place->position), claim->label);
              gtk_widget_set_tooltip_text (cell, description);
              gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Press Enter to show the sentence side by side"),
                                              -1);
              break;
            }
          if (cell == NULL)
            {
              cell = gtk_label_new (NULL);
              gtk_widget_add_css_class (cell, "px-coverage-empty");
              /* Translators: a coverage cell where the outlet does not report the claim */
              description = g_strdup_printf (_("Not in %s"), outlet_name (self, a));
              gtk_widget_set_tooltip_text (cell, description);
              gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                              -1);
              g_ptr_array_add (self->cells, NULL);
            }
          else
            g_ptr_array_add (self->cells, cell);
          gtk_grid_attach (self->grid, cell, 2 + a, r + 1, 1, 1);
        }
    }

  if (self->rows->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No claim is reported by more than one article"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_grid_attach (self->grid, empty, 0, 1, 2 + n_articles, 1);
    }
}

static void
px_coverage_view_dispose (GObject *object)
{
  PxCoverageView *self = PX_COVERAGE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_COVERAGE_VIEW);
  /* Template children without an id are not bound, so not disposed above. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->outlets, g_ptr_array_unref);
  self->compare = NULL;

  G_OBJECT_CLASS (px_coverage_view_parent_class)->dispose (object);
}

static void
px_coverage_view_class_init (PxCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_coverage_view_dispose;

  /**
   * PxCoverageView::activate-sentence:
   * @article: index of the article in the comparison
   * @sentence: index of the sentence in that article
   *
   * The user chose a cell: show that sentence side by side.
   */
  signals[ACTIVATE_SENTENCE] =
    g_signal_new ("activate-sentence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-coverage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxCoverageView, grid);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_coverage_view_init (PxCoverageView *self)
{
  px_highlight_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_ptr_array_new ();
  self->outlets = g_ptr_array_new_with_free_func (g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Coverage"),
                                  -1);
}

GtkWidget *
px_coverage_view_new (void)
{
  return g_object_new (PX_TYPE_COVERAGE_VIEW, NULL);
}

/**
 * px_coverage_view_set_compare:
 * @compare: (nullable) (transfer none): the comparison to show; it must
 *   stay alive until it is replaced or the view is disposed
 */
void
px_coverage_view_set_compare (PxCoverageView *self,
                              PxCompare      *compare)
{
  g_return_if_fail (PX_IS_COVERAGE_VIEW (self));

  px_coverage_view_clear (self);
  self->compare = compare;
  if (compare != NULL)
    px_coverage_view_build (self);
}

guint
px_coverage_view_get_n_rows (PxCoverageView *self)
{
  g_return_val_if_fail (PX_IS_COVERAGE_VIEW (self), 0);

  return self->rows->len;
}

/* The id of the claim shown in @row. */
guint
px_coverage_view_get_row_claim (PxCoverageView *self,
                                guint           row)
{
  g_return_val_if_fail (PX_IS_COVERAGE_VIEW (self), G_MAXUINT);
  g_return_val_if_fail (row < self->rows->len, G_MAXUINT);

  return g_array_index (self->rows, guint, row);
}

/* The button of @row's claim in @article, or %NULL when it does not carry it. */
GtkWidget *
px_coverage_view_get_cell (PxCoverageView *self,
                           guint           row,
                           guint           article)
{
  guint n_articles;

  g_return_val_if_fail (PX_IS_COVERAGE_VIEW (self), NULL);
  g_return_val_if_fail (self->compare != NULL && row < self->rows->len, NULL);

  n_articles = self->compare->articles->len;
  g_return_val_if_fail (article < n_articles, NULL);
  return g_ptr_array_index (self->cells, row * n_articles + article);
}
