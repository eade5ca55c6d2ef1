/* px-link-map.c — curves joining matched sentences of two neighbouring columns
 *
 * Like a diff tool's link map: each pair of sentences that say the same
 * thing is a filled band from one column's lines to the other's, so the
 * eye can follow a claim across when the outlets put it in different
 * places. Drawn from the columns' current scroll positions on every frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-link-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "px-link-map.h"

#define LINK_MAP_WIDTH 44

struct _PxLinkMap
{
  GtkWidget        parent_instance;

  PxArticleColumn *left;
  PxArticleColumn *right;
  GArray          *links;   /* PxLinkMapLink */
  guint            hidden;
  guint            drawn;   /* bands in the last frame, for tests */
};

G_DEFINE_FINAL_TYPE (PxLinkMap, px_link_map, GTK_TYPE_WIDGET)

/* @column's text view y (buffer coordinates) → this widget's y. */
static double
column_offset (PxLinkMap       *self,
               PxArticleColumn *column,
               double          *clip_top,
               double          *clip_bottom)
{
  GtkTextView *view = px_article_column_get_text_view (column);
  double x, top;
  int wy;

  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, 0, NULL, &wy);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (self), 0, 0, &x, &top))
    top = 0;
  *clip_top = MAX (*clip_top, top);
  *clip_bottom = MIN (*clip_bottom, top + gtk_widget_get_height (GTK_WIDGET (view)));
  return top + wy;
}

static void
px_link_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  PxLinkMap *self = PX_LINK_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double clip_top = 0, clip_bottom = height;
  double left_offset, right_offset, reach;
  cairo_surface_t *surface;
  cairo_t *cr, *out;
  int scale;

  self->drawn = 0;
  if (self->left == NULL || self->right == NULL || self->links == NULL || width <= 0 || height <= 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->left)) || !gtk_widget_get_mapped (GTK_WIDGET (self->right)))
    return;

  left_offset = column_offset (self, self->left, &clip_top, &clip_bottom);
  right_offset = column_offset (self, self->right, &clip_top, &clip_bottom);
  if (clip_bottom <= clip_top)
    return;
  reach = clip_bottom - clip_top;

  /* The bands are drawn into an image of our own and put on screen in one
   * go: drawn straight onto a window surface, every translucent curve
   * would be a round trip to the display server. */
  scale = gtk_widget_get_scale_factor (widget);
  /* The image is drawn transposed, x and y swapped: the scan converter
   * works row by row, and a band's edges cross the map's few columns but
   * span many of its rows, so turned on its side the same curves cost
   * a fraction. Put back the right way round when painted. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) ceil (clip_bottom - clip_top) * scale,
                                        width * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_transform (cr, &(cairo_matrix_t) { .xx = 0, .yx = 1, .xy = 1, .yy = 0 });
  cairo_translate (cr, 0, -clip_top);
  cairo_set_line_width (cr, 1.0);
  /* Half a pixel off a curve cannot be seen; finer costs time per frame. */
  cairo_set_tolerance (cr, 0.5);

  /* One path per kind of band, filled once: each pixel is blended once
   * however many bands cross it, which keeps a busy map cheap. */
  for (guint pass = 0; pass < 2 * PX_N_HIGHLIGHTS; pass++)
    {
      PxHighlight highlight = pass / 2;
      gboolean pinned = pass % 2;
      double mid = width / 2.0;
      double edge = pinned ? 1.0 : 0.5;
      g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (double));
      GdkRGBA color;

      if (self->hidden & PX_MARK (highlight))
        continue;
      for (guint i = 0; i < self->links->len; i++)
        {
          const PxLinkMapLink *link = &g_array_index (self->links, PxLinkMapLink, i);
          int ly, lh, ry, rh;
          double v[4];

          if (link->highlight != highlight || !link->pinned != !pinned)
            continue;
          px_article_column_get_sentence_yrange (self->left, link->left, &ly, &lh);
          px_article_column_get_sentence_yrange (self->right, link->right, &ry, &rh);
          /* Left top, right top, left bottom, right bottom; a little inset
           * so that neighbouring bands stay apart. */
          v[0] = left_offset + ly + 1;
          v[1] = right_offset + ry + 1;
          v[2] = left_offset + ly + lh - 1;
          v[3] = right_offset + ry + rh - 1;
          /* Only bands with an end in view: one passing from above the page
           * to below it says little and costs a full-height fill. */
          if ((v[2] < clip_top || v[0] > clip_bottom) && (v[3] < clip_top || v[1] > clip_bottom))
            continue;
          /* An end far off the page only needs to leave it in the right
           * direction; drawn in full it costs more than all the rest. */
          for (guint k = 0; k < 4; k++)
            v[k] = CLAMP (v[k], clip_top - reach, clip_bottom + reach);
          g_array_append_vals (bands, v, 4);
        }
      if (bands->len == 0)
        continue;
      self->drawn += bands->len / 4;

      for (guint b = 0; b < bands->len; b += 4)
        {
          double *v = &g_array_index (bands, double, b);

          cairo_move_to (cr, 0, v[0]);
          cairo_curve_to (cr, mid, v[0], mid, v[1], width, v[1]);
          cairo_line_to (cr, width, v[3]);
          cairo_curve_to (cr, mid, v[3], mid, v[2], 0, v[2]);
          cairo_close_path (cr);
        }
      px_highlight_get_color (highlight, &color);
      color.alpha = 0.28f;
      gdk_cairo_set_source_rgba (cr, &color);
      /* The antialiased edges drawn next hide the fill's steps, and a fill
       * without antialiasing costs a fraction. */
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      cairo_fill (cr);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

      /* The edges as hairline ribbons, filled in one go: on the software
       * renderer stroking them costs twice the fill. What the user linked
       * by hand gets a heavier edge. */
      for (guint b = 0; b < bands->len; b += 4)
        {
          double *v = &g_array_index (bands, double, b);

          for (guint k = 0; k < 4; k += 2)
            {
              cairo_move_to (cr, 0, v[k] - edge);
              cairo_curve_to (cr, mid, v[k] - edge, mid, v[k + 1] - edge, width, v[k + 1] - edge);
              cairo_line_to (cr, width, v[k + 1] + edge);
              cairo_curve_to (cr, mid, v[k + 1] + edge, mid, v[k] + edge, 0, v[k] + edge);
              cairo_close_path (cr);
            }
        }
      color.alpha = pinned ? 0.95f : 0.75f;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  out = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, clip_top, width, clip_bottom - clip_top));
  {
    cairo_pattern_t *pattern = cairo_pattern_create_for_surface (surface);
    cairo_matrix_t swap;

    /* widget (x, y) → image (y - clip_top, x) */
    cairo_matrix_init (&swap, 0, 1, 1, 0, -clip_top, 0);
    cairo_pattern_set_matrix (pattern, &swap);
    cairo_set_source (out, pattern);
    cairo_paint (out);
    cairo_pattern_destroy (pattern);
  }
  cairo_destroy (out);
  cairo_surface_destroy (surface);
}

static void
px_link_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = LINK_MAP_WIDTH;
  else
    *minimum = *natural = 0;
}

static void
px_link_map_dispose (GObject *object)
{
  PxLinkMap *self = PX_LINK_MAP (object);

  g_clear_object (&self->left);
  g_clear_object (&self->right);
  g_clear_pointer (&self->links, g_array_unref);

  G_OBJECT_CLASS (px_link_map_parent_class)->dispose (object);
}

static void
px_link_map_class_init (PxLinkMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_link_map_dispose;
  widget_class->snapshot = px_link_map_snapshot;
  widget_class->measure = px_link_map_measure;

  gtk_widget_class_set_css_name (widget_class, "pxlinkmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
px_link_map_init (PxLinkMap *self)
{
  self->links = g_array_new (FALSE, FALSE, sizeof (PxLinkMapLink));
  gtk_widget_add_css_class (GTK_WIDGET (self), "px-link-map");
}

GtkWidget *
px_link_map_new (void)
{
  return g_object_new (PX_TYPE_LINK_MAP, NULL);
}

static void
px_link_map_update_accessible (PxLinkMap *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;

  if (self->left == NULL || self->right == NULL ||
      px_article_column_get_article (self->left) == NULL ||
      px_article_column_get_article (self->right) == NULL)
    return;
  left = px_article_dup_display_outlet (px_article_column_get_article (self->left));
  right = px_article_dup_display_outlet (px_article_column_get_article (self->right));

  /* Translators: the link map between two article columns, for screen readers */
  label = g_strdup_printf (_("Links between %s and %s"),
                           left, right);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u pair of sentences say the same thing",
                                              "%u pairs of sentences say the same thing",
                                              self->links->len),
                                 self->links->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
px_link_map_set_columns (PxLinkMap       *self,
                         PxArticleColumn *left,
                         PxArticleColumn *right)
{
  g_return_if_fail (PX_IS_LINK_MAP (self));

  g_set_object (&self->left, left);
  g_set_object (&self->right, right);
  px_link_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
px_link_map_set_links (PxLinkMap           *self,
                       const PxLinkMapLink *links,
                       guint                n_links)
{
  g_return_if_fail (PX_IS_LINK_MAP (self));

  g_array_set_size (self->links, 0);
  g_array_append_vals (self->links, links, n_links);
  px_link_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
px_link_map_get_n_links (PxLinkMap *self)
{
  g_return_val_if_fail (PX_IS_LINK_MAP (self), 0);

  return self->links->len;
}

void
px_link_map_set_hidden (PxLinkMap *self,
                        guint      hidden)
{
  g_return_if_fail (PX_IS_LINK_MAP (self));

  self->hidden = hidden;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How many bands the last frame drew: those at least partly in view. */
guint
px_link_map_count_drawn (PxLinkMap *self)
{
  g_return_val_if_fail (PX_IS_LINK_MAP (self), 0);

  return self->drawn;
}
