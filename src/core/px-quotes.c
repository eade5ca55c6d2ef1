/* px-quotes.c — who says what in an article: direct and indirect quotes with their speakers
 *
 * Attribution is source + cue + content (as in PARC). The finder works on
 * the article's paragraphs joined by blank lines:
 *
 *  1. pair quotation marks of every style (“…” "…" ‘…’ «…» „…“ ‚…‘), telling
 *     apostrophes from single quotes and carrying a quote over paragraphs
 *     that reopen it;
 *  2. split sentences outside the quotes, so "‘…’, said X." stays one;
 *  3. in each sentence find a cue (a reporting verb or "according to") and
 *     its source next to it: a name, a pronoun, a role ("the prime
 *     minister") or an institution;
 *  4. resolve the source to a full name through the article's own mentions:
 *     a surname or a title names back to the full name, a role to the
 *     person the article introduced with it, a pronoun to the last person;
 *  5. quotes without a cue in their sentence take the speaker of the quote
 *     next to them; short ones with no speaker are scare quotes;
 *  6. sentences without quotation marks but with a cue and a clause are
 *     indirect speech.
 *
 * This file holds the document, steps 1, 2, 5 and 6 and the public API;
 * the names and institutions an article gives are read in
 * px-quotes-people.c, cues and their sources (steps 3 and 4) in
 * px-quotes-sources.c, and the word lists all of them share in
 * px-quotes-words.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-quotes"

#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* ---- The document ---- */

static void
person_free (Person *person)
{
  g_free (person->name);
  g_free (person->lower_last);
  g_ptr_array_unref (person->descriptions);
  g_free (person->relative);
  g_array_unref (person->mentions);
  g_free (person->alias);
  g_free (person);
}

void
px_quote_free (PxQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->speaker);
  g_free (quote->speaker_description);
  g_free (quote->via);
  g_free (quote->verb);
  g_free (quote);
}

const char *
px_quote_kind_to_string (PxQuoteKind kind)
{
  return kind == PX_QUOTE_SCARE ? "scare-quote" : "speech";
}


/* ---- 1. Quotation marks ---- */

typedef enum { MARK_NONE, MARK_OPEN, MARK_CLOSE, MARK_EITHER } MarkRole;

static gboolean
is_double (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB || c == 0x00BB
         || c == 0x300C || c == 0x300D;
}

/* Which marks may close a quote opened by @open. */
static gboolean
closes (gunichar open,
        gunichar close)
{
  switch (open)
    {
    case 0x201C: return close == 0x201D || close == '"';
    case 0x201E: return close == 0x201C || close == 0x201D;
    case 0x00AB: return close == 0x00BB;
    case 0x00BB: return close == 0x00AB;
    case '"': return close == '"' || close == 0x201D;
    case 0x2018: return close == 0x2019 || close == '\'';
    case 0x201A: return close == 0x2018 || close == 0x2019;
    case '\'': return close == '\'' || close == 0x2019;
    case 0x2039: return close == 0x203A;
    case 0x300C: return close == 0x300D;
    default: return FALSE;
    }
}

static MarkRole
mark_role (Doc      *doc,
           guint     i,
           gunichar  open_top)
{
  gunichar c = tok_char (doc, i);
  gboolean before = space_before (doc, i) || (tok (doc, i)->flags & PX_LEXICON_TOKEN_PARA_START) != 0
                    || (i > 0 && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_QUOTE) != 0 && tok (doc, i - 1)->end == tok (doc, i)->start);
  gboolean after = space_after (doc, i);

  switch (c)
    {
    case 0x201E: case 0x201A: case 0x00AB: case 0x2039: case 0x300C:
      return open_top == 0x00BB && c == 0x00AB ? MARK_CLOSE : MARK_OPEN;
    case 0x201D: case 0x00BB: case 0x203A: case 0x300D:
      if (c == 0x00BB && before && !after)
        return MARK_OPEN;   /* »German« style */
      return MARK_CLOSE;
    case 0x201C:
      if (open_top == 0x201E || (open_top == 0x201C && !before && after))
        return MARK_CLOSE;
      return MARK_OPEN;
    case 0x2018:
      if (open_top == 0x201A)
        return MARK_CLOSE;
      return MARK_OPEN;
    case '"':
      if (before && !after)
        return MARK_OPEN;
      if (!before && after)
        return MARK_CLOSE;
      return MARK_EITHER;
    case 0x2019: case '\'':
      if (before && !after)
        return c == '\'' ? MARK_OPEN : MARK_NONE;
      if (!before && after)
        return MARK_CLOSE;
      return MARK_NONE;
    default:
      return MARK_NONE;
    }
}

/* Whether a closing single mark after "s" is rather a plural possessive
 * ("the two countries’ leaders"): it is when a later mark in the paragraph
 * can still close the quote. */
static gboolean
looks_possessive (Doc  *doc,
                  guint i)
{
  const char *previous = i > 0 ? lower (doc, i - 1) : NULL;
  guint segment = doc->token_segment[i];

  if (previous == NULL || !g_str_has_suffix (previous, "s") || tok (doc, i - 1)->end != tok (doc, i)->start)
    return FALSE;
  if (!is_word (doc, i + 1) || (tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
      || IN (stop_words, lower (doc, i + 1)))
    return FALSE;
  for (guint j = i + 1; j < doc->tokens->len && doc->token_segment[j] == segment; j++)
    if ((tok (doc, j)->flags & PX_LEXICON_TOKEN_QUOTE) != 0 && !space_after (doc, j) == FALSE
        && (tok_char (doc, j) == 0x2019 || tok_char (doc, j) == '\'') && !space_before (doc, j))
      return TRUE;
  return FALSE;
}

typedef struct {
  gunichar mark;
  guint    token;
} Open;

static void
add_span (Doc      *doc,
          guint     open,
          guint     close,
          gboolean  closed)
{
  Span span = { open, close, closed, 0, 0 };

  /* «Сначала это была полка, — вспоминает Анна Сергеевна. — Потом …»:
   * Russian sets the cue inside one pair of marks between dashes; the
   * words around it are two spans, the cue between them no quotation */
  for (guint k = open + 2; k + 3 < close && k + 3 < doc->tokens->len; k++)
    if ((is_punct (doc, k, ',') || is_punct (doc, k, '!') || is_punct (doc, k, '?') || is_punct (doc, k, 0x2026))
        && (is_punct (doc, k + 1, 0x2014) || is_punct (doc, k + 1, 0x2013))
        && is_word (doc, k + 2) && !(tok (doc, k + 2)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && IN (speech_verbs, lower (doc, k + 2)))
      for (guint d = k + 3; d + 1 < close && d < k + 14; d++)
        {
          if (tok (doc, d)->flags & PX_LEXICON_TOKEN_QUOTE)
            break;
          if ((is_punct (doc, d, 0x2014) || is_punct (doc, d, 0x2013)) && d > k + 3
              && (is_punct (doc, d - 1, '.') || is_punct (doc, d - 1, ',')) && is_word (doc, d + 1))
            {
              add_span (doc, open, k + 1, TRUE);
              for (guint t = k + 2; t < d; t++)
                doc->quote_depth[t] = 0;
              add_span (doc, d, close, closed);
              return;
            }
        }
  for (guint t = open + 1; t < close && t < doc->tokens->len; t++)
    if (is_word (doc, t))
      span.n_words++;
  if (span.n_words > 0)
    g_array_append_val (doc->spans, span);
}

static void
pair_marks (Doc *doc)
{
  Open stack[4];
  guint depth = 0;

  for (guint i = 0; i < doc->tokens->len; i++)
    {
      PxLexiconToken *token = tok (doc, i);
      gboolean new_paragraph = i > 0 && doc->token_segment[i] != doc->token_segment[i - 1];
      MarkRole role;
      gunichar c;

      if (new_paragraph && depth > 0)
        {
          /* A quote that runs on reopens at the next paragraph's start with a
           * mark of the same kind; otherwise it ended with its paragraph. */
          /* straight marks open and close alike: at a paragraph's start,
           * before a word, one reopens */
          gboolean straight = tok_char (doc, i) == stack[0].mark && (stack[0].mark == '"' || stack[0].mark == '\'');
          gboolean reopens = (token->flags & PX_LEXICON_TOKEN_QUOTE) != 0
                             && (closes (stack[0].mark, tok_char (doc, i)) == FALSE || straight)
                             && is_double (tok_char (doc, i)) == is_double (stack[0].mark)
                             && mark_role (doc, i, 0) == MARK_OPEN;

          if (reopens && depth == 1)
            {
              doc->quote_depth[i] = 1;
              continue;
            }
          add_span (doc, stack[0].token, i, FALSE);
          depth = 0;
        }
      doc->quote_depth[i] = depth;
      if ((token->flags & PX_LEXICON_TOKEN_QUOTE) == 0)
        continue;
      c = tok_char (doc, i);
      role = mark_role (doc, i, depth > 0 ? stack[depth - 1].mark : 0);
      if (role == MARK_EITHER)
        role = depth > 0 && closes (stack[depth - 1].mark, c) ? MARK_CLOSE : MARK_OPEN;

      if (role == MARK_CLOSE || (role == MARK_OPEN && depth > 0 && stack[depth - 1].mark == '"' && c == '"'))
        {
          guint k = depth;

          if ((c == 0x2019 || c == '\'') && looks_possessive (doc, i))
            continue;
          while (k > 0 && !closes (stack[k - 1].mark, c))
            k--;
          if (k == 0)
            continue;
          if (k == 1)
            {
              /* A straight mark opening a word after a space while a straight
               * quote is open: the writer forgot to close the first one. */
              if (role == MARK_OPEN)
                {
                  add_span (doc, stack[0].token, i, FALSE);
                  stack[0].mark = c;
                  stack[0].token = i;
                  depth = 1;
                  doc->quote_depth[i] = 0;
                  continue;
                }
              add_span (doc, stack[0].token, i, TRUE);
            }
          depth = k - 1;
          continue;
        }
      if (role == MARK_OPEN)
        {
          if (depth < G_N_ELEMENTS (stack))
            {
              stack[depth].mark = c;
              stack[depth].token = i;
              depth++;
            }
        }
    }
  if (depth > 0)
    add_span (doc, stack[0].token, doc->tokens->len, FALSE);

  for (guint s = 0; s < doc->spans->len; s++)
    {
      Span *span = &g_array_index (doc->spans, Span, s);

      for (guint t = span->open; t <= span->close && t < doc->tokens->len; t++)
        doc->span_of[t] = s;
    }
}

static gint
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  return x->open < y->open ? -1 : x->open > y->open;
}

/* "—Aquí nadie nos ayudó —cuenta Rosa, sentada en la silla—. Los del
 * Gobierno vinieron una vez.": Spanish (and Italian, Portuguese, Russian) features
 * write dialogue with a dash at the paragraph's start instead of
 * quotation marks. The words up to a dash that opens the narrator's incise
 * (a space before it, a lower-case word after) are the speech; after the
 * dash that closes the incise and its punctuation, the speech goes on to
 * the next incise or the paragraph's end. Only paragraphs with no
 * quotation marks of their own are read so. */
static void
pair_dialogue_dashes (Doc      *doc,
                      gboolean  spaced)
{
  guint added = 0;

  for (guint f = 0; f < doc->tokens->len; f++)
    {
      guint end = f;
      guint open;
      gboolean marks = FALSE;

      if (f > 0 && doc->token_segment[f] == doc->token_segment[f - 1])
        continue;
      while (end + 1 < doc->tokens->len && doc->token_segment[end + 1] == doc->token_segment[f])
        end++;
      for (guint t = f; t <= end && !marks; t++)
        marks = doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE) != 0;
      /* the dash touches the first word ("—Aquí"); "— 3 muertos, según
       * …" is a list item. Russian sets the dash apart ("— Мы …, —
       * сказал он"): there the speech opens with a capital and the
       * paragraph has the narrator's incise after a comma */
      if (marks || is_word (doc, f) || tok_char (doc, f) != 0x2014 || end < f + 2)
        continue;
      if (tok (doc, f)->end != tok (doc, f + 1)->start)
        {
          gboolean incise = FALSE;

          if (!spaced || !is_word (doc, f + 1) || !g_unichar_isupper (tok_char (doc, f + 1)))
            continue;
          for (guint t = f + 2; t + 1 <= end && !incise; t++)
            incise = is_punct (doc, t - 1, ',') && !is_word (doc, t) && tok_char (doc, t) == 0x2014
                     && is_word (doc, t + 1) && g_unichar_islower (tok_char (doc, t + 1));
          if (!incise)
            continue;
        }
      open = f;
      while (open < end)
        {
          guint close = open + 1;
          guint resume;

          /* the dash opening the incise: "… ayudó —cuenta …" */
          while (close <= end && !(!is_word (doc, close) && tok_char (doc, close) == 0x2014 && space_before (doc, close)
                                   && close < end && is_word (doc, close + 1)
                                   && g_unichar_islower (tok_char (doc, close + 1))))
            close++;
          if (close > end)
            {
              /* the speech runs to the paragraph's end, its full stop the
               * closing mark */
              if (!is_word (doc, end) && end > open + 1)
                add_span (doc, open, end, TRUE);
              else
                add_span (doc, open, end + 1, FALSE);
              added++;
              break;
            }
          add_span (doc, open, close, TRUE);
          added++;
          /* the dash closing the incise: "… la silla—. Los del …" */
          resume = close + 1;
          while (resume <= end && !(!is_word (doc, resume) && tok_char (doc, resume) == 0x2014))
            resume++;
          if (resume >= end)
            break;
          if (!is_word (doc, resume + 1) && (is_punct (doc, resume + 1, '.') || is_punct (doc, resume + 1, ',')))
            resume++;
          if (resume >= end || !is_word (doc, resume + 1))
            break;
          open = resume;
        }
      f = end;
    }
  if (added == 0)
    return;
  g_array_sort (doc->spans, compare_spans);
  for (guint s = 0; s < doc->spans->len; s++)
    {
      Span *span = &g_array_index (doc->spans, Span, s);

      for (guint t = span->open; t <= span->close && t < doc->tokens->len; t++)
        doc->span_of[t] = s;
    }
}

/* ---- 1b. Initials and abbreviated titles ---- */

/* Words that open a sentence after letters with stops: "… the U.S. The
 * ministry said" is two sentences, whereas "U.S. Forest Service" is one
 * name. */
static const char * const initials_sentence_openers[] = {
  "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "in", "on", "at",
  "but", "and", "so", "there", "his", "her", "its", "their", "our", "as", "if", "when", "after", "for",
};

/* "Aisha N. Bello", "Martin J. O'Connell", "Dr. Anita Kapoor": American
 * style writes a middle initial or a title with a full stop, which the
 * tokeniser reads as the end of a sentence. Joined to its letter, the stop
 * keeps the name one capitalised run and the word after it no sentence
 * start. An initial counts only between two capitalised words ("Plan B.
 * The …" stays two sentences); a title only before a capitalised word. A
 * French "M." is the title Monsieur, never an initial ("Lundi M. Garnier"). */
static void
join_initials (Doc        *doc,
               const char *language)
{
  static const char * const titles[] = {
    "dr", "mr", "mrs", "ms", "prof", "rev", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "supt",
    "insp", "det",
  };
  GArray *tokens = doc->tokens;
  gboolean french = language != NULL && g_str_has_prefix (language, "fr");

  for (guint i = 0; i + 2 < tokens->len; i++)
    {
      PxLexiconToken *word = &g_array_index (tokens, PxLexiconToken, i);
      PxLexiconToken *stop = &g_array_index (tokens, PxLexiconToken, i + 1);
      PxLexiconToken *next = &g_array_index (tokens, PxLexiconToken, i + 2);
      gboolean initial, title;

      if (word->lower == NULL || (word->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 || stop->lower != NULL
          || stop->start != word->end || doc->text[stop->start] != '.' || stop->end != stop->start + 1
          || next->lower == NULL || (next->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
          || next->start != stop->end + 1 || doc->text[stop->end] != ' '
          || (next->flags & PX_LEXICON_TOKEN_PARA_START) != 0
          || px_text_list_contains (initials_sentence_openers, G_N_ELEMENTS (initials_sentence_openers), next->lower))
        continue;
      title = px_text_list_contains (titles, G_N_ELEMENTS (titles), word->lower)
              || (french && strcmp (word->lower, "m") == 0);
      initial = g_utf8_strlen (word->lower, -1) == 1 && (word->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0
                && !(french && strcmp (word->lower, "m") == 0)
                && i > 0 && g_array_index (tokens, PxLexiconToken, i - 1).lower != NULL
                && (g_array_index (tokens, PxLexiconToken, i - 1).flags & PX_LEXICON_TOKEN_CAPITAL) != 0
                && g_array_index (tokens, PxLexiconToken, i - 1).end + 1 == word->start
                && !IN (not_name_words, g_array_index (tokens, PxLexiconToken, i - 1).lower)
                && !IN (title_words, g_array_index (tokens, PxLexiconToken, i - 1).lower);
      if (!initial && !title)
        continue;
      /* "Robert A. Lindgren", "Ana I. Ruiz": written with its stop, the
       * initial is no article "a" or pronoun "I" to the word lists */
      if (initial)
        {
          char *with_stop = g_strconcat (word->lower, ".", NULL);

          g_free (word->lower);
          word->lower = with_stop;
        }
      word->end = stop->end;
      next->flags &= ~PX_LEXICON_TOKEN_SENT_START;
      g_array_remove_index (tokens, i + 1);
    }
}

/* Joins tokens @i … @last into token @i: its lower-case form is the
 * parts run together (a stop for each punctuation mark when @stops), its
 * end the last part's; the other parts go. */
static void
merge_tokens (GArray   *tokens,
              guint     i,
              guint     last,
              gboolean  stops)
{
  PxLexiconToken *word = &g_array_index (tokens, PxLexiconToken, i);
  GString *folded = g_string_new (NULL);

  for (guint k = i; k <= last; k++)
    {
      PxLexiconToken *part = &g_array_index (tokens, PxLexiconToken, k);

      if (part->lower != NULL)
        g_string_append (folded, part->lower);
      else if (stops)
        g_string_append_c (folded, '.');
    }
  g_free (word->lower);
  word->lower = g_string_free (folded, FALSE);
  word->end = g_array_index (tokens, PxLexiconToken, last).end;
  for (guint k = i + 1; k <= last; k++)
    g_free (g_array_index (tokens, PxLexiconToken, k).lower);
  g_array_remove_range (tokens, i + 1, last - i);
}

/* "Grupo Alvar S.A.", "Ribera S.L.", "Acme Inc.", "Halden Co. Ltd.": the
 * legal form after a firm's name is written with stops, which the
 * tokeniser splits off as the ends of sentences. Joined into one word, the
 * form stays part of the capitalised run of the name. The last stop is
 * joined only when a lower-case word or a comma follows ("S.A. a
 * indiqué", "Inc. said"); before a capitalised word it may end the
 * sentence. */
static void
join_company_suffixes (Doc *doc)
{
  static const char * const forms[] = { "inc", "ltd", "co", "corp", "bros", "cia", "cía" };
  GArray *tokens = doc->tokens;

  for (guint i = 1; i + 1 < tokens->len; i++)
    {
      PxLexiconToken *word = &g_array_index (tokens, PxLexiconToken, i);
      PxLexiconToken *before = &g_array_index (tokens, PxLexiconToken, i - 1);
      gboolean letters;
      guint last = i;

      if (word->lower == NULL || (word->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 || before->lower == NULL
          || (before->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 || before->end + 1 != word->start)
        continue;
      /* "S.A.", "S.L.", "S.p.A.", "N.V.": single letters each with its stop */
      letters = g_utf8_strlen (word->lower, -1) == 1;
      if (letters)
        {
          guint n_letters = 1;

          while (last + 2 < tokens->len
                 && g_array_index (tokens, PxLexiconToken, last + 1).lower == NULL
                 && doc->text[g_array_index (tokens, PxLexiconToken, last + 1).start] == '.'
                 && g_array_index (tokens, PxLexiconToken, last + 1).start == g_array_index (tokens, PxLexiconToken, last).end
                 && g_array_index (tokens, PxLexiconToken, last + 2).lower != NULL
                 && g_utf8_strlen (g_array_index (tokens, PxLexiconToken, last + 2).lower, -1) == 1
                 && g_array_index (tokens, PxLexiconToken, last + 2).start == g_array_index (tokens, PxLexiconToken, last + 1).end)
            {
              last += 2;
              n_letters++;
            }
          if (n_letters < 2)
            continue;
        }
      else if (!px_text_list_contains (forms, G_N_ELEMENTS (forms), word->lower))
        continue;
      /* its final stop, when no capitalised word follows */
      if (last + 1 < tokens->len && g_array_index (tokens, PxLexiconToken, last + 1).lower == NULL
          && doc->text[g_array_index (tokens, PxLexiconToken, last + 1).start] == '.'
          && g_array_index (tokens, PxLexiconToken, last + 1).start == g_array_index (tokens, PxLexiconToken, last).end
          && last + 2 < tokens->len
          && (g_array_index (tokens, PxLexiconToken, last + 2).flags & PX_LEXICON_TOKEN_PARA_START) == 0
          && ((g_array_index (tokens, PxLexiconToken, last + 2).lower != NULL
               && (g_array_index (tokens, PxLexiconToken, last + 2).flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
              || doc->text[g_array_index (tokens, PxLexiconToken, last + 2).start] == ','))
        {
          last++;
          g_array_index (tokens, PxLexiconToken, last + 1).flags &= ~PX_LEXICON_TOKEN_SENT_START;
        }
      if (last == i)
        continue;
      /* "s.a.", but "inc" as the word lists know it */
      if (letters)
        word->flags |= PX_LEXICON_TOKEN_ALL_CAPS;
      merge_tokens (tokens, i, last, letters);
    }
}

/* "A.K. Menon", "A. K. Menon", "the U.S. Forest Service": letters
 * each with its stop before a capitalised word open a name, which the
 * tokeniser splits into sentences at every stop. Two letters or more are
 * joined into one word ("a.k."), and so is a single one after a title;
 * the word after them is then no sentence start. The sentence openers
 * keep "… the U.S. The ministry" two sentences. */
static void
join_leading_initials (Doc *doc)
{
  static const char * const titles[] = {
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame", "justice", "judge",
  };
  GArray *tokens = doc->tokens;

  for (guint i = 0; i + 2 < tokens->len; i++)
    {
      PxLexiconToken *first = &g_array_index (tokens, PxLexiconToken, i);
      PxLexiconToken *next;
      guint last = i, n_letters = 0;
      gboolean after_title;

      /* letter, stop, [space], letter, stop, … */
      while (last + 1 < tokens->len)
        {
          PxLexiconToken *letter = &g_array_index (tokens, PxLexiconToken, last);
          PxLexiconToken *stop = &g_array_index (tokens, PxLexiconToken, last + 1);

          if (letter->lower == NULL || g_utf8_strlen (letter->lower, -1) != 1
              || (letter->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0 || stop->lower != NULL
              || stop->start != letter->end || doc->text[stop->start] != '.' || stop->end != stop->start + 1)
            break;
          n_letters++;
          if (last + 2 < tokens->len)
            {
              PxLexiconToken *after = &g_array_index (tokens, PxLexiconToken, last + 2);

              if (after->lower != NULL && g_utf8_strlen (after->lower, -1) == 1
                  && (after->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0 && after->start <= stop->end + 1
                  && (after->flags & PX_LEXICON_TOKEN_PARA_START) == 0)
                {
                  last += 2;
                  continue;
                }
            }
          last++;
          break;
        }
      if (n_letters == 0 || last + 1 >= tokens->len)
        continue;
      /* "last" is now the final stop */
      next = &g_array_index (tokens, PxLexiconToken, last + 1);
      if (next->lower == NULL || (next->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
          || g_utf8_strlen (next->lower, -1) == 1
          || next->start != g_array_index (tokens, PxLexiconToken, last).end + 1
          || (next->flags & PX_LEXICON_TOKEN_PARA_START) != 0
          || px_text_list_contains (initials_sentence_openers, G_N_ELEMENTS (initials_sentence_openers), next->lower))
        continue;
      after_title = i > 0 && g_array_index (tokens, PxLexiconToken, i - 1).lower != NULL
                    && px_text_list_contains (titles, G_N_ELEMENTS (titles),
                                              g_array_index (tokens, PxLexiconToken, i - 1).lower);
      if (n_letters < 2 && !after_title)
        continue;
      first->flags |= PX_LEXICON_TOKEN_ALL_CAPS | PX_LEXICON_TOKEN_CAPITAL;
      next->flags &= ~PX_LEXICON_TOKEN_SENT_START;
      merge_tokens (tokens, i, last, TRUE);
    }
}

/* ---- 2. Sentences outside quotes ---- */

#define PX_QUOTES_SENTENCE_MAX_TOKENS 600  /* far longer than any real sentence */

static gboolean
is_abbreviation (const char *word)
{
  static const char * const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "jr", "sr", "vs", "no", "inc",
    "ltd", "co", "corp", "u.s", "e.g", "i.e", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
    "oct", "nov", "dec", "rep", "sen", "gov", "mt", "ft", "p", "pp", "m", "mme",
  };
  static GHashTable *abbreviations_set;

  return word != NULL && (g_utf8_strlen (word, -1) == 1 || IN_SET (abbreviations, word));
}

/* "PORT ALBAN, Marevia — Aid agencies warned …", "MAPUTO (Reuters) —
 * …": a dash after a dateline opening the paragraph (a place in capitals,
 * maybe a country or state and an agency in brackets) ends the dateline;
 * the sentence starts after it. */
static gboolean
dateline_dash (Doc  *doc,
               guint i)
{
  guint first = i;
  gunichar c;

  if (doc->span_of[i] >= 0 || is_word (doc, i) || i + 1 >= doc->tokens->len || !is_word (doc, i + 1))
    return FALSE;
  c = tok_char (doc, i);
  if (c != 0x2014 && c != 0x2013)
    return FALSE;
  while (first > 0 && doc->token_segment[first - 1] == doc->token_segment[i] && first + 12 > i)
    first--;
  if (first == i || (first > 0 && doc->token_segment[first - 1] == doc->token_segment[i])
      || !is_word (doc, first) || (tok (doc, first)->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0
      || g_utf8_strlen (lower (doc, first), -1) < 3)
    return FALSE;
  for (guint k = first; k < i; k++)
    if (is_word (doc, k) ? (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                         : !(is_punct (doc, k, ',') || is_punct (doc, k, '(') || is_punct (doc, k, ')') || is_punct (doc, k, '.')))
      return FALSE;
  return TRUE;
}

static void
split_sentences (Doc *doc)
{
  Sentence current = { 0, 0 };
  guint n = doc->tokens->len;

  doc->token_sentence = g_new0 (guint, n + 1);
  for (guint i = 0; i < n; i++)
    {
      gboolean end_here = FALSE;

      if (i + 1 < n && doc->token_segment[i + 1] != doc->token_segment[i])
        end_here = TRUE;
      else if (dateline_dash (doc, i))
        {
          end_here = TRUE;
          tok (doc, i + 1)->flags |= PX_LEXICON_TOKEN_SENT_START;
        }
      else if (doc->span_of[i] < 0 && !is_word (doc, i))
        {
          gunichar c = tok_char (doc, i);

          /* "BBC Radio 4. She said …": a single digit is no initial; only
           * German writes ordinals so ("am 4. März") */
          gboolean digit = i > 0 && is_word (doc, i - 1) && g_unichar_isdigit (tok_char (doc, i - 1)) && lower (doc, i - 1)[1] == '\0';

          if ((c == '.' || c == '!' || c == '?' || c == 0x2026)
              && !(c == '.' && is_abbreviation (lower (doc, i - 1)) && (!digit || doc->capital_nouns)))
            {
              guint j = i + 1;

              while (j < n && !is_word (doc, j) && doc->span_of[j] < 0 && (tok (doc, j)->flags & PX_LEXICON_TOKEN_QUOTE) == 0)
                j++;
              end_here = j >= n || (tok (doc, j)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_QUOTE | PX_LEXICON_TOKEN_NUMBER)) != 0
                         || !g_unichar_isalpha (tok_char (doc, j)) || doc->span_of[j] >= 0;
            }
        }
      else if (doc->span_of[i] >= 0 && i + 1 < n && doc->span_of[i + 1] < 0
               && (tok (doc, i)->flags & PX_LEXICON_TOKEN_QUOTE) != 0)
        {
          /* ‘…works.’ ‘If it helps…’: a quote ending in a full stop followed
           * by another quote or a capitalised sentence ends the sentence. */
          guint close = i;
          gunichar last = close > 0 ? tok_char (doc, close - 1) : 0;

          /* "…paychecks." She said she would bring …: a pronoun's cue with
           * a clause of its own starts a sentence */
          gboolean pronoun_clause = IN (pronouns_person, lower (doc, i + 1)) && i + 3 < n && is_word (doc, i + 2)
                                    && IN (speech_verbs, lower (doc, i + 2)) && is_word (doc, i + 3)
                                    && doc->span_of[i + 3] < 0 && doc->token_segment[i + 3] == doc->token_segment[i];

          /* "…." He laughed, then added …: a pronoun and a verb in -ed that
           * reports nothing start a sentence of their own */
          if (!pronoun_clause && !doc->capital_nouns && IN (pronouns_person, lower (doc, i + 1)) && i + 2 < n
              && is_word (doc, i + 2) && doc->span_of[i + 2] < 0 && g_str_has_suffix (lower (doc, i + 2), "ed")
              && !IN (speech_verbs, lower (doc, i + 2)) && !IN (between_words, lower (doc, i + 2)))
            pronoun_clause = TRUE;

          if ((last == '.' || last == '!' || last == '?')
              && (tok (doc, i + 1)->flags & (PX_LEXICON_TOKEN_QUOTE | PX_LEXICON_TOKEN_CAPITAL)) != 0
              && !IN (speech_verbs, lower (doc, i + 1)) && (!IN (pronouns_person, lower (doc, i + 1)) || pronoun_clause))
            {
              /* "…," he said / "…." She added: only a capitalised name or
               * pronoun plus a cue continues the sentence. */
              guint verb = i + 2;
              gboolean cue_follows;

              /* "“…?” Mr Hale asked.", "“…!” Simon Hale said.": a name of
               * several capitalised words, with its title, before the cue */
              while (verb < n && verb < i + 5 && is_word (doc, verb) && doc->span_of[verb] < 0
                     && (tok (doc, verb)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
                     && (tok (doc, verb - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
                verb++;
              cue_follows = verb < n && is_word (doc, verb) && IN (speech_verbs, lower (doc, verb));
              /* "…paychecks." She said she would bring …: a cue with a
               * clause of its own starts a sentence */
              if (cue_follows && verb + 1 < n && is_word (doc, verb + 1) && doc->span_of[verb + 1] < 0
                  && doc->token_segment[verb + 1] == doc->token_segment[i])
                cue_follows = FALSE;
              end_here = !cue_follows;
            }
        }
      /* Text that runs on for pages without a sentence end (a pasted
       * table, a file that is not prose) is cut outside quotations, so
       * that a cue's clause never reaches across megabytes. */
      if (i - current.first + 1 >= PX_QUOTES_SENTENCE_MAX_TOKENS && doc->span_of[i] < 0)
        end_here = TRUE;
      doc->token_sentence[i] = doc->sentences->len;
      if (end_here || i + 1 == n)
        {
          current.last = i;
          g_array_append_val (doc->sentences, current);
          current.first = i + 1;
        }
    }
  for (guint s = 0; s < doc->spans->len; s++)
    {
      Span *span = &g_array_index (doc->spans, Span, s);

      span->sentence = doc->token_sentence[span->open];
    }
}

/* ---- 5. Quotes ---- */

static gsize
doc_to_paragraph (Doc    *doc,
                  gsize   offset,
                  guint  *paragraph)
{
  guint p = 0;

  while (p + 1 < doc->segment_starts->len && g_array_index (doc->segment_starts, gsize, p + 1) <= offset)
    p++;
  *paragraph = p;
  return offset - g_array_index (doc->segment_starts, gsize, p);
}

/* The quoted words, with paragraph breaks and reopening marks folded. */
static char *
span_text (Doc  *doc,
           Span *span)
{
  GString *text = g_string_new (NULL);
  guint last = span->close > 0 ? span->close - 1 : 0;
  gboolean reopened = FALSE;

  for (guint t = span->open + 1; t <= last && t < doc->tokens->len; t++)
    {
      PxLexiconToken *token = tok (doc, t);

      if (t > span->open + 1 && doc->token_segment[t] != doc->token_segment[t - 1]
          && (token->flags & PX_LEXICON_TOKEN_QUOTE) != 0)
        {
          /* the paragraphs' parts are joined by a space */
          reopened = TRUE;
          continue;
        }
      if (text->len > 0 && (token->start > tok (doc, t - 1)->end || reopened))
        g_string_append_c (text, ' ');
      reopened = FALSE;
      g_string_append_len (text, doc->text + token->start, token->end - token->start);
    }
  return g_strstrip (g_string_free (text, FALSE));
}

static PxQuote *
new_quote (Doc        *doc,
           PxQuoteKind kind,
           char       *text,
           gsize       start,
           gsize       end,
           gboolean    direct)
{
  PxQuote *quote = g_new0 (PxQuote, 1);

  quote->kind = kind;
  quote->text = text;
  quote->direct = direct;
  quote->span.start = doc_to_paragraph (doc, start, &quote->span.paragraph);
  quote->end = doc_to_paragraph (doc, end, &quote->end_paragraph);
  quote->span.end = quote->span.paragraph == quote->end_paragraph
                    ? quote->end
                    : strlen (doc->text + g_array_index (doc->segment_starts, gsize, quote->span.paragraph));
  quote->speaker_span.paragraph = G_MAXUINT;
  return quote;
}

static void
quote_set_source (Doc     *doc,
                  PxQuote *quote,
                  Cue     *cue)
{
  g_free (quote->speaker);
  g_free (quote->speaker_description);
  g_free (quote->verb);
  quote->speaker = g_strdup (cue->source.speaker);
  quote->speaker_description = g_strdup (cue->source.description);
  if (cue->according)
    {
      g_autofree char *written = px_quotes_slice (doc, cue->first, cue->last);

      quote->verb = g_utf8_strdown (written, -1);
    }
  else
    quote->verb = g_strdup (lower (doc, cue->first));
  if (cue->last > cue->first && !cue->according)
    {
      g_autofree char *written = px_quotes_slice (doc, cue->first, cue->last);

      g_free (quote->verb);
      quote->verb = g_utf8_strdown (written, -1);
    }
  if (quote->speaker != NULL)
    {
      gsize start = tok (doc, cue->source.first)->start;

      quote->speaker_span.start = doc_to_paragraph (doc, start, &quote->speaker_span.paragraph);
      quote->speaker_span.end = quote->speaker_span.start + (tok (doc, cue->source.last)->end - start);
    }
}

static void
copy_source (PxQuote       *quote,
             const PxQuote *from)
{
  g_free (quote->speaker);
  g_free (quote->speaker_description);
  g_free (quote->via);
  quote->speaker = g_strdup (from->speaker);
  quote->speaker_description = g_strdup (from->speaker_description);
  quote->via = g_strdup (from->via);
  if (quote->verb == NULL)
    quote->verb = g_strdup (from->verb);
}

/* A document as source ("according to the report") speaks for whoever last
 * reported something. */
static void
resolve_document (Doc     *doc,
                  PxQuote *quote,
                  Cue     *cue)
{
  for (guint q = doc->quotes->len; q > 0; q--)
    {
      PxQuote *previous = g_ptr_array_index (doc->quotes, q - 1);

      if (previous->kind == PX_QUOTE_SPEECH && previous->speaker != NULL && previous->verb != NULL
          && g_str_has_prefix (previous->verb, "report"))
        {
          g_autofree char *verb = g_strdup (quote->verb);

          copy_source (quote, previous);
          g_free (quote->verb);
          quote->verb = g_steal_pointer (&verb);
          return;
        }
    }
}

/* "…, with sources close to the club saying the offer fell short": in an
 * absolute clause the noun phrase between "with" and the participle is
 * the participle's subject, not the sentence's. */
static gboolean
with_subject (Doc    *doc,
              gint    sentence,
              guint   participle,
              Source *source)
{
  guint w;

  for (w = participle - 1; w + 8 > participle && w > 0 && px_quotes_allowed_token (doc, w, sentence) && is_word (doc, w); w--)
    {
      if (IN (speech_verbs, lower (doc, w)))
        return FALSE;
      /* past "familiar with" inside the phrase */
      if (lower_is (doc, w, "with", NULL) && !(is_word (doc, w - 1) && lower_is (doc, w - 1, "familiar", NULL)))
        break;
    }
  if (!px_quotes_allowed_token (doc, w, sentence) || !is_word (doc, w) || !lower_is (doc, w, "with", NULL)
      || w + 1 >= participle)
    return FALSE;
  memset (source, 0, sizeof *source);
  source->first = w + 1;
  source->last = participle - 1;
  return TRUE;
}

/* Finds the cue for a sentence, preferring the one nearest @near. */
static gboolean
find_cue (Doc      *doc,
          gint      sentence,
          guint     near,
          guint     near_open,
          gboolean  quoted,
          Cue      *best)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);
  guint best_distance = G_MAXUINT;

  memset (best, 0, sizeof *best);
  for (guint i = s->first; i <= s->last; i++)
    {
      Cue cue;
      guint distance;

      if (!px_quotes_cue_at (doc, i, sentence, quoted, &cue))
        {
          px_quotes_source_clear (&cue.source);
          continue;
        }
      /* “…close.” She agreed: “Very close.” — a cue that ends in a colon
       * before the next quote introduces that one */
      if (i > near)
        {
          guint after = MAX (cue.last, cue.source.last) + 1;

          if (is_punct (doc, after, ':') && after + 1 < doc->tokens->len && doc->span_of[after + 1] >= 0
              && doc->span_of[after + 1] != doc->span_of[near])
            {
              px_quotes_source_clear (&cue.source);
              continue;
            }
        }
      distance = i > near ? i - near : near - i;
      /* "Ilie blamed “disinformation”, while Dobre argued …": a cue right
       * before the opening mark is as near as one after the closing one. */
      if (near_open != G_MAXUINT && i < near_open)
        distance = MIN (distance, near_open - i);
      /* A source the article introduced (a person, an institution, a role
       * it resolves) beats a stray capitalised word next to a verb. */
      px_quotes_resolve_source (doc, &cue.source);
      if (cue.source.person == NULL && !cue.source.document
          && (cue.source.speaker == NULL || strchr (cue.source.speaker, ' ') == NULL))
        distance += 30;
      if (cue.source.implicit)
        distance += 20;
      /* "—Esta vez me tapó la cama —dice, y señala una raya en la pared":
       * a verb joined by "y" after the quote's own cue starts a clause of
       * its own, whatever noun follows it */
      if (doc->pro_drop && i > near + 2 && is_word (doc, i - 1) && lower_is (doc, i - 1, "y", "e", NULL)
          && is_punct (doc, i - 2, ','))
        distance += 30;
      /* "Los socios denuncian que … y reclaman una mesa de diálogo": a
       * Spanish verb joined by "y" after an earlier cue of the sentence
       * goes on with that cue's subject; the first cue reports */
      else if (doc->pro_drop && best->found && best->first < i && is_word (doc, i - 1) && lower_is (doc, i - 1, "y", "e", NULL))
        distance += 30;
      if (distance < best_distance)
        {
          px_quotes_source_clear (&best->source);
          *best = cue;
          best_distance = distance;
        }
      else
        px_quotes_source_clear (&cue.source);
    }
  if (!best->found)
    {
      /* A participle cue with the sentence's subject: "…, saying that". */
      for (guint i = s->first; i <= s->last; i++)
        if (px_quotes_allowed_token (doc, i, sentence) && is_word (doc, i) && px_quotes_is_participle_cue (lower (doc, i))
            && px_quotes_is_speech_verb (doc, i, quoted)
            && (with_subject (doc, sentence, i, &best->source) || px_quotes_sentence_subject (doc, sentence, &best->source)))
          {
            best->first = best->last = i;
            best->found = TRUE;
            break;
          }
    }
  if (best->found && best->source.speaker == NULL && !best->source.document)
    px_quotes_resolve_source (doc, &best->source);
  return best->found && (best->source.speaker != NULL || best->source.document);
}

static char *
via_for_citing (Doc   *doc,
                gint   sentence,
                guint  verb)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);

  for (guint i = s->first; i < verb; i++)
    if (is_word (doc, i) && strcmp (lower (doc, i), "citing") == 0 && i >= 2 && is_punct (doc, i - 1, ','))
      {
        guint last = i - 2;

        if (px_quotes_is_name_word (doc, last) || (tok (doc, last)->flags & PX_LEXICON_TOKEN_ALL_CAPS))
          return px_quotes_slice (doc, px_quotes_run_start_back (doc, last), last);
      }
  return NULL;
}

/* "…, according to a study published on Wednesday. The research, carried
 * out by a team at the University of Elmsworth, …": a document the next
 * sentence takes up as its subject, saying who made it, speaks for that
 * institution. Returns the institution's name or NULL. */
static char *
document_issuer (Doc   *doc,
                 guint  source_last)
{
  static const char * const subjects[] = { "research", "paper", "findings" };
  static const char * const makers[] = { "carried", "conducted", "led", "written", "produced", "prepared", "compiled" };
  static const char * const teams[] = { "team", "researchers", "scientists", "group", "economists", "academics" };
  gint sentence = doc->token_sentence[source_last];
  const Sentence *next;
  guint k;

  if ((guint) sentence + 1 >= doc->sentences->len)
    return NULL;
  next = &g_array_index (doc->sentences, Sentence, sentence + 1);
  k = next->first;
  if (doc->token_segment[k] > doc->token_segment[source_last] + 1 || k + 1 > next->last)
    return NULL;
  if (is_word (doc, k) && strcmp (lower (doc, k), "it") == 0)
    k++;
  else if (is_word (doc, k) && IN (determiners, lower (doc, k)) && is_word (doc, k + 1)
           && (IN (document_nouns, lower (doc, k + 1)) || px_text_list_contains (subjects, G_N_ELEMENTS (subjects), lower (doc, k + 1))))
    k += 2;
  else
    return NULL;
  for (guint v = k + 1; v <= next->last && v < k + 6; v++)
    {
      guint maker = v - 1;
      guint b = v + 1;

      if (!is_word (doc, v) || strcmp (lower (doc, v), "by") != 0)
        continue;
      /* "carried out by" */
      if (is_word (doc, maker) && strcmp (lower (doc, maker), "out") == 0)
        maker--;
      if (!is_word (doc, maker) || !px_text_list_contains (makers, G_N_ELEMENTS (makers), lower (doc, maker)))
        return NULL;
      if (b <= next->last && is_word (doc, b) && IN (determiners, lower (doc, b)))
        b++;
      /* "by a team at", "by researchers from" */
      if (b + 1 <= next->last && is_word (doc, b) && px_text_list_contains (teams, G_N_ELEMENTS (teams), lower (doc, b))
          && is_word (doc, b + 1) && lower_is (doc, b + 1, "at", "from", "of", NULL))
        {
          b += 2;
          if (b <= next->last && is_word (doc, b) && IN (determiners, lower (doc, b)))
            b++;
        }
      if (b > next->last || !px_quotes_is_name_word (doc, b))
        return NULL;
      {
        guint last = px_quotes_run_end_forward (doc, b);

        /* an institution, not a researcher: "led by Dr Hannah Obi" speaks as herself */
        if (!px_quotes_run_is_org (doc, b, last))
          return NULL;
        return px_quotes_slice (doc, b, last);
      }
    }
  return NULL;
}

/* "The agency Tarpa reported, citing a source in the delegation, that
 * …": the one cited right after the verb is who said it; the reporter
 * only relays it, as with "Tarpa, citing …, reported". */
static void
cited_after_verb (Doc     *doc,
                  PxQuote *quote,
                  Cue     *cue,
                  gint     sentence)
{
  Source cited = { 0, };
  guint start = cue->last + 3;

  /* "According to Armenpress, which cited a police source, officers
   * …": the one the named relay cited said it, as after "citing" */
  if (cue->according && quote->speaker != NULL && cue->source.speaker != NULL && cue->source.last > cue->last
      && is_punct (doc, cue->source.last + 1, ',') && is_word (doc, cue->source.last + 2)
      && lower_is (doc, cue->source.last + 2, "which", "who", NULL) && is_word (doc, cue->source.last + 3)
      && lower_is (doc, cue->source.last + 3, "cited", "quoted", NULL)
      && px_quotes_allowed_token (doc, cue->source.last + 4, sentence))
    start = cue->source.last + 4;
  else if (cue->according || quote->speaker == NULL || cue->source.last >= cue->first
           || !is_punct (doc, cue->last + 1, ',') || !is_word (doc, cue->last + 2)
           || strcmp (lower (doc, cue->last + 2), "citing") != 0
           || !px_quotes_allowed_token (doc, cue->last + 3, sentence))
    return;
  /* "citing police sources,", "citing officials,": a bare plural the
   * phrase reader leaves alone, up to the comma */
  if (!px_quotes_source_forward (doc, start, sentence, &cited))
    {
      guint k = start;

      px_quotes_source_clear (&cited);
      memset (&cited, 0, sizeof cited);
      while (k < start + 4 && px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k)
             && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (speech_verbs, lower (doc, k)))
        k++;
      if (k > start && px_quotes_allowed_token (doc, k, sentence) && is_punct (doc, k, ',')
          && g_str_has_suffix (lower (doc, k - 1), "s"))
        {
          cited.first = start;
          cited.last = k - 1;
          cited.speaker = px_quotes_slice (doc, cited.first, cited.last);
        }
    }
  else
    px_quotes_resolve_source (doc, &cited);
  if (cited.speaker != NULL)
    {
      /* "a source in the delegation," "two officials at the ministry,": an
       * unnamed source keeps what tells which one, up to the comma */
      if (cited.speaker != NULL && cited.person == NULL && !g_unichar_isupper (g_utf8_get_char (cited.speaker))
          && is_word (doc, cited.last + 1) && lower_is (doc, cited.last + 1, "in", "at", "from", "close", "familiar", "with", NULL))
        for (guint k = cited.last + 2; k < cited.last + 10 && px_quotes_allowed_token (doc, k, sentence); k++)
          {
            if (is_punct (doc, k, ','))
              {
                g_autofree char *rest = px_quotes_slice (doc, cited.last + 1, k - 1);
                char *longer = g_strconcat (cited.speaker, " ", rest, NULL);

                g_free (cited.speaker);
                cited.speaker = longer;
                break;
              }
            if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
              break;
          }
      if (cited.speaker != NULL)
        {
          if (quote->via == NULL)
            quote->via = g_steal_pointer (&quote->speaker);
          g_free (quote->speaker);
          quote->speaker = g_strdup (cited.speaker);
          g_clear_pointer (&quote->speaker_description, g_free);
          quote->speaker_description = g_strdup (cited.description);
        }
    }
  px_quotes_source_clear (&cited);
}

static void
finish_source (Doc     *doc,
               PxQuote *quote,
               Cue     *cue,
               gint     sentence)
{
  quote_set_source (doc, quote, cue);
  /* "a survey of 8,000 workers published on Monday": a document with what
   * it covers, read as one phrase */
  if (!cue->source.document && cue->according && cue->source.person == NULL && cue->source.speaker != NULL
      && cue->source.first < cue->source.last && is_word (doc, cue->source.first)
      && IN (determiners, lower (doc, cue->source.first)) && is_word (doc, cue->source.first + 1)
      && IN (document_nouns, lower (doc, cue->source.first + 1)))
    {
      g_autofree char *issuer = document_issuer (doc, cue->source.last);

      if (issuer != NULL)
        {
          g_free (quote->speaker);
          g_clear_pointer (&quote->speaker_description, g_free);
          quote->speaker = g_steal_pointer (&issuer);
        }
    }
  else if (cue->source.document)
    {
      g_autofree char *issuer = document_issuer (doc, cue->source.last);

      if (issuer != NULL)
        {
          g_free (quote->speaker);
          g_clear_pointer (&quote->speaker_description, g_free);
          quote->speaker = g_steal_pointer (&issuer);
        }
      else
        resolve_document (doc, quote, cue);
    }
  quote->via = via_for_citing (doc, sentence, cue->first);
  cited_after_verb (doc, quote, cue, sentence);
}

static gboolean
previous_sentence_ends_with_colon (Doc  *doc,
                                   gint  sentence,
                                   Cue  *cue)
{
  Sentence *s;
  guint last;

  if (sentence == 0)
    return FALSE;
  s = &g_array_index (doc->sentences, Sentence, sentence - 1);
  last = s->last;
  if (!is_punct (doc, last, ':') && !is_punct (doc, last, ','))
    return FALSE;
  return find_cue (doc, sentence - 1, last, G_MAXUINT, TRUE, cue);
}

/* Verbs that take a clause ("said that …"), as opposed to those that take
 * a phrase ("called the plan ‘a provocation’"). */
static gboolean
takes_clause (const char *verb)
{
  static const char * const phrase_verbs[] = {
    "call", "called", "calls", "describe", "described", "describes", "accuse", "accused", "hailed",
    "welcomed", "praised", "condemned", "criticised", "criticized", "chastised", "vow", "vowed",
    "promise", "promised", "continue", "continued", "blamed", "blames", "quoted", "appelé",
    "salué", "salue", "saluent", "begrüßte", "begrüßten", "celebró", "aplaudió", "nannte", "nannten", "nennt",
    "bezeichnete", "bezeichneten", "bezeichnet", "назвал", "назвала", "назвали", "называет", "calificó",
    "calificaron", "califica", "tachó", "tacha", "agradeció", "agradecieron", "agradecido", "agradece", "elogió",
    "elogiaron", "elogiado", "elogia", "expresó", "expresaron",
  };
  static GHashTable *phrase_verbs_set;

  return verb != NULL && !IN_SET (phrase_verbs, verb);
}

/* Verbs whose object is the listener ("told Smith that", "warned
 * residents that"): a name after them is no subject of the clause. */
static const char * const listener_verbs[] = {
  "told", "tells", "tell", "warned", "warns", "assured", "assures", "informed", "informs", "reminded",
  "reminds", "promised", "promises", "convinced", "persuaded", "urged", "asked", "showed", "wrote",
};

/* "A second rebel, the backbencher Helen Cartwright, said she expected
 * …": an English subject pronoun after the verb, with words after it, is
 * the subject of the reported clause, not an inverted speaker ("…, said
 * she." is no longer written); the comma before the verb closes an
 * apposition, not a clause. */
static gboolean
english_pronoun_opens_clause (Doc *doc,
                              Cue *cue)
{
  return cue->source.first == cue->source.last && cue->source.first == cue->last + 1
         && is_word (doc, cue->source.first) && lower_is (doc, cue->source.first, "he", "she", "they", "we", "i", NULL)
         && is_word (doc, cue->source.last + 1);
}

/* "Some patients, she believes, simply give up": the cue is a pronoun, a
 * short name or role, and its verb between two commas inside the
 * sentence, words before them. */
static gboolean
english_parenthetical_cue (Doc      *doc,
                           Cue      *cue,
                           Sentence *sentence)
{
  if (cue->source.first > cue->source.last || cue->source.last + 4 < cue->source.first + 1
      || cue->source.last + 1 != cue->first || cue->first != cue->last
      || cue->source.first <= sentence->first + 1 || !is_punct (doc, cue->source.first - 1, ',')
      || cue->last + 2 > sentence->last || !is_punct (doc, cue->last + 1, ','))
    return FALSE;
  /* "The waiting lists, Galt said, would …", "The plan, the minister
   * said, would …": a pronoun, a name or a definite role */
  if (cue->source.first == cue->source.last && is_word (doc, cue->source.first)
      && lower_is (doc, cue->source.first, "he", "she", "they", NULL))
    return TRUE;
  for (guint t = cue->source.first; t <= cue->source.last; t++)
    if (!is_word (doc, t))
      return FALSE;
  return px_quotes_is_name_word (doc, cue->source.first) || px_quotes_is_title (doc, cue->source.first)
         || lower_is (doc, cue->source.first, "the", NULL);
}

/* Where the reported clause starts after a verb: past "that", past the
 * listener of "told", past a short phrase ("said in a statement that"). */
static guint
clause_start (Doc  *doc,
              Cue  *cue,
              gint  sentence)
{
  guint i = cue->last + 1;
  const char *verb = lower (doc, cue->first);

  if (cue->source.first > cue->last && !english_pronoun_opens_clause (doc, cue))
    i = cue->source.last + 1;
  if (strcmp (verb, "called") == 0 || strcmp (verb, "calls") == 0 || strcmp (verb, "call") == 0)
    {
      /* "called on the government to …": the content is the object and its infinitive */
      if (is_word (doc, i) && lower_is (doc, i, "on", "for", NULL))
        return i + 1;
    }
  /* "forderte die Anwohner auf, die Fenster geschlossen zu halten", "rief
   * Wanderer dazu auf, …": the appeal is the infinitive after the comma,
   * not the people appealed to */
  if (doc->capital_nouns && lower_is (doc, cue->first, "forderte", "forderten", "fordert", "rief", "riefen", "ruft", NULL))
    {
      for (guint j = i; j < i + 8 && j + 1 < doc->tokens->len && is_word (doc, j) && px_quotes_allowed_token (doc, j, sentence); j++)
        if (lower_is (doc, j, "auf", NULL) && is_punct (doc, j + 1, ','))
          return j + 2;
    }
  if (strcmp (verb, "accused") == 0 || strcmp (verb, "accuses") == 0 || strcmp (verb, "accuse") == 0)
    {
      for (guint j = i; j < i + 8 && px_quotes_allowed_token (doc, j, sentence); j++)
        if (is_word (doc, j) && strcmp (lower (doc, j), "of") == 0)
          return j + 1;
    }
  /* "appealed to Marevians abroad to send money home": the appeal is
   * the addressee and the infinitive; "appealed against the ruling",
   * "appealed for calm" report no words */
  if (strcmp (verb, "appealed") == 0 || strcmp (verb, "appeals") == 0)
    {
      if (is_word (doc, i) && lower_is (doc, i, "to", NULL))
        for (guint j = i + 2; j < i + 9 && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j); j++)
          if (lower_is (doc, j, "to", NULL))
            return i + 1;
      return g_array_index (doc->sentences, Sentence, sentence).last + 1;
    }
  /* "acusó al Gobierno de esconder …", "acusó a la oposición de «vivir
   * del fuego»": the accusation is what follows the "de" after the
   * accused, as after English "of" */
  if (doc->pro_drop && g_str_has_prefix (verb, "acus") && is_word (doc, i) && lower_is (doc, i, "a", "al", NULL))
    {
      for (guint j = i + 1; j < i + 10 && px_quotes_allowed_token (doc, j, sentence); j++)
        if (is_word (doc, j) && lower_is (doc, j, "de", NULL))
          return j + 1;
    }
  if (strcmp (verb, "urged") == 0 || strcmp (verb, "asked") == 0 || strcmp (verb, "urges") == 0)
    {
      /* "We asked her about it": a topic, not words to pass on */
      if (is_word (doc, i) && is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "about") == 0
          && (IN (pronouns_person, lower (doc, i)) || lower_is (doc, i, "her", "him", "them", NULL)))
        return g_array_index (doc->sentences, Sentence, sentence).last + 1;
      return i;
    }
  /* "a demandé au ministre de la Santé de « sauver » l'hôpital": past the
   * addressee to the "de" that opens the infinitive (or its quoted verb) */
  if (is_word (doc, i) && lower_is (doc, i, "à", "au", "aux", NULL))
    {
      for (guint j = i + 1; j < i + 12 && px_quotes_allowed_token (doc, j, sentence) && j + 1 < doc->tokens->len; j++)
        if (is_word (doc, j) && lower_is (doc, j, "de", "d'", NULL)
            && (doc->span_of[j + 1] >= 0 || (tok (doc, j + 1)->flags & PX_LEXICON_TOKEN_QUOTE) || (is_word (doc, j + 1) && (g_str_has_suffix (lower (doc, j + 1), "er")
                                                                       || g_str_has_suffix (lower (doc, j + 1), "ir")
                                                                       || g_str_has_suffix (lower (doc, j + 1), "re")))))
          return j;
    }
  for (guint j = i; j < i + 10 && px_quotes_allowed_token (doc, j, sentence); j++)
    {
      if (is_punct (doc, j, '.') || is_punct (doc, j, ';'))
        break;
      /* "said Lowry read every drawing that left the office": a subject
       * right after a verb that takes no listener opens the clause, and a
       * later "that" is a relative pronoun in it */
      if (j > i && is_word (doc, j) && strcmp (lower (doc, j), "that") == 0 && is_word (doc, i)
          && (IN (pronouns_person, lower (doc, i)) || IN (pronouns_group, lower (doc, i)) || lower_is (doc, i, "i", "it", NULL)
              || (px_quotes_is_name_word (doc, i) && !IN (determiners, lower (doc, i))))
          && !px_text_list_contains (listener_verbs, G_N_ELEMENTS (listener_verbs), verb))
        break;
      /* "said a valve had failed and that the firm was …": a "that" after
       * "and" joins a second clause to the first, which starts at once */
      if (j > i && is_word (doc, j) && lower_is (doc, j, "that", "que", "dass", NULL) && is_word (doc, j - 1)
          && lower_is (doc, j - 1, "and", "but", "y", "et", "und", "pero", "mais", "aber", NULL))
        break;
      if (is_word (doc, j) && lower_is (doc, j, "that", "que", "dass", "что", NULL))
        return j + 1;
      if (doc->span_of[j] >= 0)
        break;
    }
  if (strcmp (verb, "told") == 0 || strcmp (verb, "tells") == 0)
    {
      /* skip the listener: "told OC Media", "told reporters", "told him" */
      if (px_quotes_is_name_word (doc, i) || (is_word (doc, i) && (tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS)))
        i = px_quotes_run_end_forward (doc, i) + 1;
      /* "told the court", "told a jury she …" */
      else if (is_word (doc, i) && lower_is (doc, i, "the", "a", "an", NULL))
        i += 2;
      else if (is_word (doc, i) && !IN (stop_words, lower (doc, i)))
        i++;
    }
  /* "erklärte auf Nachfrage, das Land werde …", "sagte am Dienstag in
   * Berlin, man …", "sagte der Deutschen Presse-Agentur, die Bahn …": a
   * German adjunct or listener before the comma that opens the clause */
  if (doc->capital_nouns && is_word (doc, i)
      && (IN (german_adjunct_words, lower (doc, i))
          || lower_is (doc, i, "der", "dem", NULL)))
    for (guint j = i + 1; j < i + 6 && px_quotes_allowed_token (doc, j, sentence); j++)
      {
        /* (a lone particle, "kündigte an, …", stays: the clause is short) */
        if (is_punct (doc, j, ','))
          {
            if (j > i + 1 && px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j + 1))
              i = j + 1;
            break;
          }
        if (!is_word (doc, j) || (!(tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (german_articles, lower (doc, j))
                                  && !IN (german_adjunct_words, lower (doc, j))))
          break;
      }
  while (px_quotes_allowed_token (doc, i, sentence) && (is_punct (doc, i, ',') || is_punct (doc, i, ':')))
    i++;
  return i;
}

/* "in an update posted on Telegram", "in a statement released on
 * Monday": a participle after the noun of a medium */
static gboolean
medium_participle_at (Doc  *doc,
                      guint k)
{
  static const char * const media[] = {
    "update", "statement", "post", "message", "video", "note", "letter", "notice", "release", "bulletin",
  };

  return is_word (doc, k) && k > 0 && is_word (doc, k - 1) && px_text_list_contains (media, G_N_ELEMENTS (media), lower (doc, k - 1))
         && g_str_has_suffix (lower (doc, k), "ed");
}

/* The first token of the cue's subject with its article: "…, the Road
 * Haulage Association said" reads the name without "the", which still
 * stands between the comma and the name. */
static guint
subject_start (Doc       *doc,
               const Cue *cue)
{
  guint first = cue->source.first;

  if (first > 1 && is_word (doc, first - 1) && (tok (doc, first - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && lower_is (doc, first - 1, "the", "la", "le", "el", "los", "las", "les", "der", "die", "das", NULL)
      && is_punct (doc, first - 2, ','))
    first--;
  return first;
}

/* "CLAUSE, their union said on Tuesday, after talks broke up": what follows
 * the cue is a time or place adjunct and the writer's own context, not a
 * reported clause, so the clause is the one before. */
static gboolean
cue_ends_in_adjunct (Doc      *doc,
                     Cue      *cue,
                     Sentence *sentence)
{
  static const char * const adjunct_starts[] = {
    "on", "in", "at", "yesterday", "today", "tonight", "late", "earlier", "last", "this", "during",
    "by", "via", "overnight", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "hier", "am", "gestern", "heute", "ayer", "este", "el", "en", "в", "во", "накануне", "вчера",
  };
  static const char * const complementisers[] = { "that", "que", "qu'", "dass", "что", "whether" };
  static const char * const prepositions_of_time[] = { "on", "in", "at", "during", "by", "via", "am", "en", "в", "во", "el", "este" };
  static const char * const context_starts[] = {
    "after", "as", "when", "before", "while", "following", "amid", "despite", "although", "though",
    "because", "since", "with", "without", "but", "and", "citing", "après", "alors", "avant", "nachdem",
    "als", "während", "después", "tras", "antes", "после", "перед",
  };
  guint k = cue->last + 1;
  gboolean medium_participle_seen = FALSE;

  if (k > sentence->last)
    return FALSE;

  if (!(is_word (doc, k) && px_text_list_contains (adjunct_starts, G_N_ELEMENTS (adjunct_starts), lower (doc, k))))
    return FALSE;
  /* "a annoncé mardi le déploiement de 500 policiers": a day, then the
   * verb's object */
  if (!px_text_list_contains (prepositions_of_time, G_N_ELEMENTS (prepositions_of_time), lower (doc, k)) && is_word (doc, k + 1)
      && IN (determiners, lower (doc, k + 1)))
    return FALSE;
  for (; k <= sentence->last && k <= cue->last + 6; k++)
    {
      if (doc->span_of[k] >= 0)
        return FALSE;
      if (is_word (doc, k) && (px_text_list_contains (complementisers, G_N_ELEMENTS (complementisers), lower (doc, k))
                               || (IN (speech_verbs, lower (doc, k)) && !medium_participle_at (doc, k))))
        return FALSE;
      if (is_punct (doc, k, ','))
        return is_word (doc, k + 1) && px_text_list_contains (context_starts, G_N_ELEMENTS (context_starts), lower (doc, k + 1));
    }
  /* "…, the company said in a statement on Monday.": the adjunct runs to
   * the end of the sentence; "in an update posted on Telegram": a
   * participle after the medium's noun is part of it */
  for (k = cue->last + 1; k <= sentence->last && k <= cue->last + 12; k++)
    {
      gboolean medium_participle = medium_participle_at (doc, k);

      if (doc->span_of[k] >= 0 || is_punct (doc, k, ',') || is_punct (doc, k, ':')
          || (is_word (doc, k) && (px_text_list_contains (complementisers, G_N_ELEMENTS (complementisers), lower (doc, k))
                                   || (IN (speech_verbs, lower (doc, k)) && !medium_participle))))
        return FALSE;
      if (k == sentence->last || (k + 1 == sentence->last && !is_word (doc, sentence->last)))
        return TRUE;
      /* past nine words only through a medium ("in an update posted on …") */
      if (k >= cue->last + 9 && !medium_participle_seen)
        return FALSE;
      medium_participle_seen = medium_participle_seen || medium_participle;
    }
  return FALSE;
}

/* The "wie" of ", wie (die) Gewerkschaft Verdi mitteilte" before the
 * source at @first, or G_MAXUINT. */
static guint
wie_before (Doc  *doc,
            guint first)
{
  guint w = first - 1;

  if (w > 0 && is_word (doc, w) && IN (german_articles, lower (doc, w)))
    w--;
  if (w > 1 && is_word (doc, w) && strcmp (lower (doc, w), "wie") == 0 && is_punct (doc, w - 1, ','))
    return w;
  return G_MAXUINT;
}

/* "Skyline grounded its fleet, the airline said, leaving thousands
 * stranded": an English participle that is no verb of speech, after the
 * cue and a comma, is the writer going on about the event; the words
 * reported are the clause before the cue. */
static gboolean
writer_participle_after (Doc *doc,
                         Cue *cue)
{
  const char *word;
  guint comma = cue->last + 1;

  /* "said on Monday, leaving …", "said late on Tuesday, forcing …" */
  if (comma < doc->tokens->len && is_word (doc, comma)
      && lower_is (doc, comma, "on", "late", "early", "last", "this", "yesterday", "today", "overnight", NULL))
    while (comma < doc->tokens->len && comma < cue->last + 5 && is_word (doc, comma)
           && !IN (speech_verbs, lower (doc, comma)) && doc->span_of[comma] < 0)
      comma++;
  if (doc->capital_nouns || doc->pro_drop || comma + 1 >= doc->tokens->len || !is_punct (doc, comma, ',')
      || !is_word (doc, comma + 1) || doc->span_of[comma + 1] >= 0
      || doc->token_sentence[comma + 1] != doc->token_sentence[cue->last])
    return FALSE;
  word = lower (doc, comma + 1);
  return g_str_has_suffix (word, "ing") && g_utf8_strlen (word, -1) > 5 && !IN (speech_verbs, word)
         && !IN (cognitive_verbs, word) && !(tok (doc, comma + 1)->flags & PX_LEXICON_TOKEN_CAPITAL);
}

/* Spanish verbs of complaint, demand and estimate that take a noun as
 * often as a clause: "denuncia irregularidades" is no report of speech,
 * "denuncia que …" is. */
static gboolean
needs_complementiser (const char *verb)
{
  static const char * const verbs[] = {
    "denuncia", "denuncian", "calcula", "calculan", "estima", "estiman", "reclama", "reclaman", "exige", "exigen",
    "descartó", "descartaron", "descarta", "descartan", "anticipó", "anticiparon", "anticipa", "anticipan",
    /* "demanding that the bill …", never "a demanding job" */
    "demanding",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (strcmp (verb, verbs[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Spanish verbs of asking ("pidió", "solicitaron", "rogó"), whose
 * content is an infinitive, a "que" clause or quoted words. */
static gboolean
spanish_request_verb (const char *verb)
{
  return g_str_has_prefix (verb, "pid") || g_str_has_prefix (verb, "pide") || g_str_has_prefix (verb, "solicit")
         || g_str_has_prefix (verb, "rog") || g_str_has_prefix (verb, "rueg");
}

/* Whether a Spanish word looks like an infinitive, with or without an
 * enclitic pronoun ("especular", "cerrarlo", "retirarse"). */
static gboolean
spanish_infinitive (const char *word)
{
  static const char * const endings[] = {
    "ar", "er", "ir", "arse", "erse", "irse", "arlo", "erlo", "irlo", "arla", "erla", "irla", "arlos", "arlas",
    "arle", "arles", "erle", "irle",
  };

  return px_text_list_has_suffix (endings, G_N_ELEMENTS (endings), word);
}

/* Whether an "according to" cue stands inside its clause, with the
 * clause going on after the source ("In der Halle lagerte nach Angaben der
 * Polizei ein Händler 300 Tonnen", "Betroffen sind nach Angaben der
 * Stadtwerke 24 000 Haushalte"), not closing it. */
static gboolean
cue_inside_clause (Doc   *doc,
                   Cue   *cue,
                   gint   s)
{
  Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
  guint after = MAX (cue->source.last, cue->last) + 1;
  guint words = 0;

  /* "Следующая акция, по словам организаторов, пройдет …", "Преподаватель,
   * по его словам, согласился …": Russian sets the cue off by commas
   * between a short subject and the rest of its clause */
  if (px_quotes_is_cyrillic_word (doc, cue->first) && cue->first >= sentence->first + 2 && cue->first <= sentence->first + 5
      && is_punct (doc, cue->first - 1, ',') && after + 3 <= sentence->last && is_punct (doc, after, ',')
      && !(is_word (doc, after + 1) && g_str_has_prefix (lower (doc, after + 1), "котор")))
    {
      gboolean plain = TRUE;
      guint after_words = 0;

      for (guint t = sentence->first; t + 1 < cue->first && plain; t++)
        plain = is_word (doc, t) && doc->span_of[t] < 0;
      for (guint t = after + 1; t <= sentence->last && plain; t++)
        {
          if (doc->span_of[t] >= 0 || (is_word (doc, t) && IN (speech_verbs, lower (doc, t))))
            plain = FALSE;
          else if (is_word (doc, t))
            after_words++;
        }
      if (plain && after_words >= 3)
        return TRUE;
    }
  if (cue->source.speaker == NULL || cue->first < sentence->first + 2 || cue->source.last < cue->first)
    return FALSE;
  /* "…, according to the ministry, which …": a relative clause is about the source */
  if (after <= sentence->last && is_punct (doc, after, ',') && after + 1 <= sentence->last && is_word (doc, after + 1)
      && lower_is (doc, after + 1, "which", "who", "qui", "que", "die", "der", "das", "который", "которая", NULL))
    return FALSE;
  /* "…, selon Marie Roux, secrétaire de la CGT": a cue set off by commas
   * may close its clause, with an apposition after it; only one with no
   * comma on either side stands inside it */
  if ((after <= sentence->last && is_punct (doc, after, ',')) || is_punct (doc, cue->first - 1, ','))
    return FALSE;
  for (guint t = sentence->first; t <= sentence->last; t++)
    {
      /* words in quotation marks are a quote of their own; another verb
       * of speech after the source starts another report */
      if (doc->span_of[t] >= 0 || (t >= after && is_word (doc, t) && IN (speech_verbs, lower (doc, t))))
        return FALSE;
      if (t >= after && is_word (doc, t))
        words++;
    }
  return words >= 3;
}

/* The reported clause of a cue in its sentence, as token bounds. */
static gboolean
clause_bounds (Doc   *doc,
               Cue   *cue,
               gint   s,
               guint *first_out,
               guint *last_out)
{
  Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
  guint first, last;

  if (cue->fronted)
    {
      /* "Auf die Frage, ob …, sagte der Bürgermeister, man sei …": the
       * words before the verb are the question, not the clause */
      first = clause_start (doc, cue, s);
      last = sentence->last;
    }
  else if (cue->according || (cue->source.first > cue->last && cue->first > sentence->first + 2
                         && !english_pronoun_opens_clause (doc, cue)
                         && (is_punct (doc, cue->first - 1, ',')
                             /* "…, ha informado MeteoGalicia.", "…, a indiqué le préfet" */
                             || (is_word (doc, cue->first - 1) && IN (between_words, lower (doc, cue->first - 1))
                                 && is_punct (doc, cue->first - 2, ',')))))
    {
      /* "According to X, CLAUSE" or "CLAUSE, according to X." / "CLAUSE, said X." */
      if (cue->first <= sentence->first + 1)
        {
          first = MAX (cue->source.last, cue->last) + 1;
          /* "According to council figures, …", "According to figures
           * published by the agency in its annual report, …": the source
           * phrase runs on to the comma */
          if (cue->according && is_word (doc, first) && !doc->capital_nouns
              && lower_is (doc, first, "in", "on", "from", "by", "figures", "data", "published", "released", "statistics", "estimates", NULL))
            for (guint t = first; t <= sentence->last && t < cue->source.last + 12; t++)
              {
                if (doc->span_of[t] >= 0 || (is_word (doc, t) && IN (speech_verbs, lower (doc, t))))
                  break;
                if (is_punct (doc, t, ','))
                  {
                    first = t;
                    break;
                  }
              }
          while (first <= sentence->last && (is_punct (doc, first, ',') || is_punct (doc, first, ':')))
            first++;
          last = sentence->last;
        }
      /* "…, cuando, según la Fiscalía, pretendía viajar a …": a Spanish
       * "según X" set off by commas right after a subordinator reports the
       * clause that follows it */
      else if (doc->pro_drop && cue->according && cue->first >= sentence->first + 2 && is_punct (doc, cue->first - 1, ',')
               && is_word (doc, cue->first - 2)
               && lower_is (doc, cue->first - 2, "cuando", "que", "porque", "donde", "aunque", "pues", "si", NULL)
               && MAX (cue->source.last, cue->last) + 4 <= sentence->last
               && is_punct (doc, MAX (cue->source.last, cue->last) + 1, ','))
        {
          first = MAX (cue->source.last, cue->last) + 2;
          last = sentence->last;
        }
      else if (cue->according && cue_inside_clause (doc, cue, s))
        {
          /* "In der Halle lagerte nach Angaben der Polizei ein Händler …":
           * the words on both sides of the cue are the clause */
          first = sentence->first;
          last = sentence->last;
        }
      else
        {
          first = sentence->first;
          last = cue->first - 1;
          /* "…, ha informado MeteoGalicia": not the auxiliary */
          while (last > first && is_word (doc, last) && IN (between_words, lower (doc, last)))
            last--;
        }
    }
  /* "CLAUSE, wie die Gewerkschaft Verdi mitteilte.", "…, comme l'a
   * indiqué le préfet": the clause before "as X reported" */
  else if (cue->first > cue->source.last && cue->source.first > sentence->first + 4
           && wie_before (doc, cue->source.first) != G_MAXUINT)
    {
      first = sentence->first;
      last = wie_before (doc, cue->source.first) - 2;
    }
  else if (cue->first > cue->source.last && cue->first > sentence->first + 3 && subject_start (doc, cue) > 0
           && is_punct (doc, subject_start (doc, cue) - 1, ',')
           /* "The director, Wendy Osagie, called on the regulator to …":
            * a call's "on" opens its content, no adjunct */
           && !(is_word (doc, cue->last + 1) && lower_is (doc, cue->first, "called", "calls", "call", NULL)
                && lower_is (doc, cue->last + 1, "on", "upon", NULL))
           && (cue->last + 2 >= sentence->last || cue_ends_in_adjunct (doc, cue, sentence)
               /* "Nobody was hurt, the force said, but a man was treated
                * for shock": the writer goes on after the cue */
               || (is_punct (doc, cue->last + 1, ',') && is_word (doc, cue->last + 2)
                   && lower_is (doc, cue->last + 2, "but", "although", "though", "mais", "pero", "aber", NULL))
               || writer_participle_after (doc, cue)))
    {
      /* "CLAUSE, X said." */
      first = sentence->first;
      last = subject_start (doc, cue) - 1;
    }
  else
    {
      first = clause_start (doc, cue, s);
      last = sentence->last;
      /* "Some patients, she believes, simply give up": a pronoun and its
       * verb set off by commas inside the clause; the words on both sides
       * are the clause */
      if (!doc->capital_nouns && !cue->according && english_parenthetical_cue (doc, cue, sentence) && first == cue->last + 2)
        first = sentence->first;
    }
  /* "Fermeture de l'usine : les salariés « sous le choc », selon les
   * syndicats": before a cue that follows its clause, a colon ends the
   * topic and starts the reported words */
  if (first == sentence->first && last < cue->first)
    for (guint t = last; t > first; t--)
      if (is_punct (doc, t, ':') && doc->span_of[t] < 0)
        {
          first = t + 1;
          break;
        }
  /* "X said:" introduces a direct quote, not a clause */
  if (first <= sentence->last && first > 0 && is_punct (doc, first - 1, ':') && first > sentence->last)
    return FALSE;
  /* "…, recalling a meeting in Geneva": a participle of speech after a
   * comma adds the writer's context, not the speaker's words. */
  for (guint t = first + 1; t + 1 <= last; t++)
    if (is_punct (doc, t, ',') && doc->span_of[t] < 0 && is_word (doc, t + 1)
        && g_str_has_suffix (lower (doc, t + 1), "ing") && IN (speech_verbs, lower (doc, t + 1)))
      {
        last = t - 1;
        break;
      }
  /* "told MPs he had been unaware of it, only to concede an hour later
   * that …": ", only to" opens what the subject did next */
  if (!doc->capital_nouns)
    for (guint t = first + 1; t + 2 <= last; t++)
      if (is_punct (doc, t, ',') && doc->span_of[t] < 0 && is_word (doc, t + 1) && is_word (doc, t + 2)
          && lower_is (doc, t + 1, "only", NULL) && lower_is (doc, t + 2, "to", NULL))
        {
          last = t - 1;
          break;
        }
  /* "said the players took responsibility, while striker Ade Okoro added
   * that …": a second speaker's cue after a contrastive conjunction ends
   * the first speaker's clause */
  for (guint t = first + 1; t + 3 <= last; t++)
    {
      static const char * const contrast[] = { "while", "whereas", "whilst", "mientras", "tandis", "während" };

      if (!is_punct (doc, t, ',') || doc->span_of[t] >= 0 || !is_word (doc, t + 1)
          || !px_text_list_contains (contrast, G_N_ELEMENTS (contrast), lower (doc, t + 1)))
        continue;
      for (guint v = t + 3; v <= last && v <= t + 9; v++)
        if (is_word (doc, v) && doc->span_of[v] < 0 && IN (speech_verbs, lower (doc, v)) && !IN (cognitive_verbs, lower (doc, v)))
          {
            last = t - 1;
            break;
          }
      if (last < t)
        break;
    }
  /* "said it intends to keep its dividend, and Rivera confirmed on
   * Wednesday that …": a new subject with a reporting verb and its "that"
   * after ", and" or ", but" starts someone's own report */
  for (guint t = first + 1; t + 4 <= last; t++)
    {
      guint v = t + 2;

      if (!is_punct (doc, t, ',') || doc->span_of[t] >= 0 || !is_word (doc, t + 1)
          || !lower_is (doc, t + 1, "and", "but", NULL) || !is_word (doc, t + 2))
        continue;
      if (lower_is (doc, t + 2, "he", "she", "they", NULL))
        v = t + 3;
      else
        while (v <= last && v < t + 6 && is_word (doc, v) && (tok (doc, v)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
          v++;
      if (v == t + 2 || v > last || !is_word (doc, v) || doc->span_of[v] >= 0 || !IN (speech_verbs, lower (doc, v))
          || IN (cognitive_verbs, lower (doc, v)) || g_str_has_suffix (lower (doc, v), "ing"))
        continue;
      for (guint c = v + 1; c <= last && c <= v + 4; c++)
        if (is_word (doc, c) && lower_is (doc, c, "that", NULL))
          {
            last = t - 1;
            break;
          }
      if (last < t)
        break;
    }
  while (last > first && !is_word (doc, last) && doc->span_of[last] < 0)
    last--;
  if (first > last || last > sentence->last)
    return FALSE;
  /* "has said nothing in public since …": "nothing" as the object, with
   * no verb of its own after it, reports no words ("said nothing had
   * changed" does) */
  if (first > cue->last && is_word (doc, first) && lower_is (doc, first, "nothing", NULL)
      && (first + 1 > last || !is_word (doc, first + 1) || lower_is (doc, first + 1, "in", "about", "on", "to", "since", "at", "of", "more", "further", "publicly", "else", NULL)))
    return FALSE;
  /* "denuncia irregularidades", "exigen más medios": verbs that as often
   * take a bare noun report speech only with "que" */
  if (!cue->according && first > cue->last && is_word (doc, cue->first) && needs_complementiser (lower (doc, cue->first))
      && !(is_word (doc, first - 1) && lower_is (doc, first - 1, "que", "that", NULL)))
    return FALSE;
  /* "En la misma entrevista, Berrondo defendió …": a short phrase opening
   * on a preposition before the subject says where or when, and is no
   * clause anybody said */
  if (doc->pro_drop && !cue->according && last < cue->first && is_word (doc, first) && doc->span_of[first] < 0
      && lower_is (doc, first, "en", "durante", "tras", "con", "desde", "ante", "sobre", "para", "por", "a", "al", NULL))
    {
      guint n_words = 0;

      for (guint t = first; t <= last; t++)
        if (is_word (doc, t))
          n_words++;
      if (n_words <= 5)
        return FALSE;
    }
  if (doc->pro_drop && !cue->according && first > cue->last && is_word (doc, cue->first)
      && spanish_request_verb (lower (doc, cue->first)) && is_word (doc, first) && doc->span_of[first] < 0)
    {
      const char *word = lower (doc, first);
      gboolean after_que = is_word (doc, first - 1) && lower_is (doc, first - 1, "que", NULL);

      /* "pidió paciencia a la afición": a bare noun asked for, not in
       * quotation marks, reports no words (an infinitive or a "que"
       * clause does: "pidió no especular", "pidió que se declare …") */
      if (!after_que && !lower_is (doc, first, "no", "a", "al", NULL) && !spanish_infinitive (word))
        return FALSE;
      /* "pidió perdón a los aficionados que viajaron a Tudela": a request
       * takes the subjunctive; a past indicative after "que" opens a
       * relative clause on the noun before it */
      if (after_que && first >= 2 && first - 1 > cue->last + 1
          && (g_str_has_suffix (word, "aron") || g_str_has_suffix (word, "ieron") || g_str_has_suffix (word, "eron")))
        return FALSE;
    }
  *first_out = first;
  *last_out = last;
  return TRUE;
}

static char *
clause_text (Doc   *doc,
             guint  first,
             guint  last)
{
  GString *text = g_string_new (NULL);
  gsize from = tok (doc, first)->start;

  /* "a fait savoir qu'il voterait …": the elided complementiser is no part of the clause */
  if (g_ascii_strncasecmp (doc->text + from, "qu'", 3) == 0 && tok (doc, first)->end > from + 3)
    from += 3;
  else if (g_ascii_strncasecmp (doc->text + from, "qu", 2) == 0 && strncmp (doc->text + from + 2, "’", strlen ("’")) == 0
           && tok (doc, first)->end > from + 2 + strlen ("’"))
    from += 2 + strlen ("’");
  g_string_append_len (text, doc->text + from, tok (doc, last)->end - from);
  for (gsize i = 0; i < text->len; i++)
    if (text->str[i] == '\n')
      text->str[i] = ' ';
  return g_strstrip (g_string_free (text, FALSE));
}

static void
add_found (Doc     *doc,
           PxQuote *quote,
           gint     sentence,
           gint     span,
           guint    cue_token)
{
  g_ptr_array_add (doc->quotes, quote);
  g_array_append_val (doc->quote_sentence, sentence);
  g_array_append_val (doc->quote_span, span);
  g_array_append_val (doc->quote_cue, cue_token);
  g_ptr_array_add (doc->quote_person, quote->speaker != NULL ? (gpointer) px_quotes_find_person_exact (doc, quote->speaker) : NULL);
}

/* "said the numbers were ‘unacceptable’ and promised that waits would
 * fall": a second reporting verb joined by a conjunction starts a second
 * quote of the same speaker. Returns the conjunction's token and sets
 * @verb_out, or G_MAXUINT. */
static guint
coordinated_cue (Doc   *doc,
                 guint  first,
                 guint  last,
                 guint *verb_out)
{
  static const char * const conjunctions[] = {
    "and", "but", "et", "mais", "y", "pero", "und", "aber", "и", "но", "а",
    /* "подтвердил, что …, однако заявил, что …" */
    "однако", "хотя",
    /* "…, aunque han precisado que …" */
    "aunque", "although", "though", "quoique", "obwohl",
  };
  /* forms that are as often nouns or take no clause */
  static const char * const not_here[] = {
    "claims", "reports", "calls", "demands", "notes", "states", "comments", "remarks", "estimates",
    "report", "state", "note", "claim", "comment", "estimate", "point", "points", "pointed", "continue",
    "continued", "agree", "agreed", "ask", "asked", "call", "quoted", "thought", "posted",
  };

  for (guint t = first + 2; t + 2 <= last; t++)
    {
      guint v = t + 1;
      const char *verb;
      gboolean skip = FALSE;

      if (doc->span_of[t] >= 0 || !is_word (doc, t))
        continue;
      for (gsize c = 0; c < G_N_ELEMENTS (conjunctions) && !skip; c++)
        skip = strcmp (lower (doc, t), conjunctions[c]) == 0;
      if (!skip)
        continue;
      while (v < last && is_word (doc, v) && doc->span_of[v] < 0 && IN (between_words, lower (doc, v)))
        v++;
      if (v >= last || !is_word (doc, v) || doc->span_of[v] >= 0)
        continue;
      verb = lower (doc, v);
      /* "… and called on the Greens to do the same": "called" before "on"
       * or "for" is a call, not a naming verb */
      if (!IN (speech_verbs, verb) || g_str_has_suffix (verb, "ing")
          || (px_quotes_naming_cue (doc, v) && !(is_word (doc, v + 1) && lower_is (doc, v + 1, "on", "for", NULL))))
        continue;
      skip = FALSE;
      for (gsize n = 0; n < G_N_ELEMENTS (not_here) && !skip; n++)
        skip = strcmp (verb, not_here[n]) == 0;
      if (skip)
        continue;
      *verb_out = v;
      return t;
    }
  return G_MAXUINT;
}

/* "… y pidió a las partes \"privilegiar el diálogo\"", "y pidió a los
 * vecinos que …": in Spanish "a" after the verb opens its listener;
 * whether words in quotation marks, a "que" clause or an infinitive
 * follow the listener within a few words. */
static gboolean
spanish_listener_then_content (Doc   *doc,
                               guint  first,
                               guint  last)
{
  for (guint t = first + 1; t <= last && t < first + 7; t++)
    {
      if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
        return TRUE;
      if (!is_word (doc, t))
        return FALSE;
      if (lower_is (doc, t, "que", NULL) || (t > first + 1 && spanish_infinitive (lower (doc, t))))
        return TRUE;
    }
  return FALSE;
}

static gboolean romance_bare_noun_object (Doc   *doc,
                                          guint  first,
                                          guint  last);

/* Adds the quote of @cue over tokens @first … @last, split in two where a
 * second reporting verb takes over. */
static void
add_clause_quotes (Doc   *doc,
                   gint   sentence,
                   Cue   *cue,
                   guint  first,
                   guint  last)
{
  guint verb = G_MAXUINT;
  guint conjunction = coordinated_cue (doc, first, last, &verb);
  guint second_first = G_MAXUINT;
  Cue second = { 0, };
  PxQuote *quote;

  if (conjunction != G_MAXUINT)
    {
      second.first = second.last = verb;
      second.found = TRUE;
      second.source.first = second.source.last = first > 0 ? first - 1 : 0;
      second_first = clause_start (doc, &second, sentence);
      if (second_first > last)
        conjunction = G_MAXUINT;
    }
  if (conjunction != G_MAXUINT)
    {
      guint end = conjunction - 1;
      guint n_words = 0;

      while (end > first && !is_word (doc, end) && doc->span_of[end] < 0)
        end--;
      for (guint t = second_first; t <= last; t++)
        if (is_word (doc, t))
          n_words++;
      if (n_words < 2)
        conjunction = G_MAXUINT;
      else
        {
          /* "said Lowry had … and announced a scholarship in her name": a
           * second verb with a noun phrase for its object reports no words */
          gboolean object = !doc->capital_nouns && second_first == verb + 1 && is_word (doc, second_first)
                            && ((doc->pro_drop && lower_is (doc, second_first, "a", "al", NULL)
                                 ? !spanish_listener_then_content (doc, second_first, last)
                                 : lower_is (doc, second_first, "a", "an", "its", "their", "plans", NULL))
                                /* "a dénoncé un « guet-apens » et réclamé des renforts" */
                                || romance_bare_noun_object (doc, second_first, last)
                                /* "… y pidió paciencia a la afición": a
                                 * bare noun asked for */
                                || (doc->pro_drop && spanish_request_verb (lower (doc, verb))
                                    && !lower_is (doc, second_first, "no", "a", "al", "que", NULL)
                                    && !spanish_infinitive (lower (doc, second_first))));

          quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, end),
                             tok (doc, first)->start, tok (doc, end)->end, FALSE);
          finish_source (doc, quote, cue, sentence);
          add_found (doc, quote, sentence, -1, cue->first);
          if (object)
            return;
          quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, second_first, last),
                             tok (doc, second_first)->start, tok (doc, last)->end, FALSE);
          finish_source (doc, quote, cue, sentence);
          g_free (quote->verb);
          quote->verb = g_strdup (lower (doc, verb));
          add_found (doc, quote, sentence, -1, verb);
          return;
        }
    }
  quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, last),
                     tok (doc, first)->start, tok (doc, last)->end, FALSE);
  /* the clause read around an "according to" cue inside it: its words
   * without the cue's */
  if ((cue->according && first < cue->first && cue->source.last >= cue->first
       && MAX (cue->source.last, cue->last) < last)
      || (!doc->capital_nouns && !cue->according
          && english_parenthetical_cue (doc, cue, &g_array_index (doc->sentences, Sentence, sentence))
          && first < cue->source.first && cue->last < last))
    {
      guint after = MAX (cue->source.last, cue->last) + 1;
      guint before = MIN (cue->source.first, cue->first) - 1;

      while (after < last && !is_word (doc, after))
        after++;
      while (before > first && !is_word (doc, before))
        before--;
      if (before >= first && after <= last)
        {
          g_autofree char *head = clause_text (doc, first, before);
          g_autofree char *tail = clause_text (doc, after, last);

          g_free (quote->text);
          quote->text = g_strconcat (head, " ", tail, NULL);
        }
    }
  finish_source (doc, quote, cue, sentence);
  add_found (doc, quote, sentence, -1, cue->first);
}

/* "a jugé la mobilisation « disproportionnée »", "s'est dit « surpris »
 * par …", "nannte den Streik eine „Zumutung“": a verb that names or judges
 * takes an object, not a clause; its quote is the quoted words alone. */
gboolean
px_quotes_naming_cue (Doc   *doc,
                      guint  verb)
{
  static const char * const naming[] = {
    "jugé", "jugée", "juge", "jugeant", "qualifié", "qualifiée", "qualifie", "qualifiant",
    "nannte", "nennt", "nannten", "nennen", "bezeichnete", "bezeichnet", "bezeichneten",
    "назвал", "назвала", "назвали", "называет", "calificó", "calificaron", "tachó",
    "calificado", "calificada", "califica", "tachado", "tacha",
    "called", "calls", "described", "describes", "branded", "dubbed", "termed",
    /* "sprach von einem „herben Schlag“": speaking of a phrase */
    "sprach", "spricht", "sprachen", "sprechen",
  };
  const char *word = lower (doc, verb);

  if (word == NULL)
    return FALSE;
  if (px_text_list_contains (naming, G_N_ELEMENTS (naming), word))
    return TRUE;
  /* "s'est dit", "se sont dits": se dire + an adjective */
  if ((strcmp (word, "dit") == 0 || strcmp (word, "dite") == 0 || strcmp (word, "dits") == 0 || strcmp (word, "dites") == 0)
      && verb > 0 && is_word (doc, verb - 1)
      && (g_str_has_suffix (lower (doc, verb - 1), "est") || g_str_has_suffix (lower (doc, verb - 1), "sont")))
    return TRUE;
  return FALSE;
}

/* "juge au contraire que le projet est « une chance historique »": a verb
 * that may name or judge an object ("a jugé la mobilisation « … »") takes
 * a clause when a complementiser follows it within a few words. */
static gboolean
complementiser_soon_after (Doc   *doc,
                           guint  verb,
                           gint   sentence)
{
  for (guint k = verb + 1; k <= verb + 4 && px_quotes_allowed_token (doc, k, sentence); k++)
    {
      if (!is_word (doc, k) || doc->span_of[k] >= 0)
        return FALSE;
      if (lower_is (doc, k, "que", "qu'", "qu’", "that", "dass", "что", NULL))
        return TRUE;
    }
  return FALSE;
}

/* The mixed quote of one cue, if the clause it reports holds words in
 * quotation marks ("she said the plan was ‘dead on arrival’ and should
 * go" is one quote, the whole clause). */
static gboolean
mixed_for_cue (Doc      *doc,
               gint      sentence,
               Cue      *cue,
               gboolean *consumed)
{
  guint first, last, outside = 0;
  guint first_span = G_MAXUINT, last_span = 0;
  gboolean words_said = FALSE;

  if ((!cue->according && !takes_clause (lower (doc, cue->first)))
      || (px_quotes_naming_cue (doc, cue->first) && !complementiser_soon_after (doc, cue->last, sentence))
      || !clause_bounds (doc, cue, sentence, &first, &last))
    return FALSE;
  for (guint s = 0; s < doc->spans->len; s++)
    {
      Span *span = &g_array_index (doc->spans, Span, s);

      if ((gint) span->sentence != sentence || consumed[s] || span->close < first || span->open > last)
        continue;
      if (span->open < first || span->close > last + 1)
        return FALSE;
      first_span = MIN (first_span, s);
      last_span = MAX (last_span, s);
      /* "написал в своем Telegram-канале «Кочетков на связи»": a name in
       * marks makes no mixed quote of the words around it */
      words_said = words_said || !px_quotes_russian_name_in_marks (doc, span);
    }
  if (first_span != G_MAXUINT && !words_said)
    return FALSE;
  for (guint t = first; t <= last; t++)
    if (doc->span_of[t] < 0 && is_word (doc, t))
      {
        Cue inner = { 0, };
        gboolean other;

        outside++;
        /* "he said, while Ade Okoro added that …": the later cue owns the clause */
        other = t > cue->last + 1 && px_quotes_cue_at (doc, t, sentence, TRUE, &inner)
                && !inner.according && inner.source.first < t && !inner.source.pronoun
                && px_quotes_is_name_word (doc, inner.source.first);
        px_quotes_source_clear (&inner.source);
        if (other)
          return FALSE;
      }
  /* "Para el presidente de …, X, la medida «…»": after a view's cue
   * opening the sentence, a subject of two words before the quotation
   * makes it a clause of its own */
  if (first_span == G_MAXUINT || outside < (cue->according && !doc->capital_nouns && !doc->inflecting ? 2 : 3))
    return FALSE;
  /* "said after the hearing: “…”": a colon introduces the quotation
   * itself, whose cue is read from it; no mixed quote */
  {
    Span *opening = &g_array_index (doc->spans, Span, first_span);

    if (opening->open > 0 && is_punct (doc, opening->open - 1, ':'))
      return FALSE;
  }
  if (doc->span_of[last] >= 0 && (tok (doc, last)->flags & PX_LEXICON_TOKEN_QUOTE) == 0)
    {
      /* the clause ends inside a quote that runs on: end it with the quote */
      Span *span = &g_array_index (doc->spans, Span, doc->span_of[last]);

      last = MIN (span->close, doc->tokens->len - 1);
    }
  add_clause_quotes (doc, sentence, cue, first, last);
  for (guint s = first_span; s <= last_span; s++)
    consumed[s] = TRUE;
  return TRUE;
}

/* "… et a demandé au groupe de …", "and warned that …": a reporting verb
 * joined to the clause before with no subject of its own */
static gboolean
coordinated_verb (Doc   *doc,
                  guint  verb)
{
  static const char * const conjunctions[] = { "and", "but", "et", "mais", "y", "pero", "und", "aber", "и", "но" };
  guint k = verb;

  while (k > 0 && k + 3 > verb && is_word (doc, k - 1) && IN (between_words, lower (doc, k - 1)))
    k--;
  return k > 0 && is_word (doc, k - 1) && px_text_list_contains (conjunctions, G_N_ELEMENTS (conjunctions), lower (doc, k - 1));
}

/* Indirect speech with some words in quotation marks: "she said the plan
 * was ‘dead on arrival’ and should go" is one quote, the whole clause.
 * Each cue of the sentence is tried: "‘We let him down’, he said, while
 * Ade Okoro added that the dressing room was ‘devastated’". */
static void
try_mixed (Doc      *doc,
           gint      sentence,
           gboolean *consumed)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);
  Source previous = { 0, };
  gboolean have_previous = FALSE;

  for (guint i = s->first; i <= s->last; i++)
    {
      Cue cue;

      if (px_quotes_cue_at (doc, i, sentence, TRUE, &cue))
        {
          px_quotes_resolve_source (doc, &cue.source);
          if (cue.source.speaker != NULL || cue.source.document)
            {
              px_quotes_source_clear (&previous);
              previous = cue.source;
              previous.speaker = g_strdup (cue.source.speaker);
              previous.description = g_strdup (cue.source.description);
              have_previous = TRUE;
              mixed_for_cue (doc, sentence, &cue, consumed);
            }
        }
      else if (have_previous && is_word (doc, i) && px_quotes_allowed_token (doc, i, sentence)
               && (g_str_has_suffix (lower (doc, i), "ing") || coordinated_verb (doc, i))
               && px_quotes_is_speech_verb (doc, i, TRUE))
        {
          /* "…, adding that the closure had been ‘a matter of safety’" */
          px_quotes_source_clear (&cue.source);
          memset (&cue, 0, sizeof cue);
          cue.first = cue.last = i;
          cue.found = TRUE;
          cue.source = previous;
          cue.source.first = cue.source.last = i - 1;
          cue.source.speaker = g_strdup (previous.speaker);
          cue.source.description = g_strdup (previous.description);
          mixed_for_cue (doc, sentence, &cue, consumed);
        }
      px_quotes_source_clear (&cue.source);
    }
  px_quotes_source_clear (&previous);
}


/* Nouns that say what a Russian name in « » after them is: a company, a
 * paper, a place ("компании «…»", "газете «…»", "лагеря «…»"). */
static const char * const russian_name_kinds[] = {
  "компании", "завода", "банка", "холдинга", "группы", "концерна", "фонда", "общества", "предприятия",
  "партии", "движения", "ооо", "ао", "пао", "оао", "зао", "гк", "газеты", "издания", "агентства",
  "муп", "гуп", "фгуп", "ано", "нко", "мку", "гбу",
  "театра", "клуба", "компания", "завод", "банк", "холдинг", "концерн", "фонд", "партия", "газета",
  "комбината", "комбинат", "фабрики", "фабрика", "центра", "объединения", "сервиса", "сервис",
  "доставки", "платформы", "сети", "магазина", "приложения", "бренда", "марки", "ресторана", "проекта",
  "пресс-службе", "пресс-службы", "пресс-служба", "руководство", "руководства", "представитель",
  "представители", "сотрудники",
  /* the paper or channel a speaker told: "рассказала газете «Вечерний Омск»" */
  "газете", "изданию", "агентству", "журналу", "телеканалу", "каналу", "радиостанции", "порталу",
  /* places with names of their own: "лагеря «Солнечный берег»" */
  "лагеря", "лагерь", "лагере", "санатория", "санаторий", "санатории", "комплекса", "жк", "гостиницы",
  "гостиница", "отеля", "отель", "кафе", "стадиона", "стадион", "парка", "кинотеатра", "рынка",
};

/* "компании «Омские тепловые сети»", "газеты «Ведомости»": Russian puts the
 * names of companies, papers and parties in « » after the noun that says
 * what they are; such a span is a name, not words anyone said. */
gboolean
px_quotes_russian_name_in_marks (Doc  *doc,
                                 Span *span)
{
  guint words = 0;
  gboolean kind_before, bare = TRUE;
  const char *before;

  if (span->open == 0 || !is_word (doc, span->open - 1))
    return FALSE;
  kind_before = px_text_list_contains (russian_name_kinds, G_N_ELEMENTS (russian_name_kinds), lower (doc, span->open - 1));
  for (guint t = span->open + 1; t < span->close && t < doc->tokens->len; t++)
    if (is_word (doc, t))
      {
        words++;
        /* a name is capitalised at its start and short */
        if (words == 1 && !(tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL))
          return FALSE;
      }
    else if (!is_punct (doc, t, '-') && !is_punct (doc, t, '.'))
      bare = FALSE;
  if (words == 0 || words > 4)
    return FALSE;
  if (kind_before)
    return TRUE;
  /* Without a kind noun before it ("собеседник «Ъ» в правительстве",
   * "тренер «Металлурга»", "заявили «Интерфаксу»"): Russian writes words
   * said inside a sentence in lower case after "что", a verb or a noun, so
   * a short capitalised span after a Russian word, with no comma or
   * sentence mark inside and no cue dash after it, is a name in whatever
   * case the sentence needs. */
  /* the word before is Russian by its ending ("Telegram-канале") */
  before = lower (doc, span->open - 1);
  return bare && g_unichar_get_script (g_utf8_get_char (g_utf8_prev_char (before + strlen (before)))) == G_UNICODE_SCRIPT_CYRILLIC
         && (gint) doc->token_sentence[span->open - 1] == (gint) span->sentence
         && span->closed && span->close + 1 < doc->tokens->len
         && !is_punct (doc, span->close + 1, 0x2014) && !is_punct (doc, span->close + 1, 0x2013)
         && !(is_punct (doc, span->close + 1, ',') && (is_punct (doc, span->close + 2, 0x2014)
                                                      || is_punct (doc, span->close + 2, 0x2013)));
}

/* Whether @span, a name in marks (px_quotes_russian_name_in_marks()),
 * follows a noun that says what it names ("компании «…»") rather than any
 * other word ("инспекции области «Заволжью онлайн»", where it is the paper
 * told, in the dative). */
gboolean
px_quotes_russian_name_after_kind (Doc  *doc,
                                   Span *span)
{
  return span->open > 0 && is_word (doc, span->open - 1)
         && px_text_list_contains (russian_name_kinds, G_N_ELEMENTS (russian_name_kinds), lower (doc, span->open - 1));
}

static gboolean sentence_has_speech_quote (Doc *doc, gint sentence);

/* Gives @quote the speaker @person and the description the article first
 * gave them. */
void
px_quotes_quote_from_person (PxQuote *quote,
                             Person  *person)
{
  g_free (quote->speaker);
  quote->speaker = g_strdup (person->name);
  g_free (quote->speaker_description);
  quote->speaker_description = person->descriptions->len > 0
                               ? g_strdup (g_ptr_array_index (person->descriptions, 0)) : NULL;
}

/* Gives @quote the person @sentence opens with, when that sentence is a
 * whole paragraph without quotation marks ("Natarajan disputes that.").
 * Returns whether it did. */
static gboolean
subject_of_lone_sentence (Doc     *doc,
                          gint     sentence,
                          PxQuote *quote)
{
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  Source subject = { 0, };

  if (range->last + 1 < doc->tokens->len && doc->token_segment[range->last + 1] == doc->token_segment[range->first]
      && doc->token_sentence[range->last + 1] != (guint) sentence)
    return FALSE;
  for (guint t = range->first; t <= range->last; t++)
    if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
      return FALSE;
  if (px_quotes_sentence_subject (doc, sentence, &subject) && subject.first == range->first)
    {
      px_quotes_resolve_source (doc, &subject);
      if (subject.person != NULL && !subject.person->org)
        px_quotes_quote_from_person (quote, subject.person);
    }
  px_quotes_source_clear (&subject);
  return quote->speaker != NULL;
}

/* Gives @quote (no cue of its own, opening a sentence inside its
 * paragraph, or opening its paragraph right after the paragraph that
 * sentence ends) the person the sentence just before reports speaking, when
 * that sentence holds no quotation marks and the sentence after @quote
 * does not open with one. */
static gboolean
reported_voice_before (Doc     *doc,
                       Span    *span,
                       PxQuote *quote)
{
  const Sentence *previous;
  Cue cue;
  gboolean found;

  if (span->sentence == 0 || !span->closed
      || g_array_index (doc->sentences, Sentence, span->sentence).first != span->open)
    return FALSE;
  previous = &g_array_index (doc->sentences, Sentence, span->sentence - 1);
  /* a quote paragraph may go on from the last sentence of the paragraph
   * before */
  if (doc->token_segment[previous->first] != doc->token_segment[span->open]
      && !((tok (doc, span->open)->flags & PX_LEXICON_TOKEN_PARA_START) != 0
           && doc->token_segment[previous->first] + 1 == doc->token_segment[span->open]))
    return FALSE;
  for (guint t = previous->first; t <= previous->last; t++)
    if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
      return FALSE;
  /* "„…“ „…“, sagte X": a quote right after belongs with its cue */
  for (guint t = span->close + 1; t < doc->tokens->len && t < span->close + 3; t++)
    if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
      return FALSE;
  found = find_cue (doc, span->sentence - 1, previous->last, G_MAXUINT, FALSE, &cue);
  if (found && cue.source.person != NULL && !cue.source.person->org)
    px_quotes_quote_from_person (quote, cue.source.person);
  px_quotes_source_clear (&cue.source);
  return quote->speaker != NULL;
}


/* "sagte er dem „Kornauer Tagblatt“", "laut der „Süddeutschen Zeitung“":
 * in German, a short span of two to four capitalised words in marks right
 * after an article is the name of a paper or a title, not words anyone
 * said. */
static gboolean
german_title_in_marks (Doc  *doc,
                       Span *span)
{
  /* one word ("sprach von der „Katastrophe“") may well be quoted */
  if (!doc->capital_nouns || span->open == 0 || span->n_words < 2 || span->n_words > 4 || !span->closed
      || !is_word (doc, span->open - 1) || !lower_is (doc, span->open - 1, "dem", "der", "des", "die", "den", NULL))
    return FALSE;
  for (guint t = span->open + 1; t < span->close && t < doc->tokens->len; t++)
    if (is_word (doc, t) ? !(tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL)
                         : !is_punct (doc, t, '-'))
      return FALSE;
  return TRUE;
}

static void
find_direct_quotes (Doc *doc)
{
  g_autofree gboolean *consumed = g_new0 (gboolean, doc->spans->len + 1);
  g_autofree gboolean *answers = NULL;
  gint mixed_tried = -1;

  for (guint s = 0; s < doc->spans->len; s++)
    {
      Span *span = &g_array_index (doc->spans, Span, s);
      gint sentence = span->sentence;
      guint close = MIN (span->close, doc->tokens->len - 1);
      gsize start, end;
      PxQuote *quote;
      Cue cue;
      gboolean attributed;
      guint cue_token = G_MAXUINT;

      if (sentence != mixed_tried)
        {
          mixed_tried = sentence;
          try_mixed (doc, sentence, consumed);
        }
      if (consumed[s])
        continue;
      if (px_quotes_russian_name_in_marks (doc, span) || german_title_in_marks (doc, span))
        continue;
      start = tok (doc, MIN (span->open + 1, doc->tokens->len - 1))->start;
      end = span->close < doc->tokens->len ? tok (doc, span->close)->start : doc->length;
      quote = new_quote (doc, PX_QUOTE_SPEECH, span_text (doc, span), start, end, TRUE);
      attributed = FALSE;
      /* A quote running over paragraphs has its cue after its last part:
       * “… / “…,” said Joan Whitfield. */
      if (span->closed && span->close < doc->tokens->len && (gint) doc->token_sentence[close] != sentence
          && doc->token_segment[close] != doc->token_segment[span->open])
        {
          attributed = find_cue (doc, doc->token_sentence[close], close, G_MAXUINT, TRUE, &cue);
          if (attributed)
            sentence = doc->token_sentence[close];
          else
            px_quotes_source_clear (&cue.source);
        }
      if (!attributed)
        attributed = find_cue (doc, sentence, span->close < doc->tokens->len ? close : span->open, span->open, TRUE, &cue);
      if (attributed)
        {
          finish_source (doc, quote, &cue, sentence);
          cue_token = cue.first;
        }
      else if (span->n_words >= 3 && previous_sentence_ends_with_colon (doc, sentence, &cue))
        {
          finish_source (doc, quote, &cue, sentence - 1);
          attributed = TRUE;
        }
      px_quotes_source_clear (&cue.source);
      if (!attributed)
        g_clear_pointer (&quote->speaker, g_free);
      add_found (doc, quote, sentence, s, cue_token);
    }

  /* “We know this is unwelcome,” said Martin Hale. “But the cap must …” —
   * a quote interrupted by its cue is one quote. */
  for (guint q = 0; q + 1 < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      PxQuote *next = g_ptr_array_index (doc->quotes, q + 1);
      gint span_a = g_array_index (doc->quote_span, gint, q);
      gint span_b = g_array_index (doc->quote_span, gint, q + 1);
      guint cue_a = g_array_index (doc->quote_cue, guint, q);
      guint cue_b = g_array_index (doc->quote_cue, guint, q + 1);
      Span *a, *b;
      char *joined;

      if (span_a < 0 || span_b < 0 || cue_a == G_MAXUINT || quote->speaker == NULL)
        continue;
      a = &g_array_index (doc->spans, Span, span_a);
      b = &g_array_index (doc->spans, Span, span_b);
      /* the cue may carry a long description before the quote goes on:
       * “…,” said X, who …. “…” */
      if (doc->token_segment[a->open] != doc->token_segment[b->open] || cue_a < a->close || cue_a > b->open
          || (b->open > a->close + 16
              && !(doc->token_sentence[b->open] == doc->token_sentence[cue_a] + 1
                   && g_array_index (doc->sentences, Sentence, doc->token_sentence[b->open]).first == b->open))
          || (cue_b != G_MAXUINT && cue_b != cue_a)
          || (next->speaker != NULL && cue_b != cue_a)
          /* "« surprise » par l'occupation et a jugé la mobilisation
           * « excessive »": a naming verb takes its own quoted words */
          || px_quotes_naming_cue (doc, cue_a))
        continue;
      joined = g_strconcat (quote->text, " ", next->text, NULL);
      g_free (quote->text);
      quote->text = joined;
      quote->end_paragraph = next->end_paragraph;
      quote->end = next->end;
      quote->span.end = next->span.end;
      g_ptr_array_remove_index (doc->quotes, q + 1);
      g_array_remove_index (doc->quote_sentence, q + 1);
      g_array_remove_index (doc->quote_span, q + 1);
      g_array_remove_index (doc->quote_cue, q + 1);
      g_ptr_array_remove_index (doc->quote_person, q + 1);
      q--;
    }

  /* Quotes with no cue of their own take the speaker of their neighbours:
   * a quote running on in the same or the next paragraph is the same voice. */
  answers = g_new0 (gboolean, doc->quotes->len + 1);
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      gint span_index = g_array_index (doc->quote_span, gint, q);
      Span *span;
      PxQuote *before = q > 0 ? g_ptr_array_index (doc->quotes, q - 1) : NULL;
      PxQuote *after = q + 1 < doc->quotes->len ? g_ptr_array_index (doc->quotes, q + 1) : NULL;
      guint paragraph = quote->span.paragraph;
      gboolean alone, after_heading;

      if (quote->speaker != NULL || span_index < 0)
        continue;
      span = &g_array_index (doc->spans, Span, span_index);
      alone = span->open == 0 || (tok (doc, span->open)->flags & PX_LEXICON_TOKEN_PARA_START) != 0;
      /* A headline or a pull quote repeats words the body attributes. */
      for (guint o = 0; o < doc->quotes->len && quote->speaker == NULL; o++)
        {
          PxQuote *other = g_ptr_array_index (doc->quotes, o);
          g_autofree char *needle = g_utf8_casefold (quote->text, -1);
          g_autofree char *haystack = g_utf8_casefold (other->text, -1);

          if (o != q && other->speaker != NULL && other->kind == PX_QUOTE_SPEECH && span->n_words >= 3
              && strstr (haystack, needle) != NULL)
            copy_source (quote, other);
        }
      if (quote->speaker != NULL)
        continue;
      /* "Minister: “We will not back down” on pensions": in a headline,
       * the words before the colon name who speaks */
      if (doc->token_segment[span->open] == 0 && span->open >= 2 && is_punct (doc, span->open - 1, ':')
          && doc->span_of[span->open - 2] < 0 && span->open - 1 <= 6)
        {
          Source head = { 0, };

          head.first = 0;
          head.last = span->open - 2;
          while (head.first < head.last && !is_word (doc, head.first))
            head.first++;
          if (is_word (doc, head.first) && is_word (doc, head.last))
            {
              px_quotes_resolve_source (doc, &head);
              /* "Minister:" for "Work and Pensions Secretary Liz Kendall":
               * the first person the body describes with the headline's noun */
              if (head.person == NULL)
                {
                  Person *best = NULL;

                  for (guint p = 0; p < doc->people->len; p++)
                    {
                      Person *candidate = g_ptr_array_index (doc->people, p);

                      if (candidate->org || strchr (candidate->name, ' ') == NULL
                          || (best != NULL && candidate->first_token > best->first_token))
                        continue;
                      for (guint d = 0; d < candidate->descriptions->len; d++)
                        {
                          g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (candidate->descriptions, d), -1);
                          g_auto(GStrv) words = g_strsplit (folded, " ", -1);

                          for (guint w = 0; words[w] != NULL; w++)
                            if (px_quotes_descriptor_word_fits (lower (doc, head.last), words[w]))
                              best = candidate;
                        }
                    }
                  if (best != NULL)
                    {
                      g_free (head.speaker);
                      head.speaker = NULL;
                      head.person = best;
                    }
                }
              if (head.person != NULL)
                px_quotes_source_from_person (&head, head.person);
              if (head.speaker != NULL && head.person != NULL)
                {
                  quote->speaker = g_strdup (head.speaker);
                  if (head.description != NULL)
                    quote->speaker_description = g_strdup (head.description);
                }
            }
          px_quotes_source_clear (&head);
          if (quote->speaker != NULL)
            continue;
        }
      /* "Shaw was blunt: “…”", "Her verdict was simple: “…”": a quote
       * after a colon belongs to the person the clause before it opens with */
      if (span->open >= 2 && is_punct (doc, span->open - 1, ':') && doc->span_of[span->open - 1] < 0
          && doc->token_segment[span->open] > 0 && span->n_words >= 3)
        {
          gint colon_sentence = doc->token_sentence[span->open - 1];
          guint opening = g_array_index (doc->sentences, Sentence, colon_sentence).first;
          Source subject = { 0, };

          if (px_quotes_sentence_subject (doc, colon_sentence, &subject) && subject.last < span->open - 1
              && (subject.first == opening || is_punct (doc, subject.first - 1, ',')))
            {
              Person *person = NULL;

              /* "Costa's wife, TV presenter Leanne Costa, …:": after a
               * possessive, the person the clause names last */
              if (is_word (doc, subject.last) && g_str_has_suffix (lower (doc, subject.last), "'s"))
                {
                  guint latest = 0;

                  for (guint p = 0; p < doc->people->len; p++)
                    {
                      Person *candidate = g_ptr_array_index (doc->people, p);
                      guint seen = px_quotes_mention_before (candidate, span->open - 1);

                      if (seen != G_MAXUINT && seen > subject.last && doc->token_sentence[seen] == (guint) colon_sentence
                          && (person == NULL || seen > latest))
                        {
                          person = candidate;
                          latest = seen;
                        }
                    }
                }
              else
                {
                  px_quotes_resolve_source (doc, &subject);
                  person = subject.person;
                }
              if (person != NULL && !person->org)
                px_quotes_quote_from_person (quote, person);
            }
          px_quotes_source_clear (&subject);
          if (quote->speaker != NULL)
            continue;
        }
      /* "“If the school goes, the village goes with it.” The words of Rachel
       * Dunn …", "“Numbers don't lie.” That was Grant's reply …": a quote
       * standing alone whose next sentence opens by pointing back and
       * names a person is that person's */
      if (alone && span->closed && span->close + 1 < doc->tokens->len)
        {
          guint k = span->close + 1;

          while (k < doc->tokens->len && !is_word (doc, k) && doc->token_segment[k] == doc->token_segment[span->open])
            k++;
          if (k < doc->tokens->len && doc->token_segment[k] == doc->token_segment[span->open] && doc->span_of[k] < 0
              && (tok (doc, k)->flags & PX_LEXICON_TOKEN_SENT_START) && doc->token_sentence[k] != doc->token_sentence[span->open]
              && (lower_is (doc, k, "that", "those", "such", NULL)
                  || (strcmp (lower (doc, k), "the") == 0 && k + 1 < doc->tokens->len && is_word (doc, k + 1)
                      && lower_is (doc, k + 1, "words", "verdict", "message", NULL))))
            {
              Person *named = NULL;
              guint named_at = G_MAXUINT;

              for (guint p = 0; p < doc->people->len; p++)
                {
                  Person *candidate = g_ptr_array_index (doc->people, p);

                  for (guint m = 0; m < candidate->mentions->len; m++)
                    {
                      guint at = g_array_index (candidate->mentions, guint, m);

                      if (at > k && at < k + 8 && doc->token_sentence[at] == doc->token_sentence[k]
                          && doc->span_of[at] < 0 && at < named_at)
                        {
                          named = candidate;
                          named_at = at;
                        }
                    }
                }
              if (named != NULL && !named->org)
                {
                  px_quotes_quote_from_person (quote, named);
                  continue;
                }
            }
        }
      /* An interview: a quoted paragraph right after a question is the
       * answer of the person interviewed, who gave the answer before or,
       * for the first, the person the introduction is about. An edited
       * interview puts a topic heading in place of the question ("On the
       * fare increase"): a short paragraph of words that ends with no
       * mark, below the headline. */
      after_heading = FALSE;
      if (alone && span->open > 0 && is_word (doc, span->open - 1) && doc->span_of[span->open - 1] < 0
          && doc->token_segment[span->open - 1] > 0
          && doc->token_segment[span->open - 1] + 1 == doc->token_segment[span->open])
        {
          guint words = 0, k = span->open - 1;

          after_heading = TRUE;
          while (after_heading && doc->token_segment[k] == doc->token_segment[span->open - 1])
            {
              after_heading = doc->span_of[k] < 0 && ++words <= 8;
              if (k == 0)
                break;
              k--;
            }
        }
      if (alone && span->open > 0 && (is_punct (doc, span->open - 1, '?') || after_heading) && doc->span_of[span->open - 1] < 0
          && doc->token_segment[span->open - 1] + 1 == doc->token_segment[span->open])
        {
          guint question = g_array_index (doc->sentences, Sentence, doc->token_sentence[span->open - 1]).first;
          Person *person = NULL;

          for (guint o = q; o > 0 && quote->speaker == NULL; o--)
            if (answers[o - 1])
              {
                copy_source (quote, g_ptr_array_index (doc->quotes, o - 1));
                g_clear_pointer (&quote->verb, g_free);
              }
          if (quote->speaker == NULL && question > 0)
            person = px_quotes_prominent_person_before (doc, question - 1);
          if (person != NULL)
            px_quotes_quote_from_person (quote, person);
          if (quote->speaker != NULL)
            {
              answers[q] = TRUE;
              continue;
            }
        }
      if (span->n_words <= 4)
        {
          quote->kind = PX_QUOTE_SCARE;
          continue;
        }
      /* "Die Bäckerin Hanna Lutz sagte, sie verstehe den Bürgermeister.
       * „Er hat sein Wort gegeben …“ Ein Rentner …": a quote with no cue
       * right after a sentence of its paragraph that reports someone's
       * words without quoting them goes on in that voice, when no quote
       * follows it at once */
      if (!alone && reported_voice_before (doc, span, quote))
        continue;
      if (before != NULL && before->speaker != NULL && before->kind == PX_QUOTE_SPEECH && before->direct
          && (before->end_paragraph == paragraph || (alone && before->end_paragraph + 1 == paragraph)))
        copy_source (quote, before);
      /* "She says she found her colleague asleep.\n\n“I didn't wake
       * her.”": a quote paragraph right after a paragraph that ends on
       * someone's reported speech goes on in that voice, rather than
       * taking the voice of the paragraph after */
      else if (alone && reported_voice_before (doc, span, quote))
        {
          /* the speaker is set */
        }
      /* "Natarajan disputes that.\n\n“I drove one for a week …”": a
       * quote paragraph right after a paragraph of one sentence, without
       * quotation marks, that opens with a person is that person's
       * answer, not the voice of the paragraph after */
      else if (alone && span->sentence > 0 && span->n_words >= 5
               && (tok (doc, g_array_index (doc->sentences, Sentence, span->sentence - 1).first)->flags & PX_LEXICON_TOKEN_PARA_START)
               && doc->token_segment[g_array_index (doc->sentences, Sentence, span->sentence - 1).first] + 1
                  == doc->token_segment[span->open]
               && subject_of_lone_sentence (doc, span->sentence - 1, quote))
        {
          /* the speaker is set */
        }
      else if (after != NULL && after->speaker != NULL && after->kind == PX_QUOTE_SPEECH && after->direct
               && (after->span.paragraph == paragraph || (alone && after->span.paragraph == quote->end_paragraph + 1)))
        copy_source (quote, after);
      else if (alone)
        {
          Person *person = px_quotes_last_person_before (doc, span->open, FALSE);

          if (person != NULL && px_quotes_mention_before (person, span->open) + 120 > span->open)
            px_quotes_quote_from_person (quote, person);
        }
      /* "“You don't notice a bus until it's gone.”\n\nMaureen Hollis is
       * standing at the shelter …": a feature may open on a quote
       * paragraph with nobody named before it; the person the next
       * paragraph opens on, by full name, spoke it */
      if (quote->speaker == NULL && alone && !doc->capital_nouns && span->closed && span->n_words >= 5
          && px_quotes_last_person_before (doc, span->open, FALSE) == NULL)
        {
          guint next = span->close + 1;

          while (next < doc->tokens->len && doc->token_segment[next] == doc->token_segment[span->open])
            next++;
          if (next + 1 < doc->tokens->len && doc->token_segment[next] == doc->token_segment[span->open] + 1
              && doc->span_of[next] < 0 && px_quotes_is_name_word (doc, next))
            {
              guint last = px_quotes_run_end_forward (doc, next);
              g_autofree char *name = px_quotes_slice (doc, next, last);
              Person *person = px_quotes_find_person_exact (doc, name);

              if (person != NULL && !person->org && last > next && is_word (doc, last + 1)
                  && !(tok (doc, last + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
                px_quotes_quote_from_person (quote, person);
            }
        }
      /* "Patel was blunt. “We are being asked …”": a quote that opens a
       * sentence after one about a person, in the same paragraph, is theirs */
      if (quote->speaker == NULL && !alone && span->n_words >= 5 && span->sentence > 0
          && g_array_index (doc->sentences, Sentence, span->sentence).first == span->open
          && doc->token_segment[g_array_index (doc->sentences, Sentence, span->sentence - 1).last] == doc->token_segment[span->open]
          && !sentence_has_speech_quote (doc, span->sentence - 1))
        {
          Source subject = { 0, };

          /* the subject opens the sentence, or follows an opening phrase
           * ("Asked about the criticism, Hughes smiled.") */
          if (px_quotes_sentence_subject (doc, span->sentence - 1, &subject)
              && (subject.first == g_array_index (doc->sentences, Sentence, span->sentence - 1).first
                  || is_punct (doc, subject.first - 1, ',')))
            {
              px_quotes_resolve_source (doc, &subject);
              if (subject.person != NULL && !subject.person->org)
                px_quotes_quote_from_person (quote, subject.person);
            }
          px_quotes_source_clear (&subject);
        }
      if (quote->speaker == NULL && span->n_words <= 6 && !alone)
        quote->kind = PX_QUOTE_SCARE;
      g_clear_pointer (&quote->verb, g_free);
    }
  /* A headline quote, once every body quote has its speaker (answers in an
   * interview get theirs above, after the headline was read): the body
   * quote that repeats its words, else "‘I've been stabbed in the back’:
   * Costa hits out at club": the person named right after the colon. */
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      gint span_index = g_array_index (doc->quote_span, gint, q);
      Span *span;

      if (quote->speaker != NULL || span_index < 0 || quote->kind != PX_QUOTE_SPEECH)
        continue;
      span = &g_array_index (doc->spans, Span, span_index);
      if (doc->token_segment[span->open] != 0 || span->n_words < 3)
        continue;
      for (guint o = 0; o < doc->quotes->len && quote->speaker == NULL; o++)
        {
          PxQuote *other = g_ptr_array_index (doc->quotes, o);
          g_autofree char *needle = g_utf8_casefold (quote->text, -1);
          g_autofree char *haystack = g_utf8_casefold (other->text, -1);

          if (o != q && other->speaker != NULL && other->kind == PX_QUOTE_SPEECH && other->span.paragraph > 0
              && strstr (haystack, needle) != NULL)
            {
              copy_source (quote, other);
              g_clear_pointer (&quote->verb, g_free);
            }
        }
      if (quote->speaker == NULL && span->closed && is_punct (doc, span->close + 1, ':')
          && px_quotes_is_name_word (doc, span->close + 2) && doc->token_segment[span->close + 2] == 0)
        {
          guint first = span->close + 2;
          guint last = px_quotes_run_end_forward (doc, first);
          g_autofree char *name = px_quotes_slice (doc, first, last);
          Person *person = px_quotes_find_person_exact (doc, name);

          if (person == NULL && first == last)
            person = px_quotes_find_person_by_part (doc, name, first);
          if (person != NULL && !person->org)
            px_quotes_quote_from_person (quote, person);
        }
      /* "“We lost everything in an hour”: bakery owner vows to reopen": a
       * role after the colon, before the headline's verb, is the one
       * person the body describes by that noun ("the owner, Tomasz Nowak") */
      if (quote->speaker == NULL && !doc->capital_nouns && span->closed && is_punct (doc, span->close + 1, ':'))
        {
          guint v = span->close + 2;
          Person *found = NULL;
          guint n_found = 0;

          while (v < span->close + 6 && v < doc->tokens->len && doc->token_segment[v] == 0 && is_word (doc, v)
                 && !(tok (doc, v)->flags & PX_LEXICON_TOKEN_CAPITAL) && !px_quotes_headline_verb (doc, v))
            v++;
          if (v > span->close + 2 && v < doc->tokens->len && px_quotes_headline_verb (doc, v))
            {
              const char *head = lower (doc, v - 1);

              for (guint p = 0; p < doc->people->len; p++)
                {
                  Person *person = g_ptr_array_index (doc->people, p);
                  gboolean described = FALSE;

                  if (person->org || strchr (person->name, ' ') == NULL)
                    continue;
                  for (guint d = 0; d < person->descriptions->len && !described; d++)
                    {
                      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (person->descriptions, d), " ", -1);

                      for (guint w = 0; words[w] != NULL && !described; w++)
                        described = g_ascii_strcasecmp (words[w], head) == 0;
                    }
                  if (described && found != person)
                    {
                      found = person;
                      n_found++;
                    }
                }
              if (n_found == 1)
                px_quotes_quote_from_person (quote, found);
            }
        }
    }
}

/* ---- 6. Indirect speech ---- */

static gboolean
sentence_has_speech_quote (Doc  *doc,
                           gint  sentence)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);

      if (quote->kind == PX_QUOTE_SPEECH && (gint) g_array_index (doc->quote_sentence, guint, q) == sentence)
        return TRUE;
    }
  return FALSE;
}

/* "« … », a assuré Carole Ménard, qui a rappelé que …", "“…,” said Ann
 * Lee, who added that …": a relative clause on the speaker named after a
 * quotation's cue at @cue reports more of that speaker's words. Looks
 * between @after (the closing mark) and @last; returns the relative
 * pronoun's token and sets @verb_out, or G_MAXUINT. */
static guint
relative_cue (Doc   *doc,
              guint  cue,
              guint  after,
              guint  last,
              guint *verb_out)
{
  static const char * const relatives[] = { "qui", "who", "quien", "quienes" };
  static const char * const auxiliaries[] = { "a", "avait", "ont", "has", "had", "ha", "había", "han" };
  /* "a dit Marie à l'AFP, qui …": the relative is about the listener */
  static const char * const listeners[] = { "à", "au", "aux", "auprès", "to", "a", "al", "ante" };

  if (cue == G_MAXUINT || cue <= after || !is_word (doc, cue)
      /* "Ann Lee told the BBC, who …" */
      || px_text_list_contains (listener_verbs, G_N_ELEMENTS (listener_verbs), lower (doc, cue)))
    return G_MAXUINT;
  for (guint t = cue + 2; t + 3 <= last; t++)
    {
      guint v = t + 1;
      const char *verb;

      /* "…», subrayó la conselleira, que avanzó además que …": Spanish
       * "que" after a comma is the subject relative "quien" is */
      if (doc->span_of[t] >= 0 || !is_word (doc, t) || !is_punct (doc, t - 1, ',')
          || !(px_text_list_contains (relatives, G_N_ELEMENTS (relatives), lower (doc, t))
               || (doc->pro_drop && strcmp (lower (doc, t), "que") == 0)))
        continue;
      for (guint k = cue + 1; k + 1 < t; k++)
        if (!is_word (doc, k) ? !is_punct (doc, k, ',')
                              : px_text_list_contains (listeners, G_N_ELEMENTS (listeners), lower (doc, k)))
          return G_MAXUINT;
      if (is_word (doc, v) && px_text_list_contains (auxiliaries, G_N_ELEMENTS (auxiliaries), lower (doc, v)))
        v++;
      while (v < last && is_word (doc, v) && doc->span_of[v] < 0 && IN (between_words, lower (doc, v)))
        v++;
      if (v >= last || !is_word (doc, v) || doc->span_of[v] >= 0)
        return G_MAXUINT;
      verb = lower (doc, v);
      if (!IN (speech_verbs, verb) || !takes_clause (verb) || g_str_has_suffix (verb, "ing")
          || px_quotes_naming_cue (doc, v))
        return G_MAXUINT;
      *verb_out = v;
      return t;
    }
  return G_MAXUINT;
}

/* "called the strike ‘irresponsible’ and said the demands would add …":
 * after a quote, a second reporting verb of the same speaker reports a clause. */
static void
add_coordinated_after_quote (Doc  *doc,
                             gint  s)
{
  Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
  PxQuote *owner = NULL;
  guint after = 0, owner_cue = G_MAXUINT;
  guint verb = G_MAXUINT, conjunction, first, last, n_words = 0;
  Cue cue = { 0, };
  PxQuote *quote;

  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote_q = g_ptr_array_index (doc->quotes, q);
      gint span = g_array_index (doc->quote_span, gint, q);

      if (quote_q->kind != PX_QUOTE_SPEECH || (gint) g_array_index (doc->quote_sentence, guint, q) != s || span < 0)
        continue;
      owner = quote_q;
      owner_cue = g_array_index (doc->quote_cue, guint, q);
      after = MAX (after, g_array_index (doc->spans, Span, span).close);
    }
  if (owner == NULL || owner->speaker == NULL || after < 1 || after >= sentence->last)
    return;
  for (guint t = after + 1; t <= sentence->last; t++)
    if (doc->span_of[t] >= 0)
      return;
  conjunction = coordinated_cue (doc, after - 1, sentence->last, &verb);
  if (conjunction != after + 1)
    conjunction = relative_cue (doc, owner_cue, after, sentence->last, &verb);
  if (conjunction == G_MAXUINT)
    return;
  cue.first = cue.last = verb;
  cue.found = TRUE;
  cue.source.first = cue.source.last = conjunction;
  first = clause_start (doc, &cue, s);
  last = sentence->last;
  while (last > first && !is_word (doc, last))
    last--;
  for (guint t = first; t <= last; t++)
    if (is_word (doc, t))
      n_words++;
  if (first > last || n_words < 3)
    return;
  quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, last),
                     tok (doc, first)->start, tok (doc, last)->end, FALSE);
  copy_source (quote, owner);
  g_free (quote->verb);
  quote->verb = g_strdup (lower (doc, verb));
  add_found (doc, quote, s, -1, verb);
}

/* "Das teilte die Gewerkschaft mit.", "Об этом сообщила пресс-служба.",
 * "C'est ce qu'a indiqué le préfet.", "Así lo ha explicado …": the cue's
 * object points back, so the sentence before it is what was said. Returns
 * the number of tokens of the pointing words, or 0. */
static guint
points_back (Doc  *doc,
             gint  sentence)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);
  const char *first = lower (doc, s->first);
  const char *second = s->first + 1 <= s->last ? lower (doc, s->first + 1) : NULL;

  if (!is_word (doc, s->first) || doc->span_of[s->first] >= 0)
    return 0;
  if (strcmp (first, "das") == 0 || strcmp (first, "dies") == 0 || strcmp (first, "это") == 0)
    return 1;
  if (second != NULL && ((strcmp (first, "об") == 0 && strcmp (second, "этом") == 0)
                         || (strcmp (first, "así") == 0 && strcmp (second, "lo") == 0)))
    return 2;
  return 0;
}

/* "La mairie l'a confirmé lundi.", "Le groupe l'avait annoncé en
 * mars.": in French the object pointing back is a clitic on the
 * auxiliary, after the subject. Returns the token of "l'a" (its verb
 * follows, maybe after one adverb), or G_MAXUINT. */
static guint
french_clitic_back (Doc  *doc,
                    gint  sentence)
{
  static const char * const clitics[] = {
    "l'a", "l'ont", "l'avait", "l'avaient", "l’a", "l’ont", "l’avait", "l’avaient",
  };
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);

  if (doc->capital_nouns || doc->pro_drop)
    return G_MAXUINT;
  for (guint t = s->first + 1; t + 1 <= s->last && t < s->first + 10; t++)
    {
      if (doc->span_of[t] >= 0 || is_punct (doc, t, ','))
        return G_MAXUINT;
      if (is_word (doc, t) && px_text_list_contains (clitics, G_N_ELEMENTS (clitics), lower (doc, t)))
        {
          guint verb = t + 1;

          if (is_word (doc, verb) && IN (between_words, lower (doc, verb)) && verb < s->last)
            verb++;
          return is_word (doc, verb) && px_quotes_is_speech_verb (doc, verb, FALSE) ? t : G_MAXUINT;
        }
    }
  return G_MAXUINT;
}

/* The sentence before a pointing-back cue, as one quote of the cue's source. */
static gboolean
add_pointed_back (Doc  *doc,
                  gint  s)
{
  Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
  Sentence *before;
  guint n = points_back (doc, s);
  guint clitic = n == 0 ? french_clitic_back (doc, s) : G_MAXUINT;
  guint first, last, n_words = 0;
  Cue cue;
  gboolean added = FALSE;

  if ((n == 0 && clitic == G_MAXUINT) || s == 0)
    return FALSE;
  before = &g_array_index (doc->sentences, Sentence, s - 1);
  /* the pointed-back sentence is in the same paragraph and not a quote itself */
  if (doc->token_segment[before->first] != doc->token_segment[sentence->first] || sentence_has_speech_quote (doc, s - 1))
    return FALSE;
  for (guint t = before->first; t <= before->last; t++)
    {
      /* a company's name in marks («Быстрый кот») is no quote */
      if (doc->span_of[t] >= 0 && !px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[t])))
        return FALSE;
      if (is_word (doc, t))
        n_words++;
    }
  if (n_words < 4 || is_punct (doc, before->last, '?'))
    return FALSE;
  /* the verb comes right after the pointing words ("Das teilte", "Об этом сообщила",
   * "Об этом говорится в сообщении …"), or after the paper told, named in
   * marks ("Об этом «Интерфаксу» сообщил …") */
  {
    guint at = sentence->first + n;

    if (at + 2 <= sentence->last && doc->span_of[at] >= 0 && (tok (doc, at)->flags & PX_LEXICON_TOKEN_QUOTE)
        && px_quotes_is_cyrillic_word (doc, at + 1)
        && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[at])))
      {
        Span *paper = &g_array_index (doc->spans, Span, doc->span_of[at]);

        if (paper->open == at && paper->closed && paper->close < sentence->last)
          n = paper->close + 1 - sentence->first;
      }
  }
  if (clitic != G_MAXUINT)
    {
      /* the verb after "l'a" is the cue, its subject the sentence's */
      if (!find_cue (doc, s, clitic + 1, G_MAXUINT, FALSE, &cue) || cue.first > clitic + 2 || cue.first <= clitic
          || cue.source.first >= clitic)
        {
          px_quotes_source_clear (&cue.source);
          return FALSE;
        }
    }
  /* "Das hat die Exekutive am Mittwoch bekanntgegeben.": in the German
   * perfect the participle closes the sentence, its subject stands after
   * the auxiliary */
  else if (doc->capital_nouns && sentence->first + n < sentence->last && is_word (doc, sentence->first + n)
           && lower_is (doc, sentence->first + n, "hat", "haben", "hatte", "hatten", NULL))
    {
      if (!find_cue (doc, s, sentence->last, G_MAXUINT, FALSE, &cue) || cue.source.first <= sentence->first + n
          || cue.first < cue.source.last)
        {
          px_quotes_source_clear (&cue.source);
          return FALSE;
        }
    }
  else
    {
      gboolean near_cue = find_cue (doc, s, sentence->first + n, G_MAXUINT, FALSE, &cue)
                          && cue.first <= sentence->first + n + 2;

      /* "Así lo anunció la gerente …, X, quien explicó que …": the
       * relative's cue is nearer its own clause, but the verb right after
       * the pointing words is the one they are the object of */
      if (!near_cue && doc->pro_drop)
        {
          px_quotes_source_clear (&cue.source);
          near_cue = px_quotes_cue_at (doc, sentence->first + n, s, FALSE, &cue);
        }
      if (!near_cue)
        {
          px_quotes_source_clear (&cue.source);
          return FALSE;
        }
    }
  /* "Об этом сообщила пресс-служба": the pointing words are no subject;
   * the one after the verb is */
  if (cue.source.first < sentence->first + n)
    {
      Source after = { 0, };
      /* "Así lo anunció este martes la gerente …": past the day */
      guint subject = doc->pro_drop ? px_quotes_skip_time_words (doc, cue.last + 1, s) : cue.last + 1;

      if (px_quotes_source_forward (doc, subject, s, &after))
        {
          /* "сообщила пресс-служба регионального МЧС": the institution noun
           * heads the phrase, the name completes it */
          if (after.first > subject && IN (institution_nouns, lower (doc, subject)))
            after.first = subject;
          px_quotes_resolve_source (doc, &after);
          if (after.speaker != NULL)
            {
              px_quotes_source_clear (&cue.source);
              cue.source = after;
            }
          else
            px_quotes_source_clear (&after);
        }
      else
        px_quotes_source_clear (&after);
    }
  first = before->first;
  last = before->last;
  while (last > first && !is_word (doc, last) && !is_punct (doc, last, ')'))
    last--;
  {
    PxQuote *probe = new_quote (doc, PX_QUOTE_SPEECH, g_strdup (""), 0, 0, FALSE);

    finish_source (doc, probe, &cue, s);
    if (probe->speaker != NULL)
      {
        PxQuote *quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, last),
                                    tok (doc, first)->start, tok (doc, last)->end, FALSE);

        finish_source (doc, quote, &cue, s);
        add_found (doc, quote, s - 1, -1, cue.first);
        added = TRUE;
      }
    px_quote_free (probe);
  }
  px_quotes_source_clear (&cue.source);
  return added;
}

/* German reported speech runs on in the subjunctive with no cue of its own:
 * "…, sagte der Sprecher. Man habe erst vergangene Woche ein Angebot
 * vorgelegt." A sentence whose verb is a subjunctive form, right after a
 * sentence with a quote, continues that quote's speaker. */
static gboolean
subjunctive_sentence (Doc      *doc,
                      Sentence *s)
{
  static const char * const forms[] = {
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "gebe",
    "stehe", "liege", "komme", "gehe", "bestehe", "stamme", "fehle", "brauche", "glaube", "verstehe",
    "halte", "bleibe", "wisse", "lasse", "sehe", "zeige", "plane", "rechne", "erwarte", "prüfe",
    "gelte", "trage", "mache", "nehme", "biete", "laufe", "finde", "arbeite", "hoffe", "fordere",
    "hätte", "hätten", "wäre", "wären", "seiest",
    /* plural reports take the second subjunctive where the first is the
     * indicative ("sie können"): "Kundinnen und Kunden könnten …" */
    "könnten", "müssten", "würden", "dürften",
  };
  guint position = 0;

  if (is_punct (doc, s->last, '?'))
    return FALSE;
  /* the finite verb stands second: within the first few words */
  for (guint t = s->first; t <= s->last && position < 6; t++)
    {
      if (doc->span_of[t] >= 0)
        return FALSE;
      if (!is_word (doc, t))
        {
          if (is_punct (doc, t, ','))
            return FALSE;
          continue;
        }
      position++;
      if (position >= 2 && px_text_list_contains (forms, G_N_ELEMENTS (forms), lower (doc, t)))
        return TRUE;
    }
  return FALSE;
}

/* "Chams Bürgermeister Martin Stoiber zeigte sich besorgt. Heimerl sei
 * einer der größten Arbeitgeber der Stadt.": a German subjunctive sentence
 * with no cue and no report before it, right after a sentence of the same
 * paragraph that has no quotation marks and opens on a person, reports
 * that person's words (the writer speaks in the indicative). */
static void
add_subjunctive_after_subject (Doc  *doc,
                               gint  s)
{
  const Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
  const Sentence *before = &g_array_index (doc->sentences, Sentence, s - 1);
  /* the second subjunctive is also the writer's own conditional ("Ein
   * solches Urteil wäre das erste …"): only a report's first subjunctive
   * stands without a report before it */
  static const char * const conditional[] = {
    "hätte", "hätten", "wäre", "wären", "könnten", "müssten", "würden", "dürften", "würde",
  };
  Source subject = { 0, };
  guint first = sentence->first, last = sentence->last;
  guint position = 0;

  if (doc->token_segment[before->first] != doc->token_segment[first] || sentence_has_speech_quote (doc, s - 1))
    return;
  for (guint t = first; t <= last && position < 6; t++)
    if (is_word (doc, t) && ++position >= 2
        && px_text_list_contains (conditional, G_N_ELEMENTS (conditional), lower (doc, t)))
      return;
  for (guint t = before->first; t <= before->last; t++)
    if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
      return;
  if (px_quotes_sentence_subject (doc, s - 1, &subject))
    {
      px_quotes_resolve_source (doc, &subject);
      if (subject.person != NULL && !subject.person->org)
        {
          PxQuote *quote;
          gint none = -1;
          guint no_cue = G_MAXUINT;

          while (last > first && !is_word (doc, last))
            last--;
          quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, last),
                             tok (doc, first)->start, tok (doc, last)->end, FALSE);
          px_quotes_quote_from_person (quote, subject.person);
          g_ptr_array_add (doc->quotes, quote);
          g_array_append_val (doc->quote_sentence, s);
          g_array_append_val (doc->quote_span, none);
          g_array_append_val (doc->quote_cue, no_cue);
          g_ptr_array_add (doc->quote_person, subject.person);
        }
    }
  px_quotes_source_clear (&subject);
}

static void
add_subjunctive_continuations (Doc *doc)
{
  if (!doc->capital_nouns)
    return;
  for (guint s = 1; s < doc->sentences->len; s++)
    {
      Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
      PxQuote *previous = NULL;
      guint first = sentence->first, last = sentence->last;
      guint n_words = 0;
      Cue cue;

      if (sentence_has_speech_quote (doc, s) || !subjunctive_sentence (doc, sentence))
        continue;
      for (guint t = first; t <= last; t++)
        if (is_word (doc, t))
          n_words++;
      if (n_words < 3)
        continue;
      /* a sentence with a cue of its own was handled (or refused) already */
      if (find_cue (doc, s, first, G_MAXUINT, FALSE, &cue))
        {
          px_quotes_source_clear (&cue.source);
          continue;
        }
      px_quotes_source_clear (&cue.source);
      {
        PxQuote *two_back = NULL;
        gboolean between_quoted = FALSE;

        for (guint q = 0; q < doc->quotes->len; q++)
          {
            PxQuote *quote = g_ptr_array_index (doc->quotes, q);
            guint at = g_array_index (doc->quote_sentence, guint, q);

            if (quote->kind == PX_QUOTE_SPEECH && at + 1 == s && quote->speaker != NULL)
              previous = quote;
            if (quote->kind == PX_QUOTE_SPEECH && at + 2 == s && quote->speaker != NULL)
              two_back = quote;
            between_quoted = between_quoted || at + 1 == s;
          }
        /* "Das Unternehmen teilte mit, der Gewinn werde … liegen. Bisher
         * hatte Brandauer mit 210 Millionen gerechnet. Grund seien …": one
         * sentence of the writer's own, in the indicative, may stand
         * between a report and its subjunctive continuation in the same
         * paragraph */
        if (previous == NULL && two_back != NULL && !between_quoted && s >= 2
            && doc->token_segment[g_array_index (doc->sentences, Sentence, s - 2).first] == doc->token_segment[first]
            && doc->token_segment[g_array_index (doc->sentences, Sentence, s - 1).first] == doc->token_segment[first]
            && !sentence_has_speech_quote (doc, s - 1))
          previous = two_back;
      }
      if (previous == NULL)
        {
          add_subjunctive_after_subject (doc, s);
          continue;
        }
      while (last > first && !is_word (doc, last))
        last--;
      {
        PxQuote *quote = new_quote (doc, PX_QUOTE_SPEECH, clause_text (doc, first, last),
                                    tok (doc, first)->start, tok (doc, last)->end, FALSE);
        Person *person = NULL;

        copy_source (quote, previous);
        g_free (quote->verb);
        quote->verb = NULL;
        g_ptr_array_add (doc->quotes, quote);
        g_array_append_val (doc->quote_sentence, s);
        {
          gint none = -1;
          guint no_cue = G_MAXUINT;

          g_array_append_val (doc->quote_span, none);
          g_array_append_val (doc->quote_cue, no_cue);
        }
        for (guint q = 0; q + 1 < doc->quotes->len; q++)
          if (g_ptr_array_index (doc->quotes, q) == previous)
            person = g_ptr_array_index (doc->quote_person, q);
        g_ptr_array_add (doc->quote_person, person);
      }
    }
}

/* "a annoncé mardi la fermeture de la piscine", "reclaman más inversión
 * en su zona", "defendió la metodología del trabajo": in French and
 * Spanish a noun phrase straight after the verb, with no complementiser,
 * no quotation marks and no finite verb of its own (before a relative
 * pronoun), is what was announced or demanded, not reported words. */
static gboolean
romance_bare_noun_object (Doc   *doc,
                          guint  first,
                          guint  last)
{
  static const char * const skip[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "este", "esta",
    "également", "aussi", "toutefois", "además", "también", "ce",
  };
  static const char * const determiners_romance[] = {
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ses", "son", "sa", "leur", "leurs",
    "el", "los", "las", "una", "unos", "unas", "su", "sus", "más",
  };
  static const char * const finite[] = {
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "a", "ont", "avait", "avaient",
    "aura", "aurait", "auraient", "va", "vont", "doit", "doivent", "devrait", "devraient", "peut", "peuvent",
    "pourrait", "pourraient", "faut", "fallait", "faudrait", "ne", "n'", "n’", "se", "s'", "s’", "y",
    "es", "son", "era", "eran", "será", "serán", "sería", "está", "están", "estaba", "ha", "han", "había",
    "habían", "hay", "habrá", "van", "iba", "debe", "deben", "debería", "puede", "pueden", "podría", "tiene",
    "tienen", "no",
  };
  static const char * const relatives[] = { "qui", "que", "qu'", "qu’", "dont", "où", "quien", "quienes", "donde", "cuyo", "cuya", "cual" };
  static const char * const endings[] = { "ait", "aient", "rait", "ront", "aron", "ieron", "aba", "aban", "rán", "rían" };
  guint k = first;

  if (doc->capital_nouns || first == 0 || last < first || last >= doc->tokens->len)
    return FALSE;
  if (is_word (doc, first - 1) && lower_is (doc, first - 1, "que", "qu'", "qu’", "de", "d'", "d’", "à", "a", "por", "para", NULL))
    return FALSE;
  /* "Los Mossos informaron de retenciones de hasta diez kilómetros",
   * "advirtió del riesgo": a Spanish "de" or "del" before a noun, not
   * before "que" or an infinitive, opens an object, not what was said */
  if (doc->pro_drop && is_word (doc, first) && lower_is (doc, first, "de", "del", NULL) && first < last
      && is_word (doc, first + 1) && !lower_is (doc, first + 1, "que", NULL)
      && !g_str_has_suffix (lower (doc, first + 1), "ar") && !g_str_has_suffix (lower (doc, first + 1), "er")
      && !g_str_has_suffix (lower (doc, first + 1), "ir"))
    {
      k = first + 1;
      if (strcmp (lower (doc, first), "de") == 0 && !px_text_list_contains (determiners_romance, G_N_ELEMENTS (determiners_romance), lower (doc, k)))
        {
          /* "de retenciones": a bare plural or mass noun stands for the
           * determiner the loop below looks for */
          for (guint t = k; t <= last; t++)
            {
              if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
                return FALSE;
              if (is_word (doc, t) && (px_text_list_contains (finite, G_N_ELEMENTS (finite), lower (doc, t))
                                       || (g_str_has_suffix (lower (doc, t), "ó") && strlen (lower (doc, t)) > 4)))
                return FALSE;
            }
          return TRUE;
        }
    }
  while (k <= last && is_word (doc, k) && px_text_list_contains (skip, G_N_ELEMENTS (skip), lower (doc, k)))
    k++;
  if (k > last || !is_word (doc, k) || !px_text_list_contains (determiners_romance, G_N_ELEMENTS (determiners_romance), lower (doc, k)))
    return FALSE;
  for (guint t = k; t <= last; t++)
    {
      if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
        return FALSE;
      if (!is_word (doc, t))
        continue;
      if (t > k && px_text_list_contains (relatives, G_N_ELEMENTS (relatives), lower (doc, t)))
        break;
      if (px_text_list_contains (finite, G_N_ELEMENTS (finite), lower (doc, t)))
        return FALSE;
      for (gsize e = 0; e < G_N_ELEMENTS (endings); e++)
        if (g_str_has_suffix (lower (doc, t), endings[e]) && strlen (lower (doc, t)) > strlen (endings[e]) + 2)
          return FALSE;
      /* Spanish preterite: "aumentó", "cayó" */
      if (g_str_has_suffix (lower (doc, t), "ó") && strlen (lower (doc, t)) > 4)
        return FALSE;
    }
  return TRUE;
}

/* "räumte in einer Telefonkonferenz Fehler ein", "kündigte für Montag
 * Gespräche an": a German separable verb whose particle closes the
 * sentence, with no comma after the verb, has a noun object between the
 * two; its words, when it reports any, follow a comma ("räumte ein,
 * …"). */
static gboolean
german_object_before_particle (Doc   *doc,
                               Cue   *cue,
                               guint  first,
                               guint  last)
{
  static const char * const particles[] = { "ein", "an", "mit", "vor", "fest", "aus", "hin", "zurück", "auf", "dar" };
  guint end = last;

  if (!doc->capital_nouns || cue->according || first != cue->last + 1 || last <= first || last >= doc->tokens->len)
    return FALSE;
  while (end > first && !is_word (doc, end))
    end--;
  if (!is_word (doc, end) || !px_text_list_contains (particles, G_N_ELEMENTS (particles), lower (doc, end)))
    return FALSE;
  for (guint t = first; t < end; t++)
    if (is_punct (doc, t, ',') || is_punct (doc, t, ':') || doc->span_of[t] >= 0)
      return FALSE;
  return TRUE;
}

static void
find_indirect_quotes (Doc *doc)
{
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      Sentence *sentence = &g_array_index (doc->sentences, Sentence, s);
      Cue cue;
      guint first, last;
      guint n_words = 0;
      gboolean pointed;

      if (sentence_has_speech_quote (doc, s))
        {
          add_coordinated_after_quote (doc, s);
          continue;
        }
      pointed = (points_back (doc, s) > 0 || french_clitic_back (doc, s) != G_MAXUINT) && add_pointed_back (doc, s);
      if (pointed && !doc->pro_drop)
        continue;
      /* "Así lo anunció la gerente, X, quien explicó que …": after the
       * pointed-back quote, a Spanish sentence may hold a cue of its own
       * further on */
      if (!find_cue (doc, s, pointed ? sentence->last : sentence->first, G_MAXUINT, FALSE, &cue)
          || (pointed && cue.first <= sentence->first + points_back (doc, s) + 2)
          || !clause_bounds (doc, &cue, s, &first, &last)
          || is_punct (doc, sentence->last, ':'))
        {
          px_quotes_source_clear (&cue.source);
          continue;
        }
      for (guint t = first; t <= last; t++)
        if (is_word (doc, t))
          n_words++;
      /* A clause says something: a bare "he said" or "said on Monday" is not
       * a quote, nor a prepositional object ("responded to the union's
       * offer", "issued a warning for the north coast until 6pm") */
      if (first > cue.last && is_word (doc, first) && !doc->capital_nouns
          && (lower_is (doc, first, "to", "for", "with", NULL)
              /* "they still argue about the sourdough", "complained over
               * the noise": what the talk was about, not what was said */
              || ((lower_is (doc, first, "about", "over", NULL))
                  /* "says about 90,000 customers are …": a count */
                  && !(first + 1 < doc->tokens->len && tok (doc, first + 1)->flags & PX_LEXICON_TOKEN_NUMBER)
                  && !(is_word (doc, first + 1) && (lower_is (doc, first + 1, "a", "half", NULL)
                                                    || g_str_has_suffix (lower (doc, first + 1), "hundred")
                                                    || lower_is (doc, first + 1, "one", "two", "three", NULL))))
              || strcmp (lower (doc, first), "against") == 0
              /* "warned of the impact on waiting lists", "spoke of a
               * crisis": what the warning was about */
              || (strcmp (lower (doc, first), "of") == 0 && first == cue.last + 1)
              /* "denies 12 counts of theft": the charges, not a clause */
              || (is_word (doc, first + 1) && lower_is (doc, first + 1, "counts", "charges", NULL))
              /* "admitted arson with intent …", "denies murder": a plea
               * names the charge */
              || (first == cue.last + 1 && is_word (doc, cue.first)
                  && lower_is (doc, cue.first, "admitted", "admits", "denied", "denies", "denying", NULL)
                  && lower_is (doc, first, "murder", "manslaughter", "arson", "fraud", "theft", "assault", "causing",
                               "possession", "attempted", "robbery", "burglary", "rape", "careless", "dangerous",
                               "perverting", "misconduct", "harassment", "stalking", "wounding", "affray", NULL))))
        n_words = 0;
      if (first > cue.last && !cue.according && is_word (doc, first - 1) && romance_bare_noun_object (doc, first, last))
        n_words = 0;
      /* "defendió a su cliente", "respondió a la oposición": in Spanish
       * "a" straight after the verb opens its object or listener; with no
       * "que" clause, infinitive or quoted words after it, nothing is
       * reported */
      if (doc->pro_drop && first == cue.last + 1 && !cue.according && is_word (doc, first)
          && lower_is (doc, first, "a", "al", NULL) && !spanish_listener_then_content (doc, first, last))
        {
          gboolean clause = FALSE;

          for (guint t = first; t <= last && !clause; t++)
            clause = doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE)
                     || (is_word (doc, t) && lower_is (doc, t, "que", NULL));
          if (!clause)
            n_words = 0;
        }
      /* "La ministra respondió por la tarde en una entrevista", "anuncia un
       * ERE para 420 empleados": in Spanish, reported words follow "que";
       * a phrase opening on a preposition, with no quotation marks in it,
       * says when, where or for whom, not what */
      if (doc->pro_drop && first > cue.last && !cue.according && is_word (doc, first)
          && lower_is (doc, first, "por", "en", "para", "con", "sobre", "ante", "tras", "durante", "desde", NULL)
          && !(first > 0 && is_word (doc, first - 1) && lower_is (doc, first - 1, "que", NULL)))
        {
          gboolean marked = FALSE;

          for (guint t = first; t <= last && !marked; t++)
            marked = doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE);
          if (!marked)
            n_words = 0;
        }
      /* "declared a climate emergency", "announced a new plan on
       * Friday": an indefinite noun phrase straight after "declared" or
       * "announced", with no finite verb of its own, is what was done,
       * not reported words ("announced a deal had been reached" has one) */
      if (first == cue.last + 1 && !doc->capital_nouns && is_word (doc, first) && lower_is (doc, first, "a", "an", NULL)
          && is_word (doc, cue.last) && lower_is (doc, cue.last, "declared", "declares", "announced", "announces", NULL))
        {
          gboolean finite = FALSE;

          for (guint t = first + 1; t <= last && !finite; t++)
            finite = doc->span_of[t] >= 0
                     || (is_word (doc, t) && lower_is (doc, t, "is", "are", "was", "were", "had", "has", "have", "would",
                                                       "will", "could", "should", "can", "may", "might", "must", "that", NULL));
          if (!finite)
            n_words = 0;
        }
      if (german_object_before_particle (doc, &cue, first, last))
        n_words = 0;
      /* "Die Verbraucherzentrale kritisierte die Ankündigung scharf",
       * "verteidigte das kommunale Unternehmen": German sets reported
       * words off from their verb by a comma or a colon, or opens them with
       * "dass"; words straight after the verb are its object */
      if (doc->capital_nouns && !cue.according && first == cue.last + 1 && is_word (doc, first)
          && !lower_is (doc, first, "dass", "ob", NULL) && cue.source.first < cue.first)
        {
          gboolean set_off = FALSE;

          for (guint t = first; t <= last && !set_off; t++)
            set_off = is_punct (doc, t, ',') || is_punct (doc, t, ':');
          if (!set_off)
            n_words = 0;
        }
      /* "warnte vor einem Ärztemangel": German says a warning's clause
       * with "davor, … zu"; "vor" and a noun is what it was about */
      if (first == cue.last + 1 && doc->capital_nouns && is_word (doc, first) && strcmp (lower (doc, first), "vor") == 0)
        n_words = 0;
      if (n_words < 3 || (cue.source.speaker == NULL && !cue.source.document))
        {
          px_quotes_source_clear (&cue.source);
          continue;
        }
      {
        /* a cue whose source does not resolve to a speaker gives no quote */
        PxQuote *probe = new_quote (doc, PX_QUOTE_SPEECH, g_strdup (""), 0, 0, FALSE);
        gboolean speaks;

        finish_source (doc, probe, &cue, s);
        speaks = probe->speaker != NULL;
        px_quote_free (probe);
        if (speaks)
          add_clause_quotes (doc, s, &cue, first, last);
        /* "…, according to the forecaster Climatempo, which said it was
         * the coldest night since 1994": the source's own report in a
         * relative clause after it */
        if (speaks && !doc->capital_nouns && cue.according && cue.source.last > cue.last && last < cue.first
            && cue.source.last + 5 <= sentence->last && is_punct (doc, cue.source.last + 1, ',')
            && is_word (doc, cue.source.last + 2) && lower_is (doc, cue.source.last + 2, "which", "who", NULL)
            && is_word (doc, cue.source.last + 3) && px_quotes_is_speech_verb (doc, cue.source.last + 3, FALSE)
            && !lower_is (doc, cue.source.last + 3, "asked", "requested", NULL)
            && takes_clause (lower (doc, cue.source.last + 3)) && !g_str_has_suffix (lower (doc, cue.source.last + 3), "ing"))
          {
            Cue second = cue;
            guint second_first, second_last = sentence->last;

            second.according = FALSE;
            second.first = second.last = cue.source.last + 3;
            second_first = clause_start (doc, &second, s);
            while (second_last > second_first && !is_word (doc, second_last) && doc->span_of[second_last] < 0)
              second_last--;
            if (second_first > second.last && second_first + 2 <= second_last)
              add_clause_quotes (doc, s, &second, second_first, second_last);
          }
        /* "told MPs he had been unaware of it, only to concede an hour
         * later that …": the same subject's second report */
        if (speaks && !doc->capital_nouns && last > cue.last && last + 5 <= sentence->last && is_punct (doc, last + 1, ',')
            && is_word (doc, last + 2) && lower_is (doc, last + 2, "only", NULL) && is_word (doc, last + 3)
            && lower_is (doc, last + 3, "to", NULL) && is_word (doc, last + 4) && IN (speech_verbs, lower (doc, last + 4)))
          {
            Cue second = cue;
            guint second_first, second_last = sentence->last;

            second.first = second.last = last + 4;
            second_first = clause_start (doc, &second, s);
            while (second_last > second_first && !is_word (doc, second_last) && doc->span_of[second_last] < 0)
              second_last--;
            if (second_first > last + 4 && second_first + 2 <= second_last)
              add_clause_quotes (doc, s, &second, second_first, second_last);
          }
        /* ", while striker Ade Okoro added that …": the second speaker's
         * clause, cut off the first one by clause_bounds() */
        if (speaks && last + 4 < sentence->last && is_punct (doc, last + 1, ',') && is_word (doc, last + 2))
          for (guint v = last + 4; v <= sentence->last && v <= MAX (last, cue.source.last) + 10; v++)
            {
              Cue second;
              guint second_first;
              guint second_words = 0;

              if (!is_word (doc, v) || doc->span_of[v] >= 0 || !IN (speech_verbs, lower (doc, v)))
                continue;
              if (px_quotes_cue_at (doc, v, s, FALSE, &second) && second.source.first > last + 2 && second.source.first < v)
                {
                  px_quotes_resolve_source (doc, &second.source);
                  second_first = clause_start (doc, &second, s);
                  for (guint t = second_first; t <= sentence->last; t++)
                    if (is_word (doc, t))
                      second_words++;
                  if (second.source.speaker != NULL && second_words >= 3)
                    {
                      guint second_last = sentence->last;

                      while (second_last > second_first && !is_word (doc, second_last) && doc->span_of[second_last] < 0)
                        second_last--;
                      add_clause_quotes (doc, s, &second, second_first, second_last);
                    }
                }
              px_quotes_source_clear (&second.source);
              break;
            }
      }
      px_quotes_source_clear (&cue.source);
    }
}

/* "Anwohnerin Petra Seidel sagte, sie fahre wieder mit dem Auto. „Das kann
 * doch nicht …“": a quote with no cue after reported speech in its
 * paragraph (or, opening a paragraph, in the one before) goes on in the
 * voice of that speech. Runs once the indirect speech is known. */
static void
continue_reported_voice (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      gint span_index = g_array_index (doc->quote_span, gint, q);
      const PxQuote *best = NULL;
      gboolean alone;
      Span *span;

      if (quote->speaker != NULL || quote->kind != PX_QUOTE_SPEECH || !quote->direct || span_index < 0)
        continue;
      span = &g_array_index (doc->spans, Span, span_index);
      alone = span->open == 0 || (tok (doc, span->open)->flags & PX_LEXICON_TOKEN_PARA_START) != 0;
      for (guint o = 0; o < doc->quotes->len; o++)
        {
          const PxQuote *other = g_ptr_array_index (doc->quotes, o);

          if (o == q || other->speaker == NULL || other->kind != PX_QUOTE_SPEECH)
            continue;
          if (!(other->end_paragraph == quote->span.paragraph && other->span.paragraph == quote->span.paragraph
                && other->span.start < quote->span.start)
              && !(alone && other->end_paragraph + 1 == quote->span.paragraph))
            continue;
          if (best == NULL || other->span.paragraph > best->span.paragraph
              || (other->span.paragraph == best->span.paragraph && other->span.start > best->span.start))
            best = other;
        }
      if (best != NULL)
        {
          copy_source (quote, best);
          g_clear_pointer (&quote->verb, g_free);
        }
    }
}

/* ---- The finder ---- */

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const PxQuote *qa = *(const PxQuote * const *) a;
  const PxQuote *qb = *(const PxQuote * const *) b;

  if (qa->span.paragraph != qb->span.paragraph)
    return qa->span.paragraph < qb->span.paragraph ? -1 : 1;
  return qa->span.start < qb->span.start ? -1 : qa->span.start > qb->span.start;
}

static gboolean
names_document (const char *speaker)
{
  const char *space;

  if (speaker == NULL)
    return FALSE;
  space = strrchr (speaker, ' ');
  return IN (document_nouns, space != NULL ? space + 1 : speaker);
}

/* "…, according to the report": a document speaks for whoever last reported
 * it in the article ("TREND, citing the press service, reported that …"). */
/* "the statement", "le texte", "report": a document noun with at most its
 * article, which names no author of its own. */
static gboolean
speaker_is_bare_document (const char *speaker)
{
  g_auto(GStrv) words = g_strsplit (speaker, " ", -1);
  g_autofree char *first = g_utf8_strdown (words[0], -1);

  return words[1] == NULL || (words[2] == NULL && IN (determiners, first));
}

/* "Estas mismas fuentes han indicado …", "les mêmes sources": the same
 * unnamed sources as the quote just before, so they speak for whoever
 * that quote was given to. */
static void
resolve_same_sources (GPtrArray *quotes)
{
  static const char * const same[] = { "mismas", "mismos", "mêmes", "same" };
  static const char * const voices[] = { "fuentes", "sources", "fuente", "source" };

  for (guint q = 1; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);
      g_autofree char *folded = NULL;
      g_auto(GStrv) words = NULL;
      guint n;

      if (quote->speaker == NULL)
        continue;
      folded = g_utf8_strdown (quote->speaker, -1);
      words = g_strsplit (folded, " ", -1);
      n = g_strv_length (words);
      if (n < 2 || n > 3 || !px_text_list_contains (voices, G_N_ELEMENTS (voices), words[n - 1])
          || !px_text_list_contains (same, G_N_ELEMENTS (same), words[n - 2]))
        continue;
      for (guint p = q; p > 0; p--)
        {
          PxQuote *previous = g_ptr_array_index (quotes, p - 1);

          if (previous->kind != PX_QUOTE_SPEECH || previous->speaker == NULL)
            continue;
          if (previous->end_paragraph + 1 >= quote->span.paragraph)
            copy_source (quote, previous);
          break;
        }
    }
}

static void
resolve_documents (GPtrArray *quotes)
{
  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);

      if (!names_document (quote->speaker))
        continue;
      /* "An internal audit found … The audit recommended …": the same
       * document named again by its noun alone is the one just quoted */
      if (q > 0 && speaker_is_bare_document (quote->speaker))
        {
          PxQuote *previous = g_ptr_array_index (quotes, q - 1);
          const char *noun = strrchr (quote->speaker, ' ');

          noun = noun != NULL ? noun + 1 : quote->speaker;
          if (previous->kind == PX_QUOTE_SPEECH && names_document (previous->speaker)
              && strlen (previous->speaker) > strlen (noun)
              && g_ascii_strcasecmp (strrchr (previous->speaker, ' ') != NULL ? strrchr (previous->speaker, ' ') + 1
                                                                                : previous->speaker, noun) == 0
              && !speaker_is_bare_document (previous->speaker)
              && previous->end_paragraph + 1 >= quote->span.paragraph)
            {
              copy_source (quote, previous);
              continue;
            }
        }
      for (guint p = q; p > 0; p--)
        {
          PxQuote *previous = g_ptr_array_index (quotes, p - 1);

          if (previous->kind == PX_QUOTE_SPEECH && previous->speaker != NULL && previous->verb != NULL
              && g_str_has_prefix (previous->verb, "report") && !names_document (previous->speaker))
            {
              copy_source (quote, previous);
              break;
            }
        }
      /* "the statement said", "the ruling states": the document of the
       * source quoted just before */
      if (names_document (quote->speaker) && q > 0
          && (g_str_has_prefix (quote->speaker, "the ") || speaker_is_bare_document (quote->speaker)))
        {
          PxQuote *previous = g_ptr_array_index (quotes, q - 1);

          if (previous->kind == PX_QUOTE_SPEECH && previous->speaker != NULL && !names_document (previous->speaker)
              && previous->end_paragraph + 2 >= quote->span.paragraph)
            copy_source (quote, previous);
        }
    }
}

/* "…, a study by the University of Norbridge has found. … the paper
 * said": a bare "paper" or "study" speaking, in an article that named one
 * study's author ("a study by X", "a paper by X"), is that author. Of
 * several authors, none. */
static void
study_authors (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      guint cue = g_array_index (doc->quote_cue, guint, q);
      g_autofree char *author = NULL;
      gboolean several = FALSE;

      if (quote->speaker == NULL || cue == G_MAXUINT
          || !(g_ascii_strcasecmp (quote->speaker, "paper") == 0 || g_ascii_strcasecmp (quote->speaker, "study") == 0))
        continue;
      for (guint i = 1; i + 2 < cue && !several; i++)
        {
          guint b = i + 1;
          guint last;
          g_autofree char *name = NULL;

          if (!is_word (doc, i) || !lower_is (doc, i, "study", "paper", NULL) || !is_word (doc, b) || !lower_is (doc, b, "by", NULL))
            continue;
          b++;
          if (is_word (doc, b) && lower_is (doc, b, "the", NULL))
            b++;
          if (b >= cue || !px_quotes_is_name_word (doc, b))
            continue;
          last = px_quotes_run_end_forward (doc, b);
          /* an institution, not a researcher ("a paper by Dr Obi and colleagues") */
          if (last >= cue || !px_quotes_run_is_org (doc, b, last))
            continue;
          name = px_quotes_slice (doc, b, last);
          if (author != NULL && strcmp (author, name) != 0)
            several = TRUE;
          else if (author == NULL)
            author = g_steal_pointer (&name);
        }
      if (author != NULL && !several)
        {
          g_free (quote->speaker);
          quote->speaker = g_steal_pointer (&author);
        }
    }
}

/* "según los datos de la CHD" after "la Confederación Hidrográfica del
 * Duero (CHD)": a speaker left as an acronym the article spelt out in
 * brackets is the name it stands for. */
static void
spell_out_acronyms (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);

      if (quote->speaker == NULL || strchr (quote->speaker, ' ') != NULL)
        continue;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *candidate = g_ptr_array_index (doc->people, p);

          if (candidate->alias != NULL && strcmp (candidate->alias, quote->speaker) == 0
              && strchr (candidate->name, ' ') != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = g_strdup (candidate->name);
              break;
            }
        }
    }
}

/* "ha precisado el 112" after "según ha informado el 112 Asturias": in
 * Spanish an emergency service named by its number alone is the fuller
 * name that opens on that number, as given to another quote. */
static void
emergency_number_full_name (Doc *doc)
{
  if (!doc->pro_drop)
    return;
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      gsize len;

      if (quote->speaker == NULL || (len = strlen (quote->speaker)) == 0 || len > 4
          || strspn (quote->speaker, "0123456789") != len)
        continue;
      for (guint o = 0; o < doc->quotes->len; o++)
        {
          PxQuote *other = g_ptr_array_index (doc->quotes, o);

          if (other->speaker != NULL && g_str_has_prefix (other->speaker, quote->speaker)
              && other->speaker[len] == ' ' && other->speaker[len + 1] != '\0')
            {
              g_free (quote->speaker);
              quote->speaker = g_strdup (other->speaker);
              break;
            }
        }
    }
}

/* Names the news uses for an institution besides its own ("la
 * Benemérita" for the Guardia Civil, "le ministère public" for the
 * parquet, "les pompiers" for a fire and rescue service): each with words
 * one of which the institution's name holds. */
static const struct {
  const char *epithet;
  const char *markers[4];
} epithets[] = {
  { "benemérita", { "guardia civil", NULL } },
  { "ministerio público", { "fiscalía", NULL } },
  { "ministère public", { "parquet", NULL } },
  { "pompiers", { "incendie", "pompiers", "sdis", NULL } },
  { "sapeurs-pompiers", { "incendie", "pompiers", "sdis", NULL } },
  { "bomberos", { "bomberos", "incendios", NULL } },
  { "policía autonómica", { "mossos", "ertzaintza", "policía foral", NULL } },
  { "firefighters", { "fire and rescue", "fire service", "fire brigade", NULL } },
};

/* A speaker given by one of those names is the institution the article
 * names in full, when exactly one institution's name fits. */
static void
institution_epithets (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      g_autofree char *folded = quote->speaker != NULL ? g_utf8_strdown (quote->speaker, -1) : NULL;

      for (gsize e = 0; folded != NULL && e < G_N_ELEMENTS (epithets); e++)
        {
          Person *found = NULL;
          const char *spoken = NULL;
          guint n_found = 0;

          if (strcmp (folded, epithets[e].epithet) != 0)
            continue;
          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *candidate = g_ptr_array_index (doc->people, p);
              g_autofree char *name = g_utf8_strdown (candidate->name, -1);
              gboolean fits = FALSE;

              if (strcmp (name, folded) == 0)
                continue;
              for (guint m = 0; epithets[e].markers[m] != NULL && !fits; m++)
                fits = strstr (name, epithets[e].markers[m]) != NULL;
              if (fits && (found == NULL || strcmp (found->name, candidate->name) != 0))
                {
                  found = candidate;
                  n_found++;
                }
            }
          /* or a speaker of another quote: French names an institution in
           * lower case, which no reading keeps as a name ("le service
           * départemental d'incendie et de secours") */
          for (guint o = 0; o < doc->quotes->len && n_found == 0 && spoken == NULL; o++)
            {
              PxQuote *other = g_ptr_array_index (doc->quotes, o);
              g_autofree char *name = other->speaker != NULL ? g_utf8_strdown (other->speaker, -1) : NULL;

              for (guint m = 0; name != NULL && strcmp (name, folded) != 0 && epithets[e].markers[m] != NULL && spoken == NULL; m++)
                if (strstr (name, epithets[e].markers[m]) != NULL)
                  spoken = other->speaker;
            }
          if (n_found == 1 || spoken != NULL)
            {
              char *name = g_strdup (n_found == 1 ? found->name : spoken);

              g_free (quote->speaker);
              quote->speaker = name;
            }
          break;
        }
    }
}

/* "aus Regierungskreisen", "aus Vereinskreisen hieß es": circles a German
 * report cites are named in the nominative ("Regierungskreise"), as other
 * speakers are. */
static void
german_circles_nominative (Doc *doc)
{
  if (!doc->capital_nouns)
    return;
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);

      if (quote->speaker == NULL || !g_str_has_suffix (quote->speaker, "kreisen"))
        continue;
      /* "Aus Koalitionskreisen hieß es": without the preposition read
       * with it at the start of the sentence */
      if (g_ascii_strncasecmp (quote->speaker, "aus ", 4) == 0)
        memmove (quote->speaker, quote->speaker + 4, strlen (quote->speaker + 4) + 1);
      if (strchr (quote->speaker, ' ') == NULL && strlen (quote->speaker) > strlen ("kreisen"))
        quote->speaker[strlen (quote->speaker) - 1] = '\0';
    }
}

/* "nach Angaben der Polizei" after "das Polizeipräsidium Schwaben
 * Nord": a German noun for a kind of body that opens the compound naming
 * exactly one institution of the article is that institution. */
static void
german_compound_institution (Doc *doc)
{
  if (!doc->capital_nouns)
    return;
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      g_autofree char *folded = NULL;
      Person *found = NULL;
      guint n_found = 0;

      if (quote->speaker == NULL || strchr (quote->speaker, ' ') != NULL || g_utf8_strlen (quote->speaker, -1) < 5
          || !g_unichar_isupper (g_utf8_get_char (quote->speaker)))
        continue;
      folded = g_utf8_strdown (quote->speaker, -1);
      /* as another quote names it, put back in the nominative there */
      {
        const char *spoken = NULL;

        for (guint o = 0; o < doc->quotes->len && spoken == NULL; o++)
          {
            PxQuote *other = g_ptr_array_index (doc->quotes, o);
            g_autofree char *name = other->speaker != NULL ? g_utf8_strdown (other->speaker, -1) : NULL;

            if (name != NULL && strchr (name, ' ') != NULL && g_str_has_prefix (name, folded) && name[strlen (folded)] != ' ')
              spoken = other->speaker;
          }
        if (spoken != NULL)
          {
            char *name = g_strdup (spoken);

            g_free (quote->speaker);
            quote->speaker = name;
            continue;
          }
      }
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *candidate = g_ptr_array_index (doc->people, p);
          g_autofree char *name = g_utf8_strdown (candidate->name, -1);

          if (candidate->gender != 0 || strchr (name, ' ') == NULL || !g_str_has_prefix (name, folded)
              || name[strlen (folded)] == ' ')
            continue;
          if (found == NULL || strcmp (found->name, candidate->name) != 0)
            {
              found = candidate;
              n_found++;
            }
        }
      if (n_found == 1)
        {
          g_free (quote->speaker);
          quote->speaker = g_strdup (found->name);
        }
    }
}

/* "según los datos de la propia Consejería", "ha informado el propio
 * departamento": Spanish "propio" before a noun stresses that the body
 * already named speaks, and is no part of its name; without it the
 * fuller name the article gives can be found. */
static void
drop_spanish_propio (Doc *doc)
{
  static const char * const propio[] = { "propio ", "propia ", "propios ", "propias " };

  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);

      for (gsize k = 0; k < G_N_ELEMENTS (propio) && quote->speaker != NULL; k++)
        {
          char *at = strstr (quote->speaker, propio[k]);
          gsize skip = strlen (propio[k]);

          /* a whole word ("la propia Consejería", "datos de la propia …"),
           * with a noun after it */
          if (at != NULL && (at == quote->speaker || at[-1] == ' ') && at[skip] != '\0')
            {
              memmove (at, at + skip, strlen (at + skip) + 1);
              break;
            }
        }
    }
}

/* "the country's disaster management agency said": a place noun's
 * possessive before an unnamed body says where it is, like "the"; the
 * speaker is the body. Before people ("the county's highway officers")
 * it tells which ones, and stays. */
static void
drop_place_possessor (Doc *doc)
{
  static const char * const places[] = {
    "country's", "nation's", "state's", "city's", "region's", "province's", "county's", "town's", "island's",
    "country’s", "nation’s", "state’s", "city’s", "region’s", "province’s", "county’s", "town’s", "island’s",
  };

  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      const char *space = quote->speaker != NULL ? strchr (quote->speaker, ' ') : NULL;
      const char *head = quote->speaker != NULL ? strrchr (quote->speaker, ' ') : NULL;
      g_autofree char *first = NULL;

      if (space == NULL || space[1] == '\0' || !IN (institution_nouns, head + 1) || IN (spokes, head + 1))
        continue;
      first = g_strndup (quote->speaker, space - quote->speaker);
      if (px_text_list_contains (places, G_N_ELEMENTS (places), first))
        memmove (quote->speaker, space + 1, strlen (space + 1) + 1);
    }
}

/**
 * px_quotes_find:
 * @paragraphs: (array length=n_paragraphs): the article's prose paragraphs
 * @n_paragraphs: how many
 * @language: (nullable): the article's language
 *
 * Finds direct quotes (in quotation marks, across paragraphs), indirect
 * speech and scare quotes, each with its speaker resolved within the
 * article. Spans refer to indices in @paragraphs.
 *
 * Returns: (transfer full) (element-type PxQuote): in text order.
 */
GPtrArray *
px_quotes_find (const char * const *paragraphs,
                guint               n_paragraphs,
                const char         *language)
{
  GPtrArray *result;
  g_autoptr(GString) text = g_string_new (NULL);
  Doc doc = { 0, };

  doc.segment_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint p = 0; p < n_paragraphs; p++)
    {
      gsize start;

      if (p > 0)
        g_string_append (text, "\n\n");
      start = text->len;
      g_array_append_val (doc.segment_starts, start);
      /* a paragraph holds no blank line of its own: that would split it */
      for (const char *c = paragraphs[p]; *c != '\0'; c++)
        g_string_append_c (text, *c == '\n' ? ' ' : *c);
    }
  doc.text = text->str;
  doc.length = text->len;
  doc.capital_nouns = language != NULL && g_str_has_prefix (language, "de");
  {
    static const char * const cases[] = { "de", "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "et", "fi", "hu" };

    for (gsize c = 0; c < G_N_ELEMENTS (cases) && language != NULL; c++)
      if (g_str_has_prefix (language, cases[c]))
        doc.inflecting = TRUE;
  }
  doc.pro_drop = language != NULL && (g_str_has_prefix (language, "es") || g_str_has_prefix (language, "it")
                                      || g_str_has_prefix (language, "pt") || g_str_has_prefix (language, "ca"));
  doc.tokens = px_lexicon_tokenize (doc.text, doc.length);
  join_initials (&doc, language);
  join_company_suffixes (&doc);
  join_leading_initials (&doc);
  doc.token_segment = g_new0 (guint, doc.tokens->len + 1);
  for (guint i = 0, p = 0; i < doc.tokens->len; i++)
    {
      while (p + 1 < doc.segment_starts->len && g_array_index (doc.segment_starts, gsize, p + 1) <= tok (&doc, i)->start)
        p++;
      doc.token_segment[i] = p;
    }
  doc.quote_depth = g_new0 (guint8, doc.tokens->len + 1);
  doc.span_of = g_new (gint, doc.tokens->len + 1);
  for (guint i = 0; i <= doc.tokens->len; i++)
    doc.span_of[i] = -1;
  doc.spans = g_array_new (FALSE, FALSE, sizeof (Span));
  doc.sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  doc.people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  doc.anonymous = g_ptr_array_new_with_free_func (g_free);
  doc.quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_quote_free);
  doc.quote_sentence = g_array_new (FALSE, FALSE, sizeof (guint));
  doc.quote_person = g_ptr_array_new ();
  doc.quote_span = g_array_new (FALSE, FALSE, sizeof (gint));
  doc.quote_cue = g_array_new (FALSE, FALSE, sizeof (guint));

  if (doc.tokens->len > 0)
    {
      pair_marks (&doc);
      /* Russian (and Ukrainian, Bulgarian) write dialogue with dashes too:
       * "— Мы уговариваем людей остаться, — сказал главврач. — Но …" */
      {
        gboolean spaced = language != NULL && (g_str_has_prefix (language, "ru") || g_str_has_prefix (language, "uk")
                                               || g_str_has_prefix (language, "bg"));

        if (doc.pro_drop || spaced)
          pair_dialogue_dashes (&doc, spaced);
      }
      split_sentences (&doc);
      px_quotes_collect_people (&doc);
      px_quotes_age_second_references (&doc);
      find_direct_quotes (&doc);
      find_indirect_quotes (&doc);
      add_subjunctive_continuations (&doc);
      continue_reported_voice (&doc);
      {
        /* a quote with no cue of its own ("Ein Notfahrplan sei … nicht
         * möglich gewesen") takes the name its anchor's speaker ends up with */
        g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);

        for (guint q = 0; q < doc.quotes->len; q++)
          g_ptr_array_add (before, g_strdup (((PxQuote *) g_ptr_array_index (doc.quotes, q))->speaker));
        if (doc.pro_drop)
          drop_spanish_propio (&doc);
        drop_place_possessor (&doc);
        px_quotes_fullest_institution_names (&doc);
        for (guint q = 0; q < doc.quotes->len; q++)
          {
            PxQuote *quote = g_ptr_array_index (doc.quotes, q);
            PxQuote *anchor = NULL;

            if (g_array_index (doc.quote_cue, guint, q) != G_MAXUINT || quote->speaker == NULL || quote->direct)
              continue;
            for (guint o = 0; o < doc.quotes->len; o++)
              {
                PxQuote *other = g_ptr_array_index (doc.quotes, o);

                if (o == q || g_array_index (doc.quote_cue, guint, o) == G_MAXUINT
                    || g_strcmp0 (g_ptr_array_index (before, o), g_ptr_array_index (before, q)) != 0
                    || other->span.paragraph > quote->span.paragraph
                    || (other->span.paragraph == quote->span.paragraph && other->span.start > quote->span.start))
                  continue;
                if (anchor == NULL || other->span.paragraph > anchor->span.paragraph
                    || (other->span.paragraph == anchor->span.paragraph && other->span.start > anchor->span.start))
                  anchor = other;
              }
            if (anchor != NULL && g_strcmp0 (anchor->speaker, quote->speaker) != 0)
              {
                g_free (quote->speaker);
                quote->speaker = g_strdup (anchor->speaker);
              }
          }
      }
      px_quotes_fullest_common_nouns (&doc);
      px_quotes_seat_aliases (&doc);
      px_quotes_german_adjective_names (&doc);
      px_quotes_fuller_speaker_names (&doc);
      px_quotes_roles_named_elsewhere (&doc);
      spell_out_acronyms (&doc);
      emergency_number_full_name (&doc);
      institution_epithets (&doc);
      german_circles_nominative (&doc);
      german_compound_institution (&doc);
      study_authors (&doc);
    }

  g_ptr_array_sort (doc.quotes, compare_quotes);
  resolve_documents (doc.quotes);
  resolve_same_sources (doc.quotes);
  result = g_steal_pointer (&doc.quotes);
  px_lexicon_tokens_free (doc.tokens);
  g_free (doc.token_segment);
  g_free (doc.token_sentence);
  g_free (doc.quote_depth);
  g_free (doc.span_of);
  g_array_unref (doc.spans);
  g_array_unref (doc.sentences);
  g_array_unref (doc.segment_starts);
  g_ptr_array_unref (doc.people);
  g_ptr_array_unref (doc.anonymous);
  g_array_unref (doc.quote_sentence);
  g_ptr_array_unref (doc.quote_person);
  g_array_unref (doc.quote_span);
  g_array_unref (doc.quote_cue);
  g_clear_pointer (&doc.bracketed, g_array_unref);
  return result;
}

/**
 * px_quotes_find_in_text:
 * @text: paragraphs separated by blank lines
 * @language: (nullable): its language
 *
 * Returns: (transfer full) (element-type PxQuote): as px_quotes_find(), with
 *   paragraph indices counting the blank-line separated paragraphs.
 */
GPtrArray *
px_quotes_find_in_text (const char *text,
                        const char *language)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_autoptr(GRegex) blank = g_regex_new ("\\n[ \\t]*\\n\\s*", 0, 0, NULL);

  parts = g_regex_split (blank, text, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (paragraphs, parts[i]);
  return px_quotes_find ((const char * const *) paragraphs->pdata, paragraphs->len, language);
}

/**
 * px_quotes_find_in_article:
 * @article: a #PxArticle
 *
 * Returns: (transfer full) (element-type PxQuote): the quotes of the
 *   article's prose; span paragraph indices are indices in
 *   px_article_get_paragraphs().
 */
GPtrArray *
px_quotes_find_in_article (PxArticle *article)
{
  GPtrArray *all = px_article_get_paragraphs (article);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *quotes;

  for (guint i = 0; i < all->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (all, i);

      if (!px_paragraph_role_is_prose (paragraph->role) || paragraph->role == PX_PARAGRAPH_HEADING)
        continue;
      g_ptr_array_add (texts, paragraph->text);
      g_array_append_val (map, i);
    }
  quotes = px_quotes_find ((const char * const *) texts->pdata, texts->len, px_article_get_language (article));
  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);

      quote->span.paragraph = g_array_index (map, guint, quote->span.paragraph);
      quote->end_paragraph = g_array_index (map, guint, quote->end_paragraph);
      if (quote->speaker_span.paragraph != G_MAXUINT)
        quote->speaker_span.paragraph = g_array_index (map, guint, quote->speaker_span.paragraph);
    }
  return quotes;
}
