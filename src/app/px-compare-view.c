/* px-compare-view.c — an event's articles side by side, matched sentences level
 *
 * Two to six PxArticleColumns with a PxLinkMap between each neighbouring
 * pair. Scrolling one column scrolls the others so that the sentences
 * matched to the one at its anchor line come level with it, the way a diff
 * tool keeps matching chunks side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "px-compare-view.h"
#include "px-framing-view.h"
#include "px-sentences.h"

/* Speakers' quotes are underlined in one of these, by a hash of the name. */
#define N_SPEAKER_COLOURS 6

/* A quote or a term of the framing analysis, placed in a sentence. */
typedef struct {
  guint        sentence;
  int          start;      /* characters from the sentence's start */
  int          end;
  PxHighlight  kind;       /* PX_HIGHLIGHT_QUOTES or PX_HIGHLIGHT_TERMS */
  guint        colour;     /* the speaker's colour, for quotes */
  char        *tooltip;    /* names the speaker or the lexicon rule */
} FramingMark;

/* Per article: for each sentence, the claims it belongs to, packed. */
typedef struct {
  GArray *first;   /* guint, n_sentences + 1 offsets into ids */
  GArray *ids;     /* guint claim ids */
} ClaimIndex;

struct _PxCompareView
{
  GtkWidget        parent_instance;

  PxCompare       *compare;      /* not owned */
  PxFraming       *framing;      /* not owned; of the same articles, or NULL */
  GPtrArray       *framing_marks;  /* per article, a GArray of FramingMark */
  GArray          *shown;        /* guint article indices, in column order */
  ClaimIndex      *claim_index;  /* one per article */
  GPtrArray       *carriers;     /* per article, a GArray of guint64: the articles carrying each sentence's claims */
  GPtrArray       *highlights;   /* per article, a GByteArray of PX_MARK() bits */
  GPtrArray       *outlets;      /* per article, the name it goes by */
  GPtrArray       *columns;      /* PxArticleColumn, shown */
  GPtrArray       *maps;         /* PxLinkMap, between neighbouring columns */
  guint            hidden;       /* PX_MARK() bits the legend turned off */
  guint            active_column;
  gboolean         scroll_lock;

  /* The sentence a context menu was opened on, and a pending link. */
  guint            context_article;
  guint            context_sentence;
  guint            link_article;
  guint            link_sentence;

  GtkWidget       *toolbar;
  GtkMenuButton   *articles_button;
  GtkBox          *articles_box;
  PxLegend        *legend;
  GtkLabel        *link_hint;
  GtkBox          *columns_box;
  GPtrArray       *article_checks;  /* GtkCheckButton, one per article */
  GMenuModel      *extra_menu;
};

G_DEFINE_FINAL_TYPE (PxCompareView, px_compare_view, GTK_TYPE_WIDGET)

enum {
  LINK_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void px_compare_view_rebuild_columns (PxCompareView *self);
static void px_compare_view_update_actions  (PxCompareView *self);

/* ---- Framing highlights --------------------------------------------- */

static void
framing_mark_clear (FramingMark *mark)
{
  g_free (mark->tooltip);
}

/* Characters from @sentence's start to byte @offset of its paragraph. */
static int
char_offset (PxSentence *sentence,
             gsize       offset)
{
  gsize length = strlen (sentence->text);
  gsize bytes = offset > sentence->start ? offset - sentence->start : 0;

  bytes = MIN (bytes, length);
  return (int) g_utf8_strlen (sentence->text, bytes);
}

static gboolean
same_paragraph (guint a,
                guint b)
{
  /* The headline has no paragraph index: framing and sentences each mark
   * it with their own G_MAXUINT. */
  return a == b || (a == PX_FRAMING_HEADLINE && b == PX_SENTENCE_NO_PARAGRAPH);
}

static void
add_mark (GArray      *marks,
          guint        sentence,
          int          start,
          int          end,
          PxHighlight  kind,
          guint        colour,
          const char  *tooltip)
{
  FramingMark mark = { sentence, start, end, kind, colour, g_strdup (tooltip) };

  if (end <= start)
    {
      g_free (mark.tooltip);
      return;
    }
  g_array_append_val (marks, mark);
}

static gboolean
marked_in_text (const char *category)
{
  static const char *marked[] = { "label", "scare-quote", "hedge", "verb-distancing", "verb-endorsing", "loaded" };

  for (guint i = 0; i < G_N_ELEMENTS (marked); i++)
    if (g_strcmp0 (marked[i], category) == 0)
      return TRUE;
  return FALSE;
}

static void add_quoted_parts (GArray     *marks,
                              guint       index,
                              PxSentence *sentence,
                              gsize       from,
                              gsize       to,
                              guint       colour,
                              const char *tooltip);

static void
px_compare_view_build_framing_marks (PxCompareView *self)
{
  GPtrArray *terms;

  g_clear_pointer (&self->framing_marks, g_ptr_array_unref);
  if (self->compare == NULL || self->framing == NULL)
    return;
  self->framing_marks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint a = 0; a < self->compare->articles->len; a++)
    {
      GArray *marks = g_array_new (FALSE, FALSE, sizeof (FramingMark));

      g_array_set_clear_func (marks, (GDestroyNotify) framing_mark_clear);
      g_ptr_array_add (self->framing_marks, marks);
    }

  terms = px_framing_get_terms (self->framing);
  for (guint t = 0; t < terms->len; t++)
    {
      PxFramingTerm *term = g_ptr_array_index (terms, t);
      GPtrArray *sentences;
      PxSentence *sentence;
      g_autofree char *tooltip = NULL;

      /* Words that judge, soften or take a stance; neutral reporting verbs,
       * sources and passives are listed in the Framing view, not marked in
       * running text where they are everywhere. */
      if (term->article >= self->compare->articles->len || !marked_in_text (term->category))
        continue;
      sentences = g_ptr_array_index (self->compare->sentences, term->article);
      if (term->sentence >= sentences->len)
        continue;
      sentence = g_ptr_array_index (sentences, term->sentence);
      if (!same_paragraph (term->span.paragraph, sentence->paragraph))
        continue;
      tooltip = g_strdup_printf ("%s · %s", px_framing_category_label (term->category), term->rule);
      add_mark (g_ptr_array_index (self->framing_marks, term->article), term->sentence,
                char_offset (sentence, term->span.start), char_offset (sentence, term->span.end),
                PX_HIGHLIGHT_TERMS, 0, tooltip);
    }

  for (guint a = 0; a < self->compare->articles->len; a++)
    {
      GPtrArray *quotes = px_framing_get_quotes (self->framing, a);
      GPtrArray *sentences = g_ptr_array_index (self->compare->sentences, a);

      for (guint q = 0; quotes != NULL && q < quotes->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (quotes, q);
          g_autofree char *tooltip = NULL;
          guint colour;

          /* Only words in quotation marks: an indirect quote's clause is
           * the outlet's own wording. */
          if (!quote->direct)
            continue;
          colour = quote->speaker != NULL ? g_str_hash (quote->speaker) % N_SPEAKER_COLOURS : N_SPEAKER_COLOURS;
          if (quote->speaker != NULL && quote->verb != NULL)
            /* Translators: a quote's tooltip: the speaker, then the reporting verb */
            tooltip = g_strdup_printf (_("Quote · %s (%s)"), quote->speaker, quote->verb);
          else if (quote->speaker != NULL)
            tooltip = g_strdup_printf (_("Quote · %s"), quote->speaker);
          else
            tooltip = g_strdup (_("Quote · speaker not found"));

          for (guint s = 0; s < sentences->len; s++)
            {
              PxSentence *sentence = g_ptr_array_index (sentences, s);
              gsize from, to;

              if (sentence->paragraph == PX_SENTENCE_NO_PARAGRAPH ||
                  sentence->paragraph < quote->span.paragraph || sentence->paragraph > quote->end_paragraph)
                continue;
              from = sentence->paragraph == quote->span.paragraph ? MAX (sentence->start, quote->span.start) : sentence->start;
              to = sentence->paragraph == quote->end_paragraph ? MIN (sentence->end, quote->end) : sentence->end;
              if (to <= from)
                continue;
              add_quoted_parts (g_ptr_array_index (self->framing_marks, a), s, sentence,
                                from, to, colour, tooltip);
            }
        }
    }
}

/* Marks the parts of @sentence's bytes [@from, @to) that lie within
 * quotation marks: a quote's span runs from its first mark to its last,
 * and the narration between two parts ("…," she said. "…") is the outlet's
 * own. A span with no marks at all (a block quotation) is marked whole. */
static void
add_quoted_parts (GArray      *marks,
                  guint        index,
                  PxSentence  *sentence,
                  gsize        from,
                  gsize        to,
                  guint        colour,
                  const char  *tooltip)
{
  const char *text = sentence->text;
  gsize length = strlen (text);
  gsize begin = from > sentence->start ? from - sentence->start : 0;
  gsize stop = MIN (to - sentence->start, length);
  gboolean inside = FALSE, any = FALSE;
  gsize open_at = begin;

  for (const char *p = text + begin; p < text + stop; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gboolean opens = c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x2018;
      gboolean closes = c == 0x201D || c == 0x00BB || (c == 0x2019 && !g_unichar_isalpha (g_utf8_get_char (next)));

      if (c == '"')
        {
          /* Straight quotes open after a space or at the start, else close. */
          gunichar before = p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';

          opens = g_unichar_isspace (before) || before == '(' || before == '[' || p == text;
          closes = !opens;
        }
      if (!inside && !any && closes)
        {
          /* The span began inside the quotation marks. */
          any = TRUE;
          add_mark (marks, index, char_offset (sentence, from),
                    char_offset (sentence, sentence->start + (next - text)),
                    PX_HIGHLIGHT_QUOTES, colour, tooltip);
        }
      else if (!inside && opens)
        {
          inside = TRUE;
          any = TRUE;
          open_at = p - text;
        }
      else if (inside && closes)
        {
          inside = FALSE;
          add_mark (marks, index, char_offset (sentence, sentence->start + open_at),
                    char_offset (sentence, sentence->start + (next - text)),
                    PX_HIGHLIGHT_QUOTES, colour, tooltip);
        }
    }
  if (inside)
    add_mark (marks, index, char_offset (sentence, sentence->start + open_at),
              char_offset (sentence, sentence->start + stop), PX_HIGHLIGHT_QUOTES, colour, tooltip);
  else if (!any)
    add_mark (marks, index, char_offset (sentence, from), char_offset (sentence, sentence->start + stop),
              PX_HIGHLIGHT_QUOTES, colour, tooltip);
}

static GtkTextTag *
speaker_tag (GtkTextBuffer *buffer,
             guint          colour)
{
  static const char *colours[N_SPEAKER_COLOURS + 1] = {
    "#1c71d8", "#c64600", "#813d9c", "#26a269", "#c01c28", "#a1830c", "#77767b",
  };
  g_autofree char *name = g_strdup_printf ("quote-speaker-%u", colour);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);
  GdkRGBA rgba;

  if (tag != NULL)
    return tag;
  gdk_rgba_parse (&rgba, colours[MIN (colour, N_SPEAKER_COLOURS)]);
  return gtk_text_buffer_create_tag (buffer, name,
                                     "underline", PANGO_UNDERLINE_SINGLE,
                                     "underline-rgba", &rgba,
                                     NULL);
}

/* Puts the framing highlights the legend shows on @column's text. */
static void
px_compare_view_apply_framing (PxCompareView   *self,
                               PxArticleColumn *column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  guint article = px_article_column_get_index (column);
  guint n = px_article_column_get_n_sentences (column);
  GtkTextIter begin, finish;
  GArray *marks;

  gtk_text_buffer_get_bounds (buffer, &begin, &finish);
  gtk_text_buffer_remove_tag (buffer, px_article_column_get_tag (column, PX_HIGHLIGHT_QUOTES), &begin, &finish);
  gtk_text_buffer_remove_tag (buffer, px_article_column_get_tag (column, PX_HIGHLIGHT_TERMS), &begin, &finish);
  for (guint c = 0; c <= N_SPEAKER_COLOURS; c++)
    gtk_text_buffer_remove_tag (buffer, speaker_tag (buffer, c), &begin, &finish);

  if (self->framing_marks == NULL || article >= self->framing_marks->len)
    return;
  marks = g_ptr_array_index (self->framing_marks, article);
  for (guint i = 0; i < marks->len; i++)
    {
      FramingMark *mark = &g_array_index (marks, FramingMark, i);
      GtkTextIter start, end, sentence_end;

      if (mark->sentence >= n || (self->hidden & PX_MARK (mark->kind)))
        continue;
      px_article_column_get_sentence_bounds (column, mark->sentence, &start, &sentence_end);
      end = start;
      gtk_text_iter_forward_chars (&start, mark->start);
      gtk_text_iter_forward_chars (&end, mark->end);
      if (gtk_text_iter_compare (&end, &sentence_end) > 0)
        end = sentence_end;
      gtk_text_buffer_apply_tag (buffer, px_article_column_get_tag (column, mark->kind), &start, &end);
      if (mark->kind == PX_HIGHLIGHT_QUOTES)
        gtk_text_buffer_apply_tag (buffer, speaker_tag (buffer, mark->colour), &start, &end);
    }
}

/**
 * px_compare_view_set_framing:
 * @framing: (nullable): the framing analysis of the comparison shown
 *
 * Adds the quotes, coloured by speaker, and the lexicons' terms to the
 * columns, each toggled in the legend. Call after
 * px_compare_view_set_compare(), which drops the previous framing.
 */
void
px_compare_view_set_framing (PxCompareView *self,
                             PxFraming     *framing)
{
  g_return_if_fail (PX_IS_COMPARE_VIEW (self));

  self->framing = self->compare != NULL ? framing : NULL;
  px_compare_view_build_framing_marks (self);
  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    px_compare_view_apply_framing (self, g_ptr_array_index (self->columns, i));
}

/* The framing tooltips of what lies under @offset of @sentence. */
static void
append_framing_tooltip (PxCompareView *self,
                        GString       *text,
                        guint          article,
                        guint          sentence,
                        int            offset)
{
  GArray *marks;

  if (self->framing_marks == NULL || article >= self->framing_marks->len)
    return;
  marks = g_ptr_array_index (self->framing_marks, article);
  for (guint i = 0; i < marks->len; i++)
    {
      FramingMark *mark = &g_array_index (marks, FramingMark, i);

      if (mark->sentence != sentence || offset < mark->start || offset >= mark->end ||
          (self->hidden & PX_MARK (mark->kind)))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, mark->tooltip);
    }
}

/* ---- The comparison, per sentence ---------------------------------- */

static guint64
article_bit (guint article)
{
  return article < 64 ? G_GUINT64_CONSTANT (1) << article : 0;
}

static guint64
claim_mask (PxClaim *claim)
{
  guint64 mask = 0;

  for (guint k = 0; k < claim->articles->len; k++)
    mask |= article_bit (g_array_index (claim->articles, guint, k));
  return mask;
}

static guint64
all_articles_mask (PxCompareView *self)
{
  guint n = self->compare->articles->len;

  return n >= 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << n) - 1;
}

static void
px_compare_view_clear_analysis (PxCompareView *self)
{
  if (self->claim_index != NULL && self->compare != NULL)
    {
      for (guint a = 0; a < self->compare->articles->len; a++)
        {
          g_clear_pointer (&self->claim_index[a].first, g_array_unref);
          g_clear_pointer (&self->claim_index[a].ids, g_array_unref);
        }
    }
  g_clear_pointer (&self->claim_index, g_free);
  g_clear_pointer (&self->carriers, g_ptr_array_unref);
  g_clear_pointer (&self->highlights, g_ptr_array_unref);
  g_clear_pointer (&self->outlets, g_ptr_array_unref);
}

static guint
n_sentences_of (PxCompareView *self,
                guint          article)
{
  return ((GPtrArray *) g_ptr_array_index (self->compare->sentences, article))->len;
}

static void
px_compare_view_analyse (PxCompareView *self)
{
  PxClaimSet *set = self->compare->claims;
  guint n_articles = self->compare->articles->len;
  guint64 everyone = all_articles_mask (self);

  self->claim_index = g_new0 (ClaimIndex, n_articles);
  self->carriers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  self->outlets = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < n_articles; a++)
    {
      guint n = n_sentences_of (self, a);
      GArray *carriers = g_array_new (FALSE, TRUE, sizeof (guint64));
      GByteArray *marks = g_byte_array_sized_new (n);

      g_array_set_size (carriers, n);
      g_byte_array_set_size (marks, n);
      memset (marks->data, 0, n);
      g_ptr_array_add (self->carriers, carriers);
      g_ptr_array_add (self->highlights, marks);
      g_ptr_array_add (self->outlets, px_article_dup_display_outlet (g_ptr_array_index (self->compare->articles, a)));
      self->claim_index[a].first = g_array_new (FALSE, TRUE, sizeof (guint));
      g_array_set_size (self->claim_index[a].first, n + 1);
      self->claim_index[a].ids = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  /* Count, then place: each sentence's claim ids end up contiguous. */
  for (guint c = 0; c < set->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (set->claims, c);
      guint64 mask = claim_mask (claim);

      for (guint k = 0; k < claim->sentences->len; k++)
        {
          PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);

          if (ref->article >= n_articles || ref->sentence >= n_sentences_of (self, ref->article))
            continue;
          g_array_index (self->claim_index[ref->article].first, guint, ref->sentence + 1)++;
          g_array_index ((GArray *) g_ptr_array_index (self->carriers, ref->article), guint64, ref->sentence) |= mask;
        }
    }
  for (guint a = 0; a < n_articles; a++)
    {
      GArray *first = self->claim_index[a].first;

      for (guint s = 1; s < first->len; s++)
        g_array_index (first, guint, s) += g_array_index (first, guint, s - 1);
      g_array_set_size (self->claim_index[a].ids, g_array_index (first, guint, first->len - 1));
    }
  {
    g_autofree guint **fill = g_new0 (guint *, n_articles);

    for (guint a = 0; a < n_articles; a++)
      fill[a] = g_new0 (guint, n_sentences_of (self, a) + 1);
    for (guint c = 0; c < set->claims->len; c++)
      {
        PxClaim *claim = g_ptr_array_index (set->claims, c);

        for (guint k = 0; k < claim->sentences->len; k++)
          {
            PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
            guint at;

            if (ref->article >= n_articles || ref->sentence >= n_sentences_of (self, ref->article))
              continue;
            at = g_array_index (self->claim_index[ref->article].first, guint, ref->sentence) + fill[ref->article][ref->sentence]++;
            g_array_index (self->claim_index[ref->article].ids, guint, at) = c;
          }
      }
    for (guint a = 0; a < n_articles; a++)
      g_free (fill[a]);
  }

  for (guint a = 0; a < n_articles; a++)
    {
      GArray *carriers = g_ptr_array_index (self->carriers, a);
      GByteArray *marks = g_ptr_array_index (self->highlights, a);

      for (guint s = 0; s < carriers->len; s++)
        {
          guint64 carried = g_array_index (carriers, guint64, s) | article_bit (a);

          if ((carried & ~article_bit (a)) == 0)
            marks->data[s] = PX_MARK (PX_HIGHLIGHT_ONLY);
          else if ((carried & everyone) == everyone)
            marks->data[s] = PX_MARK (PX_HIGHLIGHT_ALL);
          else
            marks->data[s] = PX_MARK (PX_HIGHLIGHT_SOME);
        }
    }

  for (guint v = 0; v < self->compare->verbatim->len; v++)
    {
      PxVerbatim *verbatim = g_ptr_array_index (self->compare->verbatim, v);

      for (guint k = 0; k < verbatim->spans->len; k++)
        {
          PxVerbatimSpan *span = &g_array_index (verbatim->spans, PxVerbatimSpan, k);

          if (span->article < n_articles && span->sentence < n_sentences_of (self, span->article))
            ((GByteArray *) g_ptr_array_index (self->highlights, span->article))->data[span->sentence] |= PX_MARK (PX_HIGHLIGHT_VERBATIM);
        }
    }
}

/* The first sentence of @other that shares a claim with sentence @s of
 * @article, or G_MAXUINT. */
static guint
partner_of (PxCompareView *self,
            guint          article,
            guint          s,
            guint          other)
{
  ClaimIndex *index = &self->claim_index[article];
  guint best = G_MAXUINT;

  if (s + 1 >= index->first->len)
    return G_MAXUINT;
  for (guint i = g_array_index (index->first, guint, s); i < g_array_index (index->first, guint, s + 1); i++)
    {
      PxClaim *claim = g_ptr_array_index (self->compare->claims->claims, g_array_index (index->ids, guint, i));

      for (guint k = 0; k < claim->sentences->len; k++)
        {
          PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);

          if (ref->article == other && ref->sentence < best)
            best = ref->sentence;
        }
    }
  return best;
}

static PxHighlight
category_of (guint8 marks)
{
  if (marks & PX_MARK (PX_HIGHLIGHT_ALL))
    return PX_HIGHLIGHT_ALL;
  if (marks & PX_MARK (PX_HIGHLIGHT_SOME))
    return PX_HIGHLIGHT_SOME;
  return PX_HIGHLIGHT_ONLY;
}

static guint8
marks_of (PxCompareView *self,
          guint          article,
          guint          sentence)
{
  GByteArray *marks = g_ptr_array_index (self->highlights, article);

  return sentence < marks->len ? marks->data[sentence] : 0;
}

/* ---- Words for tooltips and screen readers -------------------------- */

static const char *
outlet_name (PxCompareView *self,
             guint          article)
{
  return g_ptr_array_index (self->outlets, article);
}

/* "A", "A and B", "A, B and C"; each outlet once. */
static char *
join_outlets (PxCompareView *self,
              guint64        articles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint a = 0; a < self->compare->articles->len && a < 64; a++)
    {
      const char *name;
      gboolean seen = FALSE;

      if (!(articles & article_bit (a)))
        continue;
      name = outlet_name (self, a);
      for (guint i = 0; i < names->len && !seen; i++)
        seen = g_str_equal (g_ptr_array_index (names, i), name);
      if (!seen)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len == 0)
    return g_strdup ("");
  joined = g_strdup (g_ptr_array_index (names, 0));
  for (guint i = 1; i < names->len; i++)
    {
      char *next;

      if (i + 1 < names->len)
        /* Translators: joins names in a list of three or more, before the last */
        next = g_strdup_printf (_("%s, %s"), joined, (char *) g_ptr_array_index (names, i));
      else
        /* Translators: joins the last two names of a list */
        next = g_strdup_printf (_("%s and %s"), joined, (char *) g_ptr_array_index (names, i));
      g_free (joined);
      joined = next;
    }
  return g_steal_pointer (&joined);
}

/**
 * px_compare_view_dup_tooltip:
 * @column: one of the view's columns
 * @iter: a place in its text
 *
 * Returns: (transfer full) (nullable): why the text at @iter is highlighted
 */
char *
px_compare_view_dup_tooltip (PxCompareView     *self,
                             PxArticleColumn   *column,
                             const GtkTextIter *iter)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint article, sentence;
  guint8 marks;
  guint64 others;

  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (column), NULL);

  if (self->compare == NULL)
    return NULL;
  article = px_article_column_get_index (column);
  sentence = px_article_column_get_sentence_at_iter (column, iter);
  marks = marks_of (self, article, sentence) & ~self->hidden;
  others = g_array_index ((GArray *) g_ptr_array_index (self->carriers, article), guint64, sentence) & ~article_bit (article);

  if (marks & PX_MARK (PX_HIGHLIGHT_ALL))
    {
      g_autofree char *names = join_outlets (self, others);
      /* Translators: %s is a list of outlets */
      g_string_append_printf (text, _("Every article reports this; also in %s"), names);
    }
  else if (marks & PX_MARK (PX_HIGHLIGHT_SOME))
    {
      g_autofree char *names = join_outlets (self, others);
      /* Translators: %s is a list of outlets */
      g_string_append_printf (text, _("Also in %s"), names);
    }
  else if (marks & PX_MARK (PX_HIGHLIGHT_ONLY))
    {
      /* Translators: %s is an outlet */
      g_string_append_printf (text, _("Only %s reports this"), outlet_name (self, article));
    }

  if (marks & PX_MARK (PX_HIGHLIGHT_VERBATIM))
    {
      GtkTextIter start;
      int offset;

      px_article_column_get_sentence_bounds (column, sentence, &start, NULL);
      offset = gtk_text_iter_get_offset (iter) - gtk_text_iter_get_offset (&start);
      for (guint v = 0; v < self->compare->verbatim->len; v++)
        {
          PxVerbatim *verbatim = g_ptr_array_index (self->compare->verbatim, v);

          for (guint k = 0; k < verbatim->spans->len; k++)
            {
              PxVerbatimSpan *span = &g_array_index (verbatim->spans, PxVerbatimSpan, k);
              guint64 sharing = 0;
              g_autofree char *names = NULL;

              if (span->article != article || span->sentence != sentence ||
                  offset < (int) span->start || offset >= (int) span->end)
                continue;
              for (guint i = 0; i < verbatim->articles->len; i++)
                sharing |= article_bit (g_array_index (verbatim->articles, guint, i));
              names = join_outlets (self, sharing & ~article_bit (article));
              if (text->len > 0)
                g_string_append_c (text, '\n');
              g_string_append_printf (text,
                                      /* Translators: %s is a list of outlets, %u a number of words */
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "Word for word in %s (%u word)",
                                                   "Word for word in %s (%u words)",
                                                   verbatim->words),
                                      names, verbatim->words);
              break;
            }
        }
    }

  if (sentence < px_article_column_get_n_sentences (column))
    {
      GtkTextIter start;

      px_article_column_get_sentence_bounds (column, sentence, &start, NULL);
      append_framing_tooltip (self, text, article, sentence,
                              gtk_text_iter_get_offset (iter) - gtk_text_iter_get_offset (&start));
    }

  if (text->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- Columns -------------------------------------------------------- */

static PxArticleColumn *
column_for_article (PxCompareView *self,
                    guint          article,
                    guint         *position)
{
  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    {
      PxArticleColumn *column = g_ptr_array_index (self->columns, i);

      if (px_article_column_get_index (column) == article)
        {
          if (position != NULL)
            *position = i;
          return column;
        }
    }
  return NULL;
}

static PxArticleColumn *
column_of_widget (GtkWidget *widget)
{
  return PX_ARTICLE_COLUMN (gtk_widget_get_ancestor (widget, PX_TYPE_ARTICLE_COLUMN));
}

static void
px_compare_view_apply_tags (PxCompareView   *self,
                            PxArticleColumn *column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  guint article = px_article_column_get_index (column);
  GByteArray *marks = g_ptr_array_index (self->highlights, article);
  guint n = px_article_column_get_n_sentences (column);

  for (guint s = 0; s < n && s < marks->len; s++)
    {
      GtkTextIter start, end;

      px_article_column_get_sentence_bounds (column, s, &start, &end);
      gtk_text_buffer_apply_tag (buffer, px_article_column_get_tag (column, category_of (marks->data[s])), &start, &end);
    }

  for (guint v = 0; v < self->compare->verbatim->len; v++)
    {
      PxVerbatim *verbatim = g_ptr_array_index (self->compare->verbatim, v);

      for (guint k = 0; k < verbatim->spans->len; k++)
        {
          PxVerbatimSpan *span = &g_array_index (verbatim->spans, PxVerbatimSpan, k);
          GtkTextIter start, end, sentence_end;

          if (span->article != article || span->sentence >= n)
            continue;
          px_article_column_get_sentence_bounds (column, span->sentence, &start, &sentence_end);
          end = start;
          gtk_text_iter_forward_chars (&start, span->start);
          gtk_text_iter_forward_chars (&end, span->end);
          if (gtk_text_iter_compare (&end, &sentence_end) > 0)
            end = sentence_end;
          gtk_text_buffer_apply_tag (buffer, px_article_column_get_tag (column, PX_HIGHLIGHT_VERBATIM), &start, &end);
        }
    }

  px_article_column_set_marks (column, marks->data, marks->len);
  px_compare_view_apply_framing (self, column);
}

static void
px_compare_view_describe_column (PxCompareView   *self,
                                 PxArticleColumn *column,
                                 guint            position)
{
  guint article = px_article_column_get_index (column);
  GByteArray *marks = g_ptr_array_index (self->highlights, article);
  guint shared = 0, only = 0;
  g_autofree char *description = NULL;
  g_autofree char *shared_text = NULL;
  g_autofree char *only_text = NULL;

  for (guint s = 0; s < marks->len; s++)
    {
      if (marks->data[s] & PX_MARK (PX_HIGHLIGHT_ONLY))
        only++;
      else
        shared++;
    }
  shared_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u sentence reported elsewhere too",
                                              "%u sentences reported elsewhere too", shared),
                                 shared);
  only_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u only here",
                                            "%u only here", only),
                               only);
  /* Translators: a column's description for screen readers: "Column 1 of 3; 12 sentences …; 4 only here" */
  description = g_strdup_printf (_("Column %u of %u; %s; %s"),
                                 position + 1, self->columns->len, shared_text, only_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (column),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Meld's rule: the anchor is the middle of the page, except near the ends,
 * where it slides to the top or bottom edge so that the first and last
 * lines can be brought level too. */
static double
sync_point (GtkAdjustment *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double above = value - lower;
  double below = upper - page - value;

  if (page <= 0 || upper - lower <= page)
    return 0.5;
  if (above < page / 2)
    return above / page;
  if (below < page / 2)
    return 1.0 - below / page;
  return 0.5;
}

/* Where, in @target's buffer, the text level with @y of @master's buffer
 * should be: inside the matched sentence at the same fraction, or between
 * the nearest matched sentences above and below, in proportion. */
static double
px_compare_view_map_y (PxCompareView   *self,
                       PxArticleColumn *master,
                       PxArticleColumn *target,
                       double           y)
{
  guint ma = px_article_column_get_index (master);
  guint ta = px_article_column_get_index (target);
  guint n = px_article_column_get_n_sentences (master);
  guint s = px_article_column_get_sentence_at_y (master, (int) y);
  double m0 = 0, m1, t0 = 0, t1;
  int sy, sh, ty, th;
  guint partner;

  if (n == 0 || px_article_column_get_n_sentences (target) == 0)
    return y;

  partner = partner_of (self, ma, s, ta);
  px_article_column_get_sentence_yrange (master, s, &sy, &sh);
  if (partner != G_MAXUINT && y >= sy)
    {
      px_article_column_get_sentence_yrange (target, partner, &ty, &th);
      return ty + th * CLAMP ((y - sy) / sh, 0.0, 1.0);
    }

  m1 = gtk_adjustment_get_upper (px_article_column_get_vadjustment (master));
  t1 = gtk_adjustment_get_upper (px_article_column_get_vadjustment (target));
  for (guint p = s + 1; p-- > 0;)
    {
      guint q = partner_of (self, ma, p, ta);

      if (q == G_MAXUINT)
        continue;
      px_article_column_get_sentence_yrange (master, p, &sy, &sh);
      px_article_column_get_sentence_yrange (target, q, &ty, &th);
      m0 = sy + sh;
      t0 = ty + th;
      break;
    }
  for (guint p = s + 1; p < n; p++)
    {
      guint q = partner_of (self, ma, p, ta);

      if (q == G_MAXUINT)
        continue;
      px_article_column_get_sentence_yrange (master, p, &sy, &sh);
      px_article_column_get_sentence_yrange (target, q, &ty, &th);
      m1 = sy;
      t1 = ty;
      break;
    }
  /* Outlets reorder: when the neighbours cross, keep to the one above. */
  if (t1 < t0 || m1 <= m0)
    return t0 + (y - m0);
  return t0 + (t1 - t0) * CLAMP ((y - m0) / (m1 - m0), 0.0, 1.0);
}

static void
px_compare_view_queue_draw_maps (PxCompareView *self)
{
  for (guint i = 0; self->maps != NULL && i < self->maps->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->maps, i));
}

static void
px_compare_view_sync_from (PxCompareView   *self,
                           PxArticleColumn *master)
{
  GtkAdjustment *adjustment = px_article_column_get_vadjustment (master);
  double point, y;

  /* Setting the others' values calls back here: the lock stops the echo. */
  if (self->scroll_lock)
    return;
  self->scroll_lock = TRUE;

  point = sync_point (adjustment);
  y = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) * point;
  for (guint i = 0; i < self->columns->len; i++)
    {
      PxArticleColumn *other = g_ptr_array_index (self->columns, i);
      GtkAdjustment *other_adjustment;
      double target;

      if (other == master)
        continue;
      other_adjustment = px_article_column_get_vadjustment (other);
      target = px_compare_view_map_y (self, master, other, y);
      gtk_adjustment_set_value (other_adjustment,
                                target - gtk_adjustment_get_page_size (other_adjustment) * point);
    }

  self->scroll_lock = FALSE;
  px_compare_view_queue_draw_maps (self);
}

static void
px_compare_view_vadjustment_changed (GtkAdjustment *adjustment,
                                     PxCompareView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PxArticleColumn *column = g_ptr_array_index (self->columns, i);

      if (px_article_column_get_vadjustment (column) == adjustment)
        {
          px_compare_view_sync_from (self, column);
          return;
        }
    }
}

static gboolean
px_compare_view_query_tooltip (GtkWidget     *text_view,
                               int            x,
                               int            y,
                               gboolean       keyboard,
                               GtkTooltip    *tooltip,
                               PxCompareView *self)
{
  PxArticleColumn *column = column_of_widget (text_view);
  g_autofree char *text = NULL;
  GtkTextIter iter;
  GdkRectangle area;
  int bx, by, sy, sh, wy;
  guint sentence;

  if (column == NULL || self->compare == NULL)
    return FALSE;
  if (keyboard)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (text_view), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (text_view), &iter, bx, by))
        return FALSE;
    }
  text = px_compare_view_dup_tooltip (self, column, &iter);
  if (text == NULL)
    return FALSE;

  /* The tooltip stays while the pointer stays in the sentence. */
  sentence = px_article_column_get_sentence_at_iter (column, &iter);
  px_article_column_get_sentence_yrange (column, sentence, &sy, &sh);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (text_view), GTK_TEXT_WINDOW_WIDGET, 0, sy, NULL, &wy);
  area.x = 0;
  area.y = wy;
  area.width = gtk_widget_get_width (text_view);
  area.height = sh;
  gtk_tooltip_set_tip_area (tooltip, &area);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
px_compare_view_set_context (PxCompareView   *self,
                             PxArticleColumn *column,
                             guint            sentence)
{
  self->context_article = px_article_column_get_index (column);
  self->context_sentence = sentence;
  px_compare_view_update_actions (self);
}

static void
px_compare_view_end_linking (PxCompareView *self)
{
  self->link_article = G_MAXUINT;
  self->link_sentence = G_MAXUINT;
  gtk_widget_set_visible (GTK_WIDGET (self->link_hint), FALSE);
  px_compare_view_update_actions (self);
}

static void
px_compare_view_text_pressed (GtkGestureClick *gesture,
                              int              n_press,
                              double           x,
                              double           y,
                              PxCompareView   *self)
{
  GtkWidget *text_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  PxArticleColumn *column = column_of_widget (text_view);
  GtkTextIter iter;
  int bx, by;
  guint sentence;

  if (column == NULL)
    return;
  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (text_view), GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (text_view), &iter, bx, by);
  sentence = px_article_column_get_sentence_at_iter (column, &iter);
  for (guint i = 0; i < self->columns->len; i++)
    if (g_ptr_array_index (self->columns, i) == column)
      self->active_column = i;

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY)
    {
      px_compare_view_set_context (self, column, sentence);
      return;
    }

  if (self->link_article != G_MAXUINT && px_article_column_get_index (column) != self->link_article)
    {
      px_compare_view_link_sentences (self, self->link_article, self->link_sentence,
                                      px_article_column_get_index (column), sentence);
      px_compare_view_end_linking (self);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      return;
    }
  px_compare_view_set_context (self, column, sentence);
}

static void
px_compare_view_text_focused (GtkEventControllerFocus *controller,
                              PxCompareView           *self)
{
  GtkWidget *text_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  PxArticleColumn *column = column_of_widget (text_view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter iter;

  for (guint i = 0; i < self->columns->len; i++)
    if (g_ptr_array_index (self->columns, i) == column)
      self->active_column = i;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  px_compare_view_set_context (self, column, px_article_column_get_sentence_at_iter (column, &iter));
}

static void
px_compare_view_update_links (PxCompareView *self)
{
  PxClaimSet *set = self->compare->claims;
  guint64 everyone = all_articles_mask (self);

  for (guint i = 0; i < self->maps->len; i++)
    {
      PxLinkMap *map = g_ptr_array_index (self->maps, i);
      guint left = px_article_column_get_index (g_ptr_array_index (self->columns, i));
      guint right = px_article_column_get_index (g_ptr_array_index (self->columns, i + 1));
      g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (PxLinkMapLink));
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      for (guint c = 0; c < set->claims->len; c++)
        {
          PxClaim *claim = g_ptr_array_index (set->claims, c);
          guint64 mask = claim_mask (claim);

          if (!(mask & article_bit (left)) || !(mask & article_bit (right)))
            continue;
          for (guint k = 0; k < claim->sentences->len; k++)
            {
              PxSentenceRef *l = &g_array_index (claim->sentences, PxSentenceRef, k);

              if (l->article != left)
                continue;
              for (guint m = 0; m < claim->sentences->len; m++)
                {
                  PxSentenceRef *r = &g_array_index (claim->sentences, PxSentenceRef, m);
                  PxLinkMapLink link = { l->sentence, r->sentence,
                                         (mask & everyone) == everyone ? PX_HIGHLIGHT_ALL : PX_HIGHLIGHT_SOME,
                                         FALSE };
                  gint64 key;

                  if (r->article != right)
                    continue;
                  /* A sentence in two claims would otherwise be joined twice. */
                  key = ((gint64) l->sentence << 32) | r->sentence;
                  if (g_hash_table_contains (seen, &key))
                    continue;
                  g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
                  g_array_append_val (links, link);
                }
            }
        }

      for (guint k = 0; k < set->links->len; k++)
        {
          PxSentenceLink *pin = &g_array_index (set->links, PxSentenceLink, k);

          if (!pin->pinned)
            continue;
          for (guint j = 0; j < links->len; j++)
            {
              PxLinkMapLink *link = &g_array_index (links, PxLinkMapLink, j);

              if ((pin->a.article == left && pin->b.article == right &&
                   pin->a.sentence == link->left && pin->b.sentence == link->right) ||
                  (pin->a.article == right && pin->b.article == left &&
                   pin->a.sentence == link->right && pin->b.sentence == link->left))
                link->pinned = TRUE;
            }
        }
      px_link_map_set_links (map, (PxLinkMapLink *) (void *) links->data, links->len);
      px_link_map_set_hidden (map, self->hidden);
    }
}

static void
px_compare_view_rebuild_columns (PxCompareView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);
  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    g_signal_handlers_disconnect_by_data (px_article_column_get_vadjustment (g_ptr_array_index (self->columns, i)), self);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->maps = g_ptr_array_new_with_free_func (g_object_unref);
  self->active_column = 0;

  if (self->compare == NULL)
    return;

  for (guint i = 0; i < self->shown->len; i++)
    {
      guint article = g_array_index (self->shown, guint, i);
      PxArticleColumn *column = PX_ARTICLE_COLUMN (px_article_column_new ());
      GtkTextView *text_view = px_article_column_get_text_view (column);
      GtkGesture *click = gtk_gesture_click_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();

      if (i > 0)
        {
          GtkWidget *map = px_link_map_new ();

          px_link_map_set_columns (PX_LINK_MAP (map), g_ptr_array_index (self->columns, i - 1), column);
          gtk_box_append (self->columns_box, map);
          g_ptr_array_add (self->maps, g_object_ref (map));
        }
      px_article_column_set_article (column, g_ptr_array_index (self->compare->articles, article), article,
                                     g_ptr_array_index (self->compare->sentences, article));
      px_compare_view_apply_tags (self, column);
      px_article_column_set_hidden (column, self->hidden);
      gtk_box_append (self->columns_box, GTK_WIDGET (column));
      g_ptr_array_add (self->columns, g_object_ref (column));

      gtk_text_view_set_extra_menu (text_view, self->extra_menu);
      g_signal_connect_object (text_view, "query-tooltip",
                               G_CALLBACK (px_compare_view_query_tooltip), self, 0);
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
      g_signal_connect_object (click, "pressed", G_CALLBACK (px_compare_view_text_pressed), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (text_view), GTK_EVENT_CONTROLLER (click));
      g_signal_connect_object (focus, "enter", G_CALLBACK (px_compare_view_text_focused), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (text_view), focus);

      g_signal_connect_object (px_article_column_get_vadjustment (column), "value-changed",
                               G_CALLBACK (px_compare_view_vadjustment_changed), self, 0);
      g_signal_connect_object (px_article_column_get_vadjustment (column), "changed",
                               G_CALLBACK (px_compare_view_queue_draw_maps), self, G_CONNECT_SWAPPED);
    }
  for (guint i = 0; i < self->columns->len; i++)
    px_compare_view_describe_column (self, g_ptr_array_index (self->columns, i), i);
  px_compare_view_update_links (self);
  px_compare_view_update_actions (self);
}

/* ---- Choosing the articles ----------------------------------------- */

static void
px_compare_view_update_checks (PxCompareView *self)
{
  guint n_checked = self->shown->len;

  for (guint a = 0; self->article_checks != NULL && a < self->article_checks->len; a++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->article_checks, a);
      gboolean active = gtk_check_button_get_active (check);

      gtk_widget_set_sensitive (GTK_WIDGET (check),
                                active ? n_checked > 2 : n_checked < PX_COMPARE_VIEW_MAX_COLUMNS);
    }
}

static void
px_compare_view_check_toggled (GtkCheckButton *check,
                               PxCompareView  *self)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint a = 0; a < self->article_checks->len; a++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->article_checks, a)))
      g_array_append_val (shown, a);
  if (shown->len == 0)
    return;
  px_compare_view_set_shown_articles (self, (guint *) (void *) shown->data, shown->len);
}

static void
px_compare_view_rebuild_checks (PxCompareView *self)
{
  for (guint a = 0; self->article_checks != NULL && a < self->article_checks->len; a++)
    gtk_box_remove (self->articles_box, g_ptr_array_index (self->article_checks, a));
  g_clear_pointer (&self->article_checks, g_ptr_array_unref);
  self->article_checks = g_ptr_array_new ();
  if (self->compare == NULL)
    return;

  for (guint a = 0; a < self->compare->articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (self->compare->articles, a);
      const char *title = px_article_get_title (article);
      g_autofree char *label = g_strdup_printf ("%s — %s", outlet_name (self, a),
                                                title != NULL ? title : "");
      GtkWidget *check = gtk_check_button_new_with_label (label);
      GtkWidget *child = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));

      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 60);
        }
      gtk_box_append (self->articles_box, check);
      g_ptr_array_add (self->article_checks, check);
    }
}

static void
px_compare_view_sync_checks (PxCompareView *self)
{
  for (guint a = 0; a < self->article_checks->len; a++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->article_checks, a);
      gboolean shown = FALSE;

      for (guint i = 0; i < self->shown->len; i++)
        shown |= g_array_index (self->shown, guint, i) == a;
      g_signal_handlers_block_by_func (check, px_compare_view_check_toggled, self);
      gtk_check_button_set_active (check, shown);
      g_signal_handlers_unblock_by_func (check, px_compare_view_check_toggled, self);
      g_signal_handlers_disconnect_by_func (check, px_compare_view_check_toggled, self);
      g_signal_connect (check, "toggled", G_CALLBACK (px_compare_view_check_toggled), self);
    }
  px_compare_view_update_checks (self);
}

/* ---- Actions -------------------------------------------------------- */

static gboolean
is_difference (PxCompareView *self,
               guint          article,
               guint          sentence)
{
  guint8 marks = marks_of (self, article, sentence);
  PxHighlight category = category_of (marks);

  return category != PX_HIGHLIGHT_ALL && !(self->hidden & PX_MARK (category));
}

/* A difference is a run of sentences of one kind not carried by all. */
static gboolean
starts_difference (PxCompareView *self,
                   guint          article,
                   guint          sentence)
{
  if (!is_difference (self, article, sentence))
    return FALSE;
  return sentence == 0 ||
         !is_difference (self, article, sentence - 1) ||
         category_of (marks_of (self, article, sentence - 1)) != category_of (marks_of (self, article, sentence));
}

static PxArticleColumn *
active_column (PxCompareView *self)
{
  if (self->columns == NULL || self->columns->len == 0)
    return NULL;
  return g_ptr_array_index (self->columns, MIN (self->active_column, self->columns->len - 1));
}

/* Screen readers do not see text tags: the text view's description says
 * where the keyboard went and why it is highlighted. */
static void
px_compare_view_describe_sentence (PxCompareView   *self,
                                   PxArticleColumn *column,
                                   guint            sentence)
{
  GtkTextIter start;
  g_autofree char *why = NULL;
  g_autofree char *description = NULL;

  px_article_column_get_sentence_bounds (column, sentence, &start, NULL);
  why = px_compare_view_dup_tooltip (self, column, &start);
  /* Translators: where next/previous difference went, for screen readers: "Sentence 4 of 20: Only … reports this" */
  description = g_strdup_printf (_("Sentence %u of %u: %s"), sentence + 1,
                                 px_article_column_get_n_sentences (column), why != NULL ? why : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (px_article_column_get_text_view (column)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
px_compare_view_go_to (PxCompareView   *self,
                       PxArticleColumn *column,
                       guint            sentence)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  GtkTextIter start, end;

  px_article_column_get_sentence_bounds (column, sentence, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  px_compare_view_set_context (self, column, sentence);
  px_compare_view_describe_sentence (self, column, sentence);
  /* The sync handler brings the other columns along. */
  px_article_column_scroll_to_sentence (column, sentence, 0.3);
  px_compare_view_queue_draw_maps (self);
}

static void
px_compare_view_move_difference (PxCompareView *self,
                                 int            direction)
{
  PxArticleColumn *column = active_column (self);
  guint article, n, current;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GtkTextMark *insert;

  if (column == NULL)
    return;
  article = px_article_column_get_index (column);
  n = px_article_column_get_n_sentences (column);
  if (n == 0)
    return;
  buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  insert = gtk_text_buffer_get_insert (buffer);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, insert);
  current = px_article_column_get_sentence_at_iter (column, &iter);

  /* From the very start, the first sentence itself may be the next one. */
  if (direction > 0 && gtk_text_iter_is_start (&iter) && !gtk_text_buffer_get_has_selection (buffer) &&
      starts_difference (self, article, 0))
    {
      px_compare_view_go_to (self, column, 0);
      return;
    }
  for (guint s = current; direction > 0 ? s + 1 < n : s > 0;)
    {
      s = direction > 0 ? s + 1 : s - 1;
      if (starts_difference (self, article, s))
        {
          px_compare_view_go_to (self, column, s);
          return;
        }
    }
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
next_difference (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  px_compare_view_move_difference (PX_COMPARE_VIEW (widget), 1);
}

static void
previous_difference (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  px_compare_view_move_difference (PX_COMPARE_VIEW (widget), -1);
}

static void
px_compare_view_focus_column (PxCompareView *self,
                              int            step)
{
  guint n = self->columns != NULL ? self->columns->len : 0;
  PxArticleColumn *column;

  if (n == 0)
    return;
  self->active_column = (self->active_column + n + step) % n;
  column = g_ptr_array_index (self->columns, self->active_column);
  gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (column)));
}

static void
focus_next_column (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  px_compare_view_focus_column (PX_COMPARE_VIEW (widget), 1);
}

static void
focus_previous_column (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  px_compare_view_focus_column (PX_COMPARE_VIEW (widget), -1);
}

static void
link_sentence (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxCompareView *self = PX_COMPARE_VIEW (widget);

  if (self->context_article == G_MAXUINT)
    return;
  self->link_article = self->context_article;
  self->link_sentence = self->context_sentence;
  gtk_widget_set_visible (GTK_WIDGET (self->link_hint), TRUE);
  px_compare_view_update_actions (self);
}

static void
cancel_link (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  px_compare_view_end_linking (PX_COMPARE_VIEW (widget));
}

static void
unlink_sentence (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxCompareView *self = PX_COMPARE_VIEW (widget);

  if (self->context_article != G_MAXUINT)
    px_compare_view_unlink_sentence (self, self->context_article, self->context_sentence);
}

static void
px_compare_view_update_actions (PxCompareView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_context = self->compare != NULL && self->context_article != G_MAXUINT &&
                         self->context_article < self->compare->articles->len;
  gboolean linked = FALSE;
  gboolean has_columns = self->columns != NULL && self->columns->len > 0;

  if (has_context)
    {
      ClaimIndex *index = &self->claim_index[self->context_article];

      linked = self->context_sentence + 1 < index->first->len &&
               g_array_index (index->first, guint, self->context_sentence) <
               g_array_index (index->first, guint, self->context_sentence + 1);
    }
  gtk_widget_action_set_enabled (widget, "compare.next-difference", has_columns);
  gtk_widget_action_set_enabled (widget, "compare.previous-difference", has_columns);
  gtk_widget_action_set_enabled (widget, "compare.focus-next-column", has_columns);
  gtk_widget_action_set_enabled (widget, "compare.focus-previous-column", has_columns);
  gtk_widget_action_set_enabled (widget, "compare.link-sentence", has_context && self->link_article == G_MAXUINT);
  gtk_widget_action_set_enabled (widget, "compare.unlink-sentence", has_context && linked);
  gtk_widget_action_set_enabled (widget, "compare.cancel-link", self->link_article != G_MAXUINT);
}

static void
px_compare_view_legend_toggled (PxLegend      *legend,
                                guint          highlight,
                                gboolean       active,
                                PxCompareView *self)
{
  if (active)
    self->hidden &= ~PX_MARK (highlight);
  else
    self->hidden |= PX_MARK (highlight);

  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    {
      PxArticleColumn *column = g_ptr_array_index (self->columns, i);
      GtkTextTag *tag = px_article_column_get_tag (column, highlight);

      if (highlight == PX_HIGHLIGHT_QUOTES || highlight == PX_HIGHLIGHT_TERMS)
        px_compare_view_apply_framing (self, column);
      else if (highlight == PX_HIGHLIGHT_VERBATIM)
        g_object_set (tag, "underline-set", active, NULL);
      else
        g_object_set (tag, "background-set", active, NULL);
      px_article_column_set_hidden (column, self->hidden);
    }
  for (guint i = 0; self->maps != NULL && i < self->maps->len; i++)
    px_link_map_set_hidden (g_ptr_array_index (self->maps, i), self->hidden);
}

/* ---- GObject -------------------------------------------------------- */

static void
px_compare_view_dispose (GObject *object)
{
  PxCompareView *self = PX_COMPARE_VIEW (object);

  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    g_signal_handlers_disconnect_by_data (px_article_column_get_vadjustment (g_ptr_array_index (self->columns, i)), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_COMPARE_VIEW);
  /* Template children without an id are not bound, so not disposed above. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_clear_pointer (&self->article_checks, g_ptr_array_unref);
  px_compare_view_clear_analysis (self);
  self->compare = NULL;
  g_clear_object (&self->extra_menu);

  G_OBJECT_CLASS (px_compare_view_parent_class)->dispose (object);
}

static void
px_compare_view_finalize (GObject *object)
{
  PxCompareView *self = PX_COMPARE_VIEW (object);

  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (px_compare_view_parent_class)->finalize (object);
}

static void
px_compare_view_class_init (PxCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_compare_view_dispose;
  object_class->finalize = px_compare_view_finalize;

  /**
   * PxCompareView::link-requested:
   * @constraint: (type gpointer): the `const PxLinkConstraint *` to keep with
   *   the folder's corrections before comparing again
   *
   * The user pinned two sentences as saying the same thing, or unlinked a
   * wrong match (one emission per pair).
   */
  signals[LINK_REQUESTED] =
    g_signal_new ("link-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, articles_button);
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, articles_box);
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, legend);
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, link_hint);
  gtk_widget_class_bind_template_child (widget_class, PxCompareView, columns_box);
  gtk_widget_class_bind_template_callback (widget_class, px_compare_view_legend_toggled);

  gtk_widget_class_install_action (widget_class, "compare.next-difference", NULL, next_difference);
  gtk_widget_class_install_action (widget_class, "compare.previous-difference", NULL, previous_difference);
  gtk_widget_class_install_action (widget_class, "compare.focus-next-column", NULL, focus_next_column);
  gtk_widget_class_install_action (widget_class, "compare.focus-previous-column", NULL, focus_previous_column);
  gtk_widget_class_install_action (widget_class, "compare.link-sentence", NULL, link_sentence);
  gtk_widget_class_install_action (widget_class, "compare.unlink-sentence", NULL, unlink_sentence);
  gtk_widget_class_install_action (widget_class, "compare.cancel-link", NULL, cancel_link);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "compare.next-difference", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "compare.previous-difference", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "compare.focus-next-column", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "compare.focus-previous-column", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.cancel-link", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  g_type_ensure (PX_TYPE_LEGEND);
}

static void
px_compare_view_init (PxCompareView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  g_type_ensure (PX_TYPE_LEGEND);
  px_highlight_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  self->context_article = G_MAXUINT;
  self->context_sentence = G_MAXUINT;
  self->link_article = G_MAXUINT;
  self->link_sentence = G_MAXUINT;

  g_menu_append (section, _("_Link to Another Sentence…"), "compare.link-sentence");
  g_menu_append (section, _("_Unlink This Sentence"), "compare.unlink-sentence");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  self->extra_menu = G_MENU_MODEL (g_steal_pointer (&menu));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Side by side"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->columns_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Articles side by side"),
                                  -1);
  px_compare_view_update_actions (self);
}

GtkWidget *
px_compare_view_new (void)
{
  return g_object_new (PX_TYPE_COMPARE_VIEW, NULL);
}

/**
 * px_compare_view_set_compare:
 * @compare: (nullable) (transfer none): the comparison to show; it must
 *   stay alive until it is replaced or the view is disposed
 *
 * Shows up to the first six articles of @compare.
 */
void
px_compare_view_set_compare (PxCompareView *self,
                             PxCompare     *compare)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (PX_IS_COMPARE_VIEW (self));

  px_compare_view_clear_analysis (self);
  /* The framing belongs to the previous comparison. */
  self->framing = NULL;
  g_clear_pointer (&self->framing_marks, g_ptr_array_unref);
  self->compare = compare;
  self->context_article = G_MAXUINT;
  px_compare_view_end_linking (self);
  if (compare != NULL)
    px_compare_view_analyse (self);
  px_compare_view_rebuild_checks (self);
  if (compare != NULL)
    {
      /* A new comparison of the same articles keeps the user's choice. */
      for (guint i = 0; i < self->shown->len; i++)
        if (g_array_index (self->shown, guint, i) < compare->articles->len)
          g_array_append_val (shown, g_array_index (self->shown, guint, i));
      if (shown->len < 2)
        {
          g_array_set_size (shown, 0);
          for (guint a = 0; a < compare->articles->len && a < PX_COMPARE_VIEW_MAX_COLUMNS; a++)
            g_array_append_val (shown, a);
        }
    }
  g_array_set_size (self->shown, 0);
  g_array_append_vals (self->shown, shown->data, shown->len);
  if (compare != NULL)
    px_compare_view_sync_checks (self);
  px_compare_view_rebuild_columns (self);
}

PxCompare *
px_compare_view_get_compare (PxCompareView *self)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), NULL);

  return self->compare;
}

/* Shows the given articles (indices into the comparison), in this order;
 * at most PX_COMPARE_VIEW_MAX_COLUMNS. */
void
px_compare_view_set_shown_articles (PxCompareView *self,
                                    const guint   *articles,
                                    guint          n_articles)
{
  g_return_if_fail (PX_IS_COMPARE_VIEW (self));
  g_return_if_fail (self->compare != NULL);

  g_array_set_size (self->shown, 0);
  for (guint i = 0; i < n_articles && self->shown->len < PX_COMPARE_VIEW_MAX_COLUMNS; i++)
    if (articles[i] < self->compare->articles->len)
      g_array_append_val (self->shown, articles[i]);
  px_compare_view_sync_checks (self);
  px_compare_view_rebuild_columns (self);
}

guint
px_compare_view_get_n_columns (PxCompareView *self)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), 0);

  return self->columns != NULL ? self->columns->len : 0;
}

PxArticleColumn *
px_compare_view_get_column (PxCompareView *self,
                            guint          index)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (self->columns != NULL && index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

/* The map between columns @index and @index + 1. */
PxLinkMap *
px_compare_view_get_link_map (PxCompareView *self,
                              guint          index)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (self->maps != NULL && index < self->maps->len, NULL);

  return g_ptr_array_index (self->maps, index);
}

PxLegend *
px_compare_view_get_legend (PxCompareView *self)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), NULL);

  return self->legend;
}

/* Whether all, some or no other article carries the sentence's claims. */
PxHighlight
px_compare_view_get_highlight (PxCompareView *self,
                               guint          article,
                               guint          sentence)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), PX_HIGHLIGHT_ONLY);
  g_return_val_if_fail (self->compare != NULL && article < self->compare->articles->len, PX_HIGHLIGHT_ONLY);

  return category_of (marks_of (self, article, sentence));
}

/* The article and sentence the last navigation or click went to. */
gboolean
px_compare_view_get_cursor (PxCompareView *self,
                            guint         *article,
                            guint         *sentence)
{
  g_return_val_if_fail (PX_IS_COMPARE_VIEW (self), FALSE);

  if (self->context_article == G_MAXUINT)
    return FALSE;
  if (article != NULL)
    *article = self->context_article;
  if (sentence != NULL)
    *sentence = self->context_sentence;
  return TRUE;
}

/* Selects @sentence of @article and scrolls every column to it; shows the
 * article's column first if it was hidden. */
void
px_compare_view_show_sentence (PxCompareView *self,
                               guint          article,
                               guint          sentence)
{
  PxArticleColumn *column;
  guint position = 0;

  g_return_if_fail (PX_IS_COMPARE_VIEW (self));
  g_return_if_fail (self->compare != NULL && article < self->compare->articles->len);

  column = column_for_article (self, article, &position);
  if (column == NULL)
    {
      g_autoptr(GArray) shown = g_array_copy (self->shown);

      if (shown->len >= PX_COMPARE_VIEW_MAX_COLUMNS)
        g_array_set_size (shown, PX_COMPARE_VIEW_MAX_COLUMNS - 1);
      g_array_append_val (shown, article);
      px_compare_view_set_shown_articles (self, (guint *) (void *) shown->data, shown->len);
      column = column_for_article (self, article, &position);
    }
  if (column == NULL || sentence >= px_article_column_get_n_sentences (column))
    return;
  self->active_column = position;
  px_compare_view_go_to (self, column, sentence);
}

void
px_compare_view_link_sentences (PxCompareView *self,
                                guint          article_a,
                                guint          sentence_a,
                                guint          article_b,
                                guint          sentence_b)
{
  PxLinkConstraint constraint = { PX_LINK_PIN, { article_a, sentence_a }, { article_b, sentence_b } };

  g_return_if_fail (PX_IS_COMPARE_VIEW (self));
  g_return_if_fail (article_a != article_b);

  if (article_a > article_b)
    {
      constraint.a = (PxSentenceRef) { article_b, sentence_b };
      constraint.b = (PxSentenceRef) { article_a, sentence_a };
    }
  g_signal_emit (self, signals[LINK_REQUESTED], 0, &constraint);
}

/* Asks to part @sentence from every sentence of other articles it was
 * matched with. */
void
px_compare_view_unlink_sentence (PxCompareView *self,
                                 guint          article,
                                 guint          sentence)
{
  g_return_if_fail (PX_IS_COMPARE_VIEW (self));
  g_return_if_fail (self->compare != NULL && article < self->compare->articles->len);

  for (guint other = 0; other < self->compare->articles->len; other++)
    {
      g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
      ClaimIndex *index = &self->claim_index[article];

      if (other == article || sentence + 1 >= index->first->len)
        continue;
      for (guint i = g_array_index (index->first, guint, sentence); i < g_array_index (index->first, guint, sentence + 1); i++)
        {
          PxClaim *claim = g_ptr_array_index (self->compare->claims->claims, g_array_index (index->ids, guint, i));

          for (guint k = 0; k < claim->sentences->len; k++)
            {
              PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
              PxLinkConstraint constraint = { PX_LINK_UNLINK, { article, sentence }, *ref };

              if (ref->article != other || g_hash_table_contains (done, GUINT_TO_POINTER (ref->sentence + 1)))
                continue;
              g_hash_table_add (done, GUINT_TO_POINTER (ref->sentence + 1));
              if (article > other)
                {
                  constraint.a = *ref;
                  constraint.b = (PxSentenceRef) { article, sentence };
                }
              g_signal_emit (self, signals[LINK_REQUESTED], 0, &constraint);
            }
        }
    }
}
