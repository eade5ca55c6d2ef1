/* px-legend.c — the highlight categories of the side-by-side view, with a toggle each
 *
 * Each category has a colour and a shape; the shape is what the column
 * gutters draw, so no highlight depends on colour alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "px-legend.h"

struct _PxLegend
{
  GtkWidget        parent_instance;

  GtkToggleButton *toggles[PX_N_HIGHLIGHTS];
};

G_DEFINE_FINAL_TYPE (PxLegend, px_legend, GTK_TYPE_WIDGET)

enum {
  TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
px_highlight_get_name (PxHighlight highlight)
{
  switch (highlight)
    {
    case PX_HIGHLIGHT_ALL: return _("All outlets");
    case PX_HIGHLIGHT_SOME: return _("Some outlets");
    case PX_HIGHLIGHT_ONLY: return _("Only here");
    case PX_HIGHLIGHT_VERBATIM: return _("Word for word");
    case PX_HIGHLIGHT_QUOTES: return _("Quotes");
    case PX_HIGHLIGHT_TERMS: return _("Labels and hedges");
    case PX_N_HIGHLIGHTS:
    default: g_return_val_if_reached (NULL);
    }
}

const char *
px_highlight_get_description (PxHighlight highlight)
{
  switch (highlight)
    {
    case PX_HIGHLIGHT_ALL: return _("Sentences whose claim every article reports; marked by a filled circle");
    case PX_HIGHLIGHT_SOME: return _("Sentences whose claim some other articles report; marked by a half-filled circle");
    case PX_HIGHLIGHT_ONLY: return _("Sentences no other article reports; marked by a diamond");
    case PX_HIGHLIGHT_VERBATIM: return _("Text copied word for word between articles; underlined and marked by a bar");
    case PX_HIGHLIGHT_QUOTES: return _("Words in quotation marks, in italics and underlined in a colour per speaker");
    case PX_HIGHLIGHT_TERMS: return _("Labels, scare quotes, hedges and reporting verbs that take a stance, as the lexicons find them; in bold with a wavy underline");
    case PX_N_HIGHLIGHTS:
    default: g_return_val_if_reached (NULL);
    }
}

/* From the GNOME palette, readable as a tint in light and dark styles. */
void
px_highlight_get_color (PxHighlight  highlight,
                        GdkRGBA     *color)
{
  static const char *colors[PX_N_HIGHLIGHTS] = {
    "#3584e4",  /* blue 3 */
    "#2ec27e",  /* green 4 */
    "#e66100",  /* orange 5 */
    "#9141ac",  /* purple 3 */
    "#986a44",  /* brown 3 */
    "#e01b24",  /* red 3 */
  };

  g_return_if_fail (highlight < PX_N_HIGHLIGHTS);
  gdk_rgba_parse (color, colors[highlight]);
}

/* A mark of @size centred on (@x, @y): a filled circle for all, a
 * half-filled circle for some, a diamond for only here and an upright bar
 * for copied text. */
void
px_highlight_draw_mark (PxHighlight  highlight,
                        cairo_t     *cr,
                        double       x,
                        double       y,
                        double       size)
{
  GdkRGBA color;
  double r = size / 2.0;

  px_highlight_get_color (highlight, &color);
  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 1.5);
  switch (highlight)
    {
    case PX_HIGHLIGHT_ALL:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case PX_HIGHLIGHT_SOME:
      cairo_arc (cr, x, y, r - 0.75, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, x, y, r - 0.75, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case PX_HIGHLIGHT_ONLY:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case PX_HIGHLIGHT_VERBATIM:
      cairo_rectangle (cr, x - 1.5, y - r, 3, size);
      cairo_fill (cr);
      break;

    case PX_HIGHLIGHT_QUOTES:
      /* Two ticks, as an opening quotation mark. */
      cairo_rectangle (cr, x - r + 0.5, y - r, 2, r);
      cairo_rectangle (cr, x + 0.5, y - r, 2, r);
      cairo_fill (cr);
      break;

    case PX_HIGHLIGHT_TERMS:
      cairo_rectangle (cr, x - r + 0.75, y - r + 0.75, size - 1.5, size - 1.5);
      cairo_stroke (cr);
      break;

    case PX_N_HIGHLIGHTS:
    default:
      break;
    }
  cairo_restore (cr);
}

/* The compare views' style sheet, loaded once for the default display. */
void
px_highlight_ensure_style (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/parallax/Parallax/px-compare.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
px_legend_draw_swatch (GtkDrawingArea *area,
                       cairo_t        *cr,
                       int             width,
                       int             height,
                       gpointer        data)
{
  px_highlight_draw_mark (GPOINTER_TO_UINT (data), cr, width / 2.0, height / 2.0, 10);
}

static void
px_legend_toggle_toggled (PxLegend        *self,
                          GtkToggleButton *toggle)
{
  for (guint h = 0; h < PX_N_HIGHLIGHTS; h++)
    if (self->toggles[h] == toggle)
      {
        gboolean active = gtk_toggle_button_get_active (toggle);

        gtk_accessible_update_state (GTK_ACCESSIBLE (toggle),
                                     GTK_ACCESSIBLE_STATE_PRESSED, active,
                                     -1);
        g_signal_emit (self, signals[TOGGLED], 0, h, active);
      }
}

static void
px_legend_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (px_legend_parent_class)->dispose (object);
}

static void
px_legend_class_init (PxLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_legend_dispose;

  /**
   * PxLegend::toggled:
   * @highlight: the PxHighlight category
   * @active: whether it is now shown
   */
  signals[TOGGLED] =
    g_signal_new ("toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxlegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_legend_init (PxLegend *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  px_highlight_ensure_style ();

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "px-legend");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Highlights"),
                                  -1);

  for (guint h = 0; h < PX_N_HIGHLIGHTS; h++)
    {
      GtkWidget *toggle = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (px_highlight_get_name (h));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), px_legend_draw_swatch,
                                      GUINT_TO_POINTER (h), NULL);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (toggle), box);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
      gtk_widget_add_css_class (toggle, "flat");
      gtk_widget_set_tooltip_text (toggle, px_highlight_get_description (h));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, px_highlight_get_name (h),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, px_highlight_get_description (h),
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (toggle),
                                   GTK_ACCESSIBLE_STATE_PRESSED, TRUE,
                                   -1);
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (px_legend_toggle_toggled), self);
      gtk_widget_set_parent (toggle, GTK_WIDGET (self));
      self->toggles[h] = GTK_TOGGLE_BUTTON (toggle);
    }
}

GtkWidget *
px_legend_new (void)
{
  return g_object_new (PX_TYPE_LEGEND, NULL);
}

gboolean
px_legend_get_active (PxLegend    *self,
                      PxHighlight  highlight)
{
  g_return_val_if_fail (PX_IS_LEGEND (self), FALSE);
  g_return_val_if_fail (highlight < PX_N_HIGHLIGHTS, FALSE);

  return gtk_toggle_button_get_active (self->toggles[highlight]);
}

void
px_legend_set_active (PxLegend    *self,
                      PxHighlight  highlight,
                      gboolean     active)
{
  g_return_if_fail (PX_IS_LEGEND (self));
  g_return_if_fail (highlight < PX_N_HIGHLIGHTS);

  gtk_toggle_button_set_active (self->toggles[highlight], active);
}

GtkWidget *
px_legend_get_toggle (PxLegend    *self,
                      PxHighlight  highlight)
{
  g_return_val_if_fail (PX_IS_LEGEND (self), NULL);
  g_return_val_if_fail (highlight < PX_N_HIGHLIGHTS, NULL);

  return GTK_WIDGET (self->toggles[highlight]);
}
