/* px-quotes-private.h — what the parts of the quote finder share
 *
 * The finder (px-quotes.c) is split by concern into files that all work on
 * one Doc: the article's tokens, its quotation marks and sentences, the
 * people it names and the quotes found so far. This header holds that
 * document, the token helpers every part uses and the shared word lists.
 * It is not installed and not public API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>
#include <string.h>

#include <glib.h>

#include "px-lexicon.h"
#include "px-quotes.h"
#include "px-text.h"

G_BEGIN_DECLS

/* ---- The document ---- */

typedef struct {
  guint open;        /* token of the opening mark */
  guint close;       /* token of the closing mark, or the last content token + 1 */
  gboolean closed;   /* FALSE when the paragraph ended first */
  guint n_words;
  guint sentence;
} Span;

typedef struct {
  guint first;   /* token indices, inclusive */
  guint last;
} Sentence;

typedef struct {
  char      *name;         /* as written, without titles */
  char      *lower_last;   /* case-folded last word, for surname look-ups */
  GPtrArray *descriptions; /* char *, first one the article's main description */
  gboolean   org;
  guint      first_token;
  guint      last_token;
  GArray    *mentions;     /* guint: token of every mention, in order */
  char      *alias;        /* an acronym the article gives in brackets: "(AFAD)" */
  char       gender;       /* 'm' or 'f' from the pronouns the article uses, 0 unknown */
  guint      age;          /* "Ms Lindqvist, 52,", "der 58-jährige …": 0 unknown */
  char      *relative;     /* ", who has run the stall for 31 years,": shown when
                            * there is no other description, never read as a role */
} Person;

typedef struct {
  const char *text;
  gsize       length;
  gboolean    pro_drop;    /* a language that may leave the subject out */
  gboolean    capital_nouns; /* German: a capital says nothing about names */
  gboolean    inflecting;  /* names change their endings with case (German, Russian, …) */
  GArray     *tokens;      /* PxLexiconToken */
  GArray     *segment_starts;  /* gsize: offset of each paragraph in text */
  guint      *token_segment;
  guint8     *quote_depth; /* per token: depth of quotation marks around it */
  gint       *span_of;     /* per token: index of the outer span it lies in, or -1 */
  GArray     *spans;       /* Span */
  GArray     *sentences;   /* Sentence */
  guint      *token_sentence;
  GPtrArray  *people;      /* Person */
  GPtrArray  *anonymous;   /* char *: unnamed sources as the article phrased them */
  GPtrArray  *quotes;      /* PxQuote being built */
  GArray     *quote_sentence; /* guint per quote: sentence index */
  GPtrArray  *quote_person; /* Person * or NULL per quote */
  GArray     *quote_span;   /* gint per quote: its span, -1 for indirect and mixed ones */
  GArray     *quote_cue;    /* guint per quote: token of its cue, G_MAXUINT when none */
  GArray     *bracketed;    /* guint: tokens of acronyms in brackets, "(AFAD)"; found when first asked */
} Doc;

/* A source next to a cue: who the article says spoke, as resolved so far. */
typedef struct {
  guint       first;     /* tokens of the mention */
  guint       last;
  Person     *person;
  char       *speaker;
  char       *description;
  gboolean    pronoun;
  gboolean    implicit;  /* no subject written: the last person speaks */
  gboolean    document;  /* "the report": speaks for whoever issued it */
  /* "a pilot with twelve years at the airline": the phrase after the head
   * noun @last that tells which unnamed person speaks ends at this token
   * (0 when none); kept in the label only if the source stays unnamed */
  guint       modifier_last;
} Source;

/* A cue found in a sentence: a verb or "according to". */
typedef struct {
  guint    first;   /* the cue's tokens */
  guint    last;
  gboolean according;
  gboolean citing;
  Source   source;
  gboolean found;
  gboolean fronted;  /* German "Auf Nachfrage sagte X, …": the clause follows */
} Cue;

static inline PxLexiconToken *
tok (Doc  *doc,
     guint i)
{
  return &g_array_index (doc->tokens, PxLexiconToken, i);
}

static inline gunichar
tok_char (Doc  *doc,
          guint i)
{
  return g_utf8_get_char (doc->text + tok (doc, i)->start);
}

static inline gboolean
is_word (Doc  *doc,
         guint i)
{
  return i < doc->tokens->len && tok (doc, i)->lower != NULL;
}

static inline const char *
lower (Doc  *doc,
       guint i)
{
  return i < doc->tokens->len ? tok (doc, i)->lower : NULL;
}

/* Whether token @i is one of the words given, lower-cased; the list ends
 * with NULL. */
static inline gboolean G_GNUC_NULL_TERMINATED
lower_is (Doc  *doc,
          guint i,
          ...)
{
  const char *word = lower (doc, i);
  const char *candidate;
  gboolean found = FALSE;
  va_list args;

  if (word == NULL)
    return FALSE;
  va_start (args, i);
  while (!found && (candidate = va_arg (args, const char *)) != NULL)
    found = strcmp (word, candidate) == 0;
  va_end (args);
  return found;
}

static inline gboolean
is_punct (Doc        *doc,
          guint       i,
          gunichar    c)
{
  return i < doc->tokens->len && tok (doc, i)->lower == NULL && tok_char (doc, i) == c;
}

static inline gboolean
space_before (Doc  *doc,
              guint i)
{
  gsize start = tok (doc, i)->start;

  if (start == 0)
    return TRUE;
  return g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (doc->text + start)))
         || (i > 0 && tok (doc, i - 1)->end < start)
         || strchr ("([{—–-/", doc->text[start - 1]) != NULL;
}

static inline gboolean
space_after (Doc  *doc,
             guint i)
{
  gsize end = tok (doc, i)->end;

  if (end >= doc->length)
    return TRUE;
  return g_unichar_isspace (g_utf8_get_char (doc->text + end))
         || g_unichar_ispunct (g_utf8_get_char (doc->text + end));
}

/* ---- Word lists ---- */

/* Word lists are looked up for every token: each becomes a hash set on
 * first use. */
static inline gboolean
in_set (GHashTable         **set,
        const char * const  *list,
        gsize                n,
        const char          *word)
{
  if (word == NULL)
    return FALSE;
  if (g_once_init_enter (set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < n; i++)
        g_hash_table_add (table, (gpointer) list[i]);
      g_once_init_leave (set, table);
    }
  return g_hash_table_contains (*set, word);
}

#define IN_SET(list, word) in_set (&list##_set, list, G_N_ELEMENTS (list), word)

/* A word list shared between the parts of the finder (px-quotes-words.c). */
typedef struct {
  const char * const *words;
  gsize               n;
  GHashTable         *set;
} PxQuotesWords;

static inline gboolean
px_quotes_words_contain (PxQuotesWords *list,
                         const char    *word)
{
  return in_set (&list->set, list->words, list->n, word);
}

#define IN(list, word) px_quotes_words_contain (&px_quotes_##list, word)

extern PxQuotesWords px_quotes_speech_verbs;
extern PxQuotesWords px_quotes_cognitive_verbs;
extern PxQuotesWords px_quotes_pronouns_person;
extern PxQuotesWords px_quotes_pronouns_group;
extern PxQuotesWords px_quotes_title_words;
extern PxQuotesWords px_quotes_org_words;
extern PxQuotesWords px_quotes_group_nouns;
extern PxQuotesWords px_quotes_institution_nouns;
extern PxQuotesWords px_quotes_document_nouns;
extern PxQuotesWords px_quotes_stop_words;
extern PxQuotesWords px_quotes_not_name_words;
extern PxQuotesWords px_quotes_name_particles;
extern PxQuotesWords px_quotes_determiners;
extern PxQuotesWords px_quotes_of_words;
extern PxQuotesWords px_quotes_agent_words;
extern PxQuotesWords px_quotes_between_words;
extern PxQuotesWords px_quotes_german_articles;
extern PxQuotesWords px_quotes_spokes;
extern PxQuotesWords px_quotes_german_adjunct_words;
extern PxQuotesWords px_quotes_post_nominals;

gboolean px_quotes_is_business_noun (const char *word);

/* px-quotes-people.c: names, people and institutions */

gboolean   px_quotes_is_name_word              (Doc        *doc,
                                                guint       i);
gboolean   px_quotes_is_title                  (Doc        *doc,
                                                guint       i);
gboolean   px_quotes_looks_demonym             (Doc        *doc,
                                                guint       i);
gboolean   px_quotes_headline_verb             (Doc        *doc,
                                                guint       i);
guint      px_quotes_run_start_back            (Doc        *doc,
                                                guint       last);
guint      px_quotes_run_end_forward           (Doc        *doc,
                                                guint       first);
char      *px_quotes_slice                     (Doc        *doc,
                                                guint       first,
                                                guint       last);
gboolean   px_quotes_run_is_org                (Doc        *doc,
                                                guint       first,
                                                guint       last);
guint      px_quotes_name_start                (Doc        *doc,
                                                guint       first,
                                                guint       last);
guint      px_quotes_name_end                  (Doc        *doc,
                                                guint       first_name,
                                                guint       last);
guint      px_quotes_mention_before            (Person     *person,
                                                guint       before);
void       px_quotes_quote_from_person         (PxQuote    *quote,
                                                Person     *person);
void       px_quotes_add_mention               (Person     *person,
                                                guint       token);
char       px_quotes_pronoun_gender            (const char *word);
char       px_quotes_given_name_gender         (const char *name);
Person    *px_quotes_find_person_exact         (Doc        *doc,
                                                const char *name);
Person    *px_quotes_find_person_by_part       (Doc        *doc,
                                                const char *name,
                                                guint       before);
guint      px_quotes_age_in_word               (const char *word);
gboolean   px_quotes_role_article              (Doc        *doc,
                                                guint       i);
gboolean   px_quotes_role_possessor            (Doc        *doc,
                                                guint       i);
GPtrArray *px_quotes_name_words                (const char *name);
void       px_quotes_collect_people            (Doc        *doc);
void       px_quotes_fullest_institution_names (Doc        *doc);
void       px_quotes_fullest_common_nouns      (Doc        *doc);
void       px_quotes_seat_aliases              (Doc        *doc);
void       px_quotes_german_adjective_names    (Doc        *doc);
void       px_quotes_fuller_speaker_names      (Doc        *doc);
void       px_quotes_roles_named_elsewhere     (Doc        *doc);
void       px_quotes_age_second_references     (Doc        *doc);
gboolean   px_quotes_keep_one_phrase           (char      **found,
                                                char       *phrase);

/* px-quotes-sources.c: sources next to a cue */

void      px_quotes_source_clear            (Source     *source);
gboolean  px_quotes_allowed_token           (Doc        *doc,
                                             guint       i,
                                             gint        sentence);
Person   *px_quotes_last_person_before      (Doc        *doc,
                                             guint       before,
                                             gboolean    org);
gboolean  px_quotes_descriptor_word_fits    (const char *word,
                                             const char *described);
void      px_quotes_source_from_person      (Source     *source,
                                             Person     *person);
/* Past a time adjunct or discourse adverbial between an inverted verb and
 * its subject ("este martes", "por su parte"); @i when there is none. */
guint     px_quotes_skip_time_words         (Doc        *doc,
                                             guint       i,
                                             gint        sentence);
gboolean  px_quotes_source_forward          (Doc        *doc,
                                             guint       i,
                                             gint        sentence,
                                             Source     *source);
Person   *px_quotes_prominent_person_before (Doc        *doc,
                                             guint       before);
void      px_quotes_resolve_source          (Doc        *doc,
                                             Source     *source);
gsize     px_quotes_incise_base             (const char *word);
gboolean  px_quotes_is_speech_verb          (Doc        *doc,
                                             guint       i,
                                             gboolean    quoted);
gboolean  px_quotes_is_cyrillic_word        (Doc        *doc,
                                             guint       i);
gboolean  px_quotes_cue_at                  (Doc        *doc,
                                             guint       i,
                                             gint        sentence,
                                             gboolean    quoted,
                                             Cue        *cue);
gboolean  px_quotes_is_participle_cue       (const char *word);
gboolean  px_quotes_sentence_subject        (Doc        *doc,
                                             gint        sentence,
                                             Source     *source);

/* px-quotes.c: quotation marks, sentences, quotes */

gboolean px_quotes_naming_cue            (Doc   *doc,
                                          guint  verb);
gboolean px_quotes_russian_name_in_marks (Doc   *doc,
                                          Span  *span);
gboolean px_quotes_russian_name_after_kind (Doc   *doc,
                                            Span  *span);

G_END_DECLS
