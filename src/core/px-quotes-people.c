/* px-quotes-people.c — the people and institutions an article names
 *
 * Who can speak in an article: the quote finder (px-quotes.c) first reads
 * every name the article gives — a run of capitalised words with its
 * particles, titles and post-nominals, told a person from an institution —
 * with the descriptions, ages, aliases and pronouns that go with it, so
 * that a later surname, title or role can name back to the full name. Once
 * the quotes are found, the speakers that are institutions are given the
 * fullest name the article uses for them, in the nominative where the
 * language inflects names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-quotes"

#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* ---- 3. Names and people ---- */

/* Endings of German compound nouns that name an institution. */
static const char * const org_suffixes[] = {
  "schule", "universität", "amt", "ministerium", "gericht", "verband", "verein", "behörde", "klinik",
  "klinikum", "institut", "gesellschaft", "partei", "kasse", "werke", "betriebe", "polizei", "präsidium", "direktion",
  "gmbh", "konzern", "zentrum", "kammer", "stiftung", "bundesbank", "agentur", "krankenhaus", "kliniken",
  "verbund", "verwaltung", "landkreis",
};

static gboolean german_org_noun (const char *word);

gboolean
px_quotes_is_name_word (Doc  *doc,
                        guint i)
{
  PxLexiconToken *token;

  if (!is_word (doc, i))
    return FALSE;
  token = tok (doc, i);
  /* "Khalid bin Rashid al-Masri", "Abdel Fattah el-Sisi": an Arabic article
   * joined by a hyphen is written in lower case, the name after it is not */
  if ((token->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && (token->flags & PX_LEXICON_TOKEN_NUMBER) == 0)
    {
      const char *hyphen = strchr (token->lower, '-');

      if (hyphen != NULL && hyphen - token->lower >= 2 && hyphen - token->lower <= 3
          && (g_str_has_prefix (token->lower, "a") || g_str_has_prefix (token->lower, "e"))
          && hyphen[1] != '\0'
          && g_unichar_isupper (g_utf8_get_char (doc->text + token->start + (hyphen - token->lower) + 1)))
        return TRUE;
      return FALSE;
    }
  /* "Number 10 said", "No 10": Downing Street, the building that stands
   * for the prime minister's office. Only 10: "No 2 seed Ruud said" is no
   * name. */
  if ((token->flags & PX_LEXICON_TOKEN_NUMBER) != 0)
    return strcmp (token->lower, "10") == 0 && i > 0 && is_word (doc, i - 1) && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
           && lower_is (doc, i - 1, "number", "no", NULL)
           && tok (doc, i - 1)->end < token->start;
  /* "the London-based Border Monitoring Network": where it is based */
  if (g_str_has_suffix (token->lower, "-based"))
    return FALSE;
  /* "Councillor Priya Das said": a German article inside a sentence of
   * another language, with its capital, is a surname */
  if (!doc->capital_nouns && strcmp (token->lower, "das") == 0 && (token->flags & PX_LEXICON_TOKEN_SENT_START) == 0)
    return TRUE;
  return !IN (not_name_words, token->lower);
}

static char honorific_gender (const char *word);

/* "Ms Sheikh", "Mr King", "Frau Richter": a word that may be a title, right
 * after an honorific of address and ending the name, is the surname the
 * honorific is put to ("Sir", "Lord" and "Dame" open titles of their own). */
static gboolean
surname_after_honorific (Doc  *doc,
                         guint i)
{
  return i > 0 && is_word (doc, i - 1) && honorific_gender (lower (doc, i - 1)) != 0
         && !lower_is (doc, i - 1, "sir", "lord", "dame", "lady", "don", "doña", "m", NULL)
         && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
         && !px_quotes_is_name_word (doc, i + 1);
}

gboolean
px_quotes_is_title (Doc  *doc,
                    guint i)
{
  if (!is_word (doc, i))
    return FALSE;
  if (surname_after_honorific (doc, i))
    return FALSE;
  /* "Prime Minister-designate Joost van der Meer", "Mayor-elect": an
   * office not yet taken is still an office */
  if (!IN (title_words, lower (doc, i)))
    {
      const char *hyphen = strrchr (lower (doc, i), '-');
      g_autofree char *office = NULL;

      if (hyphen == NULL)
        return FALSE;
      /* "Secretary-General", "Attorney-General", "Vice-President": two
       * words of an office joined */
      if (strcmp (hyphen, "-designate") != 0 && strcmp (hyphen, "-elect") != 0)
        {
          g_autofree char *head = g_strndup (lower (doc, i), strchr (lower (doc, i), '-') - lower (doc, i));

          return (IN (title_words, hyphen + 1) || strcmp (hyphen + 1, "general") == 0)
                 && (IN (title_words, head) || strcmp (head, "vice") == 0 || strcmp (head, "deputy") == 0);
        }
      office = g_strndup (lower (doc, i), hyphen - lower (doc, i));
      return IN (title_words, office);
    }
  /* "Helen M. Rees": a letter with its stop right after a given name is a
   * middle initial, not the French "M." */
  if (g_utf8_strlen (lower (doc, i), -1) == 1 && tok (doc, i)->end - tok (doc, i)->start == 2 && i > 0
      && px_quotes_is_name_word (doc, i - 1) && tok (doc, i - 1)->end + 1 == tok (doc, i)->start
      && !IN (title_words, lower (doc, i - 1)))
    return FALSE;
  return TRUE;
}

/* "Debut novelist wins Northern Book Prize": a headline tells in the
 * present, so a lower-case English word in -s of the headline is its verb
 * more likely than a noun for one person ("boss", "campus", "analysis"
 * are nouns, and a plural names no one person). */
gboolean
px_quotes_headline_verb (Doc  *doc,
                         guint i)
{
  const char *word = lower (doc, i);
  gsize len;

  if (word == NULL || doc->token_segment[i] != 0 || (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    return FALSE;
  len = strlen (word);
  return len >= 4 && word[len - 1] == 's' && !g_str_has_suffix (word, "ss") && !g_str_has_suffix (word, "us")
         && !g_str_has_suffix (word, "is") && !g_str_has_suffix (word, "'s");
}

/* A demonym or national adjective ("Armenian", "Azerbaijani", "French", "US"). */
gboolean
px_quotes_looks_demonym (Doc  *doc,
                         guint i)
{
  const char *word = lower (doc, i);
  static const char * const endings[] = { "an", "ian", "ani", "ese", "ish", "i", "ic", "ch", "ean", "ite" };

  if (word == NULL || (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    return FALSE;
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0 && g_utf8_strlen (word, -1) <= 3)
    return TRUE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    if (g_str_has_suffix (word, endings[e]) && strlen (word) > strlen (endings[e]) + 2)
      return TRUE;
  return FALSE;
}


static char given_name_gender (const char *name);

/* 'm' or 'f' when @name opens with a given name the finder knows, else 0. */
char
px_quotes_given_name_gender (const char *name)
{
  return given_name_gender (name);
}

/* Whether tokens @first … @last hold an institution's word; a lone acronym
 * may be a country's or an alliance's, so it does not count. */
static gboolean
org_words_in_run (Doc  *doc,
                  guint first,
                  guint last)
{
  if (first == last && (tok (doc, first)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0)
    return FALSE;
  return px_quotes_run_is_org (doc, first, last);
}

/* Nouns that head an institution's name, so that a name holding one is
 * complete: "the Ministry of Finance and Ministry of Health" are two. */
static const char * const name_heads[] = {
  "ministry", "department", "agency", "office", "council", "union", "association", "federation", "party",
  "court", "commission", "committee", "authority", "service", "institute", "bank", "company", "corporation",
  "police", "ministerium", "verband", "ministère", "ministerio", "министерство",
  "federación", "fédération", "confederación", "confédération", "departamento", "département", "asociación",
  "sindicato", "syndicat", "consejería", "agencia", "agence", "comisión", "instituto", "institut",
};
static GHashTable *name_heads_set;

static gboolean
run_has_head (Doc  *doc,
              guint first,
              guint last)
{
  for (guint k = first; k <= last; k++)
    if (is_word (doc, k) && IN_SET (name_heads, lower (doc, k)))
      return TRUE;
  return FALSE;
}

static gboolean linked_head (Doc *doc, guint first, guint last);

/* Whether the capitalised words @bf … @bl, a coordinator, and @af … @al
 * are one institution's name ("Road Haulage and Logistics Association",
 * "Ministry of Infrastructure and Water Management", "Devon and Cornwall
 * Police"): one side is an institution (not by a lone acronym: "Russia
 * and NATO" are two), the two sides do not each hold a head noun, and
 * neither is a person or a title. */
static gboolean
coordinated_one_name (Doc  *doc,
                      guint bf,
                      guint bl,
                      guint af,
                      guint al)
{
  g_autofree char *before = px_quotes_slice (doc, bf, MIN (bl, bf + 1));
  g_autofree char *after = px_quotes_slice (doc, af, MIN (al, af + 1));
  gboolean org_before = !(bf == bl && (tok (doc, bf)->flags & PX_LEXICON_TOKEN_ALL_CAPS)) && px_quotes_run_is_org (doc, bf, bl);
  gboolean org_after = !(af == al && (tok (doc, af)->flags & PX_LEXICON_TOKEN_ALL_CAPS)) && px_quotes_run_is_org (doc, af, al);

  /* "Departamento de Economía, Empleo e Industria": a head noun the word
   * lists do not hold makes an institution too */
  org_before = org_before || linked_head (doc, bf, bl);
  if (!org_before && !org_after)
    return FALSE;
  if (run_has_head (doc, bf, bl) && run_has_head (doc, af, al))
    return FALSE;
  /* a head before and nothing of an institution after: "the Ministry of
   * Defence and Armenia", unless the words after are few and end the
   * name of the ministry ("and Water Management") */
  if (!org_after && al > af + 2)
    return FALSE;
  /* "… and Foreign Minister Ivan Petrov" is a person; "Cardiff and Vale
   * University Health Board", "Harbour and Transport Workers' Union" hold
   * a title's word inside an institution's name */
  /* … and an acronym inside the institution's name after the coordinator
   * is part of it ("Northmoor and Ashfield Hospitals NHS Foundation
   * Trust"), a bare one is another body ("Russia and NATO") */
  for (guint k = af; k <= al; k++)
    if ((px_quotes_is_title (doc, k) && !org_after)
        || ((tok (doc, k)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && !(org_after && k > af && k < al)))
      return FALSE;
  /* … but an office's word in the complement of a head ("Department of
   * Health and Social Care") names the field, not a person's title */
  for (guint k = bf; k <= bl; k++)
    if (px_quotes_is_title (doc, k) && !linked_head (doc, bf, k))
      return FALSE;
  return given_name_gender (before) == 0 && given_name_gender (after) == 0;
}

static gboolean list_before_coordinator (Doc *doc, guint p, guint last);

/* The coordinator at @p joins the capitalised words before it to the
 * name @first … @last that follows it; @start gets where the joined name
 * opens. */
static gboolean
coordinated_name_before (Doc   *doc,
                         guint  p,
                         guint  first,
                         guint  last,
                         guint *start)
{
  guint before;

  *start = p - 1;

  if (first != p + 1 || !px_quotes_is_name_word (doc, p - 1) || !px_quotes_is_name_word (doc, first)
      || doc->token_segment[p - 1] != doc->token_segment[last] || doc->span_of[p - 1] != doc->span_of[last])
    return FALSE;
  before = px_quotes_run_start_back (doc, p - 1);
  /* "Department for Environment, Food and Rural Affairs": the items of a
   * list before the coordinator belong to the name that opens it */
  while (before > 2 && tok_char (doc, before - 1) == ',' && !space_before (doc, before - 1)
         && px_quotes_is_name_word (doc, before - 2) && doc->token_segment[before - 2] == doc->token_segment[last]
         && doc->span_of[before - 2] == doc->span_of[last] && list_before_coordinator (doc, before - 1, last))
    before = px_quotes_run_start_back (doc, before - 2);
  /* "Department of Health and Social Care": the words before the
   * coordinator complete a head's "of" or "for", and the head belongs to
   * the side before it */
  if (before > 2 && is_word (doc, before - 1) && lower_is (doc, before - 1, "of", "for", NULL)
      && px_quotes_is_name_word (doc, before - 2) && doc->token_segment[before - 2] == doc->token_segment[last]
      && doc->span_of[before - 2] == doc->span_of[last])
    {
      guint head = px_quotes_run_start_back (doc, before - 2);

      if (linked_head (doc, head, before - 1) && coordinated_one_name (doc, head, p - 1, first, last))
        {
          *start = head;
          return TRUE;
        }
    }
  return coordinated_one_name (doc, before, p - 1, first, last);
}

/* The comma at @p separates two items of a list inside one institution's
 * name ("Bakers, Food and Allied Workers Union"): after it, one to three
 * capitalised words, then a coordinator already inside the run that ends
 * at @last. Not "In Walsall, Harbour and …": the item before the comma
 * follows an article, a link of a name or another item, not a preposition
 * or the sentence's start. */
static gboolean
list_before_coordinator (Doc  *doc,
                         guint p,
                         guint last)
{
  guint k = p + 1;

  while (k <= last && k < p + 4 && px_quotes_is_name_word (doc, k))
    k++;
  if (k == p + 1 || k >= last || !lower_is (doc, k, "and", "und", "et", "e", "y", NULL))
    return FALSE;
  if ((tok (doc, p - 1)->flags & PX_LEXICON_TOKEN_SENT_START) != 0)
    return FALSE;
  if (p >= 2 && is_word (doc, p - 2) && (tok (doc, p - 2)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && !IN (name_particles, lower (doc, p - 2)) && !IN (determiners, lower (doc, p - 2))
      && !(doc->capital_nouns && IN (german_articles, lower (doc, p - 2))))
    return FALSE;
  return TRUE;
}

/* The last word of the name after the list whose comma is @p: the
 * coordinator after the list's items, then its capitalised words. @p when
 * the list ends no name of an institution. */
static guint
list_end (Doc  *doc,
          guint first,
          guint p)
{
  guint k = p + 1, end;

  while (k < doc->tokens->len && k < p + 4 && px_quotes_is_name_word (doc, k))
    k++;
  if (k >= doc->tokens->len || !is_word (doc, k) || !lower_is (doc, k, "and", "und", "et", "e", "y", NULL))
    return p;
  end = k;
  while (end + 1 < doc->tokens->len && doc->token_segment[end + 1] == doc->token_segment[p]
         && px_quotes_is_name_word (doc, end + 1))
    end++;
  /* the words after the coordinator name an institution ("and Allied
   * Workers Union"), or close the complement of a head before the list
   * ("Department for Environment, Food and Rural Affairs") */
  if (end == k || run_has_head (doc, p + 1, k - 1)
      || !(org_words_in_run (doc, k + 1, end) || (run_has_head (doc, first, p - 1) && linked_head (doc, first, p - 1))))
    return p;
  return end;
}

/* Whether a head noun in @first … @last is followed by a link of its
 * complement ("Department for …", "Ministry of …"). */
static gboolean
linked_head (Doc  *doc,
             guint first,
             guint last)
{
  for (guint k = first; k < last; k++)
    if (is_word (doc, k) && IN_SET (name_heads, lower (doc, k)) && is_word (doc, k + 1)
        && lower_is (doc, k + 1, "of", "for", "für", "de", "del", "du", NULL))
      return TRUE;
  return FALSE;
}

/* A list inside a name opens after an article or a link of the name,
 * not at the sentence's start or after a preposition ("In Walsall, …"). */
static gboolean
list_opens_name (Doc  *doc,
                 guint first)
{
  if ((tok (doc, first)->flags & PX_LEXICON_TOKEN_SENT_START) != 0 || first == 0)
    return FALSE;
  return is_word (doc, first - 1) && (IN (determiners, lower (doc, first - 1))
                                      || (doc->capital_nouns && IN (german_articles, lower (doc, first - 1))));
}

/* Whether the German name that ends at @last is headed by an
 * institution's noun: "Opposition", "Fraktion der Grünen". */
static gboolean
german_org_run_before (Doc  *doc,
                       guint last)
{
  guint k = last;

  /* back over a genitive complement to its head */
  while (k > 1 && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) && !german_org_noun (lower (doc, k))
         && is_word (doc, k - 1) && lower_is (doc, k - 1, "der", "des", NULL) && k + 4 > last)
    k -= 2;
  return is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) && german_org_noun (lower (doc, k));
}

/* The capitalised run that ends at @last (inclusive), going backwards. */
/* "el colectivo Justicia para los Nueve", "la plataforma Vivienda para
 * Todos": a Spanish noun for a group right before a capitalised run makes
 * it a group's name, whose "para los" links it on. */
static gboolean
spanish_collective_before (Doc  *doc,
                           guint first)
{
  return !doc->capital_nouns && doc->pro_drop && first > 0 && is_word (doc, first - 1)
         && lower_is (doc, first - 1, "colectivo", "movimiento", "plataforma", "agrupación", "asociación",
                      "coordinadora", "campaña", "red", NULL);
}

guint
px_quotes_run_start_back (Doc  *doc,
                          guint last)
{
  guint first = last;
  guint joined;

  while (first > 0)
    {
      guint p = first - 1;

      if (doc->token_segment[p] != doc->token_segment[last] || doc->span_of[p] != doc->span_of[last])
        break;
      if (px_quotes_is_name_word (doc, p) || px_quotes_is_title (doc, p))
        first = p;
      /* "der Wasserstraßen- und Schifffahrtsverwaltung" */
      else if (doc->capital_nouns && p > 1 && is_word (doc, p) && lower_is (doc, p, "und", "oder", NULL)
               && !is_word (doc, p - 1) && tok_char (doc, p - 1) == '-' && !space_before (doc, p - 1)
               && px_quotes_is_name_word (doc, p - 2) && doc->token_segment[p - 2] == doc->token_segment[last]
               && doc->span_of[p - 2] == doc->span_of[last])
        first = p - 2;
      else if (is_word (doc, p) && IN (name_particles, lower (doc, p)) && p > 0 && px_quotes_is_name_word (doc, p - 1))
        first = p;
      /* "Irish Property Owners' Association said": a plural possessive
       * inside a name, read back as forward */
      else if (p > 0 && !is_word (doc, p) && (tok_char (doc, p) == 0x2019 || tok_char (doc, p) == '\'') && !space_before (doc, p)
               && px_quotes_is_name_word (doc, p - 1) && g_str_has_suffix (lower (doc, p - 1), "s")
               && doc->token_segment[p - 1] == doc->token_segment[last] && doc->span_of[p - 1] == doc->span_of[last]
               && !(tok (doc, first)->flags & PX_LEXICON_TOKEN_SENT_START))
        first = p - 1;
      /* "Hartwell & Price said": an ampersand joins a firm's name, read
       * back as forward; a name never starts on the mark itself */
      else if (p > 0 && !is_word (doc, p) && tok_char (doc, p) == '&' && px_quotes_is_name_word (doc, p - 1)
               && doc->token_segment[p - 1] == doc->token_segment[last] && doc->span_of[p - 1] == doc->span_of[last])
        first = p - 1;
      /* "International Council for the Exploration of the Sea": "the"
       * after "of" or "for" inside an institution's name */
      else if (is_word (doc, p) && strcmp (lower (doc, p), "the") == 0 && p > 1 && is_word (doc, p - 1)
               && lower_is (doc, p - 1, "of", "for", NULL)
               && px_quotes_is_name_word (doc, p - 2) && doc->token_segment[p - 2] == doc->token_segment[last]
               && px_quotes_run_is_org (doc, px_quotes_run_start_back (doc, p - 2), p - 2))
        first = p - 1;
      /* "Unidad Nacional para la Gestión del Riesgo", "Ministerio para la
       * Transición Ecológica": Spanish "para la" inside an institution's
       * name, as "for the" above */
      else if (!doc->capital_nouns && is_word (doc, p) && lower_is (doc, p, "la", "el", "los", "las", NULL) && p > 1
               && is_word (doc, p - 1) && lower_is (doc, p - 1, "para", NULL)
               && px_quotes_is_name_word (doc, p - 2) && doc->token_segment[p - 2] == doc->token_segment[last]
               && doc->span_of[p - 2] == doc->span_of[last]
               && (px_quotes_run_is_org (doc, px_quotes_run_start_back (doc, p - 2), p - 2)
                   || spanish_collective_before (doc, px_quotes_run_start_back (doc, p - 2))))
        first = p - 1;
      /* "Die Opposition im Landtag", "die Fraktion der Grünen im
       * Landtag": "im" after an institution's noun links its seat */
      else if (doc->capital_nouns && p > 0 && is_word (doc, p) && strcmp (lower (doc, p), "im") == 0
               && (tok (doc, p - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && doc->token_segment[p - 1] == doc->token_segment[last]
               && doc->span_of[p - 1] == doc->span_of[last] && german_org_run_before (doc, p - 1))
        first = p - 1;
      /* "the Road Haulage and Logistics Association warned", "the Print,
       * Paper and Packaging Workers' Union said": a coordinator, and the
       * commas of a list before it, join the words of one institution's
       * name when what follows is one (an institution's word, not a bare
       * acronym: "Russia and NATO" are two) and what stands before is none
       * ("the Ministry of Finance and the Ministry of Health" are two). */
      else if (p > 0 && is_word (doc, p) && lower_is (doc, p, "and", "und", "et", "e", "y", NULL)
               && coordinated_name_before (doc, p, first, last, &joined))
        first = joined;
      else if (p > 1 && tok_char (doc, p) == ',' && !space_before (doc, p) && px_quotes_is_name_word (doc, p - 1)
               && doc->token_segment[p - 1] == doc->token_segment[last] && doc->span_of[p - 1] == doc->span_of[last]
               && list_before_coordinator (doc, p, last))
        first = p - 1;
      else
        break;
    }
  return first;
}

/* "Die Oberbürgermeisterin von Lindau, Claudia …", "Der Präsident von
 * Eintracht": a German office held by someone, which "von" joins to the
 * place or body it is held in, never to a noble name as "Karl von
 * Aschenbach" has it. */
static gboolean
german_office_word (const char *word)
{
  static const char * const offices[] = {
    "meister", "meisterin", "landrat", "landrätin", "präsident", "präsidentin", "chef", "chefin", "leiter",
    "leiterin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin", "minister",
    "ministerin", "vorsteher", "vorsteherin", "rektor", "rektorin", "intendant", "intendantin",
  };

  return px_text_list_has_suffix (offices, G_N_ELEMENTS (offices), word);
}

/* Whether a Spanish "en" joined the name run from @first to @last
 * ("Fiscalía Especializada en Combate …"). */
static gboolean
spanish_en_inside_run (Doc  *doc,
                       guint first,
                       guint last)
{
  for (guint k = first + 1; k < last; k++)
    if (is_word (doc, k) && lower_is (doc, k, "en", NULL))
      return TRUE;
  return FALSE;
}

/* Particles that open a run of two inside a personal name ("van der",
 * "von der", "de la", "de los", "bin" … "al-") */
static const char * const personal_particles[] = { "van", "von", "de", "del", "bin", "ibn", "ben", "bint", "abu", "da", "dos" };
static GHashTable *personal_particles_set;

guint
px_quotes_run_end_forward (Doc  *doc,
                           guint first)
{
  guint last = first;

  while (last + 1 < doc->tokens->len)
    {
      guint p = last + 1;

      if (doc->token_segment[p] != doc->token_segment[first] || doc->span_of[p] != doc->span_of[first])
        break;
      /* "the BMA's Welsh junior doctors committee": an acronym's possessive
       * or a nationality after a possessive ends the name */
      if (is_word (doc, last) && (g_str_has_suffix (lower (doc, last), "'s"))
          && (((tok (doc, last)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0
               || g_unichar_isupper (g_utf8_get_char (doc->text + tok (doc, last)->start + 1)))
              || px_quotes_looks_demonym (doc, p)))
        break;
      /* "в селе Заречное Староуральского округа": a capitalised adjective
       * in the genitive before a lower-case noun for an area belongs to the
       * area, not to the name before it */
      if (px_quotes_is_cyrillic_word (doc, p) && p + 1 < doc->tokens->len && is_word (doc, p + 1)
          && (g_str_has_suffix (lower (doc, p), "ого") || g_str_has_suffix (lower (doc, p), "его"))
          && lower_is (doc, p + 1, "округа", "района", "области", "края", "республики", "поселения", "уезда", "округе",
                       "районе", "крае", "республике", NULL))
        break;
      /* "Miriam Okafor KC", "Jane Hart MP": honours after a full name are
       * no part of it */
      if (last > first && (tok (doc, p)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && is_word (doc, p)
          && IN (post_nominals, lower (doc, p)))
        break;
      if (px_quotes_is_name_word (doc, p) || ((tok (doc, p)->flags & PX_LEXICON_TOKEN_CAPITAL) && px_quotes_is_title (doc, p)))
        last = p;
      /* "International Council for the Exploration of the Sea", "Ministry
       * of the Interior": "of the" or "for the" inside an institution's name */
      else if (is_word (doc, p) && lower_is (doc, p, "of", "for", NULL)
               && p + 2 < doc->tokens->len && is_word (doc, p + 1) && strcmp (lower (doc, p + 1), "the") == 0
               && px_quotes_is_name_word (doc, p + 2) && doc->token_segment[p + 2] == doc->token_segment[first]
               && doc->span_of[p + 2] == doc->span_of[first]
               && (px_quotes_run_is_org (doc, first, last) || spanish_collective_before (doc, first)))
        last = p + 1;
      /* "Fiscalía Especializada en Combate a la Corrupción": Spanish
       * "en" after a capitalised participle inside an institution's name,
       * and then "a la" before its next capitalised word */
      else if (doc->pro_drop && is_word (doc, p) && p + 1 < doc->tokens->len && last > first
               && ((lower_is (doc, p, "en", NULL) && is_word (doc, last)
                    && (g_str_has_suffix (lower (doc, last), "ada") || g_str_has_suffix (lower (doc, last), "ado")
                        || g_str_has_suffix (lower (doc, last), "ida") || g_str_has_suffix (lower (doc, last), "ido")))
                   || (lower_is (doc, p, "a", NULL) && is_word (doc, p + 1) && lower_is (doc, p + 1, "la", "los", "las", NULL)
                       && spanish_en_inside_run (doc, first, last)))
               && px_quotes_is_name_word (doc, lower_is (doc, p, "a", NULL) ? p + 2 : p + 1)
               && doc->token_segment[p + 1] == doc->token_segment[first] && doc->span_of[p + 1] == doc->span_of[first]
               && (px_quotes_run_is_org (doc, first, last)
                   || (g_str_has_suffix (lower (doc, first), "ía") && g_utf8_strlen (lower (doc, first), -1) > 6)))
        last = lower_is (doc, p, "a", NULL) ? p + 1 : p;
      /* "Unidad Nacional para la Gestión del Riesgo de Desastres" */
      else if (!doc->capital_nouns && is_word (doc, p) && lower_is (doc, p, "para", NULL)
               && p + 2 < doc->tokens->len && is_word (doc, p + 1) && lower_is (doc, p + 1, "la", "el", "los", "las", NULL)
               && px_quotes_is_name_word (doc, p + 2) && doc->token_segment[p + 2] == doc->token_segment[first]
               && doc->span_of[p + 2] == doc->span_of[first]
               && (px_quotes_run_is_org (doc, first, last) || spanish_collective_before (doc, first)))
        last = p + 1;
      /* "van der Berg", "von der Leyen" — but "sagte Martin Lohse der
       * Deutschen Presse-Agentur": an article after a plain name starts the
       * listener, not a particle */
      else if (is_word (doc, p) && IN (name_particles, lower (doc, p)) && px_quotes_is_name_word (doc, p + 1)
               && !(IN (german_articles, lower (doc, p)) && !IN (name_particles, lower (doc, last))
                    && !px_quotes_run_is_org (doc, first, last))
               && !(doc->capital_nouns && last == first && is_word (doc, last) && strcmp (lower (doc, p), "von") == 0
                    && german_office_word (lower (doc, last))))
        last = p;
      /* "Pieter van der Berg", "Ana María de la Fuente", "Moreno de los
       * Santos": two particles in a row inside a person's name, the name
       * going on in a plain capitalised word (not "de la CGT") */
      else if (is_word (doc, p) && p + 2 < doc->tokens->len && IN_SET (personal_particles, lower (doc, p))
               && is_word (doc, p + 1) && IN (name_particles, lower (doc, p + 1))
               /* but "Analyst Florian Weidner von der Landesbank", "Jürgen
                * Falkner von der Bürgerinitiative": after a given name and a
                * surname, "von der" says where the person comes from (a
                * name holds it after one word: "Ursula von der Leyen") */
               && !(last > first && px_quotes_is_name_word (doc, last - 1) && strcmp (lower (doc, p), "von") == 0)
               && (tok (doc, p + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
               && px_quotes_is_name_word (doc, p + 2) && (tok (doc, p + 2)->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0
               && doc->token_segment[p + 2] == doc->token_segment[first] && doc->span_of[p + 2] == doc->span_of[first]
               && !px_quotes_run_is_org (doc, first, last) && !px_quotes_run_is_org (doc, p + 2, p + 2))
        last = p + 1;
      /* "Wasserstraßen- und Schifffahrtsverwaltung": a compound cut
       * short by a hyphen shares its last part with the next one */
      else if (doc->capital_nouns && !is_word (doc, p) && tok_char (doc, p) == '-' && !space_before (doc, p)
               && p + 2 < doc->tokens->len && is_word (doc, p + 1) && lower_is (doc, p + 1, "und", "oder", NULL)
               && px_quotes_is_name_word (doc, p + 2) && doc->token_segment[p + 2] == doc->token_segment[first]
               && doc->span_of[p + 2] == doc->span_of[first])
        last = p + 1;
      /* "Die Opposition im Landtag" */
      else if (doc->capital_nouns && is_word (doc, p) && strcmp (lower (doc, p), "im") == 0 && p + 1 < doc->tokens->len
               && px_quotes_is_name_word (doc, p + 1) && doc->token_segment[p + 1] == doc->token_segment[first]
               && doc->span_of[p + 1] == doc->span_of[first] && german_org_run_before (doc, last))
        last = p;
      /* "Hartwell & Sons", "Marks & Spencer": an ampersand joins a firm's name */
      else if (tok_char (doc, p) == '&' && p + 1 < doc->tokens->len && px_quotes_is_name_word (doc, p + 1)
               && doc->token_segment[p + 1] == doc->token_segment[first] && doc->span_of[p + 1] == doc->span_of[first])
        last = p;
      /* "National Teachers’ Union", "Kelsborough Patients’ Forum": a plural
       * possessive inside a name */
      else if ((tok_char (doc, p) == 0x2019 || tok_char (doc, p) == '\'') && !space_before (doc, p)
               && g_str_has_suffix (lower (doc, last), "s") && px_quotes_is_name_word (doc, p + 1)
               && doc->span_of[p + 1] == doc->span_of[first] && doc->token_segment[p + 1] == doc->token_segment[first]
               && !(tok (doc, p + 1)->flags & PX_LEXICON_TOKEN_SENT_START))
        last = p;
      /* "the Bakers, Food and Allied Workers Union", "Department for
       * Environment, Food and Rural Affairs": the comma of a list that a
       * coordinator closes inside one institution's name */
      else if (tok_char (doc, p) == ',' && !space_before (doc, p) && p + 1 < doc->tokens->len
               && px_quotes_is_name_word (doc, p + 1) && doc->span_of[p + 1] == doc->span_of[first]
               && doc->token_segment[p + 1] == doc->token_segment[first] && list_opens_name (doc, first)
               && list_before_coordinator (doc, p, list_end (doc, first, p)))
        last = p;
      else if (is_word (doc, p) && lower_is (doc, p, "and", "und", "et", "y", "e", NULL)
               && px_quotes_is_name_word (doc, p + 1))
        {
          /* "Disaster and Emergency Management Authority" is one name,
           * "Armenia and Azerbaijan" two: only an institution joins. */
          guint end = p + 1;

          /* over a plural possessive: "and Transport Workers' Union" */
          while (end + 1 < doc->tokens->len && doc->token_segment[end + 1] == doc->token_segment[first]
                 && (px_quotes_is_name_word (doc, end + 1)
                     || (end + 2 < doc->tokens->len && (tok_char (doc, end + 1) == 0x2019 || tok_char (doc, end + 1) == '\'')
                         && !space_before (doc, end + 1) && g_str_has_suffix (lower (doc, end), "s")
                         && px_quotes_is_name_word (doc, end + 2) && doc->token_segment[end + 2] == doc->token_segment[first])))
            end += px_quotes_is_name_word (doc, end + 1) ? 1 : 2;
          if (!coordinated_one_name (doc, first, last, p + 1, end))
            break;
          last = p;
        }
      else
        break;
    }
  /* "la Secretaría de Planeación municipal", "Protección Civil
   * municipal": a Spanish body's name of several words takes a lower-case
   * adjective of its level of government after it */
  if (doc->pro_drop && !doc->capital_nouns && last > first && last + 1 < doc->tokens->len
      && doc->token_segment[last + 1] == doc->token_segment[first] && doc->span_of[last + 1] == doc->span_of[first]
      && is_word (doc, last + 1) && !(tok (doc, last + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
      && lower_is (doc, last + 1, "municipal", "provincial", "departamental", "autonómica", "autonómico", "estatal",
                   "comarcal", NULL)
      && px_quotes_run_is_org (doc, first, last))
    last++;
  return last;
}

char *
px_quotes_slice (Doc  *doc,
                 guint first,
                 guint last)
{
  gsize start = tok (doc, first)->start;
  gsize end = tok (doc, last)->end;
  char *text = g_strndup (doc->text + start, end - start);

  /* A possessive is not part of a name: "Pashinyan’s" names Pashinyan. */
  if (g_str_has_suffix (text, "’s") || g_str_has_suffix (text, "'s"))
    text[strlen (text) - (g_str_has_suffix (text, "'s") ? 2 : 4)] = '\0';
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  return text;
}

/* "Brennan & Co", "Hartwell & Sons", "Procter & Gamble": an ampersand
 * joins the names of a firm; no person's name holds one. */
static gboolean
run_has_ampersand (Doc  *doc,
                   guint first,
                   guint last)
{
  for (guint i = first; i <= last && i < doc->tokens->len; i++)
    if (is_punct (doc, i, '&'))
      return TRUE;
  return FALSE;
}

gboolean
px_quotes_run_is_org (Doc  *doc,
                      guint first,
                      guint last)
{
  if (first == last && (tok (doc, first)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0)
    return TRUE;
  if (run_has_ampersand (doc, first, last))
    return TRUE;
  for (guint i = first; i <= last; i++)
    {
      const char *word = lower (doc, i);

      if (IN (org_words, word))
        return TRUE;
      /* German compounds name their institution by their last part:
       * "Landratsamt", "Hochschule", "Verkehrsministerium", "Amtsgericht" */
      if (word != NULL && g_utf8_strlen (word, -1) >= 6)
        {
          /* "des Kreiskrankenhauses": in the genitive too */
          g_autofree char *stem = g_strdup (word);
          gsize len = strlen (stem);

          if (len > 6 && g_str_has_suffix (stem, "es"))
            stem[len - 2] = '\0';
          else if (len > 6 && g_str_has_suffix (stem, "s"))
            stem[len - 1] = '\0';
          for (gsize s = 0; s < G_N_ELEMENTS (org_suffixes); s++)
            if (g_str_has_suffix (word, org_suffixes[s]))
              return TRUE;
          /* "des Verbands", "des Ministeriums", "der Krankenhäuser" */
          if (doc->capital_nouns && (german_org_noun (word) || g_str_has_suffix (word, "krankenhäuser")))
            return TRUE;
          if (doc->capital_nouns && g_str_has_suffix (stem, "krankenhaus"))
            return TRUE;
        }
    }
  return FALSE;
}

/* "Der Zentralverband der deutschen Seehafenbetriebe (ZDS)": the words
 * whose initials spell the acronym in brackets are the institution's whole
 * name, lower-case links and adjectives included, though the capitalised
 * run read before the brackets holds only the last of them. */
static void
widen_to_initials (Doc    *doc,
                   Person *person,
                   guint   first,
                   guint   last)
{
  static const char * const links[] = {
    "der", "des", "für", "und", "of", "the", "and", "for", "de", "du", "des", "la", "le", "et", "del", "y",
  };
  const char *acronym = person->alias;
  glong letters = g_utf8_strlen (acronym, -1);
  const char *letter;
  guint k = last;
  glong matched = 0;

  if (letters < 2 || letters > 8)
    return;
  /* match the acronym's letters from its end, word by word backwards */
  letter = acronym + strlen (acronym);
  while (matched < letters && k > 0)
    {
      const char *previous = g_utf8_prev_char (letter);
      gunichar want = g_unichar_tolower (g_utf8_get_char (previous));

      if (!is_word (doc, k) || doc->span_of[k] >= 0 || doc->token_segment[k] != doc->token_segment[last])
        return;
      if (g_unichar_tolower (tok_char (doc, k)) == want)
        {
          matched++;
          letter = previous;
          if (matched == letters)
            break;
        }
      else if (!px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, k)))
        return;
      k--;
    }
  if (matched != letters || k >= first)
    return;
  g_free (person->name);
  person->name = px_quotes_slice (doc, k, last);
}

/* Whether the German noun @word, in any case ("Verbands",
 * "Ministeriums", "Landratsamtes"), names an institution by its head. */
static gboolean
german_org_noun (const char *word)
{
  static const char * const bodies[] = { "fraktion", "opposition", "koalition", "regierung" };
  gsize len;

  if (word == NULL)
    return FALSE;
  len = strlen (word);
  /* the word itself, then without a genitive "-es" or "-s" ("Bundes",
   * "Verbands", "Landratsamtes") */
  for (guint cut = 0; cut <= 2; cut++)
    {
      g_autofree char *stem = NULL;

      if (cut > 0 && (len < 4 + cut || !g_str_has_suffix (word, cut == 1 ? "s" : "es")))
        continue;
      stem = g_strndup (word, len - cut);
      if (IN (org_words, stem))
        return TRUE;
      if (g_utf8_strlen (stem, -1) < 5)
        continue;
      for (gsize s = 0; s < G_N_ELEMENTS (org_suffixes); s++)
        if (g_str_has_suffix (stem, org_suffixes[s]))
          return TRUE;
      for (gsize s = 0; s < G_N_ELEMENTS (bodies); s++)
        if (g_str_has_suffix (stem, bodies[s]))
          return TRUE;
    }
  return FALSE;
}

/* Nouns for what someone does that have none of the endings of trades
 * ("-er", "-ist", …) and that news puts before a name like a title. */
static const char * const plain_trades[] = {
  "coach", "nurse", "chef", "pilot", "midwife", "pupil", "captain", "surgeon", "paramedic", "constable",
  "sergeant", "detective", "chief", "boss", "widow", "veteran", "survivor", "witness", "victim", "landlady",
  "student", "analyst", "poet", "actress", "pensioner", "goalkeeper", "keeper", "skipper", "midfielder",
  "forward", "jockey", "trainee", "apprentice", "nun", "priest", "imam", "rabbi", "vicar", "bishop",
};
static GHashTable *plain_trades_set;

/* Splits a capitalised run into the titles in front and the name:
 * "Armenian Prime Minister Nikol Pashinyan" → "Armenian Prime Minister" + "Nikol Pashinyan". */
guint
px_quotes_name_start (Doc  *doc,
                      guint first,
                      guint last)
{
  guint i = first;
  guint of = last + 1;
  gboolean named_body;

  /* "L'avocate de Gérard Lemaire, …": an elided article on a common noun
   * opening the run is a role; the name follows its "de" ("L'Oréal" is a
   * name of its own) */
  if (first < last && is_word (doc, first))
    {
      const char *word = lower (doc, first);
      const char *after = doc->text + tok (doc, first)->start;

      if (g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’"))
        {
          after = g_utf8_next_char (g_utf8_next_char (after));
          if (after < doc->text + tok (doc, first)->end && g_unichar_islower (g_utf8_get_char (after))
              && is_word (doc, first + 1) && lower_is (doc, first + 1, "de", "du", "des", NULL) && first + 2 <= last)
            i = first + 2;
        }
    }

  /* "a raconté à La Presse Réjean Bouchard", "a confié au Parisien Jean
   * Dupont": after a reporting verb, a capitalised name behind "à la" or
   * "au" is the paper listening; the last two words are the speaker */
  if (last >= first + 2 && first >= 2 && is_word (doc, first - 1) && is_word (doc, first - 2)
      && ((strcmp (lower (doc, first - 1), "au") == 0 && IN (speech_verbs, lower (doc, first - 2)))
          || (first >= 3 && strcmp (lower (doc, first - 1), "la") == 0 && strcmp (lower (doc, first - 2), "à") == 0
              && is_word (doc, first - 3) && IN (speech_verbs, lower (doc, first - 3)))))
    return last - 1;

  /* "the MP told", "the CEO said": a title written as an acronym is a
   * role, not an institution's initials */
  if (first == last && (tok (doc, first)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && px_quotes_is_title (doc, first))
    return last + 1;

  /* "Lundi M. Garnier", "Yesterday Mr Hale": a courtesy title inside the
   * run is where the name starts, whatever stands before it */
  for (guint k = first + 1; k < last; k++)
    {
      static const char * const courtesy[] = {
        "mr", "mrs", "ms", "miss", "m", "mme", "mlle", "monsieur", "madame", "herr", "frau", "señor", "señora",
        "sr", "sra",
      };
      static GHashTable *courtesy_set;

      if (is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) && IN_SET (courtesy, lower (doc, k))
          && px_quotes_is_name_word (doc, k + 1))
        return k + 1;
    }

  /* "Professor Selin Ates of Istanbul Technical University": the
   * institution after "of" is an affiliation, not the name. */
  for (guint k = first + 1; k < last; k++)
    if (is_word (doc, k) && strcmp (lower (doc, k), "of") == 0)
      {
        of = k;
        break;
      }
  if (px_quotes_run_is_org (doc, first, of <= last ? of - 1 : last) || (of > last && px_quotes_run_is_org (doc, first, last)))
    {
      /* "Senate Majority Leader Diane Kessler", "Foreign Ministry
       * Spokesman Ivan Petrov": a title before the last words makes them a
       * person's name, the institution before it is where they serve */
      {
        guint k = last;

        /* "Group Manager Tom de Vries": particles inside the name too */
        while (k > first && ((px_quotes_is_name_word (doc, k) && !px_quotes_is_title (doc, k) && !IN (org_words, lower (doc, k)))
                             || (k < last && is_word (doc, k) && IN (name_particles, lower (doc, k))
                                 && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)))
          k--;
        if (k > first && k < last && k + 3 >= last && px_quotes_is_title (doc, k) && !IN (org_words, lower (doc, k))
            && !px_quotes_run_is_org (doc, k + 1, last))
          return k + 1;
      }
      while (i < last && IN (not_name_words, lower (doc, i)))
        i++;
      return i;
    }
  /* "Sprecher des Verbands der Kommunalen Krankenhäuser": an
   * institution's noun, in any case, before "der" or "des" and its
   * capitalised complement opens the name; no person's name holds a
   * genitive article but after "von" */
  if (doc->capital_nouns)
    for (guint k = i + 1; k < last; k++)
      if (is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && lower_is (doc, k, "der", "des", NULL)
          && !IN_SET (personal_particles, lower (doc, k - 1)) && german_org_noun (lower (doc, k - 1)))
        return k - 1;
  /* German capitalises nouns: "Ärztliche Direktorin Sabine Keller". A
   * particle is no name of its own, so "Anwalt Thomas von Kessel" keeps
   * the given name: the name is the last two words that are not one. */
  while (doc->capital_nouns && i + 2 <= MIN (last, of - 1))
    {
      guint plain = 0;

      /* "von", "van der" — not the article of "Sprecher der Kasse";
       * nor a rank of nobility before "von", which belongs to the
       * surname: "Annette Freifrau von Stetten", "Karl Graf von Falk" */
      for (guint k = i + 1; k <= last; k++)
        plain += !(((tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                    && (IN_SET (personal_particles, lower (doc, k))
                        || (k > i + 1 && IN_SET (personal_particles, lower (doc, k - 1))
                            && IN (name_particles, lower (doc, k)))))
                   || (k < last && is_word (doc, k) && is_word (doc, k + 1) && strcmp (lower (doc, k + 1), "von") == 0
                       && lower_is (doc, k, "freiherr", "freifrau", "freiin", "graf", "gräfin", "prinz", "prinzessin",
                                    "fürst", "fürstin", "baron", "baronin", "herzog", "herzogin", "ritter", "edler", "edle", NULL)));
      if (plain < 2)
        break;
      i++;
    }
  /* "watchdog Patient Voice Leicestershire", "campaign group Student
   * Action Leeds": after a lower-case noun for an institution (not one for
   * its spokesperson) the run is that institution's name, whose first word
   * may end like a trade without being one */
  named_body = first > 0 && is_word (doc, first - 1)
                        && (tok (doc, first - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                        && IN (institution_nouns, lower (doc, first - 1)) && !IN (spokes, lower (doc, first - 1))
                        && !lower_is (doc, first - 1, "representative", "sprecher", "sprecherin", "portavoz", "vocero", "vocera",
                                      "porte-parole", NULL)
                        && !g_str_has_suffix (lower (doc, first - 1), "'s");

  /* "Epidemiologist Mihai Dobre", "Sportdirektor Jan Keller", "Armenia’s
   * Foreign Minister …": in a run longer than a name, words naming a trade
   * or standing before a title describe the person. */
  while (last >= i + 2)
    {
      static const char * const trades[] = {
        "ist", "er", "or", "ant", "ent", "ian", "man", "woman", "ee", "in", "eur", "euse", "trice", "ière",
        "ier", "ista", "ero", "era", "ora", "ente",
      };
      const char *word = lower (doc, i);
      gboolean trade = FALSE;

      /* a punctuation mark inside the run ("Health Minister & Aoife
       * Brennan" in a garbled page) is no word describing the person */
      if (word == NULL)
        break;
      for (guint t = 0; t < G_N_ELEMENTS (trades) && !trade && !named_body; t++)
        trade = g_str_has_suffix (word, trades[t]) && strlen (word) > strlen (trades[t]) + 3;
      /* "declaró Wilber Quispe Huamán": Spanish writes trades in lower
       * case, so inside a sentence a capitalised word ending like one
       * ("Wilber", "Walter", "Ester") is a given name */
      if (trade && doc->pro_drop && !doc->inflecting && (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START) == 0
          && i > 0 && is_word (doc, i - 1) && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        trade = FALSE;
      /* "Pieter van der Berg": particles are no name of their own, so a
       * trade-like given name followed by one surname is the name */
      if (trade)
        {
          guint plain = 0;

          for (guint k = i + 1; k <= last; k++)
            if (!IN (name_particles, lower (doc, k)))
              plain++;
          if (plain < 2)
            trade = FALSE;
        }
      /* "Dr. Martin J. O'Connell": a common given name is no trade,
       * whatever its ending */
      if (trade)
        {
          g_autofree char *pair = px_quotes_slice (doc, i, i + 1);

          if (given_name_gender (pair) != 0)
            trade = FALSE;
        }
      /* "Coach Maria Santos", "Nurse Jane Doe": a noun for what someone
       * does, with no trade's ending, before a given name and a surname */
      /* "Mother-of-two Jane Doe", "Twenty-year-old Liam Ford": a compound
       * with lower-case parts is no name ("Lloyd-Webber", "Jean-Luc") */
      if (!trade)
        {
          const PxLexiconToken *t = tok (doc, i);

          for (gsize c = t->start; c + 1 < t->end && !trade; c++)
            trade = doc->text[c] == '-' && g_ascii_islower (doc->text[c + 1]);
        }
      if (!trade && IN_SET (plain_trades, word))
        {
          g_autofree char *next = px_quotes_slice (doc, i + 1, i + 2);

          trade = given_name_gender (next) != 0;
        }
      /* "Parent Sarah Quinn, whose two sons …": a word opening the
       * sentence before a given name and a surname, itself no given name,
       * is what the person is, capitalised only by the sentence */
      if (!trade && word != NULL && i == first && !doc->capital_nouns && (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START)
          && i + 2 <= last && px_quotes_is_name_word (doc, i + 2) && g_utf8_strlen (word, -1) > 3)
        {
          g_autofree char *opening = px_quotes_slice (doc, i, i + 1);
          g_autofree char *next = px_quotes_slice (doc, i + 1, i + 2);
          gboolean letters = given_name_gender (opening) == 0 && given_name_gender (next) != 0;

          for (const char *c = word; *c != '\0' && letters; c = g_utf8_next_char (c))
            letters = g_unichar_isalpha (g_utf8_get_char (c));
          trade = letters;
        }
      /* "Eastbrook Fire Chief Daniel Okafor", "Harlow County Health
       * Commissioner Ana Ruiz": the words before a title that a name of
       * two or three words follows are where the person serves */
      for (guint k = i + 2; !trade && k + 2 <= last && k + 3 >= last; k++)
        if (px_quotes_is_title (doc, k) && !IN (org_words, lower (doc, k)))
          {
            gboolean name = TRUE;

            for (guint n = k + 1; n <= last && name; n++)
              name = px_quotes_is_name_word (doc, n) && !px_quotes_is_title (doc, n);
            trade = name;
          }
      if (trade || px_quotes_is_title (doc, i) || px_quotes_is_title (doc, i + 1) || g_str_has_suffix (word, "'s")
          || ((tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0 && !px_quotes_is_title (doc, i + 1) && i + 1 < last))
        i++;
      else
        break;
    }
  /* "рассказала РИА Новости Анна Кравцова": the agency told is no part
   * of the name after it */
  if (i > first && i < last && lower_is (doc, i, "новости", NULL) && lower_is (doc, i - 1, "риа", NULL))
    i++;
  /* "Мэр Тихорецка Сергей Лебедев", "жительница улицы Гагарина Нина
   * Соколова": after a Russian title or noun, three words
   * are a name only with a patronymic in the middle; otherwise the first
   * is the place the title belongs to */
  /* … and so at a sentence's start ("Медсестра Светлана Крылова работает"),
   * where the noun has its capital from the sentence */
  if (last == i + 2 && (i > first ? px_quotes_is_title (doc, i - 1) : ((i > 0 && is_word (doc, i - 1)
                                                              && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
                                                             || (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START)))
      && lower (doc, i) != NULL && g_unichar_get_script (g_utf8_get_char (lower (doc, i))) == G_UNICODE_SCRIPT_CYRILLIC)
    {
      static const char * const patronymic[] = { "вич", "вна", "ична", "инична" };
      const char *middle = lower (doc, i + 1);
      gboolean found = FALSE;

      for (gsize e = 0; e < G_N_ELEMENTS (patronymic) && !found; e++)
        found = middle != NULL && g_str_has_suffix (middle, patronymic[e]);
      if (!found)
        i++;
    }
  while (i <= last)
    {
      /* "President of Azerbaijan Ilham Aliyev": the country belongs to the
       * title. Asked first: "of" alone is a word no name starts with, and
       * skipping it alone would start the name at the country. */
      if (i > first && i + 3 <= last && IN (name_particles, lower (doc, i)) && px_quotes_is_title (doc, i - 1))
        i += 2;
      else if (px_quotes_is_title (doc, i) || IN (not_name_words, lower (doc, i)))
        i++;
      else if (i < last && px_quotes_is_title (doc, i + 1) && (px_quotes_looks_demonym (doc, i) || (tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS)))
        i++;
      else
        break;
    }
  /* "la exalcaldesa de Villanueva del Campo María Dolores …", "el
   * exconcejal de Urbanismo de Alcaraz Juan Pedro Molina": after a role's
   * "de", the place runs on until a known given name opens the person's */
  /* … and "la ministre de la Santé Anne Durand", "du Travail", "des Armées" */
  if (i == first && first > 0 && is_word (doc, first - 1)
      && (lower_is (doc, first - 1, "de", "del", "du", "des", NULL)
          /* "el senador por Jalisco Rodrigo …", "la diputada por Veracruz
           * Marisol …": a Spanish legislator's "por" names the seat */
          || (doc->pro_drop && lower_is (doc, first - 1, "por", NULL))
          || ((lower_is (doc, first - 1, "la", "l'", "l’", NULL))
              && first > 1 && is_word (doc, first - 2) && strcmp (lower (doc, first - 2), "de") == 0))
      && !px_quotes_is_cyrillic_word (doc, first))
    for (guint k = first + 1; k < last; k++)
      {
        /* the look-up reads the first of two words */
        g_autofree char *word = px_quotes_slice (doc, k, k + 1);
        g_autofree char *before = px_quotes_slice (doc, k - 1, k);

        if (px_quotes_is_name_word (doc, k) && !IN (name_particles, lower (doc, k)) && given_name_gender (word) != 0
            && given_name_gender (before) == 0 && px_quotes_is_name_word (doc, k + 1))
          return k;
      }
  return i;
}

/* Where a person's name ends in a run: "Fiona Kerr of Lantern Press" →
 * "Fiona Kerr"; institutions keep their "of" ("Ministry of Defence"). */
guint
px_quotes_name_end (Doc  *doc,
                    guint first_name,
                    guint last)
{
  if (px_quotes_run_is_org (doc, first_name, first_name + 1 <= last ? first_name + 1 : last))
    return last;
  for (guint i = first_name + 2; i < last; i++)
    if (is_word (doc, i) && lower_is (doc, i, "of", "from", NULL))
      return i - 1;
  return last;
}

/* The person's latest mention before token @before, or G_MAXUINT. */
guint
px_quotes_mention_before (Person *person,
                          guint   before)
{
  guint best = G_MAXUINT;

  for (guint m = 0; m < person->mentions->len; m++)
    {
      guint token = g_array_index (person->mentions, guint, m);

      if (token < before)
        best = token;
    }
  return best;
}

void
px_quotes_add_mention (Person *person,
                       guint   token)
{
  guint at = person->mentions->len;

  while (at > 0 && g_array_index (person->mentions, guint, at - 1) > token)
    at--;
  if (at > 0 && g_array_index (person->mentions, guint, at - 1) == token)
    return;
  g_array_insert_val (person->mentions, at, token);
}

char
px_quotes_pronoun_gender (const char *word)
{
  static const char * const male[] = { "he", "his", "him", "himself", "il", "lui", "er", "ihm", "ihn", "sein", "seine", "él", "он", "его", "ему" };
  static const char * const female[] = { "she", "her", "hers", "herself", "elle", "sie", "ihr", "ihre", "ella", "она", "её", "ее", "ей" };

  if (px_text_list_contains (male, G_N_ELEMENTS (male), word))
    return 'm';
  if (px_text_list_contains (female, G_N_ELEMENTS (female), word))
    return 'f';
  return 0;
}


/* "Ms Lindqvist", "Herr Vogel", "Mme Vidal": an honorific tells the gender. */
static char
honorific_gender (const char *word)
{
  static const char * const male[] = { "mr", "mr.", "herr", "m", "m.", "monsieur", "señor", "sr", "sr.", "don", "sir", "lord" };
  static const char * const female[] = { "mrs", "mrs.", "ms", "ms.", "miss", "frau", "mme", "madame", "mlle", "señora", "sra", "sra.", "doña", "dame", "lady" };

  if (word == NULL)
    return 0;
  if (px_text_list_contains (male, G_N_ELEMENTS (male), word))
    return 'm';
  if (px_text_list_contains (female, G_N_ELEMENTS (female), word))
    return 'f';
  return 0;
}

/* "Richard Pembury", "Нина Гаврилова": a common given name, or a Russian
 * surname's gendered ending, tells the gender before any pronoun does, so
 * that "she" does not go to the last-named man. Only names of two words or
 * more: a lone capitalised word may be a surname or a place. */
static char
given_name_gender (const char *name)
{
  static const char * const male[] = {
    "john", "james", "david", "michael", "richard", "robert", "william", "thomas", "peter", "paul",
    "mark", "andrew", "george", "edward", "charles", "daniel", "danny", "matthew", "anthony", "steven",
    "stephen", "brian", "kevin", "gary", "alan", "ian", "simon", "tom", "tony", "chris", "christopher",
    "joseph", "jonathan", "martin", "patrick", "sean", "declan", "liam", "geoff", "geoffrey", "derek",
    "ewan", "ola", "omar", "ahmed", "mohammed", "muhammad", "ali", "hassan", "ibrahim", "karim", "nikol",
    "ilham", "grigor", "seymur", "laurence", "jean", "pierre", "jacques", "michel", "philippe", "alain",
    "françois", "nicolas", "olivier", "bernard", "hans", "klaus", "jürgen", "uwe", "wolfgang", "stefan",
    "thomas", "markus", "andreas", "winfried", "lars", "manuel", "antonio", "josé", "juan", "carlos",
    "javier", "miguel", "francisco", "pedro", "luis", "jorge", "tomás", "pablo", "giorgi", "viktor",
    "igor", "sergei", "sergey", "dmitri", "dmitry", "alexei", "alexey", "andrei", "vladimir", "oleg",
    "ivan", "nikolai", "mikhail", "yuri", "алексей", "андрей", "сергей", "дмитрий", "игорь", "олег",
    "владимир", "иван", "николай", "михаил", "юрий", "александр", "павел", "евгений",
    /* more common given names, by language */
    "adam", "alex", "alexander", "ben", "benjamin", "billy", "bob", "callum", "carl", "colin", "craig",
    "dan", "dave", "dean", "dennis", "dominic", "douglas", "duncan", "eric", "frank", "fraser", "fred",
    "gareth", "gavin", "gordon", "graham", "greg", "harry", "henry", "hugh", "iain", "jack", "jake",
    "jamie", "jason", "jeff", "jeremy", "jim", "joe", "josh", "keith", "kenneth", "kieran", "kyle",
    "lewis", "luke", "malcolm", "matt", "max", "mike", "neil", "nick", "nigel", "oliver", "owen", "phil",
    "philip", "ralph", "rhys", "rob", "roger", "ross", "roy", "rory", "russell", "ryan", "sam", "samuel",
    "scott", "shaun", "stuart", "terry", "tim", "timothy", "toby", "trevor", "vincent", "wayne", "erik",
    "antoine", "arnaud", "benoît", "bruno", "christophe", "damien", "didier", "emmanuel", "éric",
    "fabien", "franck", "frédéric", "gérard", "guillaume", "hervé", "jérôme", "julien", "laurent", "luc",
    "marc", "mathieu", "maxime", "pascal", "raphaël", "sébastien", "serge", "stéphane", "thierry",
    "xavier", "yves", "yannick", "gilles", "denis", "bernd", "christian", "dieter", "dirk", "florian",
    "günter", "heinz", "helmut", "holger", "horst", "jens", "jörg", "karl", "lukas", "manfred",
    "matthias", "norbert", "olaf", "ralf", "rainer", "sebastian", "sven", "tobias", "torsten", "volker",
    "werner", "henrik", "alberto", "alejandro", "álvaro", "andrés", "ángel", "diego", "eduardo",
    "enrique", "fernando", "ignacio", "jaime", "jesús", "joaquín", "ramón", "rafael", "raúl", "ricardo",
    "roberto", "rubén", "sergio", "víctor", "gonzalo", "mario", "marcos", "борис", "вадим", "валерий",
    "василий", "виктор", "виталий", "вячеслав", "геннадий", "георгий", "григорий", "денис", "егор",
    "илья", "кирилл", "константин", "леонид", "максим", "никита", "пётр", "петр", "роман", "руслан",
    "станислав", "степан", "тимур", "фёдор", "федор", "эдуард", "артём", "артем", "антон", "анатолий",
    /* older English given names and their short forms */
    "ray", "raymond", "barry", "stanley", "stan", "ken", "ron", "ronald", "donald", "ted", "arthur",
    "albert", "harold", "leonard", "norman", "walter", "steve", "andy", "bill", "eddie", "pete", "les",
    /* Spanish and Latin American given names, those ending like a trade
     * ("Héctor", "Néstor", "Salvador") first: without them the trade
     * ending makes "Héctor Ramón Paz" a description and a name */
    "héctor", "néstor", "salvador", "amador", "julio", "arturo", "hugo", "gustavo", "osvaldo", "aurelio",
    "agustín", "emilio", "esteban", "felipe", "gabriel", "germán", "guillermo", "gerardo", "julián",
    "leonardo", "lorenzo", "mariano", "martín", "nicolás", "óscar", "rodrigo", "ernesto", "alfonso",
    "adrián", "iván", "jhon", "marcelo", "rodolfo", "armando", "alfredo", "federico", "ezequiel", "matías",
    "fabián", "hernán", "horacio", "octavio", "gregorio", "ramiro", "teodoro",
    /* with an agent's "-er" or "-ian" ending: "Wilmer", "Cristian" */
    "wilmer", "wilder", "eder", "cristian", "valentín", "benjamín",
    "vicente", "clemente", "bautista",
  };
  static const char * const female[] = {
    "mary", "elizabeth", "sarah", "jane", "janet", "susan", "sue", "margaret", "helen", "anne", "ann",
    "karen", "linda", "patricia", "jennifer", "emma", "claire", "laura", "lucy", "hannah", "rachel",
    "rebecca", "catherine", "katherine", "kate", "joanne", "jo", "leanne", "niamh", "aoife", "maria",
    "marta", "priya", "elena", "olesya", "sophie", "julia", "anna", "anja", "petra", "sabine", "ursula",
    "gisela", "monika", "claudia", "marie", "isabelle", "sylvie", "nathalie", "hélène", "catherine",
    "camille", "carmen", "rocío", "francisca", "isabel", "lucía", "ana", "pilar", "laura", "ирина",
    "елена", "ольга", "нина", "анна", "мария", "наталья", "татьяна", "светлана", "екатерина",
    "alice", "alison", "amanda", "amy", "angela", "bethany", "carol", "caroline", "charlotte", "chloe",
    "christine", "deborah", "diane", "donna", "eleanor", "ella", "emily", "fiona", "gemma", "georgia",
    "grace", "heather", "holly", "jackie", "jessica", "jill", "joan", "judith", "julie", "kathryn",
    "kelly", "kirsty", "lisa", "lorraine", "louise", "lynn", "megan", "michelle", "molly", "natalie",
    "nicola", "olivia", "paula", "pauline", "rose", "ruth", "sally", "samantha", "sandra", "sharon",
    "stephanie", "tracey", "valerie", "victoria", "wendy", "yvonne", "zoe", "ingrid", "lena", "harriet",
    "agnes", "siobhan", "amélie", "aurélie", "béatrice", "brigitte", "céline", "chantal", "delphine",
    "élise", "émilie", "florence", "françoise", "juliette", "léa", "lucie", "manon", "martine",
    "mathilde", "monique", "nadia", "pascale", "sandrine", "stéphanie", "valérie", "véronique",
    "virginie", "agnès", "marion", "clémence", "élodie", "angelika", "barbara", "birgit", "christina",
    "christiane", "doris", "elke", "gabriele", "heike", "jana", "karin", "katharina", "katrin", "kerstin",
    "martina", "nicole", "renate", "silke", "simone", "stefanie", "susanne", "tanja", "ute", "franziska",
    "johanna", "alicia", "beatriz", "carolina", "cristina", "dolores", "eva", "gloria", "inés", "irene",
    "lorena", "lourdes", "luisa", "mercedes", "montserrat", "nuria", "raquel", "rosa", "silvia", "sonia",
    "teresa", "verónica", "yolanda", "amparo", "esther", "marina",
    "brenda", "maureen", "sheila", "doreen", "eileen", "gillian", "beverley",
    /* Spanish and Latin American */
    "inmaculada", "josefa", "paola", "andrea", "valeria", "itziar", "ainhoa", "nerea", "marisa", "elvira",
    "adriana", "alejandra", "daniela", "fernanda", "gabriela", "graciela", "liliana", "marisol", "mónica",
    "natalia", "sofía", "susana", "ximena", "catalina", "begoña", "amaia", "leire", "milagros", "yesenia",
    "rosalía", "maribel", "noelia", "estefanía", "vanesa", "mariana", "florencia", "agustina", "micaela",
    "leonor",
    /* ending like a trade ("-era", "-ora"): "Javiera Muñoz Contreras" */
    "javiera", "aurora", "débora", "eleonora",
  };
  /* Hash sets, built once: a few hundred names each, looked up for every
   * name the finder meets. */
  static GHashTable *male_set, *female_set;
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autofree char *first = NULL;
  guint n = g_strv_length (words);

  if (n < 2)
    return 0;
  first = g_utf8_strdown (words[0], -1);
  /* "Jean-Pierre", "Marie-Claire": a compound given name goes by its first
   * part */
  if (strchr (first, '-') != NULL && !IN_SET (male, first) && !IN_SET (female, first))
    *strchr (first, '-') = '\0';
  if (IN_SET (male, first))
    return 'm';
  if (IN_SET (female, first))
    return 'f';
  {
    g_autofree char *last = g_utf8_strdown (words[n - 1], -1);

    /* only the male nominative: "-ова" may be a man's genitive */
    if (g_str_has_suffix (last, "ов") || g_str_has_suffix (last, "ев") || g_str_has_suffix (last, "ин")
        || g_str_has_suffix (last, "ёв"))
      return 'm';
  }
  return 0;
}

/* 'f' when the last word of the German description @description is a
 * role noun in the feminine "-in" ("Anwältin", "Oberstaatsanwältin",
 * "Geschäftsführerin"), else 0. */
static char
german_feminine_role (const char *description)
{
  static const char * const not_feminine[] = {
    "termin", "medizin", "benzin", "vitamin", "magazin", "berlin", "kamin", "rosin", "ruin", "protein",
    "disziplin", "urin", "insulin", "kokain", "nikotin",
  };
  const char *last = strrchr (description, ' ');
  g_autofree char *word = g_utf8_strdown (last != NULL ? last + 1 : description, -1);
  gsize length = strlen (word);

  /* a noun (capitalised in the text), long enough to be a stem and "-in" */
  if (length < 6 || !g_str_has_suffix (word, "in") || g_str_has_suffix (word, "ein")
      || !g_unichar_isupper (g_utf8_get_char (last != NULL ? last + 1 : description)))
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (not_feminine); k++)
    if (g_str_has_suffix (word, not_feminine[k]))
      return 0;
  return 'f';
}

/* "Rasa Keturka met her counterpart": a pronoun soon after a name, with no
 * other name between, tells the person's gender. */
static void
learn_gender (Doc    *doc,
              Person *person,
              guint   after)
{
  gboolean saw_name = FALSE;
  char blocked = 0;

  if (person->gender != 0 || person->org)
    return;
  for (guint k = after + 1; k < doc->tokens->len && k <= after + 40; k++)
    {
      char gender;

      if (doc->token_segment[k] != doc->token_segment[after])
        break;
      /* past the sentence's end only its next sentence's first word counts:
       * "Jane Smith said …. Her colleague …" */
      if (is_punct (doc, k, '.'))
        {
          if (!saw_name && is_word (doc, k + 1) && doc->token_segment[k + 1] == doc->token_segment[after]
              && (gender = px_quotes_pronoun_gender (lower (doc, k + 1))) != 0
              && strcmp (lower (doc, k + 1), "sie") != 0 && strcmp (lower (doc, k + 1), "ihr") != 0
              && strcmp (lower (doc, k + 1), "ihre") != 0)
            person->gender = gender;
          return;
        }
      if (k > after + 10 && (doc->span_of[k] >= 0 || !is_word (doc, k) || px_quotes_pronoun_gender (lower (doc, k)) == 0))
        continue;
      /* "was struck on Moorfield Road, Ashby, … as he walked": a name
       * after a preposition of place is a place, no person to own the
       * pronoun */
      if (px_quotes_is_name_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_SENT_START) == 0)
        {
          guint start = k;

          while (start > after + 1 && px_quotes_is_name_word (doc, start - 1))
            start--;
          if (is_word (doc, start - 1) && lower_is (doc, start - 1, "on", "in", "at", "near", "outside", "from", "to", NULL))
            continue;
        }
      /* another person named in between may own the pronoun; a lone
       * capitalised word that is nobody's surname is a place ("at Oxford") */
      if (px_quotes_is_name_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_SENT_START) == 0
          && (px_quotes_is_name_word (doc, k + 1) || (k > 0 && px_quotes_is_name_word (doc, k - 1))
              || px_quotes_find_person_by_part (doc, tok (doc, k)->lower, k) != NULL))
        break;
      if (px_quotes_is_name_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_SENT_START) == 0)
        saw_name = TRUE;
      /* an object pronoun is someone else, and so may be the pronouns of
       * its gender after it: "Olsen thanked her for her service"; "told
       * her he would" still tells the subject's */
      if (is_word (doc, k) && (lower_is (doc, k, "him", "ihm", "ihn", "ему", "ей", NULL)
                               || (strcmp (lower (doc, k), "her") == 0
                                   && (!is_word (doc, k + 1) || IN (stop_words, lower (doc, k + 1))))))
        {
          blocked = px_quotes_pronoun_gender (lower (doc, k));
          continue;
        }
      gender = px_quotes_pronoun_gender (lower (doc, k));
      if (gender != 0 && gender != blocked && strcmp (lower (doc, k), "sie") != 0 && strcmp (lower (doc, k), "ihr") != 0)
        {
          person->gender = gender;
          return;
        }
    }
}

/* Whether @acronym ("FA", "NAO") is made of the initials of the capitalised
 * words of @name ("Football Association", "National Audit Office"). */
static gboolean
initials_of (const char *name,
             const char *acronym)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  gsize n = 0, length = strlen (acronym);
  guint capitalised = 0;

  if (length < 2 || length > 6)
    return FALSE;
  for (gsize c = 0; c < length; c++)
    if (!g_ascii_isupper (acronym[c]))
      return FALSE;
  for (guint w = 0; words[w] != NULL; w++)
    {
      if (!g_ascii_isupper (words[w][0]))
        continue;   /* "of", "the", "for" */
      capitalised++;
      if (n >= length || words[w][0] != acronym[n])
        return FALSE;
      n++;
    }
  return n == length && capitalised >= 2;
}

Person *
px_quotes_find_person_exact (Doc        *doc,
                             const char *name)
{
  Person *spelt_out = NULL;
  guint n_spelt_out = 0;
  const char *space = strchr (name, ' ');
  /* "Анна Сергеевна" for "Анна Сергеевна Гречко": a given name and a
   * patronymic, the polite Russian second reference, name the person whose
   * full name opens with them */
  gboolean patronymic = space != NULL && strchr (space + 1, ' ') == NULL
                        && (g_str_has_suffix (space + 1, "вна") || g_str_has_suffix (space + 1, "чна")
                            || g_str_has_suffix (space + 1, "вич") || g_str_has_suffix (space + 1, "ич"));

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (g_ascii_strcasecmp (person->name, name) == 0 || g_utf8_collate (person->name, name) == 0
          || (person->alias != NULL && strcmp (person->alias, name) == 0))
        return person;
      if (patronymic && !person->org && g_str_has_prefix (person->name, name) && person->name[strlen (name)] == ' ')
        return person;
      /* "An FA spokesperson" after "the Football Association", which the
       * article never abbreviated: the one name of those initials */
      if (person->gender == 0 && person->age == 0 && initials_of (person->name, name)
          && (spelt_out == NULL || strcmp (spelt_out->name, person->name) != 0))
        {
          spelt_out = person;
          n_spelt_out++;
        }
    }
  return n_spelt_out == 1 ? spelt_out : NULL;
}

static char *
casefold_word (const char *word)
{
  char *lower_word = g_utf8_strdown (word, -1);

  if (g_str_has_suffix (lower_word, "’s") || g_str_has_suffix (lower_word, "'s"))
    lower_word[strlen (lower_word) - (g_str_has_suffix (lower_word, "'s") ? 2 : 4)] = '\0';
  return lower_word;
}

/* A new person or institution named @name (taken), whose surname or last
 * word is @last_word, named over tokens @first to @last; added to @doc. */
static Person *
person_add (Doc        *doc,
            char       *name,
            const char *last_word,
            guint       first,
            guint       last,
            char        gender)
{
  Person *person = g_new0 (Person, 1);

  person->name = name;
  person->lower_last = casefold_word (last_word);
  person->descriptions = g_ptr_array_new_with_free_func (g_free);
  person->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  person->first_token = first;
  person->last_token = last;
  person->gender = gender;
  g_ptr_array_add (doc->people, person);
  return person;
}

/* Whether @word is @surname (nominative, case-folded) in an oblique case:
 * "ершова" for "ершов", "лебедевой" for "лебедева", "достоевского" for
 * "достоевский", "müllers" for "müller". */
static gboolean
oblique_surname (const char *surname,
                 const char *word)
{
  static const char * const added[] = { "а", "у", "ым", "ом", "е", "s" };
  static const char * const feminine[] = { "ой", "у", "ою" };
  static const char * const adjectival[] = { "ого", "ому", "им", "ом" };
  gsize n = strlen (surname);

  if (g_str_has_prefix (word, surname))
    {
      for (gsize e = 0; e < G_N_ELEMENTS (added); e++)
        if (strcmp (word + n, added[e]) == 0)
          return TRUE;
      return FALSE;
    }
  if (g_str_has_suffix (surname, "ий") && n > strlen ("ий") + 4 && strncmp (word, surname, n - strlen ("ий")) == 0)
    {
      for (gsize e = 0; e < G_N_ELEMENTS (adjectival); e++)
        if (strcmp (word + n - strlen ("ий"), adjectival[e]) == 0)
          return TRUE;
    }
  if ((g_str_has_suffix (surname, "ова") || g_str_has_suffix (surname, "ева") || g_str_has_suffix (surname, "ина"))
      && strncmp (word, surname, n - strlen ("а")) == 0)
    {
      for (gsize e = 0; e < G_N_ELEMENTS (feminine); e++)
        if (strcmp (word + n - strlen ("а"), feminine[e]) == 0)
          return TRUE;
    }
  return FALSE;
}

/* The one two-word person whose surname @last (a Russian surname in the
 * nominative) is an oblique form of ("Мальцева" for "Ирину Мальцеву"),
 * or NULL when none or several are. */
static Person *
single_oblique_person (Doc        *doc,
                       const char *last)
{
  guint found = 0;
  Person *oblique = NULL;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->org || person->lower_last == NULL || strchr (person->name, ' ') == NULL
          || strchr (person->name, ' ') != strrchr (person->name, ' ') || !oblique_surname (last, person->lower_last))
        continue;
      if (oblique != person)
        found++;
      oblique = person;
    }
  return found == 1 ? oblique : NULL;
}

/* A surname or a shorter form names back to the full name mentioned last
 * before @before (or first after it, when the article names someone by
 * surname first). */
Person *
px_quotes_find_person_by_part (Doc        *doc,
                               const char *name,
                               guint       before)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autofree char *last = casefold_word (words[g_strv_length (words) - 1]);
  Person *best = NULL;
  guint best_seen = 0;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint seen;

      if (person->lower_last == NULL || strcmp (person->lower_last, last) != 0
          || strchr (person->name, ' ') == NULL)
        continue;
      seen = px_quotes_mention_before (person, before);
      if (best == NULL || (seen != G_MAXUINT && (best_seen == G_MAXUINT || seen > best_seen)))
        {
          best = person;
          best_seen = seen;
        }
    }
  /* "Iain Rowntree", then his nephew "Luke Rowntree", then "Rowntree
   * said": English news keeps the bare surname for the person it
   * introduced first and names the relative by given name, so a lone
   * surname two people share is the one met first */
  if (best != NULL && !doc->pro_drop && !doc->inflecting && !doc->capital_nouns && g_strv_length (words) == 1
      && !best->org)
    for (guint p = 0; p < doc->people->len; p++)
      {
        Person *person = g_ptr_array_index (doc->people, p);

        if (person == best || person->org || person->lower_last == NULL || strcmp (person->lower_last, last) != 0
            || strchr (person->name, ' ') == NULL || person->mentions->len == 0 || best->mentions->len == 0
            || px_quotes_mention_before (person, before) == G_MAXUINT)
          continue;
        /* a given name the article opens the person with, not a
         * headline's "Teenager Okafor" */
        if (g_array_index (person->mentions, guint, 0) < g_array_index (best->mentions, guint, 0)
            && given_name_gender (person->name) != 0)
          best = person;
      }
  /* "Arrieta" after "Lucía Arrieta Goñi" and her daughter "Maite Lasa
   * Arrieta": a Spanish name with two surnames is shortened to the
   * first, so one person's first surname beats another's second */
  if (best != NULL && doc->pro_drop && g_strv_length (words) == 1 && strchr (best->name, ' ') != strrchr (best->name, ' '))
    for (guint p = 0; p < doc->people->len; p++)
      {
        Person *person = g_ptr_array_index (doc->people, p);
        g_auto(GStrv) parts = NULL;
        guint n;

        if (person == best || person->org || px_quotes_mention_before (person, before) == G_MAXUINT)
          continue;
        parts = g_strsplit (person->name, " ", -1);
        n = g_strv_length (parts);
        if (n >= 3)
          {
            g_autofree char *first_surname = casefold_word (parts[n - 2]);

            if (strcmp (first_surname, last) == 0)
              {
                best = person;
                break;
              }
          }
      }
  /* "По словам Струнина" after "Валерий Струнин", his co-author "Ольга
   * Струнина" named only further on: a surname that is one person's
   * nominative and another's oblique form names the one already
   * mentioned, when that is one person */
  if (best != NULL && best_seen == G_MAXUINT && doc->inflecting && g_strv_length (words) == 1)
    {
      guint found = 0;
      Person *earlier = NULL;

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person == best || person->org || person->lower_last == NULL || strchr (person->name, ' ') == NULL
              || !oblique_surname (person->lower_last, last) || px_quotes_mention_before (person, before) == G_MAXUINT)
            continue;
          if (earlier != person)
            found++;
          earlier = person;
        }
      if (found == 1)
        best = earlier;
    }
  /* "По словам Ершова" for "Виктор Ершов": in a language that inflects
   * names, the surname in another case, when it fits one person only */
  if (best == NULL && doc->inflecting && g_strv_length (words) == 1)
    {
      guint found = 0;

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org || person->lower_last == NULL || strchr (person->name, ' ') == NULL
              || !oblique_surname (person->lower_last, last))
            continue;
          if (best != person)
            found++;
          best = person;
        }
      if (found != 1)
        best = NULL;
    }
  /* "Ирину Мальцеву" … "Мальцева": a Russian woman introduced in an
   * oblique case ("приговорить … Ирину Мальцеву", "по словам Анны
   * Петровой"), then named by her surname in the nominative: the mention
   * names her, and gives the nominative of her name */
  if (best == NULL && doc->inflecting && g_strv_length (words) == 1
      && (g_str_has_suffix (last, "ова") || g_str_has_suffix (last, "ева") || g_str_has_suffix (last, "ина")))
    {
      Person *oblique = single_oblique_person (doc, last);

      if (oblique != NULL)
        {
          static const char * const given_endings[][2] = {
            { "ии", "ия" }, { "ьи", "ья" }, { "у", "а" }, { "ю", "я" }, { "ы", "а" }, { "ой", "а" }, { "и", "а" },
          };
          const char *space = strchr (oblique->name, ' ');
          g_autofree char *given = g_strndup (oblique->name, space - oblique->name);
          g_autofree char *given_lower = g_utf8_strdown (given, -1);
          char *nominative = NULL;

          for (guint e = 0; e < G_N_ELEMENTS (given_endings) && nominative == NULL; e++)
            if (g_str_has_suffix (given_lower, given_endings[e][0]))
              {
                g_autofree char *stem = g_strndup (given, strlen (given) - strlen (given_endings[e][0]));
                g_autofree char *surname = g_strdup (words[0]);

                /* the surname as the mention writes it, capitalised */
                nominative = g_strconcat (stem, given_endings[e][1], " ", surname, NULL);
              }
          if (nominative != NULL && g_unichar_isupper (g_utf8_get_char (words[0])))
            {
              g_free (oblique->name);
              oblique->name = nominative;
              g_free (oblique->lower_last);
              oblique->lower_last = g_strdup (last);
              best = oblique;
            }
          else
            g_free (nominative);
        }
    }
  /* "Виктора Лапшина" … "Лапшин": a Russian man introduced in an oblique
   * case ("признал … Виктора Лапшина виновным", "отстранила … Руслана
   * Гайдамака"), then named by his surname in the nominative: the mention
   * names him, and gives the nominative of his name */
  if (best == NULL && doc->inflecting && g_strv_length (words) == 1 && g_utf8_strlen (last, -1) >= 4
      && !g_str_has_suffix (last, "а") && !g_str_has_suffix (last, "я") && g_unichar_isupper (g_utf8_get_char (words[0])))
    {
      /* the oblique ending of a man's given name and its nominative one,
       * in this order of trial */
      static const char * const given_endings[][2] = {
        { "ея", "ей" }, { "ая", "ай" }, { "ею", "ей" }, { "аю", "ай" }, { "еем", "ей" }, { "аем", "ай" },
        { "ом", "" }, { "у", "" }, { "е", "" }, { "а", "" },
      };
      Person *oblique = single_oblique_person (doc, last);

      if (oblique != NULL)
        {
          const char *space = strchr (oblique->name, ' ');
          g_autofree char *given = g_strndup (oblique->name, space - oblique->name);
          g_autofree char *given_lower = g_utf8_strdown (given, -1);
          char *nominative = NULL;

          /* "вратаря Никиту Баранова": a surname in "-а" is the
           * accusative, where a given name in "-у"/"-ю" is one of the
           * "-а"/"-я" names ("Никита", "Илья"); with the dative "-у" of
           * "Ивану Баранову" the surname says so */
          if (g_str_has_suffix (oblique->name, "а") && g_utf8_strlen (given_lower, -1) > 3
              && (g_str_has_suffix (given_lower, "у") || g_str_has_suffix (given_lower, "ю")))
            {
              g_autofree char *stem = g_strndup (given, strlen (given) - strlen ("у"));

              nominative = g_strconcat (stem, g_str_has_suffix (given_lower, "у") ? "а" : "я", " ", words[0], NULL);
            }
          for (guint e = 0; e < G_N_ELEMENTS (given_endings) && nominative == NULL; e++)
            if (g_str_has_suffix (given_lower, given_endings[e][0]) && g_utf8_strlen (given_lower, -1) > 3)
              {
                g_autofree char *stem = g_strndup (given, strlen (given) - strlen (given_endings[e][0]));

                nominative = g_strconcat (stem, given_endings[e][1], " ", words[0], NULL);
              }
          if (nominative != NULL)
            {
              g_free (oblique->name);
              oblique->name = nominative;
              g_free (oblique->lower_last);
              oblique->lower_last = g_strdup (last);
              best = oblique;
            }
        }
    }
  /* "María José Cortés Aranda" … "Cortés": a Spanish name carries two
   * surnames and the article shortens it to the first. A lone word that is
   * an inner word (neither the first nor the last) of exactly one
   * person's name of three words or more names that person. When the
   * word also ends another person's name ("Julián Beltrán", then his
   * daughter "Laura Beltrán Gutiérrez" … "Beltrán añadió"), the one named
   * last before the cue is meant. */
  if ((best == NULL || (!doc->capital_nouns && !doc->inflecting)) && g_strv_length (words) == 1)
    {
      guint found = 0;
      Person *by_last = best;

      best = NULL;

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);
          g_auto(GStrv) parts = NULL;
          guint n_parts;

          if (person->org)
            continue;
          parts = g_strsplit (person->name, " ", -1);
          n_parts = g_strv_length (parts);
          for (guint w = 1; n_parts >= 3 && w + 1 < n_parts; w++)
            {
              g_autofree char *part = casefold_word (parts[w]);

              if (strcmp (part, last) == 0 && g_utf8_strlen (part, -1) > 2)
                {
                  if (best != person)
                    found++;
                  best = person;
                  break;
                }
            }
        }
      if (found != 1)
        best = NULL;
      if (by_last != NULL)
        {
          guint inner_seen = best != NULL ? px_quotes_mention_before (best, before) : G_MAXUINT;

          if (best == NULL || inner_seen == G_MAXUINT || (best_seen != G_MAXUINT && inner_seen < best_seen))
            best = by_last;
        }
    }
  /* "Maureen Kettering took over … . Maureen holds it up to the light": a
   * feature calls someone by the given name alone. A lone word that opens
   * exactly one person's name, and ends nobody's, names that person. */
  if (best == NULL && g_strv_length (words) == 1 && g_utf8_strlen (last, -1) > 2)
    {
      guint found = 0;
      Person *given = NULL;

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);
          g_auto(GStrv) parts = NULL;
          g_autofree char *first = NULL;

          if (person->lower_last != NULL && strcmp (person->lower_last, last) == 0)
            {
              found = 2;
              break;
            }
          /* a team or a place ("Stourford Athletic") has no given name */
          if (person->org || strchr (person->name, ' ') == NULL
              || (person->gender == 0 && given_name_gender (person->name) == 0))
            continue;
          parts = g_strsplit (person->name, " ", 2);
          first = casefold_word (parts[0]);
          if (strcmp (first, last) == 0 && given != person)
            {
              found++;
              given = person;
            }
        }
      if (found == 1)
        best = given;
    }
  return best;
}

static void
add_description (Person     *person,
                 const char *description)
{
  g_autofree char *clean = NULL;

  if (description == NULL)
    return;
  clean = g_strstrip (g_strdup (description));
  {
    /* shown under the name, a description needs no article: "maire de
     * Saint-Magne", not "le maire de Saint-Magne" */
    static const char * const articles[] = {
      "the ", "an ", "a ", "le ", "la ", "les ", "l'", "l’", "el ", "los ", "las ", "der ", "die ", "das ",
    };

    for (gsize a = 0; a < G_N_ELEMENTS (articles); a++)
      if (g_ascii_strncasecmp (clean, articles[a], strlen (articles[a])) == 0 && clean[strlen (articles[a])] != '\0')
        {
          memmove (clean, clean + strlen (articles[a]), strlen (clean + strlen (articles[a])) + 1);
          break;
        }
  }
  if (g_utf8_strlen (clean, -1) < 2)
    return;
  /* "Viktor Hale, 61, …": an age is kept as the person's age, not as a description */
  {
    const char *c = clean;

    while (g_ascii_isdigit (*c))
      c++;
    if (*c == '\0')
      return;
  }
  {
    /* an honorific ("Dr", "Mr", "Frau") describes nobody */
    static const char * const honorifics[] = {
      "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame",
      "herr", "frau", "m.", "mme", "monsieur", "madame", "señor", "señora", "don", "doña",
      "cllr", "cllr.",
    };
    g_autofree char *folded = g_utf8_strdown (clean, -1);

    for (gsize h = 0; h < G_N_ELEMENTS (honorifics); h++)
      if (strcmp (folded, honorifics[h]) == 0)
        return;
  }
  for (guint i = 0; i < person->descriptions->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (person->descriptions, i), clean) == 0)
      return;
  g_ptr_array_add (person->descriptions, g_steal_pointer (&clean));
}

/* "Klinikgeschäftsführer Dr. Jens Albrecht", "Me Isabelle Fournier": a
 * title of address or degree (or its stop) is no part of a description. */
static gboolean
is_address_title (Doc  *doc,
                  guint k)
{
  static const char * const address[] = {
    "dr", "prof", "me", "maître", "mr", "mrs", "ms", "m", "mme", "herr", "frau", "sr", "sra", "dra",
  };

  return is_punct (doc, k, '.') || (is_word (doc, k) && px_text_list_contains (address, G_N_ELEMENTS (address), lower (doc, k)));
}

/* "l'AFP", "d'Amiens", "d’Ille-et-Vilaine": an article ("l") or "de"
 * ("d") elided onto a name, one token, not onto a common noun
 * ("l'ancien"). */
static gboolean
elided_onto_name (Doc        *doc,
                  guint       k,
                  const char *letter)
{
  const char *word = lower (doc, k);
  const char *after;

  if (word == NULL || strncmp (word, letter, 1) != 0
      || !(g_str_has_prefix (word + 1, "'") || g_str_has_prefix (word + 1, "’")))
    return FALSE;
  after = g_utf8_next_char (g_utf8_next_char (doc->text + tok (doc, k)->start));
  return after < doc->text + tok (doc, k)->end && g_unichar_isupper (g_utf8_get_char (after));
}

/* Whether the run of capitalised words through @k follows a verb that
 * takes its listener there: "told" in English, any reporting verb in
 * Russian ("заявил ТАСС", "сообщил РИА Новости"). */
static gboolean
after_listener_verb (Doc  *doc,
                     guint k)
{
  while (k > 0 && is_word (doc, k - 1) && (tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    k--;
  return k > 0 && is_word (doc, k - 1) && IN (speech_verbs, lower (doc, k - 1))
         && (doc->inflecting || lower_is (doc, k - 1, "told", NULL));
}

/* Words just before a name that describe it ("Azerbaijani freelance journalist"). */
/* Whether token @p is a capitalised Russian word in the genitive inside
 * a role, not opening the sentence: "Самары", "Волжского", "Минсельхоза"
 * in "Помощник прокурора Волжского района Самары …". */
static gboolean
russian_genitive_place (Doc  *doc,
                        guint p)
{
  static const char * const endings[] = { "ы", "и", "а", "я", "ого", "его", "ой", "ей" };
  const char *word = lower (doc, p);

  if ((tok (doc, p)->flags & (PX_LEXICON_TOKEN_SENT_START | PX_LEXICON_TOKEN_ALL_CAPS))
      || g_unichar_get_script (g_utf8_get_char (word)) != G_UNICODE_SCRIPT_CYRILLIC || p == 0 || !is_word (doc, p - 1))
    return FALSE;
  /* only after a lower-case word of the role or another such place */
  if ((tok (doc, p - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !russian_genitive_place (doc, p - 1))
    return FALSE;
  return px_text_list_has_suffix (endings, G_N_ELEMENTS (endings), word);
}

static char *
premodifier (Doc  *doc,
             guint name_first)
{
  guint first = name_first;
  guint count = 0;
  gboolean common_seen = FALSE; /* a lower-case word lies between here and the name */
  guint before_capitals = G_MAXUINT; /* where the description began before its capitalised modifiers */
  /* words that open no description, though capitalised at a sentence's start */
  static const char * const openers[] = {
    "son", "sa", "ses", "leur", "leurs", "su", "sus", "после", "её", "ее", "его", "их", "по", "за", "для",
    "при", "от", "до", "из", "со", "во",
  };

  while (first > 0 && count < 7)
    {
      guint p = first - 1;
      const char *word = lower (doc, p);

      if (word == NULL || doc->token_segment[p] != doc->token_segment[name_first]
          || doc->span_of[p] != doc->span_of[name_first] || IN (stop_words, word)
          || IN (speech_verbs, word)
          /* "a expliqué à l'AFP Laurent Brunet": the listener before the
           * name describes nobody */
          || strcmp (word, "à") == 0 || strcmp (word, "au") == 0 || strcmp (word, "aux") == 0
          || elided_onto_name (doc, p, "l")
          /* "По словам председателя союза Виктора Кравца": the cue's noun
           * describes nobody */
          || lower_is (doc, p, "словам", "данным", "мнению", "информации", "оценке", "версии", "подсчетам", NULL))
        break;
      /* "Council leader Amanda Price": a sentence may open with the
       * institution the role belongs to. "Liberal Democrat councillor Amy
       * Hart", "Rovers boss Tony Vale", "Station manager Ian Cole":
       * capitalised words that modify a lower-case role noun belong to
       * the description, unless they are the listener of the verb before
       * them ("told Reuters chief executive …", "заявил РИА Новости
       * заместитель …"). */
      if ((tok (doc, p)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && !px_quotes_looks_demonym (doc, p) && !px_quotes_is_title (doc, p)
          && !((tok (doc, p)->flags & PX_LEXICON_TOKEN_SENT_START) && (IN (institution_nouns, word) || IN (org_words, word)))
          && !(common_seen && !doc->capital_nouns && !IN (not_name_words, word)
               && !px_text_list_contains (openers, G_N_ELEMENTS (openers), word)
               && !after_listener_verb (doc, p))
          /* "Помощник прокурора Волжского района Самары Елена Чернова":
           * a Russian role runs over the place it serves, in the genitive */
          && !(doc->inflecting && russian_genitive_place (doc, p)))
        break;
      if ((tok (doc, p)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && common_seen && before_capitals == G_MAXUINT)
        before_capitals = first;
      if ((tok (doc, p)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        common_seen = TRUE;
      if ((tok (doc, p)->flags & PX_LEXICON_TOKEN_NUMBER) != 0)
        break;
      /* '"…," fumed local businessman Raj Patel': the verb right after
       * the closing mark is no part of the description */
      if (p > 0 && (doc->span_of[p - 1] >= 0 || (tok (doc, p - 1)->flags & PX_LEXICON_TOKEN_QUOTE)) && doc->span_of[p] < 0
          && g_str_has_suffix (word, "ed") && !(tok (doc, p)->flags & PX_LEXICON_TOKEN_CAPITAL))
        break;
      /* '« … », peste Marie Lenoir', '„…“, schimpft Bürgermeister Paul Groß' */
      if (p > 1 && is_punct (doc, p - 1, ',') && doc->span_of[p - 1] < 0
          && (doc->span_of[p - 2] >= 0 || (tok (doc, p - 2)->flags & PX_LEXICON_TOKEN_QUOTE)))
        break;
      /* '«…», se queja Marta Gil' */
      if (p > 2 && is_word (doc, p - 1) && strcmp (lower (doc, p - 1), "se") == 0 && is_punct (doc, p - 2, ',')
          && (doc->span_of[p - 3] >= 0 || (tok (doc, p - 3)->flags & PX_LEXICON_TOKEN_QUOTE)))
        break;
      first = p;
      count++;
    }
  /* "la ministre de la Transition écologique": capitalised words after
   * "de la" are the end of a longer phrase, not a description's start */
  if (before_capitals != G_MAXUINT && first > 0 && is_word (doc, first - 1)
      && lower_is (doc, first - 1, "de", "du", "des", "of", "del", "la", "le", "les", "el", "los", "las", NULL))
    first = before_capitals;
  while (name_first > first && is_address_title (doc, name_first - 1))
    name_first--;
  /* A description names a role: it ends in a noun, not in an adverb or verb. */
  if (first == name_first)
    return NULL;
  {
    const char *head = lower (doc, name_first - 1);

    /* "défendu par Carole Ménard", "interviewed by", "begrüßt von": the
     * agent of a passive, no role */
    static const char * const agents[] = { "par", "by", "von", "por", "durch", "от" };

    if (g_str_has_suffix (head, "ly") || g_str_has_suffix (head, "ed") || g_str_has_suffix (head, "ing")
        || px_quotes_headline_verb (doc, name_first - 1)
        || px_text_list_contains (agents, G_N_ELEMENTS (agents), head))
      return NULL;
  }
  return px_quotes_slice (doc, first, name_first - 1);
}

/* Where a phrase after a name's comma (token @comma) ends, read from
 * @from: the next comma, semicolon, full stop or dash within @reach tokens
 * of the same paragraph. G_MAXUINT when quoted words (or, with
 * @marks_end, a stray quotation mark) or a reporting verb come first,
 * as the phrase is then part of the cue, or when nothing ends it in reach. */
static guint
phrase_end (Doc      *doc,
            guint     comma,
            guint     from,
            guint     reach,
            gboolean  marks_end)
{
  for (guint j = from; j < doc->tokens->len && j < comma + reach; j++)
    {
      if (doc->token_segment[j] != doc->token_segment[comma] || doc->span_of[j] >= 0
          || (marks_end && (tok (doc, j)->flags & PX_LEXICON_TOKEN_QUOTE)))
        return G_MAXUINT;
      if (is_punct (doc, j, ',') || is_punct (doc, j, ';') || is_punct (doc, j, '.') || is_punct (doc, j, 0x2014))
        return j;
      if (is_word (doc, j) && j > comma + 1 && IN (speech_verbs, lower (doc, j)))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* ", an analyst with the International Crisis Group," after a name. */
static char *
apposition_after (Doc  *doc,
                  guint name_last)
{
  guint i = name_last + 1;
  guint j;

  if (!is_punct (doc, i, ',') || !is_word (doc, i + 1))
    return NULL;
  if (IN (speech_verbs, lower (doc, i + 1)) || IN (stop_words, lower (doc, i + 1))
      ? !lower_is (doc, i + 1, "the", "a", "an", NULL)
      : FALSE)
    return NULL;
  /* ", a salué le travail des pompiers": French "a" with a participle is a verb */
  if (strcmp (lower (doc, i + 1), "a") == 0 && is_word (doc, i + 2)
      && (g_str_has_suffix (lower (doc, i + 2), "é") || g_str_has_suffix (lower (doc, i + 2), "ée")
          || g_str_has_suffix (lower (doc, i + 2), "és") || g_str_has_suffix (lower (doc, i + 2), "it")
          || g_str_has_suffix (lower (doc, i + 2), "is") || g_str_has_suffix (lower (doc, i + 2), "u")))
    return NULL;
  if (lower_is (doc, i + 1, "who", "which", NULL)
      || g_str_has_suffix (lower (doc, i + 1), "ing") || g_str_has_suffix (lower (doc, i + 1), "ed"))
    return NULL;
  /* "According to the Ministry of Internal Affairs, the September 19
   * takeover was …": after a source cue the comma opens what it says */
  for (guint k = name_last; k > 0 && k + 12 > name_last; k--)
    {
      if (!is_word (doc, k) || doc->token_segment[k] != doc->token_segment[i])
        break;
      if ((lower_is (doc, k, "to", NULL) && is_word (doc, k - 1) && lower_is (doc, k - 1, "according", NULL))
          || lower_is (doc, k, "selon", "según", "laut", NULL))
        return NULL;
    }
  j = phrase_end (doc, i, i + 1, 25, FALSE);
  if (j == G_MAXUINT)
    return NULL;
  if (j > i + 2 && is_punct (doc, j, '.') && lower_is (doc, i + 1, "the", "a", "an", NULL))
    {
      /* "…, said Tomas Berg, the union’s negotiator." */
    }
  else if (j == i + 1 || !(is_punct (doc, j, ',') || is_punct (doc, j, 0x2014)))
    {
      /* "Laurence Broers, associate fellow at Chatham House, called …" needs
       * the closing comma; a sentence end means it was a list. */
      return NULL;
    }
  /* The apposition must describe: begin with a lower-case word or a title. */
  if ((tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && !px_quotes_is_title (doc, i + 1) && !px_quotes_looks_demonym (doc, i + 1)
      && strcmp (lower (doc, i + 1), "the") != 0)
    return NULL;
  return px_quotes_slice (doc, i + 1, j - 1);
}

/* ", who has led the school for eleven years," after a person's name:
 * English describes someone by what they do or have done as often as by
 * a role. The clause runs to the next comma or the sentence's end; one
 * that reports speech ("…, who told reporters …") is the cue, not a
 * description. */
static char *
relative_after (Doc  *doc,
                guint name_last)
{
  guint i = name_last + 1;
  guint j;

  if (!is_punct (doc, i, ',') || !is_word (doc, i + 1) || !lower_is (doc, i + 1, "who", "whose", NULL))
    return NULL;
  j = phrase_end (doc, i, i + 2, 30, TRUE);
  if (j == G_MAXUINT || j < i + 4)
    return NULL;
  return px_quotes_slice (doc, i + 1, j - 1);
}

/* "Priya Natarajan took over as chief executive of the Harbour City
 * Transit Authority in March": the post a person took describes them as
 * a role before their name would. From the word after @name_last: the
 * verb, then the post up to the clause's end or a time ("in March", "last
 * year", "after …"). */
static char *
role_taken_after (Doc  *doc,
                  guint name_last)
{
  guint i = name_last + 1;
  guint start, j;

  if (lower_is (doc, i, "took", NULL) && lower_is (doc, i + 1, "over", NULL) && lower_is (doc, i + 2, "as", NULL))
    start = i + 3;
  else if (lower_is (doc, i, "became", NULL))
    start = i + 1;
  else if (lower_is (doc, i, "was", NULL) && lower_is (doc, i + 1, "appointed", "named", "elected", NULL))
    start = i + 2;
  else if (lower_is (doc, i, "has", NULL) && lower_is (doc, i + 1, "been", NULL)
           && lower_is (doc, i + 2, "appointed", "named", "elected", NULL))
    start = i + 3;
  else
    return NULL;
  if (start < doc->tokens->len && is_word (doc, start) && lower_is (doc, start, "the", "a", "an", NULL))
    start++;
  /* the post begins with a role, not a name or a number */
  if (start >= doc->tokens->len || !is_word (doc, start)
      || ((tok (doc, start)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && !px_quotes_is_title (doc, start)))
    return NULL;
  for (j = start; j < doc->tokens->len && j < start + 14; j++)
    {
      if (!is_word (doc, j) || doc->token_segment[j] != doc->token_segment[start] || doc->span_of[j] >= 0)
        break;
      if (lower_is (doc, j, "after", "before", "since", "when", "while", "but", "last", "this", "next", "until",
                    "following", NULL))
        break;
      if (lower_is (doc, j, "in", "on", "from", NULL) && j + 1 < doc->tokens->len
          && (((tok (doc, j + 1)->flags & PX_LEXICON_TOKEN_NUMBER) != 0) || IN (not_name_words, lower (doc, j + 1))))
        break;
    }
  if (j == start || j >= start + 14)
    return NULL;
  return px_quotes_slice (doc, start, j - 1);
}

/* "mining company", "the operator": a description whose head noun is an
 * institution's ("spokesman for the ministry" is a person's). */
static gboolean
describes_institution (const char *description)
{
  static const char * const people[] = { "spokesperson", "spokesman", "spokeswoman", "representative", "head", "member",
                                         "porte-parole", "sprecher", "sprecherin", "portavoz", "vocero", "vocera" };
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (description == NULL)
    return FALSE;
  folded = g_utf8_strdown (description, -1);
  words = g_strsplit (folded, " ", -1);
  while (words[n] != NULL && !IN (of_words, words[n]) && strcmp (words[n], "for") != 0
         && strcmp (words[n], "with") != 0 && strcmp (words[n], "in") != 0 && strcmp (words[n], "who") != 0
         && strcmp (words[n], "on") != 0 && strcmp (words[n], "at") != 0
         && strcmp (words[n], "whose") != 0)
    n++;
  if (n == 0)
    return FALSE;
  return (IN (institution_nouns, words[n - 1]) || px_quotes_is_business_noun (words[n - 1])) && !IN (title_words, words[n - 1])
         && !px_text_list_contains (people, G_N_ELEMENTS (people), words[n - 1]);
}

/* "52-year-old", "58-Jährige", "47-летний", "60-añera": the age a word
 * gives, or 0. */
guint
px_quotes_age_in_word (const char *word)
{
  static const char * const suffixes[] = { "-year-old", "-jährig", "-летн", "-añer" };
  guint64 age;
  char *end;

  if (word == NULL || !g_ascii_isdigit (*word))
    return 0;
  age = g_ascii_strtoull (word, &end, 10);
  if (age == 0 || age > 120)
    return 0;
  for (gsize s = 0; s < G_N_ELEMENTS (suffixes); s++)
    if (g_str_has_prefix (end, suffixes[s]))
      return (guint) age;
  return 0;
}

static guint
number_value (Doc  *doc,
              guint i)
{
  const char *word = lower (doc, i);
  guint64 value;
  char *end;

  if (word == NULL || !g_ascii_isdigit (*word))
    return 0;
  value = g_ascii_strtoull (word, &end, 10);
  return *end == '\0' && value >= 10 && value <= 120 ? (guint) value : 0;
}

/* The age the article gives with a name: "Sunita Rao, 44,", "Ruiz, de 47
 * años", "der 58-jährige Fraktionschef Michael Berger". Later "the
 * 44-year-old" refers to that person. */
static guint
age_near_name (Doc  *doc,
               guint first,
               guint last)
{
  guint age;

  if (is_punct (doc, last + 1, ',') && (age = number_value (doc, last + 2)) != 0
      && (is_punct (doc, last + 3, ',') || is_punct (doc, last + 3, '.') || is_punct (doc, last + 3, ')')))
    return age;
  if (is_punct (doc, last + 1, ',') && is_word (doc, last + 2)
      && lower_is (doc, last + 2, "de", "aged", NULL)
      && (age = number_value (doc, last + 3)) != 0)
    return age;
  for (guint k = first; k > 0 && k + 8 > first; k--)
    {
      guint p = k - 1;

      if (doc->token_segment[p] != doc->token_segment[first] || is_punct (doc, p, '.') || is_punct (doc, p, ','))
        break;
      if ((age = px_quotes_age_in_word (lower (doc, p))) != 0)
        return age;
    }
  return 0;
}

static gboolean
surname_unique (Doc    *doc,
                Person *person)
{
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *other = g_ptr_array_index (doc->people, p);

      if (other != person && other->lower_last != NULL && person->lower_last != NULL
          && strcmp (other->lower_last, person->lower_last) == 0)
        return FALSE;
    }
  return TRUE;
}

/* "the", "le", "la", "el", "der", "die": an article that opens a role
 * before a name ("le préfet des Landes, Bernard Lefort"). */
gboolean
px_quotes_role_article (Doc  *doc,
                        guint i)
{
  static const char * const articles[] = { "the", "le", "la", "el", "der", "die", "l’", "l'" };

  return px_text_list_contains (articles, G_N_ELEMENTS (articles), lower (doc, i));
}

/* A possessor that opens a role: "Ostland’s", "its", "his". */
gboolean
px_quotes_role_possessor (Doc  *doc,
                          guint i)
{
  static const char * const determiners_possessive[] = { "its", "his", "her", "their", "our" };
  const char *word = lower (doc, i);

  if (word == NULL || !is_word (doc, i))
    return FALSE;
  /* "Su vocera, Javiera Muñoz Contreras, …": the Spanish possessive */
  if (doc->pro_drop && strcmp (word, "su") == 0)
    return TRUE;
  return px_text_list_contains (determiners_possessive, G_N_ELEMENTS (determiners_possessive), word)
         || g_str_has_suffix (word, "’s") || g_str_has_suffix (word, "'s");
}

/* Registers every capitalised run that looks like a name, with its descriptions. */
void
px_quotes_collect_people (Doc *doc)
{
  guint n = doc->tokens->len;
  g_autoptr(GHashTable) common_words = g_hash_table_new (g_str_hash, g_str_equal);

  /* words the article also writes in lower case are common nouns */
  for (guint i = 0; i < n; i++)
    if (is_word (doc, i) && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
      g_hash_table_add (common_words, (gpointer) lower (doc, i));

  for (guint i = 0; i < n; i++)
    {
      guint last, first_name;
      g_autofree char *name = NULL;
      g_autofree char *titles = NULL;
      Person *person;
      gboolean org;

      if (!px_quotes_is_name_word (doc, i) && !px_quotes_is_title (doc, i))
        continue;
      if (px_quotes_is_title (doc, i) && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        continue;
      last = px_quotes_run_end_forward (doc, i);
      first_name = px_quotes_name_start (doc, i, last);
      if (first_name > last)
        {
          i = last;
          continue;
        }
      /* "Соседка Кузьминой по лестничной клетке, …": a Russian noun
       * opening the sentence, capitalised only for that, before a known
       * person's surname in an oblique case is no name */
      if (first_name + 1 == last && (tok (doc, first_name)->flags & PX_LEXICON_TOKEN_SENT_START)
          && px_quotes_is_cyrillic_word (doc, first_name) && px_quotes_given_name_gender (lower (doc, first_name)) == 0)
        {
          gboolean oblique = FALSE;

          for (guint p = 0; p < doc->people->len && !oblique; p++)
            {
              Person *known = g_ptr_array_index (doc->people, p);

              oblique = !known->org && known->lower_last != NULL && strchr (known->name, ' ') != NULL
                        && is_word (doc, last) && oblique_surname (known->lower_last, lower (doc, last));
            }
          if (oblique)
            {
              i = last;
              continue;
            }
        }
      {
        guint end = px_quotes_name_end (doc, first_name, last);

        if (end < last)
          {
            g_autofree char *rest = px_quotes_slice (doc, end + 1, last);

            last = end;
            (void) rest;
          }
      }
      org = px_quotes_run_is_org (doc, i, last);
      /* "Water UK, which represents the industry,": "which", not "who" */
      if (!org && last + 2 < n && is_punct (doc, last + 1, ',') && is_word (doc, last + 2)
          && strcmp (lower (doc, last + 2), "which") == 0 && (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START))
        org = TRUE;
      /* "Senate Majority Leader Diane Kessler": the institution is in the title */
      if (org && first_name > i && px_quotes_is_title (doc, first_name - 1) && !px_quotes_run_is_org (doc, first_name, last))
        org = FALSE;
      /* "Georg Baumann (Freie Wähler)", "Jane Hart (Labour)": a bracket
       * right after a name holds a party or a place, never a person */
      if (i >= 2 && is_punct (doc, i - 1, '(') && is_punct (doc, last + 1, ')') && px_quotes_is_name_word (doc, i - 2)
          && !(first_name == last && (tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS)))
        {
          i = last;
          continue;
        }
      /* "Su primera carrera fue una San Silvestre", "ganó un Mundial": a
       * Spanish capitalised run right after an indefinite article, with no
       * given name, is an event or a thing, never a person */
      if (doc->pro_drop && !org && first_name == i && i > 0 && is_word (doc, i - 1)
          && lower_is (doc, i - 1, "un", "una", "unos", "unas", NULL))
        {
          g_autofree char *run = px_quotes_slice (doc, i, last);

          if (px_quotes_given_name_gender (run) == 0)
            {
              i = last;
              continue;
            }
        }
      /* "Luis y Pedro Sanz", "Ruth and Hannah Beck" read as one run: two
       * given names sharing the surname after them are two people (a
       * surname joined by "y", as in "Ortega y Gasset", has no given name
       * on both sides) */
      if (!org && last >= first_name + 3 && is_word (doc, first_name + 1)
          && lower_is (doc, first_name + 1, "y", "and", "et", "und", NULL))
        {
          guint c = first_name + 1;
          g_autofree char *surname = px_quotes_slice (doc, c + 2, last);
          g_autofree char *given = px_quotes_slice (doc, first_name, first_name);
          g_autofree char *full = g_strconcat (given, " ", surname, NULL);
          g_autofree char *other = px_quotes_slice (doc, c + 1, last);
          char gender = given_name_gender (full);

          if (gender != 0 && given_name_gender (other) != 0)
            {
              if (px_quotes_find_person_exact (doc, full) == NULL)
                {
                  g_auto(GStrv) parts = g_strsplit (surname, " ", -1);

                  person = person_add (doc, g_steal_pointer (&full), parts[g_strv_length (parts) - 1], i, last, gender);
                  px_quotes_add_mention (person, first_name);
                }
              /* the second person's run starts at their given name:
               * "hermanos Luis y" describes nobody */
              first_name = c + 1;
              i = first_name;
            }
        }
      name = px_quotes_slice (doc, first_name, last);
      /* "über vier Jahre Leistungen abgerechnet", "rund 1,3 Millionen
       * Euro", "Wer Fragen gestellt habe": German capitalises nouns, and a
       * run after a number is a quantity, one that opens with a pronoun
       * nobody */
      if (doc->capital_nouns && !org && first_name < last && first_name == i && given_name_gender (name) == 0)
        {
          static const char * const numbers[] = {
            "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
            "hundert", "tausend", "mehrere", "einige", "viele", "wenige",
          };
          static const char * const pronouns[] = { "wer", "was", "man", "jeder", "jede", "niemand", "alle", "viele" };
          gboolean nobody = px_text_list_contains (pronouns, G_N_ELEMENTS (pronouns), lower (doc, first_name));

          /* "Er habe auf Anweisung Stundenzettel „nachgebessert“": nor
           * nouns after a preposition ("von" opens names: "von Kessel") */
          static const char * const prepositions[] = {
            "auf", "mit", "für", "über", "unter", "nach", "vor", "bei", "zur", "zum", "ohne", "gegen", "durch", "wegen",
            /* "die ab Herbst Aufträge bringen sollen": a time and then the object */
            "ab", "seit", "bis", "trotz", "statt",
          };

          if (!nobody && i > 0 && doc->token_segment[i - 1] == doc->token_segment[i])
            nobody = (is_word (doc, i - 1) && (g_ascii_isdigit (lower (doc, i - 1)[0])
                                               || px_text_list_contains (numbers, G_N_ELEMENTS (numbers), lower (doc, i - 1))
                                               || px_text_list_contains (prepositions, G_N_ELEMENTS (prepositions), lower (doc, i - 1))))
                     || g_ascii_isdigit (doc->text[tok (doc, i - 1)->start]);
          if (nobody)
            {
              i = last;
              continue;
            }
        }
      /* "Tom Bassey, the Labour MP for Ashworth North, said": after an
       * elected member's "for" comes the seat, a place, never a person,
       * unless it opens on a given name ("a candidate for Jane Hart's
       * old seat" keeps Jane Hart) */
      if (!org && first_name >= 2 && !doc->capital_nouns && is_word (doc, first_name - 1) && is_word (doc, first_name - 2)
          && ((strcmp (lower (doc, first_name - 1), "for") == 0
               && lower_is (doc, first_name - 2, "mp", "mps", "msp", "mla", "mep", "td", "mhk", "councillor", "councilor",
                            "councilman", "councilwoman", "senator", "congressman", "congresswoman",
                            "representative", "assemblyman", "assemblywoman", "alderman", "member", "candidate", NULL))
              /* and after the office of a town or a region's "of" ("the
               * mayor of Ashworth North") */
              || (strcmp (lower (doc, first_name - 1), "of") == 0
                  && lower_is (doc, first_name - 2, "mayor", "governor", "premier", "provost", "bishop", "archbishop", NULL)))
          && given_name_gender (name) == 0)
        {
          i = last;
          continue;
        }
      /* A lone capitalised word is a surname or a place: look it up, never register it. */
      /* "Water bosses, she said": a sentence opens with a common noun the
       * article writes in lower case elsewhere, not with "Northvale Water" */
      if (first_name == last && first_name == i && !org && !doc->capital_nouns
          && (i == 0 || doc->token_sentence[i - 1] != doc->token_sentence[i])
          && g_hash_table_contains (common_words, lower (doc, i)))
        continue;
      /* "Van der Berg said", "De la Fuente said": a surname that opens with
       * a particle is a shorter form of a full name, as a lone word is */
      if (first_name < last && !org && IN (name_particles, lower (doc, first_name)))
        {
          Person *known = px_quotes_find_person_by_part (doc, name, i);

          if (known != NULL && strlen (known->name) > strlen (name))
            {
              known->last_token = i;
              px_quotes_add_mention (known, first_name);
              i = last;
              continue;
            }
        }
      if (first_name == last && !org)
        {
          Person *known = px_quotes_find_person_by_part (doc, name, i);

          if (known != NULL)
            {
              known->last_token = i;
              px_quotes_add_mention (known, first_name);
              /* "Mr Osei" with a sister Abena Osei about: the title tells
               * the gender only of a surname nobody else bears */
              if (first_name > i && known->gender == 0 && surname_unique (doc, known))
                known->gender = honorific_gender (lower (doc, first_name - 1));
              if (known->age == 0 && !known->org)
                known->age = age_near_name (doc, i, last);
              /* "Reddy, reached afterwards, said he would": a person
               * introduced with no pronoun near may get one at a later
               * mention, before a "she says" elsewhere is given to them */
              learn_gender (doc, known, last);
              if (first_name > i)
                {
                  g_autofree char *title = px_quotes_slice (doc, i, first_name - 1);

                  add_description (known, title);
                }
              i = last;
              continue;
            }
          /* "His wife, Morag, who ran the post office": a relative named
           * by a given name alone is a person of the kin noun's gender */
          if (i >= 2 && is_punct (doc, i - 1, ',') && is_word (doc, i - 2) && is_punct (doc, last + 1, ','))
            {
              static const char * const female[] = { "wife", "daughter", "mother", "sister", "widow", "niece", "granddaughter", "partner" };
              static const char * const male[] = { "husband", "son", "father", "brother", "widower", "nephew", "grandson" };
              char kin = px_text_list_contains (female, G_N_ELEMENTS (female), lower (doc, i - 2)) ? 'f'
                         : px_text_list_contains (male, G_N_ELEMENTS (male), lower (doc, i - 2)) ? 'm' : 0;

              if (kin != 0 && px_quotes_find_person_exact (doc, name) == NULL)
                {
                  person = person_add (doc, g_strdup (name), name, i, last,
                                       strcmp (lower (doc, i - 2), "partner") == 0 ? 0 : kin);
                  px_quotes_add_mention (person, i);
                  i = last;
                  continue;
                }
            }
          /* "Tom and Sam Okafor": two given names sharing the surname
           * after them; the first is "Tom Okafor" */
          if (last + 3 < n && is_word (doc, last + 1)
              && lower_is (doc, last + 1, "and", "et", "und", "y", NULL)
              && px_quotes_is_name_word (doc, last + 2) && px_quotes_is_name_word (doc, last + 3)
              && doc->token_segment[last + 3] == doc->token_segment[i]
              && px_quotes_run_end_forward (doc, last + 2) == last + 3)
            {
              g_autofree char *surname = px_quotes_slice (doc, last + 3, last + 3);
              g_autofree char *full = g_strconcat (name, " ", surname, NULL);
              g_autofree char *other = px_quotes_slice (doc, last + 2, last + 3);
              char gender = given_name_gender (full);

              if (gender != 0 && given_name_gender (other) != 0 && px_quotes_find_person_exact (doc, full) == NULL)
                {
                  person = person_add (doc, g_steal_pointer (&full), surname, i, last, gender);
                  px_quotes_add_mention (person, first_name);
                  i = last;
                  continue;
                }
            }
          /* "energy company Brightwell" names an institution */
          {
            g_autofree char *before = premodifier (doc, i);

            if (!describes_institution (before) && px_quotes_find_person_exact (doc, name) == NULL)
              {
                i = last;
                continue;
              }
            org = TRUE;
          }
        }
      person = px_quotes_find_person_exact (doc, name);
      /* "Marcelo Quispe Mamani" … "Quispe Mamani", "Nerea Santamaría de
       * la Fuente" … "Santamaría de la Fuente": a Spanish second reference
       * keeps both surnames and drops the given name; a name of two words
       * or more that ends exactly one person's longer name is that person */
      if (person == NULL && doc->pro_drop && !org && strchr (name, ' ') != NULL)
        {
          gsize name_len = strlen (name);
          guint found = 0;

          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *other = g_ptr_array_index (doc->people, p);
              gsize m = strlen (other->name);

              if (!other->org && m > name_len + 1 && other->name[m - name_len - 1] == ' '
                  && strcmp (other->name + m - name_len, name) == 0
                  && (found == 0 || person != other))
                {
                  person = other;
                  found++;
                }
            }
          if (found != 1)
            person = NULL;
        }
      if (person == NULL)
        {
          g_auto(GStrv) words = g_strsplit (name, " ", -1);

          person = person_add (doc, g_strdup (name), words[g_strv_length (words) - 1], i, last, 0);
          person->org = org;
        }
      person->last_token = last;
      px_quotes_add_mention (person, first_name);
      if (first_name > i && person->gender == 0 && !person->org)
        person->gender = honorific_gender (lower (doc, first_name - 1));
      if (person->age == 0 && !person->org)
        person->age = age_near_name (doc, i, last);
      /* "The victim's sister, Kayleigh Moss, 35, told how … at his
       * bedside": a kin noun the name stands in apposition to tells the
       * gender before the pronouns after it, which may be the relative's */
      if (person->gender == 0 && !person->org && i >= 2 && is_punct (doc, i - 1, ',') && is_word (doc, i - 2))
        {
          static const char * const female[] = {
            "wife", "mother", "daughter", "sister", "grandmother", "granddaughter", "widow", "mum", "mom", "aunt",
            "niece", "stepmother", "stepdaughter",
          };
          static const char * const male[] = {
            "husband", "father", "son", "brother", "grandfather", "grandson", "widower", "dad", "uncle", "nephew",
            "stepfather", "stepson",
          };

          person->gender = px_text_list_contains (female, G_N_ELEMENTS (female), lower (doc, i - 2)) ? 'f'
                           : px_text_list_contains (male, G_N_ELEMENTS (male), lower (doc, i - 2)) ? 'm' : 0;
        }
      if (person->gender == 0 && !person->org)
        person->gender = given_name_gender (person->name);
      learn_gender (doc, person, last);
      /* "Disaster and Emergency Management Authority (AFAD)" */
      if (person->alias == NULL && is_punct (doc, last + 1, '(') && is_word (doc, last + 2)
          && (tok (doc, last + 2)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && is_punct (doc, last + 3, ')'))
        {
          person->alias = px_quotes_slice (doc, last + 2, last + 2);
          widen_to_initials (doc, person, i, last);
        }
      if (first_name > i)
        {
          guint title_end = first_name;
          g_autofree char *title_part = NULL;
          g_autofree char *before = premodifier (doc, i);
          g_autofree char *joined = NULL;

          while (title_end > i && is_address_title (doc, title_end - 1))
            title_end--;
          if (title_end > i)
            title_part = px_quotes_slice (doc, i, title_end - 1);
          if (before != NULL && title_part != NULL)
            joined = g_strconcat (before, " ", title_part, NULL);
          add_description (person, joined != NULL ? joined : title_part != NULL ? title_part : before);
        }
      else
        {
          g_autofree char *before = premodifier (doc, i);

          add_description (person, before);
          /* "mining company Highland Metals" names an institution */
          if (before != NULL)
            {
              const char *head = strrchr (before, ' ');

              head = head != NULL ? head + 1 : before;
              if (IN (institution_nouns, head) && !IN (title_words, head))
                person->org = TRUE;
            }
        }
      {
        g_autofree char *after = apposition_after (doc, last);

        /* "Sunita Rao, 44, whose brother …": past the age to the description */
        if (after == NULL && person->age != 0 && number_value (doc, last + 2) == person->age)
          {
            g_free (after);
            after = apposition_after (doc, last + 2);
          }
        add_description (person, after);
        if (after == NULL && person->relative == NULL)
          person->relative = relative_after (doc, person->age != 0 && number_value (doc, last + 2) == person->age
                                                  ? last + 2 : last);
      }
      /* "Dunmore Rovers have sacked …": a plural verb after a name makes a
       * team or a company — but not after the second of two people ("Ingrid
       * Solberg and Marta Kowalczyk have hauled …") */
      if (!person->org && first_name < last && is_word (doc, last + 1)
          && !(i > 0 && is_word (doc, i - 1) && lower_is (doc, i - 1, "and", "und", "et", "y", NULL))
          && lower_is (doc, last + 1, "have", "are", "were", NULL))
        person->org = TRUE;
      /* "the prime minister of Armenia, Nikol Pashinyan" */
      if (i >= 2 && is_punct (doc, i - 1, ','))
        {
          guint k = i - 2;
          guint stop = i >= 14 ? i - 14 : 0;

          while (k > stop && doc->token_segment[k] == doc->token_segment[i] && !is_punct (doc, k, ',')
                 && !is_punct (doc, k, '.') && !(is_word (doc, k) && px_quotes_role_article (doc, k)
                                                 && !(k > stop + 1 && is_word (doc, k - 1)
                                                      && (IN (of_words, lower (doc, k - 1))
                                                          /* "Her colleague on the finance committee, Olof Berg",
                                                           * "El portavoz socialista en la comisión de Sanidad, …" */
                                                          || lower_is (doc, k - 1, "on", "at", "in", "en", "dans", NULL)
                                                          /* "die Chefärztin der Kinderklinik, Annette Berg":
                                                           * a German genitive after the role's noun */
                                                          || (doc->capital_nouns && lower_is (doc, k, "der", "des", NULL)
                                                              && (tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
                                                              && k + 1 < i && (tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)))))
                 && !px_quotes_role_possessor (doc, k))
            k--;
          /* "Ostland’s foreign minister, Pavel Dorn", "its chair, Helen Okafor" */
          if (px_quotes_role_possessor (doc, k) && k + 1 < i - 1 && (tok (doc, i - 2)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
            {
              g_autofree char *role = px_quotes_slice (doc, k, i - 2);

              add_description (person, role);
            }
          else if (is_word (doc, k) && px_quotes_role_article (doc, k) && k + 1 < i - 1
              && (tok (doc, i - 2)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 + 0 * 1)
            {
              g_autofree char *role = px_quotes_slice (doc, k, i - 2);

              add_description (person, role);
            }
          else if (is_word (doc, k) && px_quotes_role_article (doc, k) && k + 1 < i - 1)
            {
              g_autofree char *role = px_quotes_slice (doc, k, i - 2);

              add_description (person, role);
            }
        }
      for (guint d = 0; d < person->descriptions->len && !person->org; d++)
        person->org = describes_institution (g_ptr_array_index (person->descriptions, d));
      /* "Ihre Anwältin Sevgi Aydemir": a German role noun in -in is a
       * woman's, whatever her given name tells */
      if (doc->capital_nouns && !person->org && person->gender == 0 && person->descriptions->len > 0)
        person->gender = german_feminine_role (g_ptr_array_index (person->descriptions, 0));
      /* "Brennock Civil Engineering said it had …": a name that speaks of
       * itself as "it" is an institution */
      if (!person->org && person->gender == 0 && strchr (person->name, ' ') != NULL)
        {
          guint k = last + 1;

          if (k < n && is_punct (doc, k, ','))
            k++;
          if (k + 1 < n && is_word (doc, k) && IN (speech_verbs, lower (doc, k)) && is_word (doc, k + 1)
              && lower_is (doc, k + 1, "it", "its", NULL))
            person->org = TRUE;
          /* "Halvorsen Semiconductor cut its forecast": a name whose verb
           * governs "its" is the thing that owns it, not a person */
          if (k == last + 1 && k + 1 < n && is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
              && !IN (of_words, lower (doc, k)) && is_word (doc, k + 1) && lower_is (doc, k + 1, "its", NULL))
            person->org = TRUE;
        }
      i = last;
    }

  /* "Kowalczyk, who turns 70 next month, has spent …": a relative clause
   * may follow any mention by surname, not only the one that introduced
   * the person; the first one read describes them. */
  for (guint k = 0; k + 2 < n; k++)
    {
      guint after = k;
      gboolean relative, taken;

      if (!is_word (doc, k) || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        continue;
      relative = is_punct (doc, k + 1, ',')
                 && (lower_is (doc, k + 2, "who", "whose", NULL)
                     || (is_punct (doc, k + 3, ',') && lower_is (doc, k + 4, "who", "whose", NULL)));
      taken = !relative && is_word (doc, k + 1) && lower_is (doc, k + 1, "took", "became", "was", "has", NULL);
      if (!relative && !taken)
        continue;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org || person->relative != NULL || person->descriptions->len > 0
              || strcmp (person->lower_last, lower (doc, k)) != 0)
            continue;
          if (relative && person->age != 0 && k + 2 < n && number_value (doc, k + 2) == person->age)
            after = k + 2;
          person->relative = relative ? relative_after (doc, after) : role_taken_after (doc, k);
          break;
        }
    }
}

/* "Jamie Hartley scored twice. The 22-year-old striker, who joined on
 * loan in January, opened the scoring": a sentence that opens with "the"
 * and an age, and names nobody, speaks again of the person the text was
 * just about. That person takes the age and the role words, so that "the
 * striker" further down finds them. */
void
px_quotes_age_second_references (Doc *doc)
{
  for (guint s = 0; s < doc->sentences->len; s++)
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, s);
      guint k = range->first;
      guint age, end, comma = G_MAXUINT;
      Person *person;
      gboolean named = FALSE;

      if (k + 1 > range->last || !is_word (doc, k) || !lower_is (doc, k, "the", "der", "die", NULL)
          || doc->span_of[k] >= 0 || (age = px_quotes_age_in_word (lower (doc, k + 1))) == 0)
        continue;
      /* the words after the age, up to a comma, are its role ("striker",
       * "defender"); with no comma close by, the verb may follow at once
       * and only the age is taken */
      for (end = k + 2; end <= range->last && end < k + 5 && is_word (doc, end); end++)
        ;
      if (end <= range->last && end < k + 5 && is_punct (doc, end, ','))
        comma = end;
      /* "The 22-year-old striker Jamie Hartley": an introduction, not a
       * second reference */
      for (guint p = 0; p < doc->people->len && !named; p++)
        {
          Person *other = g_ptr_array_index (doc->people, p);

          for (guint m = 0; m < other->mentions->len && !named; m++)
            {
              guint at = g_array_index (other->mentions, guint, m);

              named = at >= k && at <= MIN (range->last, k + 5);
            }
        }
      if (named)
        continue;
      person = px_quotes_prominent_person_before (doc, k);
      /* "Corby Town reached the final as Jamie Hartley scored twice": a
       * name nothing shows to be a man's or a woman's (a team, a place)
       * gives way to one of a known gender in the same sentence */
      if (person != NULL && person->gender == 0 && px_quotes_given_name_gender (person->name) == 0)
        {
          guint at = px_quotes_mention_before (person, k);
          guint sentence = at != G_MAXUINT ? doc->token_sentence[at] : G_MAXUINT;

          for (guint p = 0; p < doc->people->len && sentence != G_MAXUINT; p++)
            {
              Person *other = g_ptr_array_index (doc->people, p);
              guint seen = px_quotes_mention_before (other, k);

              if (other != person && !other->org && seen != G_MAXUINT && doc->token_sentence[seen] == sentence
                  && doc->span_of[seen] < 0
                  && (other->gender != 0 || px_quotes_given_name_gender (other->name) != 0))
                {
                  person = other;
                  break;
                }
            }
        }
      if (person == NULL || person->org || strchr (person->name, ' ') == NULL
          || (person->age != 0 && person->age != age))
        continue;
      /* someone the article gave that age already is who it means */
      for (guint p = 0; p < doc->people->len && person != NULL; p++)
        {
          Person *other = g_ptr_array_index (doc->people, p);

          if (other != person && other->age == age)
            person = NULL;
        }
      if (person == NULL)
        continue;
      person->age = age;
      if (comma != G_MAXUINT && comma > k + 2)
        {
          gboolean plain = TRUE;

          for (guint t = k + 2; t < comma && plain; t++)
            plain = !(tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, t))
                    && !IN (institution_nouns, lower (doc, t)) && !IN (group_nouns, lower (doc, t));
          if (plain)
            {
              g_autofree char *words = px_quotes_slice (doc, k + 1, comma - 1);

              add_description (person, words);
            }
        }
    }
}

/* ---- Institutions by their fullest name ---- */

/* Two words are one when equal, or when only an inflected ending differs
 * ("Deutschem"/"Deutscher", "Innenministeriums"/"Innenministerium"). */
static gboolean
same_stem (gboolean    inflecting,
           const char *a,
           const char *b)
{
  glong la = g_utf8_strlen (a, -1), lb = g_utf8_strlen (b, -1);
  glong common = 0;
  const char *pa = a, *pb = b;

  if (strcmp (a, b) == 0)
    return TRUE;
  /* English "officers" is not "Office" */
  if (!inflecting || la < 5 || lb < 5)
    return FALSE;
  while (*pa != '\0' && *pb != '\0' && g_utf8_get_char (pa) == g_utf8_get_char (pb))
    {
      common++;
      pa = g_utf8_next_char (pa);
      pb = g_utf8_next_char (pb);
    }
  return common >= 4 && common >= MAX (la, lb) - 3;
}

/* Case-folded words of a name, possessive endings and apostrophes dropped. */
GPtrArray *
px_quotes_name_words (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, " ", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; parts[w] != NULL; w++)
    {
      char *word = casefold_word (parts[w]);
      gsize len = strlen (word);

      if (len >= 3 && strcmp (word + len - 3, "’") == 0)
        word[len - 3] = '\0';
      else if (len >= 1 && word[len - 1] == '\'')
        word[len - 1] = '\0';
      if (*word != '\0')
        g_ptr_array_add (words, word);
      else
        g_free (word);
    }
  return words;
}

/* Whether the words of @part all occur, in order, in @whole, the last of
 * them heading one end of it ("the union" in "National Teachers’ Union",
 * "Northway" in "Northway Bank"). */
static gboolean
words_name_part (gboolean   inflecting,
                 GPtrArray *part,
                 guint      from,
                 GPtrArray *whole)
{
  guint w = 0;
  guint matched = 0;
  const char *head;

  if (from >= part->len)
    return FALSE;
  head = g_ptr_array_index (part, part->len - 1);
  if (!same_stem (inflecting, head, g_ptr_array_index (whole, whole->len - 1)) && !same_stem (inflecting, head, g_ptr_array_index (whole, 0)))
    return FALSE;
  for (guint i = from; i < part->len; i++)
    {
      while (w < whole->len && !same_stem (inflecting, g_ptr_array_index (part, i), g_ptr_array_index (whole, w)))
        w++;
      if (w == whole->len)
        return FALSE;
      matched++;
      w++;
    }
  return matched > 0;
}

/* "A report by the UN Development Programme found …. The report said …",
 * "an internal memo from Meridian Bank said", "the ruling said" after "the
 * Supreme Court ruled": a document speaks for its author when the article
 * names one. Returns the author as written, or NULL. */
static char *
document_author (Doc        *doc,
                 const char *speaker,
                 guint       cue)
{
  const char *space = strrchr (speaker, ' ');
  g_autofree char *head = g_utf8_strdown (space != NULL ? space + 1 : speaker, -1);
  char *author = NULL;

  /* "internal memo from Meridian Bank" */
  {
    g_auto(GStrv) words = g_strsplit (speaker, " ", -1);

    for (guint w = 0; words[w] != NULL && words[w + 1] != NULL; w++)
      {
        g_autofree char *noun = g_utf8_strdown (words[w], -1);

        if (IN (document_nouns, noun) && (strcmp (words[w + 1], "from") == 0 || strcmp (words[w + 1], "by") == 0
                                          || IN (of_words, words[w + 1]))
            && words[w + 2] != NULL)
          {
            guint from = w + 2;
            g_autofree char *first = NULL;

            if (IN (determiners, words[from]) && words[from + 1] != NULL)
              from++;
            first = g_utf8_strdown (words[from], -1);
            if (g_unichar_isupper (g_utf8_get_char (words[from]))
                /* "un communiqué de la préfecture", "a statement from the
                 * ministry": the institution noun is the author */
                || IN (institution_nouns, first) || IN (org_words, first))
              return g_strjoinv (" ", words + from);
          }
      }
  }
  if (cue == G_MAXUINT || !IN (document_nouns, head))
    return NULL;
  for (guint t = 0; t < cue && t < doc->tokens->len; t++)
    {
      guint by = t + 1;
      guint from;
      guint end;

      /* "The report, by the Athens-based Border Monitoring Network," */
      if (by + 1 < doc->tokens->len && is_punct (doc, by, ',') && is_word (doc, by + 1) && strcmp (lower (doc, by + 1), "by") == 0)
        by++;
      from = by + 1;
      if (!is_word (doc, t) || doc->span_of[t] >= 0 || strcmp (lower (doc, t), head) != 0 || !is_word (doc, by)
          || !lower_is (doc, by, "by", "from", "of", "von", "du", "de", "del", "des", NULL))
        continue;
      if (is_word (doc, from) && IN (determiners, lower (doc, from)))
        from++;
      /* "the Athens-based Border Monitoring Network": where it is based is
       * no part of the name */
      if (is_word (doc, from) && g_str_has_suffix (lower (doc, from), "-based"))
        from++;
      if (!px_quotes_is_name_word (doc, from) || doc->span_of[from] >= 0)
        continue;
      end = px_quotes_run_end_forward (doc, from);
      g_free (author);
      author = px_quotes_slice (doc, from, end);
    }
  /* "the ruling" of the court the article named last */
  if (author == NULL && (strcmp (head, "ruling") == 0 || strcmp (head, "judgment") == 0 || strcmp (head, "verdict") == 0
                         || strcmp (head, "indictment") == 0))
    {
      guint best_seen = 0;

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *candidate = g_ptr_array_index (doc->people, p);
          g_autofree char *folded = g_utf8_strdown (candidate->name, -1);
          guint seen = px_quotes_mention_before (candidate, cue);

          if (seen != G_MAXUINT && (strstr (folded, "court") != NULL || strstr (folded, "tribunal") != NULL
                                    || strstr (folded, "gericht") != NULL || strstr (folded, "суд") != NULL)
              && (author == NULL || seen > best_seen))
            {
              g_free (author);
              author = g_strdup (candidate->name);
              best_seen = seen;
            }
        }
    }
  return author;
}

/* Nouns for the unnamed voices of an institution. */
static const char * const source_nouns[] = {
  "sources", "source", "spokesperson", "spokesman", "spokeswoman", "figures", "data",
  "fuentes", "portavoz", "vocero", "vocera", "datos", "sprecher", "sprecherin", "angaben", "zahlen", "kreisen",
  "porte-parole", "sources", "chiffres", "источники", "представитель", "данным",
};

/* German institutions are named in the case of their sentence ("des
 * bayerischen Innenministeriums", "laut Deutschem Wetterdienst"); a
 * speaker is named in the nominative, as a heading would: "Bayerisches
 * Innenministerium", "Deutscher Wetterdienst", "Verband der …". Returns
 * NULL when nothing changes. */
static char *
german_nominative (const char *speaker)
{
  g_auto(GStrv) words = g_strsplit (speaker, " ", -1);
  guint n = g_strv_length (words);
  guint head = 0;
  char gender;
  gboolean changed = FALSE;
  gboolean weak_capital = FALSE;
  g_autofree char *lower_head = NULL;
  gsize len;

  /* "des Terminalbetreibers Eurogate", "des Autobauers Volkswagen", "des
   * Konzerns Siemens": a noun for the kind of business before its name is
   * no part of the name */
  if (n >= 2 && g_unichar_isupper (g_utf8_get_char (words[1])))
    {
      g_autofree char *kind = g_utf8_strdown (words[0], -1);

      /* … and in the nominative: "Der Maschinenbauer Brenner-Werke",
       * "Der Energieversorger Nordstrom" */
      static const char * const trades[] = { "bauer", "hersteller", "händler", "betreiber", "anbieter", "versorger",
                                             "zulieferer", "versicherer", "produzent" };
      gboolean trade = FALSE;

      for (gsize t = 0; t < G_N_ELEMENTS (trades) && !trade; t++)
        trade = g_str_has_suffix (kind, trades[t]) && strlen (kind) > strlen (trades[t]);
      if (trade || (g_str_has_suffix (kind, "ers") && g_utf8_strlen (kind, -1) > 6) || strcmp (kind, "konzerns") == 0
          || strcmp (kind, "konzern") == 0 || strcmp (kind, "unternehmens") == 0 || strcmp (kind, "unternehmen") == 0)
        {
          g_autofree char *rest = g_strjoinv (" ", words + 1);
          char *again = german_nominative (rest);

          return again != NULL ? again : g_steal_pointer (&rest);
        }
    }

  /* adjectives before the head noun: "bayerischen", "Deutschem" */
  while (head + 1 < n && (g_str_has_suffix (words[head], "en") || g_str_has_suffix (words[head], "em")
                          || g_str_has_suffix (words[head], "er") || g_str_has_suffix (words[head], "es")
                          /* the weak form after "das": "bayerische" */
                          || g_str_has_suffix (words[head], "sche"))
         && g_unichar_isupper (g_utf8_get_char (words[head + 1]))
         && strlen (words[head]) > 4 && g_str_has_suffix (words[head], "isch") == FALSE
         && (strstr (words[head], "isch") != NULL || strstr (words[head], "sch") != NULL || g_str_has_suffix (words[head], "em")))
    {
      /* the weak form of a name's own adjective after "der" or "das":
       * "Der Deutsche Alpenverein", "Das Bayerische Staatsministerium" */
      if (g_str_has_suffix (words[head], "sche") && g_unichar_isupper (g_utf8_get_char (words[head])))
        weak_capital = TRUE;
      head++;
    }
  lower_head = g_utf8_strdown (words[head], -1);
  len = strlen (lower_head);
  /* genitive -es of a masculine or neuter head: "des Naturschutzbundes",
   * "des Landratsamtes", "des Landgerichts", "des Krankenhauses" */
  {
    static const char * const es_heads[] = { "bundes", "verbandes", "rates", "amtes", "gerichtes", "hauses", "werkes", "kreises" };
    static const char * const s_heads[] = { "gerichts", "konzerns", "klubs", "vorstands", "senats" };
    gsize cut = 0;

    for (gsize e = 0; e < G_N_ELEMENTS (es_heads) && cut == 0; e++)
      if (g_str_has_suffix (lower_head, es_heads[e]))
        cut = 2;
    for (gsize e = 0; e < G_N_ELEMENTS (s_heads) && cut == 0; e++)
      if (g_str_has_suffix (lower_head, s_heads[e]))
        cut = 1;
    if (cut > 0)
      {
        words[head][strlen (words[head]) - cut] = '\0';
        g_free (lower_head);
        lower_head = g_utf8_strdown (words[head], -1);
        len = strlen (lower_head);
        changed = TRUE;
      }
  }
  /* genitive -s of a masculine or neuter head */
  if (g_str_has_suffix (lower_head, "iums") || g_str_has_suffix (lower_head, "ums") || g_str_has_suffix (lower_head, "ands")
      || g_str_has_suffix (lower_head, "eins") || g_str_has_suffix (lower_head, "ats") || g_str_has_suffix (lower_head, "amts")
      || g_str_has_suffix (lower_head, "ienstes") || g_str_has_suffix (lower_head, "erks"))
    {
      gsize cut = g_str_has_suffix (lower_head, "es") && g_str_has_suffix (lower_head, "ienstes") ? 2 : 1;

      words[head][strlen (words[head]) - cut] = '\0';
      g_free (lower_head);
      lower_head = g_utf8_strdown (words[head], -1);
      len = strlen (lower_head);
      changed = TRUE;
    }
  if (g_str_has_suffix (lower_head, "ium") || g_str_has_suffix (lower_head, "um") || g_str_has_suffix (lower_head, "amt")
      || g_str_has_suffix (lower_head, "werk") || g_str_has_suffix (lower_head, "ment"))
    gender = 'n';
  else if (g_str_has_suffix (lower_head, "ung") || g_str_has_suffix (lower_head, "heit") || g_str_has_suffix (lower_head, "keit")
           || g_str_has_suffix (lower_head, "schaft") || g_str_has_suffix (lower_head, "ion") || g_str_has_suffix (lower_head, "ei")
           || g_str_has_suffix (lower_head, "tät") || g_str_has_suffix (lower_head, "ik") || g_str_has_suffix (lower_head, "e"))
    gender = 'f';
  else
    gender = 'm';
  (void) len;
  /* "Deutsche Bahn", "Deutsche Post" are feminine nominatives as they
   * stand: a capitalised "-sche" changes only before a head whose ending
   * makes it neuter or masculine for certain */
  if (weak_capital)
    {
      static const char * const masculine[] = { "verein", "verband", "bund", "rat", "dienst", "hof", "konzern", "senat",
                                                "ausschuss", "kreis", "gerichtshof", "landtag", "bundestag" };
      gboolean sure = gender == 'n' || px_text_list_has_suffix (masculine, G_N_ELEMENTS (masculine), lower_head);
      if (!sure)
        return changed ? g_strjoinv (" ", words) : NULL;
    }
  for (guint a = 0; a < head; a++)
    {
      const char *ending = gender == 'm' ? "er" : gender == 'n' ? "es" : "e";
      gsize wlen = strlen (words[a]);
      g_autofree char *stem = g_strndup (words[a], wlen - (g_str_has_suffix (words[a], "e") ? 1 : 2));
      g_autofree char *nominative = g_strconcat (stem, ending, NULL);

      if (strcmp (nominative, words[a]) != 0)
        {
          g_free (words[a]);
          words[a] = g_strdup (nominative);
          changed = TRUE;
        }
    }
  return changed ? g_strjoinv (" ", words) : NULL;
}

/* Institution nouns that name no particular institution of their own: "the
 * club" is whichever club the article is about ("the government", "die
 * Polizei" are institutions in their own right). */
static const char * const generic_org_heads[] = {
  "club", "klub", "verein", "company", "firm", "unternehmen", "konzern", "entreprise", "société",
  "empresa", "компания", "group", "organisation", "organization", "charity", "operator", "airline",
  "retailer", "utility", "broadcaster", "insurer", "manufacturer", "carmaker", "forecaster",
  "regulator", "watchdog", "bank", "bahn",
};

/* Replaces the ending @from of @word by @to, when it ends so. */
static gboolean
swap_ending (GString    *word,
             const char *from,
             const char *to)
{
  gsize n = strlen (from);

  if (word->len <= n + 2 || strcmp (word->str + word->len - n, from) != 0)
    return FALSE;
  g_string_truncate (word, word->len - n);
  g_string_append (word, to);
  return TRUE;
}

/* Whether some mention of @person follows "по" within four words ("по
 * словам политолога Алексея Миронова"): a name written there is in the
 * genitive, whereas one the cue reached through a role ("По оценке
 * аналитика" for "Наталья Сурина") is as the article first wrote it. */
static gboolean
named_after_po (Doc    *doc,
                Person *person)
{
  for (guint m = 0; m < person->mentions->len; m++)
    {
      guint at = g_array_index (person->mentions, guint, m);

      /* a mention by a role ("аналитика") is no name */
      if (!is_word (doc, at) || !(tok (doc, at)->flags & PX_LEXICON_TOKEN_CAPITAL))
        continue;
      for (guint k = at; k > 0 && k + 4 >= at; k--)
        if (is_word (doc, k - 1) && lower_is (doc, k - 1, "по", NULL))
          return TRUE;
    }
  return FALSE;
}

/* "по словам политолога Алексея Миронова", "по мнению Ольги Петровой":
 * Russian puts a person after "по словам" in the genitive; the speaker is
 * named in the nominative. Returns the name put back, or NULL. */
static char *
russian_person_nominative (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autoptr(GString) given = NULL;
  g_autoptr(GString) surname = NULL;
  gboolean female;

  if (g_strv_length (words) != 2
      || g_unichar_get_script (g_utf8_get_char (words[0])) != G_UNICODE_SCRIPT_CYRILLIC
      || !g_unichar_isupper (g_utf8_get_char (words[0])) || !g_unichar_isupper (g_utf8_get_char (words[1])))
    return NULL;
  given = g_string_new (words[0]);
  surname = g_string_new (words[1]);
  female = g_str_has_suffix (surname->str, "ой");
  if (female)
    {
      if (!swap_ending (surname, "ской", "ская") && !swap_ending (surname, "цкой", "цкая"))
        swap_ending (surname, "ой", "а");
      if (!swap_ending (given, "ии", "ия") && !swap_ending (given, "ьи", "ья") && !swap_ending (given, "ы", "а"))
        swap_ending (given, "и", "а");
    }
  else
    {
      if (!(swap_ending (surname, "ского", "ский") || swap_ending (surname, "цкого", "цкий")
            || swap_ending (surname, "ова", "ов") || swap_ending (surname, "ева", "ев")
            || swap_ending (surname, "ёва", "ёв") || swap_ending (surname, "ина", "ин")
            || swap_ending (surname, "ына", "ын")
            /* "Виктора Кравца": the vowel that drops out of "-ец" */
            || swap_ending (surname, "ца", "ец")
            /* "Виктора Шмидта": a surname that takes the endings of a
             * noun, after a man's given name in the genitive */
            || (g_str_has_suffix (given->str, "а") && g_str_has_suffix (surname->str, "а")
                && !g_str_has_suffix (surname->str, "ка") && !g_str_has_suffix (surname->str, "ша")
                && swap_ending (surname, "а", ""))))
        return NULL;
      if (!swap_ending (given, "ея", "ей") && !swap_ending (given, "ия", "ий") && !swap_ending (given, "я", "ь"))
        swap_ending (given, "а", "");
    }
  return g_strconcat (given->str, " ", surname->str, NULL);
}

/* "L'ARS", "the FSA": an acronym the article spelt out in brackets
 * stands for the name before the brackets ("L'agence régionale de santé
 * Centre-Val de Loire (ARS)"), with a capitalised qualifier right after
 * them ("L'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes"). Returns
 * that name, or NULL. */
static char *
acronym_expansion (Doc        *doc,
                   const char *acronym,
                   const char *qualifier)
{
  /* Asked for each speaker: the bracketed acronyms are found once. */
  if (doc->bracketed == NULL)
    {
      doc->bracketed = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint t = 2; t + 1 < doc->tokens->len; t++)
        if (is_word (doc, t) && is_punct (doc, t - 1, '(') && is_punct (doc, t + 1, ')')
            && ((tok (doc, t)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0
                /* "la Superintendencia Nacional de Fiscalización Laboral
                 * (Sunafil)": Spanish writes a long acronym read as a word
                 * with one capital */
                || (doc->pro_drop && (tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
                    && g_utf8_strlen (lower (doc, t), -1) >= 4 && g_utf8_strlen (lower (doc, t), -1) <= 8)))
          g_array_append_val (doc->bracketed, t);
    }
  for (guint k = 0; k < doc->bracketed->len; k++)
    {
      guint t = g_array_index (doc->bracketed, guint, k);
      guint first, end;
      GString *name;

      if (acronym != NULL && g_utf8_collate (lower (doc, t), acronym) != 0)
        continue;
      first = t - 1;
      while (first > 0 && first + 9 > t && is_word (doc, first - 1) && doc->span_of[first - 1] < 0
             && doc->token_segment[first - 1] == doc->token_segment[t]
             && !IN (determiners, lower (doc, first - 1)) && !IN (speech_verbs, lower (doc, first - 1))
             && (!IN (stop_words, lower (doc, first - 1)) || IN (of_words, lower (doc, first - 1))))
        first--;
      while (first < t - 1 && IN (of_words, lower (doc, first)))
        first++;
      if (first >= t - 1 || (tok (doc, first)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        continue;
      /* a word-like acronym opens with its name's first letter, and spells
       * a name of three words or more (not the province of a town) */
      if ((tok (doc, t)->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0
          && (first + 3 > t - 1 || g_utf8_get_char (lower (doc, first)) != g_utf8_get_char (lower (doc, t))))
        continue;
      end = t + 2;
      while (end < doc->tokens->len && px_quotes_is_name_word (doc, end) && doc->token_segment[end] == doc->token_segment[t]
             && !IN (speech_verbs, lower (doc, end)))
        end++;
      /* the qualifier read alone as the speaker: "(ARS) Auvergne-Rhône-Alpes a indiqué" */
      if (qualifier != NULL)
        {
          g_autofree char *after = end > t + 2 ? px_quotes_slice (doc, t + 2, end - 1) : NULL;

          if (after == NULL || g_utf8_collate (after, qualifier) != 0)
            continue;
        }
      name = g_string_new (NULL);
      {
        g_autofree char *before = px_quotes_slice (doc, first, t - 2);
        const char *bare = before;

        /* "L'agence …": the elided article is not part of the name */
        if (g_ascii_strncasecmp (bare, "l'", 2) == 0)
          bare += 2;
        else if (g_str_has_prefix (bare, "l’") || g_str_has_prefix (bare, "L’"))
          bare += strlen ("l’");
        g_string_append (name, bare);
      }
      if (end > t + 2)
        {
          g_autofree char *after = px_quotes_slice (doc, t + 2, end - 1);

          g_string_append_c (name, ' ');
          g_string_append (name, after);
        }
      return g_string_free (name, FALSE);
    }
  return NULL;
}

/* A speaker written as an acronym, with or without an elided article
 * ("L'ARS", "l’ARS"), becomes the name the article spelt out. */
static void
expand_acronym_speaker (Doc     *doc,
                        PxQuote *quote)
{
  const char *bare = quote->speaker;
  g_autofree char *folded = NULL;
  char *expanded;
  gboolean caps = TRUE;
  guint n = 0;

  if (g_ascii_strncasecmp (bare, "l'", 2) == 0 || g_ascii_strncasecmp (bare, "d'", 2) == 0)
    bare += 2;
  else if ((g_str_has_prefix (bare, "l’") || g_str_has_prefix (bare, "L’") || g_str_has_prefix (bare, "d’")))
    bare += strlen ("l’");
  for (const char *c = bare; *c != '\0'; c = g_utf8_next_char (c), n++)
    if (!g_unichar_isupper (g_utf8_get_char (c)))
      caps = FALSE;
  if (!caps && doc->pro_drop && n >= 4 && n <= 8 && strchr (bare, ' ') == NULL && g_unichar_isupper (g_utf8_get_char (bare)))
    {
      /* "De acuerdo con la Sunafil" */
      folded = g_utf8_strdown (bare, -1);
      expanded = acronym_expansion (doc, folded, NULL);
      if (expanded == NULL)
        expanded = acronym_expansion (doc, NULL, quote->speaker);
    }
  else if (!caps || n < 2 || n > 6)
    expanded = acronym_expansion (doc, NULL, quote->speaker);
  else
    {
      folded = g_utf8_strdown (bare, -1);
      expanded = acronym_expansion (doc, folded, NULL);
      /* "the British Medical Association said … . The BMA said": with no
       * brackets, the one name in the article whose capitalised words
       * give the letters */
      for (guint p = 0; p < doc->people->len && expanded == NULL; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);
          g_auto(GStrv) words = g_strsplit (person->name, " ", -1);
          GString *initials = g_string_new (NULL);
          g_autofree char *letters = NULL;

          for (guint w = 0; words[w] != NULL; w++)
            if (g_unichar_isupper (g_utf8_get_char (words[w])))
              g_string_append_unichar (initials, g_unichar_tolower (g_utf8_get_char (words[w])));
          letters = g_string_free (initials, FALSE);
          if (g_strv_length (words) >= 2 && strcmp (letters, folded) == 0)
            expanded = g_strdup (person->name);
        }
    }
  if (expanded != NULL)
    {
      g_free (quote->speaker);
      quote->speaker = expanded;
    }
}

/* "Halvern said" after "Halvern Nutrition is recalling …": a single
 * capitalised word that opens one fuller name in the article, and ends or
 * continues none, stands for that name (news shortens an institution to its
 * first word; a person named by the given name alone is that person too). */
static Person *
institution_by_first_word (Doc        *doc,
                           const char *word)
{
  Person *holder = NULL;

  if (strchr (word, ' ') != NULL)
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);
      const char *space = strchr (candidate->name, ' ');

      if (space == NULL)
        continue;
      {
        /* a later word of another name: "Halvern" would be a surname */
        g_autoptr(GPtrArray) whole = px_quotes_name_words (candidate->name);
        g_autofree char *folded = g_utf8_strdown (word, -1);

        for (guint w = 1; w < whole->len; w++)
          if (strcmp (g_ptr_array_index (whole, w), folded) == 0)
            return NULL;
      }
      if ((gsize) (space - candidate->name) == strlen (word) && strncmp (candidate->name, word, strlen (word)) == 0)
        {
          if (holder != NULL && strcmp (holder->name, candidate->name) != 0)
            return NULL;
          holder = candidate;
        }
    }
  return holder;
}

/* "a foreign ministry spokeswoman", "a police spokesman": a lower-case
 * noun for an institution before the spokesperson is whom they speak for,
 * as a capitalised name is. */
static gboolean
spokes_after_institution_noun (Doc                *doc,
                               const char * const *parts,
                               guint               n_parts)
{
  g_autofree char *noun = NULL;

  if (n_parts < 2)
    return FALSE;
  noun = g_utf8_strdown (parts[n_parts - 2], -1);
  if (IN (institution_nouns, noun) || strcmp (noun, "police") == 0 || strcmp (noun, "embassy") == 0
      || strcmp (noun, "army") == 0)
    return TRUE;
  /* "a coastguard spokeswoman" after "the Norrland Coastguard": a word
   * of an institution's name, in lower case */
  if (n_parts != 2 || strlen (noun) < 4)
    return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);
      g_autoptr(GPtrArray) whole = NULL;

      /* a body's name of plain words may have been read as a person's;
       * anyone with a gender is one */
      if (!candidate->org && candidate->gender != 0)
        continue;
      whole = px_quotes_name_words (candidate->name);
      for (guint w = 0; w < whole->len && whole->len > 1; w++)
        if (strcmp (g_ptr_array_index (whole, w), noun) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether @speaker is one lower-case noun for a person ("passenger",
 * "resident", "fisherman"), not for an institution. */
static gboolean
unnamed_person_noun (const char *speaker)
{
  return strchr (speaker, ' ') == NULL && g_unichar_islower (g_utf8_get_char (speaker))
         && !IN (institution_nouns, speaker) && !IN (org_words, speaker) && !IN (spokes, speaker)
         && g_unichar_get_script (g_utf8_get_char (speaker)) == G_UNICODE_SCRIPT_LATIN;
}

/* "La Fiscalía General del Estado de Michoacán informó … . la Fiscalía
 * estatal precisó …": a Spanish body's noun alone or with one lower-case
 * adjective after it ("Fiscalía estatal", "la fiscalía") names again the
 * body with a longer name opening on that noun that spoke, or was named,
 * before @quote. NULL when there is none. */
static char *
spanish_body_with_adjective (Doc     *doc,
                             PxQuote *quote,
                             guint    cue)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *noun = NULL;
  const char *best = NULL;
  guint best_seen = 0;

  if (!doc->pro_drop || quote->speaker == NULL)
    return NULL;
  parts = g_strsplit (quote->speaker, " ", -1);
  /* "Según informó la fiscalía": the noun alone, too */
  if (g_strv_length (parts) == 2
      ? !g_unichar_isupper (g_utf8_get_char (parts[0])) || !g_unichar_islower (g_utf8_get_char (parts[1]))
        || IN (stop_words, parts[1])
      : g_strv_length (parts) != 1)
    return NULL;
  noun = g_utf8_strdown (parts[0], -1);
  /* "Fiscalía", "Consejería", "Alcaldía": an office in "-ía" is a body */
  if (!(IN (institution_nouns, noun) || IN (org_words, noun) || (g_str_has_suffix (noun, "ía") && strlen (noun) > 6)))
    return NULL;
  /* a body that spoke earlier in the article */
  for (guint o = 0; o < doc->quotes->len; o++)
    {
      const PxQuote *other = g_ptr_array_index (doc->quotes, o);
      g_autofree char *folded = NULL;

      if (other == quote || other->speaker == NULL || other->span.paragraph > quote->span.paragraph
          || (other->span.paragraph == quote->span.paragraph && other->span.start >= quote->span.start))
        continue;
      folded = g_utf8_strdown (other->speaker, -1);
      if (g_str_has_prefix (folded, noun) && folded[strlen (noun)] == ' ' && strchr (folded + strlen (noun) + 1, ' ') != NULL)
        best = other->speaker;
    }
  if (best != NULL)
    return g_strdup (best);
  /* or one the article named before the cue */
  for (guint p = 0; cue != G_MAXUINT && p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);
      g_autofree char *folded = g_utf8_strdown (candidate->name, -1);
      guint seen = px_quotes_mention_before (candidate, cue);

      if (candidate->org && seen != G_MAXUINT && g_str_has_prefix (folded, noun) && folded[strlen (noun)] == ' '
          && strchr (folded + strlen (noun) + 1, ' ') != NULL && (best == NULL || seen > best_seen))
        {
          best = candidate->name;
          best_seen = seen;
        }
    }
  return best != NULL ? g_strdup (best) : NULL;
}

/* "The union said", "Northway said", "laut Deutschem Wetterdienst", "a
 * spokesman for the regulator", "fuentes del Ministerio de Transportes":
 * an institution speaks under the fullest name the article gives it, in
 * the form of its first mention. */
void
px_quotes_fullest_institution_names (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      guint cue = g_array_index (doc->quote_cue, guint, q);
      Person *known;
      g_autoptr(GPtrArray) words = NULL;
      Person *best = NULL;
      guint best_seen = 0;
      gboolean best_after = FALSE;
      guint from = 0;

      if (quote->speaker == NULL)
        continue;
      {
        char *body = spanish_body_with_adjective (doc, quote, cue);

        if (body != NULL)
          {
            g_free (quote->speaker);
            quote->speaker = body;
            continue;
          }
      }
      /* "В министерстве транспорта региона РИА Новости сообщили": the
       * agency told is no part of the institution before it */
      {
        static const char * const agencies[] = { " РИА Новости", " ТАСС", " Интерфакс", " РБК", " ТАСС." };

        for (gsize a = 0; a < G_N_ELEMENTS (agencies); a++)
          if (g_str_has_suffix (quote->speaker, agencies[a]) && strlen (quote->speaker) > strlen (agencies[a]) + 4)
            {
              quote->speaker[strlen (quote->speaker) - strlen (agencies[a])] = '\0';
              break;
            }
      }
      /* "hieß es aus dem Ministerium" after "Das bayerische
       * Gesundheitsministerium": a German noun is the compound it heads */
      if (doc->capital_nouns && strchr (quote->speaker, ' ') == NULL && g_utf8_strlen (quote->speaker, -1) >= 5)
        {
          g_autofree char *head = g_utf8_strdown (quote->speaker, -1);

          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *candidate = g_ptr_array_index (doc->people, p);
              g_autofree char *folded = g_utf8_strdown (candidate->name, -1);

              gboolean compound = strlen (folded) > strlen (head) && g_str_has_suffix (folded, head);

              /* "Ein Sprecher der Kasse" after "der Krankenkasse AOK": the
               * compound may be any word of the name */
              if (!compound && candidate->org)
                {
                  g_auto(GStrv) parts = g_strsplit (folded, " ", -1);

                  for (guint w = 0; parts[w] != NULL && !compound; w++)
                    compound = strlen (parts[w]) > strlen (head) && g_str_has_suffix (parts[w], head);
                }
              if (candidate->org && compound
                  && cue != G_MAXUINT && px_quotes_mention_before (candidate, cue) != G_MAXUINT)
                {
                  guint at = candidate->first_token;

                  g_free (quote->speaker);
                  /* with its adjective, in the nominative: "das bayerische
                   * Gesundheitsministerium" → "bayerisches Gesundheitsministerium" */
                  if (at >= 2 && is_word (doc, at - 1) && !(tok (doc, at - 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
                      && is_word (doc, at - 2) && IN (german_articles, lower (doc, at - 2)))
                    {
                      g_autofree char *phrase = g_strconcat (lower (doc, at - 1), " ", candidate->name, NULL);
                      char *nominative = german_nominative (phrase);

                      quote->speaker = nominative != NULL ? nominative : g_steal_pointer (&phrase);
                    }
                  else
                    quote->speaker = g_strdup (candidate->name);
                  break;
                }
            }
        }
      /* "assure cette source" after "Selon un conseiller de l'exécutif":
       * the unnamed source quoted just before (found in article order
       * here, as direct quotes are read before indirect ones) */
      {
        static const char * const source_heads[] = { "source", "fuente", "источник", "quelle" };
        const PxQuote *antecedent = NULL;

        if (px_text_list_contains (source_heads, G_N_ELEMENTS (source_heads), quote->speaker))
          {
            for (guint o = 0; o < doc->quotes->len; o++)
              {
                const PxQuote *other = g_ptr_array_index (doc->quotes, o);

                if (other == quote || other->speaker == NULL || strchr (other->speaker, ' ') == NULL
                    || px_quotes_find_person_exact (doc, other->speaker) != NULL
                    || other->span.paragraph > quote->span.paragraph
                    || (other->span.paragraph == quote->span.paragraph && other->span.start >= quote->span.start)
                    || other->span.paragraph + 2 < quote->span.paragraph)
                  continue;
                if (antecedent == NULL || other->span.paragraph > antecedent->span.paragraph
                    || (other->span.paragraph == antecedent->span.paragraph && other->span.start > antecedent->span.start))
                  antecedent = other;
              }
            if (antecedent != NULL)
              {
                g_free (quote->speaker);
                quote->speaker = g_strdup (antecedent->speaker);
                continue;
              }
          }
      }
      expand_acronym_speaker (doc, quote);
      /* only a name right after the cue: "по его словам" names nobody in the genitive */
      if (doc->inflecting && quote->verb != NULL && g_str_has_prefix (quote->verb, "по ")
          && strchr (quote->verb + strlen ("по "), ' ') == NULL
          && px_quotes_find_person_exact (doc, quote->speaker) != NULL
          /* "По оценке аналитика" for "Наталья Сурина": only a name the
           * article writes after "по" is in the genitive */
          && named_after_po (doc, px_quotes_find_person_exact (doc, quote->speaker)))
        {
          char *nominative = russian_person_nominative (quote->speaker);

          /* every quote given to the genitive form: "— считает эксперт" after it */
          for (guint o = 0; nominative != NULL && o < doc->quotes->len; o++)
            {
              PxQuote *other = g_ptr_array_index (doc->quotes, o);

              if (o != q && g_strcmp0 (other->speaker, quote->speaker) == 0)
                {
                  g_free (other->speaker);
                  other->speaker = g_strdup (nominative);
                }
            }
          if (nominative != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = nominative;
            }
        }
      {
        Person *institution = institution_by_first_word (doc, quote->speaker);

        if (institution != NULL)
          {
            g_free (quote->speaker);
            quote->speaker = g_strdup (institution->name);
          }
      }
      {
        g_autofree char *author = document_author (doc, quote->speaker, cue);

        if (author != NULL)
          {
            g_free (quote->speaker);
            quote->speaker = g_steal_pointer (&author);
          }
      }
      words = px_quotes_name_words (quote->speaker);
      while (from < words->len && (IN (stop_words, (const char *) g_ptr_array_index (words, from))
                                   || IN (determiners, (const char *) g_ptr_array_index (words, from))))
        from++;
      /* "Fuentes del Ministerio de Transportes", "Angaben der Gewerkschaft
       * Verdi", "sources at the ministry": the institution speaks */
      if (from + 2 < words->len && px_text_list_contains (source_nouns, G_N_ELEMENTS (source_nouns), g_ptr_array_index (words, from))
          && (IN (of_words, (const char *) g_ptr_array_index (words, from + 1))
              || strcmp (g_ptr_array_index (words, from + 1), "for") == 0)
          /* "vocero de una de las tres concesionarias": one of several
           * bodies the article does not tell apart; none of them speaks */
          && !(doc->pro_drop && from + 3 < words->len
               && (strcmp (g_ptr_array_index (words, from + 2), "una") == 0
                   || strcmp (g_ptr_array_index (words, from + 2), "uno") == 0)
               && strcmp (g_ptr_array_index (words, from + 3), "de") == 0))
        {
          g_auto(GStrv) parts = g_strsplit (quote->speaker, " ", -1);
          guint skip = from + 2;

          if (skip < words->len && IN (determiners, (const char *) g_ptr_array_index (words, skip)) && skip + 1 < words->len)
            skip++;
          if (g_strv_length (parts) == words->len)
            {
              g_free (quote->speaker);
              quote->speaker = g_strjoinv (" ", parts + skip);
              g_ptr_array_remove_range (words, 0, skip);
              from = 0;
            }
        }
      /* "a Downing Street spokeswoman", "a Kremlin spokesman": the
       * institution before the spokesperson speaks */
      if (words->len >= from + 2 && IN (spokes, g_ptr_array_index (words, words->len - 1)))
        {
          g_auto(GStrv) parts = g_strsplit (quote->speaker, " ", -1);
          guint n_parts = g_strv_length (parts);

          if (n_parts == words->len && (g_unichar_isupper (g_utf8_get_char (parts[from]))
                                        || spokes_after_institution_noun (doc, (const char * const *) parts, n_parts)))
            {
              g_free (parts[n_parts - 1]);
              parts[n_parts - 1] = NULL;
              g_free (quote->speaker);
              quote->speaker = g_strjoinv (" ", parts + from);
              /* "The Prime Minister's spokesman": the possessor, without
               * its "'s" */
              if (g_str_has_suffix (quote->speaker, "'s"))
                quote->speaker[strlen (quote->speaker) - strlen ("'s")] = '\0';
              else if (g_str_has_suffix (quote->speaker, "’s"))
                quote->speaker[strlen (quote->speaker) - strlen ("’s")] = '\0';
              g_ptr_array_remove_range (words, words->len - 1, 1);
              if (from > 0)
                g_ptr_array_remove_range (words, 0, from);
              from = 0;
              /* "a Northvale spokeswoman", "a Rovers spokesman": a short
               * name stands for the one institution whose fuller name
               * holds it ("Northvale Water", "Blackburn Rovers") */
              if (words->len == 1)
                {
                  Person *holder = NULL;
                  guint n_holders = 0;

                  for (guint p = 0; p < doc->people->len; p++)
                    {
                      Person *candidate = g_ptr_array_index (doc->people, p);
                      g_autoptr(GPtrArray) whole = px_quotes_name_words (candidate->name);

                      for (guint w = 0; w < whole->len && whole->len > 1; w++)
                        if (strcmp (g_ptr_array_index (whole, w), g_ptr_array_index (words, 0)) == 0)
                          {
                            if (holder == NULL || strcmp (holder->name, candidate->name) != 0)
                              n_holders++;
                            holder = candidate;
                            break;
                          }
                    }
                  if (n_holders == 1)
                    {
                      g_free (quote->speaker);
                      quote->speaker = g_strdup (holder->name);
                      g_ptr_array_unref (words);
                      words = px_quotes_name_words (quote->speaker);
                    }
                }
              /* "an FSA spokeswoman" after "the Food Standards Agency
               * (FSA)": the acronym the article spelt out; "a Danube Grain
               * spokesman" after "Danube Grain Traders": the one
               * institution whose name opens with those words */
              {
                Person *holder = NULL;
                guint n_holders = 0;

                for (guint p = 0; p < doc->people->len; p++)
                  {
                    Person *candidate = g_ptr_array_index (doc->people, p);
                    g_autoptr(GPtrArray) whole = NULL;
                    gboolean opens = FALSE;

                    /* a company name of plain words may have been read
                     * as a person's; anyone with a gender is one */
                    if (!candidate->org && candidate->gender != 0)
                      continue;
                    if ((candidate->alias != NULL && strcmp (candidate->alias, quote->speaker) == 0)
                        || (candidate->age == 0 && initials_of (candidate->name, quote->speaker)))
                      {
                        holder = candidate;
                        n_holders = 1;
                        break;
                      }
                    whole = px_quotes_name_words (candidate->name);
                    if (words->len >= 2 && whole->len > words->len)
                      {
                        opens = TRUE;
                        for (guint w = 0; w < words->len && opens; w++)
                          opens = strcmp (g_ptr_array_index (whole, w), g_ptr_array_index (words, w)) == 0;
                      }
                    if (opens && (holder == NULL || strcmp (holder->name, candidate->name) != 0))
                      {
                        n_holders++;
                        holder = candidate;
                      }
                  }
                if (n_holders == 1)
                  {
                    g_free (quote->speaker);
                    quote->speaker = g_strdup (holder->name);
                    g_ptr_array_unref (words);
                    words = px_quotes_name_words (quote->speaker);
                  }
              }
            }
        }
      /* "eine Bahnsprecherin", "ein Konzernsprecher": a German compound
       * names the institution before "-sprecher" */
      if (doc->capital_nouns && words->len == from + 1)
        {
          const char *word = g_ptr_array_index (words, from);
          static const char * const suffixes[] = { "sprecherin", "sprecher" };

          for (gsize x = 0; x < G_N_ELEMENTS (suffixes); x++)
            if (g_str_has_suffix (word, suffixes[x]) && strlen (word) >= strlen (suffixes[x]) + 3)
              {
                g_auto(GStrv) parts = g_strsplit (quote->speaker, " ", -1);
                const char *written = parts[g_strv_length (parts) - 1];
                gsize keep = strlen (written) - strlen (suffixes[x]);

                if (keep > 1 && written[keep - 1] == '-')
                  keep--;
                g_free (quote->speaker);
                quote->speaker = g_strndup (written, keep);
                /* "Unternehmenssprecher": without the linking "s" when the
                 * bare noun is an institution's ("Unternehmen") */
                if (keep > 4 && quote->speaker[keep - 1] == 's')
                  {
                    g_autofree char *bare = g_utf8_strdown (quote->speaker, keep - 1);

                    if (px_text_list_contains (generic_org_heads, G_N_ELEMENTS (generic_org_heads), bare) || IN (institution_nouns, bare))
                      quote->speaker[keep - 1] = '\0';
                  }
                g_ptr_array_unref (words);
                words = px_quotes_name_words (quote->speaker);
                from = 0;
                /* "Bahnsprecherin" speaks for the "Deutsche Bahn" */
                for (guint p = 0; p < doc->people->len; p++)
                  {
                    Person *candidate = g_ptr_array_index (doc->people, p);
                    g_autoptr(GPtrArray) whole = px_quotes_name_words (candidate->name);

                    gboolean ends_compound = FALSE;

                    /* "Gerichtssprecherin" speaks for the "Landgericht Augsburg" */
                    for (guint w = 0; w < whole->len && words->len == 1; w++)
                      {
                        /* without the linking "s" of the compound: "Gerichts-sprecherin" */
                        g_autofree char *stem = g_strdup (g_ptr_array_index (words, 0));
                        gsize stem_len = strlen (stem);

                        if (stem_len > 5 && stem[stem_len - 1] == 's')
                          stem[stem_len - 1] = '\0';
                        ends_compound = ends_compound
                                        || (strlen (stem) >= 5 && g_str_has_suffix (g_ptr_array_index (whole, w), stem));
                      }
                    if (whole->len > 1 && words->len == 1
                        && (same_stem (TRUE, g_ptr_array_index (whole, whole->len - 1), g_ptr_array_index (words, 0))
                            || ends_compound))
                      {
                        g_free (quote->speaker);
                        quote->speaker = g_strdup (candidate->name);
                        break;
                      }
                  }
                break;
              }
        }
      /* "the forecaster", "der Klub", "the regulator": a definite institution
       * noun is the institution the article introduced with it ("the Met
       * Service, the national forecaster,") or, failing that, the last one
       * it named before the cue */
      if (words->len == from + 1 && cue != G_MAXUINT
          && (IN (institution_nouns, (const char *) g_ptr_array_index (words, from))
              || px_text_list_contains (generic_org_heads, G_N_ELEMENTS (generic_org_heads), g_ptr_array_index (words, from)))
          && !IN (spokes, g_ptr_array_index (words, from))
          && px_quotes_find_person_exact (doc, quote->speaker) == NULL)
        {
          const char *head = g_ptr_array_index (words, from);
          Person *described = NULL, *nearest = NULL;
          guint described_seen = 0, nearest_seen = 0;
          guint floor_paragraph = doc->token_segment[cue] > 0 ? doc->token_segment[cue] - 1 : 0;

          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *candidate = g_ptr_array_index (doc->people, p);
              guint seen = px_quotes_mention_before (candidate, cue);

              if (!candidate->org || seen == G_MAXUINT)
                continue;
              for (guint d = 0; d < candidate->descriptions->len; d++)
                {
                  g_autoptr(GPtrArray) dw = px_quotes_name_words (g_ptr_array_index (candidate->descriptions, d));

                  for (guint w = 0; w < dw->len; w++)
                    if (same_stem (doc->inflecting, g_ptr_array_index (dw, w), head)
                        && (described == NULL || seen > described_seen))
                      {
                        described = candidate;
                        described_seen = seen;
                      }
                }
              /* not an institution inside the reported clause itself */
              if (doc->token_segment[seen] >= floor_paragraph && doc->token_sentence[seen] != doc->token_sentence[cue]
                  && (nearest == NULL || seen > nearest_seen))
                {
                  nearest = candidate;
                  nearest_seen = seen;
                }
            }
          if (described == NULL && px_text_list_contains (generic_org_heads, G_N_ELEMENTS (generic_org_heads), head))
            described = nearest;
          if (described != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = g_strdup (described->name);
              continue;
            }
        }
      known = px_quotes_find_person_exact (doc, quote->speaker);
      if (known != NULL && (!known->org || strchr (known->name, ' ') != NULL))
        {
          /* "eine Sprecherin des Naturschutzbundes Nabu": a name read in
           * the genitive that no pronoun made a person */
          char *nominative = doc->capital_nouns && (known->org || known->gender == 0) && known->age == 0
                             ? german_nominative (quote->speaker) : NULL;

          if (nominative != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = nominative;
            }
          continue;
        }
      /* "said one passenger" after "the Passenger Rights Network": an
       * unnamed person's lower-case noun is no part of a name */
      if (unnamed_person_noun (quote->speaker))
        continue;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *candidate = g_ptr_array_index (doc->people, p);
          g_autoptr(GPtrArray) whole = NULL;
          guint seen;
          gboolean after = FALSE;
          gboolean fits = FALSE;

          if (strchr (candidate->name, ' ') == NULL || candidate == known)
            continue;
          whole = px_quotes_name_words (candidate->name);
          /* "Fuentes del Ministerio …" read as one name is no fuller name */
          if (whole->len > 0 && px_text_list_contains (source_nouns, G_N_ELEMENTS (source_nouns), g_ptr_array_index (whole, 0)))
            continue;
          /* a person is found by surname elsewhere; here only institutions */
          if (!candidate->org && !(whole->len > 1 && IN (org_words, (const char *) g_ptr_array_index (whole, whole->len - 1))))
            continue;
          if (whole->len >= words->len - from && words_name_part (doc->inflecting, words, from, whole))
            fits = TRUE;
          /* "…for the Royal College", "del Ministerio de Transportes": the
           * phrase ends in the name after a linking word */
          for (guint k = from + 1; !fits && k + whole->len == words->len; k++)
            {
              const char *link = g_ptr_array_index (words, k - 1);

              if ((IN (of_words, link) || strcmp (link, "for") == 0 || IN (determiners, link))
                  && words_name_part (doc->inflecting, words, k, whole) && words->len - k == whole->len)
                fits = TRUE;
              break;
            }
          if (!fits)
            continue;
          seen = cue != G_MAXUINT ? px_quotes_mention_before (candidate, cue + 1) : G_MAXUINT;
          if (seen == G_MAXUINT)
            {
              seen = candidate->first_token;
              after = TRUE;
            }
          if (best == NULL || (best_after && !after) || (best_after == after && (after ? seen < best_seen : seen > best_seen)))
            {
              best = candidate;
              best_seen = seen;
              best_after = after;
            }
        }
      if (best != NULL && g_utf8_collate (best->name, quote->speaker) != 0)
        {
          g_free (quote->speaker);
          quote->speaker = g_strdup (best->name);
        }
      if (doc->capital_nouns && (known == NULL || known->org))
        {
          char *nominative = german_nominative (quote->speaker);

          if (nominative != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = nominative;
            }
        }
      /* "По данным Госавтоинспекции", "сообщили в Росгвардии": a lone
       * Russian institution read in the genitive or the locative, "-ии",
       * is named in the nominative, "-ия" */
      if (known == NULL && strchr (quote->speaker, ' ') == NULL && g_str_has_suffix (quote->speaker, "ии")
          && g_unichar_isupper (g_utf8_get_char (quote->speaker))
          && g_unichar_get_script (g_utf8_get_char (quote->speaker)) == G_UNICODE_SCRIPT_CYRILLIC
          && g_utf8_strlen (quote->speaker, -1) > 5)
        {
          char *nominative = g_strndup (quote->speaker, strlen (quote->speaker) - strlen ("и"));
          char *joined = g_strconcat (nominative, "я", NULL);

          g_free (nominative);
          g_free (quote->speaker);
          quote->speaker = joined;
        }
    }
}

/* Keeps @phrase (taking it) as *@found when nothing was found before or
 * it is the same phrase; when it differs from the one found before (two
 * courts, two unions) frees both, sets *@found to NULL and returns FALSE. */
gboolean
px_quotes_keep_one_phrase (char **found,
                           char  *phrase)
{
  if (*found != NULL && strcmp (*found, phrase) != 0)
    {
      g_free (phrase);
      g_clear_pointer (found, g_free);
      return FALSE;
    }
  g_free (*found);
  *found = phrase;
  return TRUE;
}

/* "Le tribunal correctionnel de Valence a condamné …" then "a précisé le
 * tribunal": the one phrase of the article that holds the bare institution
 * noun @noun in lower case, up to two lower-case adjectives, a word such as
 * "de" or "of" and a capitalised name. NULL when there is none, or when two
 * such phrases differ (two courts). */
static char *
noun_named_in_text (Doc        *doc,
                    const char *noun)
{
  char *found = NULL;

  for (guint i = 0; i + 2 < doc->tokens->len; i++)
    {
      guint j = i + 1, last;
      char *phrase;
      gboolean elided;

      if (g_strcmp0 (lower (doc, i), noun) != 0 || (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
        continue;
      while (j < i + 3 && is_word (doc, j) && (tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
             && !IN (of_words, lower (doc, j)) && !elided_onto_name (doc, j, "d"))
        j++;
      /* "le tribunal correctionnel d'Amiens": "de" elided onto the name */
      elided = elided_onto_name (doc, j, "d");
      if (!is_word (doc, j) || (!elided && (!IN (of_words, lower (doc, j)) || !px_quotes_is_name_word (doc, j + 1))))
        continue;
      last = elided ? j : j + 1;
      while (px_quotes_is_name_word (doc, last + 1) && space_before (doc, last + 1))
        last++;
      phrase = px_quotes_slice (doc, i, last);
      if (!px_quotes_keep_one_phrase (&found, phrase))
        return NULL;
    }
  return found;
}

/* "la préfecture des Hautes-Alpes" then "un communiqué de la préfecture":
 * a bare institution noun is the institution another quote of the article
 * named in full with it ("préfecture des …", "ministry of …"), or else the
 * one the article's text names so. */
void
px_quotes_fullest_common_nouns (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      const char *fuller = NULL;
      guint cue, fuller_cue = G_MAXUINT;
      gsize n;

      /* "Le département a fait savoir", "selon la région": French news
       * calls the Conseil départemental or régional by its territory */
      if (quote->speaker != NULL && (g_ascii_strcasecmp (quote->speaker, "département") == 0
                                     || g_ascii_strcasecmp (quote->speaker, "région") == 0))
        {
          const char *council = g_ascii_tolower (quote->speaker[0]) == 'd' ? "conseil départemental " : "conseil régional ";
          const char *held = NULL;
          gboolean clash = FALSE;

          /* the council as another quote of the article names it */
          for (guint o = 0; o < doc->quotes->len && !clash; o++)
            {
              PxQuote *other = g_ptr_array_index (doc->quotes, o);
              g_autofree char *folded = other->speaker != NULL ? g_utf8_strdown (other->speaker, -1) : NULL;

              if (folded == NULL || !g_str_has_prefix (folded, council))
                continue;
              clash = held != NULL && strcmp (held, other->speaker) != 0;
              held = other->speaker;
            }
          if (held != NULL && !clash)
            {
              g_free (quote->speaker);
              quote->speaker = g_strdup (held);
            }
          continue;
        }
      if (quote->speaker == NULL || strchr (quote->speaker, ' ') != NULL
          || !IN (institution_nouns, quote->speaker))
        continue;
      n = strlen (quote->speaker);
      /* "Le ministère de la Transition … a assuré … . Le ministère de
       * l'Agriculture … a rappelé … . Selon le ministère, …": of several
       * such names, the one that spoke last before this cue */
      cue = g_array_index (doc->quote_cue, guint, q);
      for (guint o = 0; o < doc->quotes->len; o++)
        {
          PxQuote *other = g_ptr_array_index (doc->quotes, o);
          guint other_cue = g_array_index (doc->quote_cue, guint, o);
          g_auto(GStrv) words = NULL;

          if (other->speaker == NULL || strncmp (other->speaker, quote->speaker, n) != 0 || other->speaker[n] != ' ')
            continue;
          words = g_strsplit (other->speaker + n + 1, " ", 3);
          if (words[0] == NULL || words[1] == NULL || !IN (of_words, words[0]))
            continue;
          if (fuller == NULL
              || (cue != G_MAXUINT && other_cue != G_MAXUINT && other_cue < cue
                  && (fuller_cue == G_MAXUINT || fuller_cue > cue || other_cue > fuller_cue)))
            {
              fuller = other->speaker;
              fuller_cue = other_cue;
            }
        }
      if (fuller != NULL)
        {
          g_free (quote->speaker);
          quote->speaker = g_strdup (fuller);
        }
      else
        {
          char *named = noun_named_in_text (doc, quote->speaker);

          if (named != NULL)
            {
              g_free (quote->speaker);
              quote->speaker = named;
            }
        }
    }
}

/* Seats of government that news writes for the office itself, each group
 * one institution under several names. */
static const char * const *const seat_aliases[] = {
  (const char * const []) { "Downing Street", "Number 10", "No 10", "No. 10", "Number Ten", NULL },
  (const char * const []) { "Élysée", "Élysée Palace", "palais de l'Élysée", NULL },
  (const char * const []) { "Matignon", "hôtel de Matignon", NULL },
  (const char * const []) { "Kanzleramt", "Bundeskanzleramt", NULL },
  (const char * const []) { "Moncloa", "La Moncloa", "Palacio de la Moncloa", NULL },
};

/* Where @name first stands in the text as a whole word, or G_MAXSIZE. */
static gsize
first_occurrence (Doc        *doc,
                  const char *name)
{
  gsize n = strlen (name);

  for (const char *p = strstr (doc->text, name); p != NULL; p = strstr (p + 1, name))
    {
      gunichar before = p > doc->text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = g_utf8_get_char (p + n);

      if (!g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return p - doc->text;
    }
  return G_MAXSIZE;
}

/* "Downing Street has rejected …" then "Number 10 said …": one office under
 * two names speaks under the one the article used first. */
void
px_quotes_seat_aliases (Doc *doc)
{
  for (guint g = 0; g < G_N_ELEMENTS (seat_aliases); g++)
    {
      /* The name the article uses first, looked for once per group and
       * only when one of its names speaks. */
      const char *first = NULL;

      for (guint q = 0; q < doc->quotes->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (doc->quotes, q);
          gboolean member = FALSE;

          for (guint a = 0; quote->speaker != NULL && seat_aliases[g][a] != NULL && !member; a++)
            member = strcmp (quote->speaker, seat_aliases[g][a]) == 0;
          if (!member)
            continue;
          if (first == NULL)
            {
              gsize first_at = G_MAXSIZE;

              for (guint a = 0; seat_aliases[g][a] != NULL; a++)
                {
                  gsize at = first_occurrence (doc, seat_aliases[g][a]);

                  if (at < first_at)
                    {
                      first_at = at;
                      first = seat_aliases[g][a];
                    }
                }
            }
          if (first != NULL && strcmp (first, quote->speaker) != 0)
            {
              g_free (quote->speaker);
              quote->speaker = g_strdup (first);
            }
        }
    }
}

/* "Ein Sprecher des bayerischen Innenministeriums sagte": German writes a
 * regional or national adjective in lower case before the institution it
 * names; the institution is "Bayerisches Innenministerium", not the
 * ministry alone. Applies when every such adjective the article puts
 * before the institution's word is the same one. */
void
px_quotes_german_adjective_names (Doc *doc)
{
  if (!doc->capital_nouns)
    return;
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      g_autofree char *folded = NULL;
      g_autofree char *phrase = NULL;
      g_autofree char *stem = NULL;
      gboolean clash = FALSE;

      if (quote->speaker == NULL || strchr (quote->speaker, ' ') != NULL || g_utf8_strlen (quote->speaker, -1) < 6)
        continue;
      folded = g_utf8_strdown (quote->speaker, -1);
      for (guint i = 2; i < doc->tokens->len && !clash; i++)
        {
          const char *adjective = lower (doc, i - 1);
          gsize cut;
          g_autofree char *this_stem = NULL;

          if (!is_word (doc, i) || !g_str_has_prefix (lower (doc, i), folded) || strlen (lower (doc, i)) > strlen (folded) + 2
              || !is_word (doc, i - 1) || (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
              || !is_word (doc, i - 2) || !IN (determiners, lower (doc, i - 2)))
            continue;
          cut = g_str_has_suffix (adjective, "ische") ? 1
                : (g_str_has_suffix (adjective, "ischen") || g_str_has_suffix (adjective, "ischer")
                   || g_str_has_suffix (adjective, "isches") || g_str_has_suffix (adjective, "ischem")) ? 2 : 0;
          if (cut == 0)
            continue;
          this_stem = g_strndup (adjective, strlen (adjective) - cut);
          if (stem != NULL && strcmp (stem, this_stem) != 0)
            clash = TRUE;
          else if (stem == NULL)
            {
              stem = g_steal_pointer (&this_stem);
              phrase = px_quotes_slice (doc, i - 1, i);
            }
        }
      if (clash || phrase == NULL)
        continue;
      {
        char *nominative = german_nominative (phrase);
        char *named = nominative != NULL ? nominative : g_strdup (phrase);
        gunichar first = g_utf8_get_char (named);
        char capital[8] = { 0, };
        char *joined;

        /* a name's adjective is written with a capital: "Bayerisches" */
        g_unichar_to_utf8 (g_unichar_toupper (first), capital);
        joined = g_strconcat (capital, g_utf8_next_char (named), NULL);
        g_free (named);
        g_free (quote->speaker);
        quote->speaker = joined;
      }
    }
}

/* Whether @name has a lower-case link between its words, as an
 * institution's name has ("Verband der …", "Department for …") */
static gboolean
linked_name (const char *name)
{
  static const char * const links[] = { "der", "des", "für", "of", "for", "de", "du", "del" };
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint w = 1; words[w] != NULL && words[w + 1] != NULL; w++)
    for (gsize l = 0; l < G_N_ELEMENTS (links); l++)
      if (strcmp (words[w], links[l]) == 0)
        return TRUE;
  return FALSE;
}

/* "сообщили ТАСС в ГУ МЧС по Московской области" then "уточнили в
 * ведомстве", read as "ГУ МЧС": an institution another quote of the article
 * names with the region or body it serves after it ("по …", "of …",
 * "de …") speaks under that fuller name, when only one such name exists. */
void
px_quotes_fuller_speaker_names (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      const char *fuller = NULL;
      gboolean clash = FALSE;
      gsize n;

      if (quote->speaker == NULL)
        continue;
      n = strlen (quote->speaker);
      for (guint o = 0; o < doc->quotes->len && !clash; o++)
        {
          PxQuote *other = g_ptr_array_index (doc->quotes, o);
          g_auto(GStrv) words = NULL;
          guint n_words;

          if (other->speaker == NULL || strncmp (other->speaker, quote->speaker, n) != 0 || other->speaker[n] != ' ')
            continue;
          words = g_strsplit (other->speaker + n + 1, " ", 3);
          n_words = g_strv_length (words);
          if (n_words == 0)
            continue;
          /* "Klinikleitung in Freiburg", "Gesundheitsministerium in Mainz":
           * the seat after "in"; "администрация города", "прокуратура
           * Липецкой области": Russian puts what a body belongs to in the
           * genitive, with no preposition */
          if (!((n_words >= 2 && (IN (of_words, words[0]) || strcmp (words[0], "по") == 0))
                || (n_words == 2
                    && (strcmp (words[0], "in") == 0 || strcmp (words[0], "im") == 0)
                    && g_unichar_isupper (g_utf8_get_char (words[1])))
                || (n_words <= 2 && strchr (quote->speaker, ' ') == NULL
                    && g_unichar_get_script (g_utf8_get_char (quote->speaker)) == G_UNICODE_SCRIPT_CYRILLIC
                    && g_unichar_get_script (g_utf8_get_char (words[0])) == G_UNICODE_SCRIPT_CYRILLIC)
                /* "Verband der Kommunalen Krankenhäuser" after "… Niedersachsen":
                 * a name with a link inside it, and its seat after it */
                || (n_words == 1 && g_unichar_isupper (g_utf8_get_char (words[0])) && linked_name (quote->speaker))))
            continue;
          if (fuller != NULL && strcmp (fuller, other->speaker) != 0)
            clash = TRUE;
          fuller = other->speaker;
        }
      /* "По данным краевого МЧС", read as "МЧС", after "сообщили в Главном
       * управлении МЧС по краю": a Russian acronym alone is the body
       * another quote names as an office of it ("управление МЧС …") */
      if (fuller == NULL && strchr (quote->speaker, ' ') == NULL && g_utf8_strlen (quote->speaker, -1) >= 2
          && g_unichar_get_script (g_utf8_get_char (quote->speaker)) == G_UNICODE_SCRIPT_CYRILLIC)
        {
          gboolean capitals = TRUE;

          for (const char *c = quote->speaker; *c != '\0' && capitals; c = g_utf8_next_char (c))
            capitals = g_unichar_isupper (g_utf8_get_char (c));
          for (guint o = 0; o < doc->quotes->len && capitals && !clash; o++)
            {
              PxQuote *other = g_ptr_array_index (doc->quotes, o);
              g_auto(GStrv) words = NULL;

              if (other->speaker == NULL || other == quote)
                continue;
              words = g_strsplit (other->speaker, " ", -1);
              for (guint w = 1; words[w] != NULL; w++)
                if (strcmp (words[w], quote->speaker) == 0
                    && (strcmp (words[w - 1], "управление") == 0 || strcmp (words[w - 1], "отделение") == 0))
                  {
                    if (fuller != NULL && strcmp (fuller, other->speaker) != 0)
                      clash = TRUE;
                    fuller = other->speaker;
                    break;
                  }
            }
        }
      if (fuller != NULL && !clash)
        {
          g_free (quote->speaker);
          quote->speaker = g_strdup (fuller);
        }
    }
}
