/* px-framing-view.c — how each outlet frames one event: voices, naming, terms, frames, leads
 *
 * One table per part of the framing analysis, with a column per outlet so
 * the eye reads across: who each outlet lets speak and for how long, what it
 * calls places and people, which labels and hedges it uses, which policy
 * frames its words cue, and what it puts first. Every figure names the rule
 * behind it in a tooltip, because the user must be able to check (and edit,
 * in the lexicons) why Parallax says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-framing-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "px-article-column.h"
#include "px-framing-view.h"
#include "px-text.h"

/* Colours for speakers' sides. */
#define N_SIDE_COLOURS 6

struct _PxFramingView
{
  GtkWidget   parent_instance;

  GtkStack   *stack;
  GtkScrolledWindow *scroller;
  GtkBox     *sections;

  GPtrArray  *speakers;   /* char *: the speakers listed, in order */
  GPtrArray  *terms;      /* per article, a GPtrArray of char *: the terms listed */
  GHashTable *section_widgets;  /* name → GtkWidget (not owned) */
};

G_DEFINE_FINAL_TYPE (PxFramingView, px_framing_view, GTK_TYPE_WIDGET)

static void
label_accessible (GtkWidget  *widget,
                  const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
new_dim (const char *text)
{
  GtkWidget *label = new_label (text, "dim-label");

  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* A heading, a line saying what the table shows, and a card for the table. */
static GtkWidget *
px_framing_view_add_section (PxFramingView *self,
                             const char    *name,
                             const char    *title,
                             const char    *description,
                             GtkWidget     *body)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = new_label (title, "title-4");
  GtkWidget *card;

  gtk_widget_add_css_class (box, "px-framing-section");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), new_dim (description));

  /* No scrolled window per card: one measures its table's height at the
   * narrowest width and leaves blank space under it. The view scrolls
   * sideways as a whole when six outlets do not fit. */
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (card), body);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "px-framing-card");
  gtk_box_append (GTK_BOX (box), card);

  gtk_box_append (self->sections, box);
  g_hash_table_replace (self->section_widgets, g_strdup (name), box);
  return box;
}

static GtkWidget *
new_table (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  /* Equal columns, so the outlets line up from one table to the next. */
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_widget_add_css_class (grid, "px-framing-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Table"),
                                  -1);
  return grid;
}

/* Row 0: an empty corner, then each outlet's name. */
static void
add_outlet_header (GtkGrid    *grid,
                   PxCompare  *compare,
                   const char *corner)
{
  GtkWidget *corner_label = new_label (corner, "heading");

  gtk_widget_add_css_class (corner_label, "dim-label");
  gtk_grid_attach (grid, corner_label, 0, 0, 1, 1);
  for (guint a = 0; a < compare->articles->len; a++)
    {
      g_autofree char *outlet = px_article_dup_display_outlet (g_ptr_array_index (compare->articles, a));
      GtkWidget *label = new_label (outlet, "px-framing-outlet");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_size_request (label, 120, -1);
      gtk_grid_attach (grid, label, 1 + a, 0, 1, 1);
    }
}

static GtkWidget *
absent (const char *accessible)
{
  GtkWidget *label = new_label ("—", "dim-label");

  label_accessible (label, accessible);
  return label;
}

static GtkWidget *
new_bar (double      value,
         double      max,
         const char *style,
         const char *accessible)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (max, 1e-9));

  /* Plain bars: the default offsets would colour short ones as warnings. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MIN (value, max));
  gtk_widget_add_css_class (bar, "px-framing-bar");
  if (style != NULL)
    gtk_widget_add_css_class (bar, style);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  label_accessible (bar, accessible);
  return bar;
}

static const char *
lexicon_label (PxLexicon     *lexicon,
               PxLexiconKind  kind,
               const char    *category)
{
  GPtrArray *entries;

  if (lexicon == NULL || category == NULL)
    return category;
  entries = px_lexicon_get_entries (lexicon, kind);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const PxLexiconEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->category, category) == 0 && entry->label != NULL)
        return entry->label;
    }
  return category;
}

/* ---- Voices ---- */

/* A side keeps its colour from event to event; its name is always
 * written next to it, so two sides sharing a colour stay apart. */
static guint
side_colour (const char *side)
{
  if (side == NULL)
    return N_SIDE_COLOURS;
  return g_str_hash (side) % N_SIDE_COLOURS;
}

static guint
voice_total (PxVoice *voice)
{
  guint total = 0;

  for (guint i = 0; i < voice->shares->len; i++)
    {
      PxVoiceShare *share = g_ptr_array_index (voice->shares, i);

      total += share->words + 10 * (share->direct + share->indirect);
    }
  return total;
}

static int
compare_voices (gconstpointer a,
                gconstpointer b)
{
  PxVoice *va = *(PxVoice **) a;
  PxVoice *vb = *(PxVoice **) b;
  guint ta = voice_total (va), tb = voice_total (vb);

  if (ta != tb)
    return ta > tb ? -1 : 1;
  return g_utf8_collate (va->speaker, vb->speaker);
}

static GtkWidget *
voice_cell (PxVoice      *voice,
            PxVoiceShare *share,
            const char   *outlet,
            guint         max_words,
            guint         colour)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *style = g_strdup_printf ("side-%u", colour);
  /* Someone only paraphrased has no words of their own in the article:
   * "0 words quoted" would read as if they were not there at all. */
  g_autofree char *words = share->words == 0 && share->indirect > 0
                           ? g_strdup (_("Paraphrased only"))
                           : g_strdup_printf (ngettext ("%u word quoted", "%u words quoted", share->words), share->words);
  g_autofree char *direct = g_strdup_printf (ngettext ("%u direct", "%u direct", share->direct), share->direct);
  g_autofree char *indirect = g_strdup_printf (ngettext ("%u indirect", "%u indirect", share->indirect), share->indirect);
  g_autofree char *counts = g_strdup_printf ("%s · %s", direct, indirect);
  g_autofree char *accessible = g_strdup_printf (_("%s in %s: %s, %s"), voice->speaker, outlet, words, counts);
  GtkWidget *bar = new_bar (share->words, max_words, style, accessible);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *figure = new_label (words, "caption");

  gtk_widget_set_size_request (bar, 100, -1);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (line), figure);
  gtk_box_append (GTK_BOX (line), new_dim (counts));
  gtk_box_append (GTK_BOX (box), line);
  if (share->verbs != NULL && share->verbs->len > 0)
    {
      g_autoptr(GString) verbs = g_string_new (NULL);
      GtkWidget *label;

      for (guint i = 0; i < share->verbs->len; i++)
        {
          if (i > 0)
            g_string_append (verbs, ", ");
          g_string_append (verbs, g_ptr_array_index (share->verbs, i));
        }
      label = new_dim (verbs->str);
      gtk_widget_add_css_class (label, "px-framing-verbs");
      gtk_widget_set_tooltip_text (label, _("The reporting verbs the outlet uses for this speaker"));
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_tooltip_text (box, accessible);
  return box;
}

static void
px_framing_view_build_voices (PxFramingView *self,
                              PxCompare     *compare,
                              PxFraming     *framing,
                              PxLexicon     *lexicon)
{
  GPtrArray *all_voices = px_framing_get_voices (framing);
  g_autoptr(GPtrArray) voices = g_ptr_array_sized_new (all_voices->len);
  g_autoptr(GPtrArray) outlets = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *grid = new_table ();
  guint max_words = 1;
  guint row = 1;

  if (all_voices->len == 0)
    {
      GtkWidget *empty = new_label (_("No one is quoted in these articles."), "dim-label");

      gtk_widget_add_css_class (empty, "px-framing-empty");
      px_framing_view_add_section (self, "voices", _("Voices"),
                                   _("Who each outlet quotes, for how many words, and with which verbs."),
                                   empty);
      return;
    }

  /* Sorted in a container of our own; the framing's array frees its voices. */
  for (guint v = 0; v < all_voices->len; v++)
    g_ptr_array_add (voices, g_ptr_array_index (all_voices, v));
  g_ptr_array_sort (voices, compare_voices);
  for (guint a = 0; a < compare->articles->len; a++)
    g_ptr_array_add (outlets, px_article_dup_display_outlet (g_ptr_array_index (compare->articles, a)));
  for (guint v = 0; v < voices->len; v++)
    {
      PxVoice *voice = g_ptr_array_index (voices, v);

      for (guint i = 0; i < voice->shares->len; i++)
        max_words = MAX (max_words, ((PxVoiceShare *) g_ptr_array_index (voice->shares, i))->words);
    }

  add_outlet_header (GTK_GRID (grid), compare, _("Speaker"));
  for (guint v = 0; v < voices->len; v++)
    {
      PxVoice *voice = g_ptr_array_index (voices, v);
      guint colour = side_colour (voice->side);
      GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      /* A speaker the article names mid-sentence ("press service of the
       * …") heads its row with a capital, like the people around it. */
      g_autofree char *shown = px_text_capitalise (voice->speaker);
      GtkWidget *name = new_label (shown, "px-framing-speaker");
      g_autofree char *swatch_style = g_strdup_printf ("side-%u", colour);

      gtk_widget_set_size_request (who, 140, -1);
      gtk_box_append (GTK_BOX (who), name);
      if (voice->description != NULL && *voice->description != '\0')
        gtk_box_append (GTK_BOX (who), new_dim (voice->description));
      if (voice->side != NULL)
        {
          const char *side = lexicon_label (lexicon, PX_LEXICON_KIND_SIDE, voice->side);
          GtkWidget *pill = new_label (side, "px-framing-side");
          g_autofree char *tooltip = g_strdup_printf (_("Side · %s"), voice->side_rule != NULL ? voice->side_rule : voice->side);

          gtk_widget_set_halign (pill, GTK_ALIGN_START);
          gtk_widget_add_css_class (pill, swatch_style);
          gtk_widget_set_tooltip_text (pill, tooltip);
          gtk_box_append (GTK_BOX (who), pill);
        }
      gtk_grid_attach (GTK_GRID (grid), who, 0, row, 1, 1);
      g_ptr_array_add (self->speakers, g_strdup (voice->speaker));

      for (guint a = 0; a < compare->articles->len; a++)
        {
          PxVoiceShare *share = NULL;
          GtkWidget *cell;

          for (guint i = 0; i < voice->shares->len; i++)
            if (((PxVoiceShare *) g_ptr_array_index (voice->shares, i))->article == a)
              share = g_ptr_array_index (voice->shares, i);
          if (share != NULL)
            cell = voice_cell (voice, share, g_ptr_array_index (outlets, a), max_words, colour);
          else
            {
              g_autofree char *text = g_strdup_printf (_("%s is not quoted in %s"), voice->speaker,
                                                       (const char *) g_ptr_array_index (outlets, a));
              cell = absent (text);
            }
          gtk_widget_set_valign (cell, GTK_ALIGN_START);
          gtk_grid_attach (GTK_GRID (grid), cell, 1 + a, row, 1, 1);
        }
      row++;
    }

  px_framing_view_add_section (self, "voices", _("Voices"),
                               _("Who each outlet quotes, for how many words (bars), directly or in indirect speech, and with which reporting verbs. The coloured tag is the side the article’s own words place the speaker on."),
                               grid);
}

/* ---- Naming ---- */

static gboolean
group_named_differently (PxNamingGroup *group,
                         guint          n_articles)
{
  g_autofree GHashTable **names = g_new0 (GHashTable *, n_articles);
  gboolean differs = FALSE;
  guint seen = 0;

  for (guint i = 0; i < group->variants->len; i++)
    {
      PxNamingVariant *variant = g_ptr_array_index (group->variants, i);

      if (variant->article >= n_articles)
        continue;
      if (names[variant->article] == NULL)
        {
          names[variant->article] = g_hash_table_new (g_str_hash, g_str_equal);
          seen++;
        }
      g_hash_table_add (names[variant->article], variant->name);
    }
  /* Different when some outlet uses a name another outlet never does. */
  for (guint a = 0; a < n_articles && seen > 1 && !differs; a++)
    for (guint b = 0; b < n_articles && names[a] != NULL && !differs; b++)
      {
        GHashTableIter iter;
        gpointer name;

        if (a == b || names[b] == NULL)
          continue;
        g_hash_table_iter_init (&iter, names[a]);
        while (g_hash_table_iter_next (&iter, &name, NULL))
          if (!g_hash_table_contains (names[b], name))
            differs = TRUE;
      }
  for (guint a = 0; a < n_articles; a++)
    g_clear_pointer (&names[a], g_hash_table_unref);
  return differs;
}

static void
px_framing_view_build_naming (PxFramingView *self,
                              PxCompare     *compare,
                              PxFraming     *framing)
{
  GPtrArray *groups = px_framing_get_naming (framing);
  GPtrArray *contrasts = px_framing_get_naming_contrasts (framing);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *grid = new_table ();
  guint n = compare->articles->len;
  guint row = 1;

  add_outlet_header (GTK_GRID (grid), compare, _("Concept"));
  for (guint g = 0; g < groups->len; g++)
    {
      PxNamingGroup *group = g_ptr_array_index (groups, g);
      GtkWidget *concept = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gboolean differs = group_named_differently (group, n);
      g_autofree char *tooltip = g_strdup_printf (_("Naming · %s"), group->rule);

      gtk_box_append (GTK_BOX (concept), new_label (group->concept, "px-framing-concept"));
      if (group->label != NULL && g_strcmp0 (group->label, group->concept) != 0)
        gtk_box_append (GTK_BOX (concept), new_dim (group->label));
      if (differs)
        {
          GtkWidget *tag = new_label (_("Named differently"), "px-framing-differs");

          gtk_widget_set_halign (tag, GTK_ALIGN_START);
          gtk_box_append (GTK_BOX (concept), tag);
        }
      gtk_widget_set_tooltip_text (concept, tooltip);
      gtk_widget_set_size_request (concept, 140, -1);
      gtk_grid_attach (GTK_GRID (grid), concept, 0, row, 1, 1);

      for (guint a = 0; a < n; a++)
        {
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          guint shown = 0;

          for (guint i = 0; i < group->variants->len; i++)
            {
              PxNamingVariant *variant = g_ptr_array_index (group->variants, i);
              g_autofree char *text = NULL;
              GtkWidget *label;

              if (variant->article != a)
                continue;
              text = g_strdup_printf ("%s ×%u", variant->name, variant->count);
              label = new_label (text, "px-framing-name");
              if (differs)
                gtk_widget_add_css_class (label, "differs");
              gtk_widget_set_tooltip_text (label, tooltip);
              gtk_box_append (GTK_BOX (cell), label);
              shown++;
            }
          if (shown == 0)
            gtk_box_append (GTK_BOX (cell), absent (_("Not named")));
          gtk_widget_set_valign (cell, GTK_ALIGN_START);
          gtk_grid_attach (GTK_GRID (grid), cell, 1 + a, row, 1, 1);
        }
      row++;
    }
  if (groups->len > 0)
    gtk_box_append (GTK_BOX (box), grid);
  else
    gtk_box_append (GTK_BOX (box), new_label (_("None of the lexicons’ names occurs in these articles."), "dim-label"));
  g_object_ref_sink (grid);
  g_object_unref (grid);

  if (contrasts->len > 0)
    {
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

      gtk_box_append (GTK_BOX (list), new_label (_("The same role, named differently"), "heading"));
      for (guint c = 0; c < contrasts->len; c++)
        {
          PxNamingContrast *contrast = g_ptr_array_index (contrasts, c);
          g_autofree char *outlet_a = px_article_dup_display_outlet (g_ptr_array_index (compare->articles, contrast->article_a));
          g_autofree char *outlet_b = px_article_dup_display_outlet (g_ptr_array_index (compare->articles, contrast->article_b));
          g_autofree char *text = g_markup_printf_escaped (_("<b>“%s”</b> in %s · <b>“%s”</b> in %s"),
                                                           contrast->name_a, outlet_a,
                                                           contrast->name_b, outlet_b);
          g_autofree char *plain = g_strdup_printf (_("“%s” in %s, “%s” in %s"),
                                                    contrast->name_a, outlet_a,
                                                    contrast->name_b, outlet_b);
          GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          GtkWidget *label = new_label (NULL, "px-framing-contrast");

          gtk_label_set_markup (GTK_LABEL (label), text);
          label_accessible (label, plain);
          gtk_box_append (GTK_BOX (row_box), label);
          if (contrast->role != NULL)
            gtk_box_append (GTK_BOX (row_box), new_dim (contrast->role));
          gtk_widget_set_tooltip_text (row_box, _("Aligned sentences name the same role differently"));
          gtk_box_append (GTK_BOX (list), row_box);
        }
      gtk_box_append (GTK_BOX (box), list);
    }

  px_framing_view_add_section (self, "naming", _("Naming"),
                               _("What each outlet calls places, people and events that have more than one name, and how often."),
                               box);
}

/* ---- Labels and hedges ---- */

static const char *
category_name (const char *category)
{
  static const struct { const char *id; const char *name; } names[] = {
    { "label", N_("Labels") },
    { "hedge", N_("Hedges") },
    { "verb-neutral", N_("Neutral reporting verbs") },
    { "verb-distancing", N_("Distancing verbs") },
    { "verb-endorsing", N_("Endorsing verbs") },
    { "emphatic", N_("Emphatic verbs") },
    { "loaded", N_("Loaded verbs") },
    { "scare-quote", N_("Scare quotes") },
    { "passive", N_("Agentless passives") },
    { "source-agency", N_("Sources: news agencies") },
    { "source-government", N_("Sources: governments") },
    { "source-international", N_("Sources: international bodies") },
    { "source-document", N_("Sources: documents") },
    { "source-social", N_("Sources: social media") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].id, category) == 0)
      return _(names[i].name);
  return category;
}

/**
 * px_framing_category_label:
 * @category: a framing term's category ("label", "hedge", "verb-distancing", …)
 *
 * Returns: what the category is called in a tooltip ("Label")
 */
const char *
px_framing_category_label (const char *category)
{
  if (g_strcmp0 (category, "label") == 0)
    return _("Label");
  if (g_strcmp0 (category, "hedge") == 0)
    return _("Hedge");
  if (g_str_has_prefix (category, "verb-") || g_strcmp0 (category, "emphatic") == 0 ||
      g_strcmp0 (category, "loaded") == 0)
    return _("Reporting verb");
  if (g_strcmp0 (category, "scare-quote") == 0)
    return _("Scare quote");
  if (g_strcmp0 (category, "passive") == 0)
    return _("Agentless passive");
  if (g_str_has_prefix (category, "source-"))
    return _("Source");
  return category;
}

static guint
category_rank (const char *category)
{
  static const char *order[] = { "label", "scare-quote", "hedge", "verb-distancing", "verb-endorsing",
                                 "loaded", "emphatic", "passive", "verb-neutral" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (order[i], category) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b)
{
  const char *ca = *(const char **) a, *cb = *(const char **) b;
  guint ra = category_rank (ca), rb = category_rank (cb);

  return ra != rb ? (ra < rb ? -1 : 1) : g_strcmp0 (ca, cb);
}

typedef struct {
  char     *term;      /* case-folded key shown as first written */
  char     *rule;
  guint     count;
  guint     quoted;
} TermCount;

static void
term_count_free (TermCount *count)
{
  g_free (count->term);
  g_free (count->rule);
  g_free (count);
}

static void
px_framing_view_build_terms (PxFramingView *self,
                             PxCompare     *compare,
                             PxFraming     *framing)
{
  GPtrArray *terms = px_framing_get_terms (framing);
  g_autoptr(GHashTable) by_category = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  guint n = compare->articles->len;
  GtkWidget *grid = new_table ();
  guint row = 1;

  /* category → per article → term (case-folded) → count */
  for (guint t = 0; t < terms->len; t++)
    {
      PxFramingTerm *term = g_ptr_array_index (terms, t);
      GPtrArray *columns = g_hash_table_lookup (by_category, term->category);
      g_autofree char *key = NULL;
      GHashTable *column;
      TermCount *count;

      if (term->article >= n)
        continue;
      if (columns == NULL)
        {
          columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
          for (guint a = 0; a < n; a++)
            g_ptr_array_add (columns, g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             (GDestroyNotify) term_count_free));
          g_hash_table_insert (by_category, term->category, columns);
          g_ptr_array_add (categories, term->category);
        }
      column = g_ptr_array_index (columns, term->article);
      key = g_utf8_casefold (term->term, -1);
      count = g_hash_table_lookup (column, key);
      if (count == NULL)
        {
          count = g_new0 (TermCount, 1);
          count->term = g_strdup (term->term);
          count->rule = g_strdup (term->rule);
          g_hash_table_insert (column, g_steal_pointer (&key), count);
        }
      count->count++;
      if (term->quoted)
        count->quoted++;
    }
  g_ptr_array_sort (categories, compare_categories);

  add_outlet_header (GTK_GRID (grid), compare, _("Kind"));
  for (guint c = 0; c < categories->len; c++)
    {
      const char *category = g_ptr_array_index (categories, c);
      GPtrArray *columns = g_hash_table_lookup (by_category, category);
      GtkWidget *name = new_label (category_name (category), "px-framing-category");

      gtk_widget_set_valign (name, GTK_ALIGN_START);
      gtk_widget_set_size_request (name, 140, -1);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      for (guint a = 0; a < n; a++)
        {
          GHashTable *column = g_ptr_array_index (columns, a);
          g_autofree gpointer *keys = NULL;
          guint n_keys = 0;
          GtkWidget *flow;

          if (g_hash_table_size (column) == 0)
            {
              gtk_grid_attach (GTK_GRID (grid), absent (_("None")), 1 + a, row, 1, 1);
              continue;
            }
          flow = gtk_flow_box_new ();
          gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
          gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 12);
          gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 4);
          gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 4);
          gtk_widget_set_valign (flow, GTK_ALIGN_START);
          label_accessible (flow, category_name (category));
          keys = g_hash_table_get_keys_as_array (column, &n_keys);
          /* A handful of words each: alphabetical by a simple sort. */
          for (guint k = 0; k < n_keys; k++)
            for (guint j = k + 1; j < n_keys; j++)
              if (g_strcmp0 (keys[j], keys[k]) < 0)
                {
                  gpointer swap = keys[k];
                  keys[k] = keys[j];
                  keys[j] = swap;
                }
          for (guint k = 0; k < n_keys; k++)
            {
              TermCount *count = g_hash_table_lookup (column, keys[k]);
              g_autofree char *text = count->count > 1 ? g_strdup_printf ("%s ×%u", count->term, count->count)
                                                       : g_strdup (count->term);
              g_autofree char *tooltip = NULL;
              GtkWidget *pill = gtk_label_new (text);

              if (count->quoted == count->count)
                tooltip = g_strdup_printf (_("%s · %s (in a speaker’s words)"), px_framing_category_label (category), count->rule);
              else
                tooltip = g_strdup_printf ("%s · %s", px_framing_category_label (category), count->rule);
              gtk_widget_set_halign (pill, GTK_ALIGN_START);
              gtk_widget_add_css_class (pill, "px-term");
              gtk_widget_add_css_class (pill, category);
              if (count->quoted == count->count)
                gtk_widget_add_css_class (pill, "quoted");
              gtk_widget_set_tooltip_text (pill, tooltip);
              label_accessible (pill, text);
              gtk_accessible_update_property (GTK_ACCESSIBLE (pill),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                              -1);
              gtk_flow_box_append (GTK_FLOW_BOX (flow), pill);
              g_ptr_array_add (g_ptr_array_index (self->terms, a), g_strdup (count->term));
            }
          gtk_grid_attach (GTK_GRID (grid), flow, 1 + a, row, 1, 1);
        }
      row++;
    }

  if (categories->len == 0)
    {
      GtkWidget *empty = new_label (_("No labels, hedges or loaded verbs found."), "dim-label");

      g_object_ref_sink (grid);
      g_object_unref (grid);
      grid = empty;
    }
  px_framing_view_add_section (self, "terms", _("Labels and Hedges"),
                               _("Words that judge or soften, the verbs that report speech, and the sources cited. Hover a word to see the lexicon entry or rule that found it; faded words occur only inside quotes."),
                               grid);
}

/* ---- Frames ---- */

static void
px_framing_view_build_frames (PxFramingView *self,
                              PxCompare     *compare,
                              PxFraming     *framing,
                              PxLexicon     *lexicon)
{
  GPtrArray *frames = px_framing_get_frames (framing);
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n = compare->articles->len;
  GtkWidget *grid = new_table ();
  double max = 0;
  guint row = 1;

  for (guint f = 0; f < frames->len; f++)
    {
      PxArticleFrames *article = g_ptr_array_index (frames, f);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, article->weights);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          double *total = g_hash_table_lookup (totals, key);

          if (total == NULL)
            {
              total = g_new0 (double, 1);
              g_hash_table_insert (totals, key, total);
              g_ptr_array_add (ids, key);
            }
          *total += *(double *) value;
          max = MAX (max, *(double *) value);
        }
    }
  /* Strongest frames first, summed over the outlets. */
  for (guint i = 0; i < ids->len; i++)
    for (guint j = i + 1; j < ids->len; j++)
      if (*(double *) g_hash_table_lookup (totals, g_ptr_array_index (ids, j)) >
          *(double *) g_hash_table_lookup (totals, g_ptr_array_index (ids, i)))
        {
          gpointer swap = ids->pdata[i];
          ids->pdata[i] = ids->pdata[j];
          ids->pdata[j] = swap;
        }

  add_outlet_header (GTK_GRID (grid), compare, _("Frame"));
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      const char *frame = lexicon_label (lexicon, PX_LEXICON_KIND_FRAME, id);
      GtkWidget *name = new_label (frame, "px-framing-category");
      g_autofree char *rule = g_strdup_printf (_("Frame · frames/%s"), id);

      gtk_widget_set_tooltip_text (name, rule);
      gtk_widget_set_size_request (name, 140, -1);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      for (guint a = 0; a < n; a++)
        {
          PxArticleFrames *article = NULL;
          double weight = 0;
          GPtrArray *cues = NULL;
          GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          g_autofree char *outlet = px_article_dup_display_outlet (g_ptr_array_index (compare->articles, a));
          g_autofree char *figure = NULL;
          g_autofree char *short_figure = g_strdup_printf ("%.1f", 0.0);
          g_autofree char *accessible = NULL;
          g_autoptr(GString) tooltip = g_string_new (rule);
          GtkWidget *bar;

          for (guint f = 0; f < frames->len; f++)
            if (((PxArticleFrames *) g_ptr_array_index (frames, f))->article == a)
              article = g_ptr_array_index (frames, f);
          if (article != NULL && g_hash_table_contains (article->weights, id))
            {
              weight = *(double *) g_hash_table_lookup (article->weights, id);
              cues = g_hash_table_lookup (article->cues, id);
            }
          /* TRANSLATORS: cue words of a frame per hundred words of an article */
          figure = g_strdup_printf (_("%.1f per 100 words"), weight);
          accessible = g_strdup_printf (_("%s in %s: %s"), frame, outlet, figure);
          bar = new_bar (weight, max, "frame", accessible);
          gtk_widget_set_hexpand (bar, TRUE);
          gtk_widget_set_size_request (bar, 100, -1);
          gtk_box_append (GTK_BOX (cell), bar);
          g_free (short_figure);
          short_figure = g_strdup_printf ("%.1f", weight);
          gtk_box_append (GTK_BOX (cell), new_dim (short_figure));
          if (cues != NULL && cues->len > 0)
            {
              g_string_append_c (tooltip, '\n');
              g_string_append (tooltip, _("Cue words: "));
              for (guint c = 0; c < cues->len; c++)
                {
                  if (c > 0)
                    g_string_append (tooltip, ", ");
                  g_string_append (tooltip, g_ptr_array_index (cues, c));
                }
            }
          g_string_append_c (tooltip, '\n');
          g_string_append (tooltip, figure);
          gtk_widget_set_tooltip_text (cell, tooltip->str);
          gtk_grid_attach (GTK_GRID (grid), cell, 1 + a, row, 1, 1);
        }
      row++;
    }

  if (ids->len == 0)
    {
      g_object_ref_sink (grid);
      g_object_unref (grid);
      grid = new_label (_("No frame’s cue words occur in these articles."), "dim-label");
    }
  px_framing_view_add_section (self, "frames", _("Frames"),
                               _("How strongly each article’s words cue the policy frames of the Policy Frames Codebook, in cue words per 100 words. Hover a bar for the cue words found."),
                               grid);
}

/* ---- Leads ---- */

static void
px_framing_view_build_leads (PxFramingView *self,
                             PxCompare     *compare,
                             PxFraming     *framing)
{
  GPtrArray *leads = px_framing_get_leads (framing);
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_widget_add_css_class (grid, "px-framing-table");
  label_accessible (grid, _("Headlines and leads"));
  for (guint i = 0; i < leads->len; i++)
    {
      PxLead *lead = g_ptr_array_index (leads, i);
      g_autofree char *outlet = lead->article < compare->articles->len
                                ? px_article_dup_display_outlet (g_ptr_array_index (compare->articles, lead->article))
                                : g_strdup ("");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *headline;

      gtk_widget_set_size_request (box, 200, -1);
      gtk_box_append (GTK_BOX (box), new_label (outlet, "px-framing-outlet"));
      headline = new_label (lead->headline != NULL ? lead->headline : "", "px-framing-headline");
      gtk_label_set_selectable (GTK_LABEL (headline), TRUE);
      gtk_box_append (GTK_BOX (box), headline);
      if (lead->lead != NULL)
        {
          GtkWidget *text = new_label (lead->lead, "px-framing-lead");

          gtk_label_set_selectable (GTK_LABEL (text), TRUE);
          gtk_box_append (GTK_BOX (box), text);
        }
      label_accessible (box, outlet);
      gtk_grid_attach (GTK_GRID (grid), box, lead->article, 0, 1, 1);
    }
  px_framing_view_add_section (self, "leads", _("Headlines and Leads"),
                               _("What each outlet puts first."),
                               grid);
}

/* ---- The view ---- */

static void
px_framing_view_clear (PxFramingView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
  g_hash_table_remove_all (self->section_widgets);
  g_ptr_array_set_size (self->speakers, 0);
  g_ptr_array_set_size (self->terms, 0);
}

/**
 * px_framing_view_set_framing:
 * @compare: (nullable): the event's comparison, for its articles
 * @framing: (nullable): the framing analysis of the same articles
 * @lexicon: (nullable): the lexicons it used, for the names of frames and sides
 *
 * Builds the tables anew; nothing of @compare or @framing is kept.
 */
void
px_framing_view_set_framing (PxFramingView *self,
                             PxCompare     *compare,
                             PxFraming     *framing,
                             PxLexicon     *lexicon)
{
  g_return_if_fail (PX_IS_FRAMING_VIEW (self));

  px_framing_view_clear (self);
  if (compare == NULL || framing == NULL || compare->articles->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  for (guint a = 0; a < compare->articles->len; a++)
    g_ptr_array_add (self->terms, g_ptr_array_new_with_free_func (g_free));

  px_framing_view_build_voices (self, compare, framing, lexicon);
  px_framing_view_build_naming (self, compare, framing);
  px_framing_view_build_terms (self, compare, framing);
  px_framing_view_build_frames (self, compare, framing, lexicon);
  px_framing_view_build_leads (self, compare, framing);
  gtk_stack_set_visible_child_name (self->stack, "framing");
  /* Another event's tables start at the top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scroller), 0);
}

static GStrv
strv_of (GPtrArray *strings)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (strings, i));
  return g_strv_builder_end (builder);
}

/**
 * px_framing_view_dup_speakers:
 *
 * Returns: (transfer full): the speakers in the voices table, in order
 */
GStrv
px_framing_view_dup_speakers (PxFramingView *self)
{
  g_return_val_if_fail (PX_IS_FRAMING_VIEW (self), NULL);

  return strv_of (self->speakers);
}

/**
 * px_framing_view_dup_terms:
 * @article: an article's index in the comparison
 *
 * Returns: (transfer full): the terms listed in that article's column
 */
GStrv
px_framing_view_dup_terms (PxFramingView *self,
                           guint          article)
{
  g_return_val_if_fail (PX_IS_FRAMING_VIEW (self), NULL);

  return strv_of (article < self->terms->len ? g_ptr_array_index (self->terms, article) : NULL);
}

/**
 * px_framing_view_get_section:
 * @name: "voices", "naming", "terms", "frames" or "leads"
 *
 * Returns: (transfer none) (nullable): that section's box
 */
GtkWidget *
px_framing_view_get_section (PxFramingView *self,
                             const char    *name)
{
  g_return_val_if_fail (PX_IS_FRAMING_VIEW (self), NULL);

  return g_hash_table_lookup (self->section_widgets, name);
}

static void
px_framing_view_dispose (GObject *object)
{
  PxFramingView *self = PX_FRAMING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_FRAMING_VIEW);

  G_OBJECT_CLASS (px_framing_view_parent_class)->dispose (object);
}

static void
px_framing_view_finalize (GObject *object)
{
  PxFramingView *self = PX_FRAMING_VIEW (object);

  g_ptr_array_unref (self->speakers);
  g_ptr_array_unref (self->terms);
  g_hash_table_unref (self->section_widgets);

  G_OBJECT_CLASS (px_framing_view_parent_class)->finalize (object);
}

static void
px_framing_view_class_init (PxFramingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_framing_view_dispose;
  object_class->finalize = px_framing_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-framing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxFramingView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxFramingView, sections);
  gtk_widget_class_bind_template_child (widget_class, PxFramingView, scroller);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxframingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_framing_view_init (PxFramingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->speakers = g_ptr_array_new_with_free_func (g_free);
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->section_widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
px_framing_view_new (void)
{
  return g_object_new (PX_TYPE_FRAMING_VIEW, NULL);
}
