/* px-framing.c — how each outlet frames one event: voices, names, terms, frames, leads
 *
 * Framing is selection and salience (Entman): whom an outlet lets speak and
 * how, which names and labels it picks, what it hedges, which policy frames
 * its words evoke (the Policy Frames Codebook of Boydstun et al.), and what
 * it puts first. Every highlight records the lexicon entry or built-in rule
 * that produced it, so the window can say why it is there.
 *
 * Sentence indices follow the caller's sentence split (the compare result's
 * sentences), given per article as spans over paragraphs; without one a
 * simple split is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-framing"

#include "config.h"

#include <math.h>
#include <string.h>

#include "px-framing.h"
#include "px-text.h"
#include "px-json.h"

struct _PxFraming {
  GPtrArray *articles;        /* PxArticle */
  GPtrArray *sentences;       /* per article: GArray of PxTextSpan */
  GPtrArray *quotes;          /* per article: GPtrArray of PxQuote */
  GPtrArray *quote_sentences; /* per article: GArray of guint */
  GPtrArray *terms;           /* PxFramingTerm */
  GPtrArray *naming;          /* PxNamingGroup */
  GPtrArray *contrasts;       /* PxNamingContrast */
  GPtrArray *frames;          /* PxArticleFrames */
  GPtrArray *voices;          /* PxVoice */
  GPtrArray *leads;           /* PxLead */
  PxLexicon *lexicon;
};

/* Past participles that are not passives of an act ("were concerned"). */
static const char * const adjectival_participles[] = {
  "concerned", "interested", "pleased", "based", "located", "supposed", "used", "scheduled", "involved",
  "related", "called", "named", "tired", "married", "satisfied", "surprised", "worried", "prepared",
  "determined", "committed", "dedicated", "convinced", "expected", "aimed", "designed", "meant",
  "entitled", "required", "needed", "allowed", "considered", "united", "limited", "advanced",
  "organised", "organized", "experienced", "qualified", "retired", "armed", "detailed", "reserved",
  "engaged", "focused", "focussed", "disappointed", "excited", "divided", "opposed", "scared",
  "recognised", "recognized", "ceded", "indeed", "need", "speed", "seed", "feed", "bed", "red", "led",
  "shed", "hundred", "embed", "reed",
};

static const char * const irregular_participles[] = {
  "shot", "hit", "taken", "held", "beaten", "hurt", "struck", "seen", "found", "given", "sent", "built",
  "caught", "driven", "thrown", "torn", "broken", "stolen", "sold", "told", "brought", "bought",
  "fought", "made", "put", "set", "left", "lost", "kept", "run", "won", "done", "forced", "hidden",
  "slain", "overrun", "blown", "shaken", "withdrawn", "born", "known",
};

static const char * const passive_auxiliaries[] = {
  "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting",
};

#define IN(list, word) px_text_list_contains (list, G_N_ELEMENTS (list), word)

static void
term_free (PxFramingTerm *term)
{
  g_free (term->term);
  g_free (term->category);
  g_free (term->rule);
  g_free (term);
}

static void
variant_free (PxNamingVariant *variant)
{
  g_free (variant->name);
  g_free (variant);
}

static void
group_free (PxNamingGroup *group)
{
  g_free (group->concept);
  g_free (group->label);
  g_free (group->rule);
  g_ptr_array_unref (group->variants);
  g_free (group);
}

static void
contrast_free (PxNamingContrast *contrast)
{
  g_free (contrast->role);
  g_free (contrast->name_a);
  g_free (contrast->name_b);
  g_free (contrast);
}

static void
frames_free (PxArticleFrames *frames)
{
  g_hash_table_unref (frames->weights);
  g_hash_table_unref (frames->cues);
  g_free (frames);
}

static void
share_free (PxVoiceShare *share)
{
  g_ptr_array_unref (share->verbs);
  g_free (share);
}

static void
voice_free (PxVoice *voice)
{
  g_free (voice->speaker);
  g_free (voice->description);
  g_free (voice->side);
  g_free (voice->side_rule);
  g_ptr_array_unref (voice->shares);
  g_free (voice);
}

static void
lead_free (PxLead *lead)
{
  g_free (lead->headline);
  g_free (lead->lead);
  g_free (lead);
}

void
px_framing_free (PxFraming *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->articles);
  g_ptr_array_unref (self->sentences);
  g_ptr_array_unref (self->quotes);
  g_ptr_array_unref (self->quote_sentences);
  g_ptr_array_unref (self->terms);
  g_ptr_array_unref (self->naming);
  g_ptr_array_unref (self->contrasts);
  g_ptr_array_unref (self->frames);
  g_ptr_array_unref (self->voices);
  g_ptr_array_unref (self->leads);
  px_lexicon_unref (self->lexicon);
  g_free (self);
}

/* ---- Segments and sentences ---- */

/* The texts analysed for an article: its headline, then its prose paragraphs. */
typedef struct {
  guint       paragraph;  /* PX_FRAMING_HEADLINE or an index in px_article_get_paragraphs() */
  const char *text;
} Segment;

static GArray *
article_segments (PxArticle *article)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  const char *title = px_article_get_title (article);

  if (title != NULL && *title != '\0')
    {
      Segment segment = { PX_FRAMING_HEADLINE, title };

      g_array_append_val (segments, segment);
    }
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      Segment segment = { i, paragraph->text };

      if (px_paragraph_role_is_prose (paragraph->role))
        g_array_append_val (segments, segment);
    }
  return segments;
}

static gboolean
is_abbreviation_before (const char *text,
                        gsize       dot)
{
  gsize start = dot;

  while (start > 0 && g_ascii_isalpha (text[start - 1]))
    start--;
  return dot - start == 1 || (dot - start <= 3 && g_ascii_isupper (text[start]) && dot - start >= 2
                              && (strncmp (text + start, "Mr", 2) == 0 || strncmp (text + start, "Dr", 2) == 0
                                  || strncmp (text + start, "Ms", 2) == 0 || strncmp (text + start, "St", 2) == 0
                                  || strncmp (text + start, "Mrs", 3) == 0));
}

/**
 * px_framing_split_sentences:
 * @article: a #PxArticle
 *
 * A plain sentence split for when the caller has none: the headline, then
 * each prose paragraph cut after ". ", "! " or "? " before a capital.
 *
 * Returns: (transfer full) (element-type PxTextSpan): the sentences.
 */
GArray *
px_framing_split_sentences (PxArticle *article)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
  g_autoptr(GArray) segments = article_segments (article);

  for (guint s = 0; s < segments->len; s++)
    {
      Segment *segment = &g_array_index (segments, Segment, s);
      const char *text = segment->text;
      gsize length = strlen (text);
      gsize start = 0;

      for (gsize i = 0; i < length; i++)
        {
          gsize next;
          PxTextSpan span;

          if (text[i] != '.' && text[i] != '!' && text[i] != '?')
            continue;
          if (text[i] == '.' && is_abbreviation_before (text, i))
            continue;
          next = i + 1;
          while (next < length && strchr ("\"')]", text[next]) != NULL)
            next++;
          while (next < length && (guchar) text[next] == 0xE2 && next + 2 < length
                 && (guchar) text[next + 1] == 0x80 && ((guchar) text[next + 2] == 0x9D || (guchar) text[next + 2] == 0x99))
            next += 3;
          if (next >= length || text[next] != ' ')
            continue;
          while (next < length && text[next] == ' ')
            next++;
          if (next < length && !g_unichar_isupper (g_utf8_get_char (text + next))
              && !g_unichar_isdigit (g_utf8_get_char (text + next)) && strchr ("\"'", text[next]) == NULL
              && (guchar) text[next] != 0xE2 && (guchar) text[next] != 0xC2)
            continue;
          span.paragraph = segment->paragraph;
          span.start = start;
          span.end = i + 1;
          g_array_append_val (spans, span);
          start = next;
        }
      if (start < length)
        {
          PxTextSpan span = { segment->paragraph, start, length };

          g_array_append_val (spans, span);
        }
    }
  return spans;
}

static guint
sentence_of (GArray *sentences,
             guint   paragraph,
             gsize   offset)
{
  guint best = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < sentences->len; i++)
    {
      PxTextSpan *span = &g_array_index (sentences, PxTextSpan, i);

      if (span->paragraph != paragraph)
        {
          if (found)
            break;
          continue;
        }
      if (span->start <= offset || !found)
        {
          best = i;
          found = TRUE;
        }
      if (offset < span->end)
        break;
    }
  return best;
}

/* ---- Terms ---- */

static gboolean
inside_direct_quote (GPtrArray *quotes,
                     guint      paragraph,
                     gsize      offset)
{
  if (paragraph == PX_FRAMING_HEADLINE)
    return FALSE;
  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);
      gboolean after_start, before_end;

      if (!quote->direct)
        continue;
      after_start = paragraph > quote->span.paragraph
                    || (paragraph == quote->span.paragraph && offset >= quote->span.start);
      before_end = paragraph < quote->end_paragraph
                   || (paragraph == quote->end_paragraph && offset < quote->end);
      if (after_start && before_end)
        return TRUE;
    }
  return FALSE;
}

static void
add_term (PxFraming  *self,
          guint       article,
          guint       paragraph,
          gsize       start,
          gsize       end,
          const char *text,
          const char *category,
          const char *rule,
          gboolean    quoted)
{
  PxFramingTerm *term = g_new0 (PxFramingTerm, 1);

  term->article = article;
  term->span.paragraph = paragraph;
  term->span.start = start;
  term->span.end = end;
  term->sentence = sentence_of (g_ptr_array_index (self->sentences, article), paragraph, start);
  term->term = g_strndup (text + start, end - start);
  term->category = g_strdup (category);
  term->rule = g_strdup (rule);
  term->quoted = quoted;
  g_ptr_array_add (self->terms, term);
}

/* "were killed", "have been detained" with nobody said to have done it. */
static void
find_passives (PxFraming  *self,
               guint       article,
               Segment    *segment,
               GArray     *tokens,
               GPtrArray  *quotes)
{
  for (guint i = 0; i + 1 < tokens->len; i++)
    {
      PxLexiconToken *aux = &g_array_index (tokens, PxLexiconToken, i);
      guint p = i + 1;
      PxLexiconToken *participle;
      gboolean agent = FALSE;
      gsize n;

      if (aux->lower == NULL || !IN (passive_auxiliaries, aux->lower))
        continue;
      /* one adverb may stand between: "were reportedly killed" */
      if (p + 1 < tokens->len && g_array_index (tokens, PxLexiconToken, p).lower != NULL
          && g_str_has_suffix (g_array_index (tokens, PxLexiconToken, p).lower, "ly"))
        p++;
      participle = &g_array_index (tokens, PxLexiconToken, p);
      if (participle->lower == NULL || (participle->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
        continue;
      n = strlen (participle->lower);
      if (!((n > 4 && g_str_has_suffix (participle->lower, "ed")) || IN (irregular_participles, participle->lower))
          || IN (adjectival_participles, participle->lower))
        continue;
      /* an agent named within a few words ("killed by shelling") is not agentless */
      for (guint k = p + 1; k < tokens->len && k <= p + 5; k++)
        {
          PxLexiconToken *next = &g_array_index (tokens, PxLexiconToken, k);

          if (next->lower == NULL)
            {
              gunichar c = g_utf8_get_char (segment->text + next->start);

              if (c == '.' || c == ';' || c == '!' || c == '?')
                break;
              continue;
            }
          if (strcmp (next->lower, "by") == 0)
            {
              agent = TRUE;
              break;
            }
        }
      if (agent)
        continue;
      add_term (self, article, segment->paragraph, aux->start, participle->end, segment->text, "passive",
                "rule/agentless-passive",
                inside_direct_quote (quotes, segment->paragraph, aux->start));
      i = p;
    }
}

static const char *
verb_category (const char *stance)
{
  if (strcmp (stance, "neutral") == 0)
    return "verb-neutral";
  if (strcmp (stance, "distancing") == 0)
    return "verb-distancing";
  if (strcmp (stance, "endorsing") == 0)
    return "verb-endorsing";
  return NULL;
}

/* ---- Naming ---- */

static PxNamingGroup *
naming_group (PxFraming            *self,
              const PxLexiconEntry *entry)
{
  PxNamingGroup *group;

  for (guint g = 0; g < self->naming->len; g++)
    {
      group = g_ptr_array_index (self->naming, g);
      if (strcmp (group->rule, entry->id) == 0)
        return group;
    }
  group = g_new0 (PxNamingGroup, 1);
  group->concept = g_strdup (entry->forms->len > 0 ? g_ptr_array_index (entry->forms, 0) : entry->label);
  group->label = g_strdup (entry->label);
  group->rule = g_strdup (entry->id);
  group->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) variant_free);
  g_ptr_array_add (self->naming, group);
  return group;
}

static void
count_name (PxFraming            *self,
            guint                 article,
            const PxLexiconEntry *entry,
            guint                 form)
{
  PxNamingGroup *group = naming_group (self, entry);
  const char *name = g_ptr_array_index (entry->forms, form);
  PxNamingVariant *variant;

  for (guint v = 0; v < group->variants->len; v++)
    {
      variant = g_ptr_array_index (group->variants, v);
      if (variant->article == article && strcmp (variant->name, name) == 0)
        {
          variant->count++;
          return;
        }
    }
  variant = g_new0 (PxNamingVariant, 1);
  variant->article = article;
  variant->name = g_strdup (name);
  variant->count = 1;
  g_ptr_array_add (group->variants, variant);
}

/* Role phrases with a proper name: "the president of Nagorno-Karabakh",
 * "President of Artsakh Bako Sahakyan". The role words and an anchor (a
 * person named next to it) are the context; the place is the name. */
typedef struct {
  guint  article;
  guint  sentence;
  char  *role;      /* lower-case role words */
  char  *name;      /* the proper name after "of" */
  char  *anchor;    /* a capitalised name right after, or NULL */
  GHashTable *context;  /* lower-case content words of the sentence */
} RoleMention;

static void
role_mention_free (RoleMention *mention)
{
  g_free (mention->role);
  g_free (mention->name);
  g_free (mention->anchor);
  g_hash_table_unref (mention->context);
  g_free (mention);
}

static const char * const role_nouns[] = {
  "president", "leader", "leaders", "leadership", "government", "authorities", "capital", "prime",
  "minister", "people", "army", "forces", "parliament", "region", "republic", "head", "ombudsman",
  "residents", "population", "administration", "de", "defence", "defense", "foreign", "state",
  "mayor", "governor", "city", "territory", "status", "independence", "recognition",
};

static gboolean
is_proper (PxLexiconToken *token)
{
  return token->lower != NULL && (token->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && (token->flags & PX_LEXICON_TOKEN_NUMBER) == 0;
}

static void
find_role_mentions (GPtrArray  *out,
                    guint       article,
                    guint       sentence_base,
                    GArray     *sentences,
                    Segment    *segment,
                    GArray     *tokens)
{
  for (guint i = 0; i + 2 < tokens->len; i++)
    {
      PxLexiconToken *of = &g_array_index (tokens, PxLexiconToken, i);
      guint r, n, end;
      GString *role;
      RoleMention *mention;

      if (of->lower == NULL || strcmp (of->lower, "of") != 0 || i == 0)
        continue;
      /* role words before "of" */
      r = i;
      while (r > 0 && r + 3 > i && g_array_index (tokens, PxLexiconToken, r - 1).lower != NULL
             && IN (role_nouns, g_array_index (tokens, PxLexiconToken, r - 1).lower))
        r--;
      if (r == i)
        continue;
      n = i + 1;
      if (n < tokens->len && g_array_index (tokens, PxLexiconToken, n).lower != NULL
          && strcmp (g_array_index (tokens, PxLexiconToken, n).lower, "the") == 0)
        n++;
      if (n >= tokens->len || !is_proper (&g_array_index (tokens, PxLexiconToken, n)))
        continue;
      end = n;
      /* the place: one word, or a name with "of" ("Republic of Azerbaijan" is
       * read as the role "republic" and the place "Azerbaijan") */
      role = g_string_new (NULL);
      for (guint k = r; k < i; k++)
        {
          if (role->len > 0)
            g_string_append_c (role, ' ');
          g_string_append (role, g_array_index (tokens, PxLexiconToken, k).lower);
        }
      mention = g_new0 (RoleMention, 1);
      mention->article = article;
      mention->sentence = sentence_of (sentences, segment->paragraph, of->start);
      mention->role = g_string_free (role, FALSE);
      mention->name = g_strndup (segment->text + g_array_index (tokens, PxLexiconToken, n).start,
                                 g_array_index (tokens, PxLexiconToken, end).end - g_array_index (tokens, PxLexiconToken, n).start);
      if (g_str_has_suffix (mention->name, "’s") || g_str_has_suffix (mention->name, "'s"))
        mention->name[strlen (mention->name) - (g_str_has_suffix (mention->name, "'s") ? 2 : 4)] = '\0';
      /* an anchor: a person named just after ("…, Bako Sahakyan") */
      for (guint k = end + 1; k < tokens->len && k <= end + 3; k++)
        {
          PxLexiconToken *token = &g_array_index (tokens, PxLexiconToken, k);

          if (is_proper (token) && k + 1 < tokens->len && is_proper (&g_array_index (tokens, PxLexiconToken, k + 1)))
            {
              PxLexiconToken *last = &g_array_index (tokens, PxLexiconToken, k + 1);

              mention->anchor = g_strndup (segment->text + token->start, last->end - token->start);
              break;
            }
          if (token->lower != NULL)
            break;
        }
      mention->context = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint k = 0; k < tokens->len; k++)
        {
          PxLexiconToken *token = &g_array_index (tokens, PxLexiconToken, k);

          if (token->lower != NULL && strlen (token->lower) > 3
              && sentence_of (sentences, segment->paragraph, token->start) == mention->sentence)
            g_hash_table_add (mention->context, g_strdup (token->lower));
        }
      g_ptr_array_add (out, mention);
      i = end;
    }
}

static double
context_overlap (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;
  guint shared = 0;
  guint total;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (b, key))
      shared++;
  total = g_hash_table_size (a) + g_hash_table_size (b) - shared;
  return total > 0 ? (double) shared / total : 0.0;
}

static void
find_contrasts (PxFraming *self,
                GPtrArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    for (guint j = i + 1; j < mentions->len; j++)
      {
        RoleMention *a = g_ptr_array_index (mentions, i);
        RoleMention *b = g_ptr_array_index (mentions, j);
        gboolean same_anchor, similar;
        PxNamingContrast *contrast;
        gboolean known = FALSE;

        if (a->article == b->article || strcmp (a->role, b->role) != 0
            || g_utf8_collate (a->name, b->name) == 0)
          continue;
        same_anchor = a->anchor != NULL && b->anchor != NULL && strcmp (a->anchor, b->anchor) == 0;
        similar = context_overlap (a->context, b->context) >= 0.25;
        if (!same_anchor && !similar)
          continue;
        for (guint c = 0; c < self->contrasts->len && !known; c++)
          {
            PxNamingContrast *other = g_ptr_array_index (self->contrasts, c);

            known = other->article_a == a->article && other->article_b == b->article
                    && strcmp (other->name_a, a->name) == 0 && strcmp (other->name_b, b->name) == 0;
          }
        if (known)
          continue;
        contrast = g_new0 (PxNamingContrast, 1);
        contrast->role = same_anchor ? g_strdup_printf ("%s of … %s", a->role, a->anchor)
                                     : g_strdup_printf ("%s of …", a->role);
        contrast->article_a = a->article;
        contrast->name_a = g_strdup (a->name);
        contrast->sentence_a = a->sentence;
        contrast->article_b = b->article;
        contrast->name_b = g_strdup (b->name);
        contrast->sentence_b = b->sentence;
        g_ptr_array_add (self->contrasts, contrast);
      }
}

/* ---- Voices and sides ---- */

static gboolean
same_speaker (const char *a,
              const char *b)
{
  const char *last_a, *last_b;

  if (g_utf8_collate (a, b) == 0)
    return TRUE;
  /* "Nikol Pashinyan" and "Pashinyan" across outlets */
  last_a = strrchr (a, ' ');
  last_b = strrchr (b, ' ');
  last_a = last_a != NULL ? last_a + 1 : a;
  last_b = last_b != NULL ? last_b + 1 : b;
  return (strchr (a, ' ') == NULL || strchr (b, ' ') == NULL)
         && g_unichar_isupper (g_utf8_get_char (a)) && g_unichar_isupper (g_utf8_get_char (b))
         && strcmp (last_a, last_b) == 0;
}

static void
place_on_side (PxFraming  *self,
               PxVoice    *voice,
               const char *language)
{
  g_autofree char *text = g_strdup_printf ("%s. %s", voice->description != NULL ? voice->description : "",
                                           voice->speaker);
  GArray *tokens = px_lexicon_tokenize (text, strlen (text));
  g_autoptr(GArray) matches = px_lexicon_match_tokens (self->lexicon, text, tokens, language,
                                                       1u << PX_LEXICON_KIND_SIDE);

  /* Nationality and institution words come first in descriptions
   * ("Azerbaijani freelance journalist"); the first one decides. */
  if (matches->len > 0)
    {
      PxLexiconMatch *match = &g_array_index (matches, PxLexiconMatch, 0);

      voice->side = g_strdup (match->entry->category);
      voice->side_rule = g_strdup (match->entry->id);
    }
  px_lexicon_tokens_free (tokens);
}

static void
collect_voices (PxFraming *self)
{
  for (guint a = 0; a < self->articles->len; a++)
    {
      GPtrArray *quotes = g_ptr_array_index (self->quotes, a);

      for (guint q = 0; q < quotes->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (quotes, q);
          PxVoice *voice = NULL;
          PxVoiceShare *share = NULL;
          gboolean seen_verb = FALSE;

          if (quote->kind != PX_QUOTE_SPEECH || quote->speaker == NULL)
            continue;
          for (guint v = 0; v < self->voices->len && voice == NULL; v++)
            {
              PxVoice *candidate = g_ptr_array_index (self->voices, v);

              if (same_speaker (candidate->speaker, quote->speaker))
                voice = candidate;
            }
          if (voice == NULL)
            {
              voice = g_new0 (PxVoice, 1);
              voice->speaker = g_strdup (quote->speaker);
              voice->shares = g_ptr_array_new_with_free_func ((GDestroyNotify) share_free);
              g_ptr_array_add (self->voices, voice);
            }
          else if (strlen (quote->speaker) > strlen (voice->speaker))
            {
              g_free (voice->speaker);
              voice->speaker = g_strdup (quote->speaker);
            }
          if (voice->description == NULL && quote->speaker_description != NULL)
            voice->description = g_strdup (quote->speaker_description);
          for (guint s = 0; s < voice->shares->len && share == NULL; s++)
            if (((PxVoiceShare *) g_ptr_array_index (voice->shares, s))->article == a)
              share = g_ptr_array_index (voice->shares, s);
          if (share == NULL)
            {
              share = g_new0 (PxVoiceShare, 1);
              share->article = a;
              share->verbs = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (voice->shares, share);
            }
          if (quote->direct)
            {
              share->direct++;
              {
                g_auto(GStrv) words = g_strsplit_set (quote->text, " \t\n", -1);

                for (guint w = 0; words[w] != NULL; w++)
                  if (*words[w] != '\0')
                    share->words++;
              }
            }
          else
            share->indirect++;
          for (guint v = 0; quote->verb != NULL && v < share->verbs->len; v++)
            seen_verb |= strcmp (g_ptr_array_index (share->verbs, v), quote->verb) == 0;
          if (quote->verb != NULL && !seen_verb)
            g_ptr_array_add (share->verbs, g_strdup (quote->verb));
        }
    }
  for (guint v = 0; v < self->voices->len; v++)
    place_on_side (self, g_ptr_array_index (self->voices, v), NULL);
}

/* ---- Leads ---- */

static void
collect_lead (PxFraming *self,
              guint      a)
{
  PxArticle *article = g_ptr_array_index (self->articles, a);
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  PxLead *lead = g_new0 (PxLead, 1);

  lead->article = a;
  lead->headline = g_strdup (px_article_get_title (article));
  /* The lead is the first body paragraph that reads as prose, not a
   * dateline or a photo credit. */
  for (guint i = 0; i < paragraphs->len && lead->lead == NULL; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->role == PX_PARAGRAPH_BODY && px_text_count_words (paragraph->text) >= 12)
        lead->lead = g_strdup (paragraph->text);
    }
  g_ptr_array_add (self->leads, lead);
}

/* ---- One article ---- */

static void
analyse_article (PxFraming *self,
                 guint      a,
                 GPtrArray *mentions)
{
  PxArticle *article = g_ptr_array_index (self->articles, a);
  GArray *sentences = g_ptr_array_index (self->sentences, a);
  GPtrArray *quotes = px_quotes_find_in_article (article);
  GArray *quote_sentences = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) segments = article_segments (article);
  const char *language = px_article_get_language (article);
  PxArticleFrames *frames = g_new0 (PxArticleFrames, 1);
  guint words = 0;
  guint kinds = (1u << PX_LEXICON_KIND_TERM) | (1u << PX_LEXICON_KIND_VERB)
                | (1u << PX_LEXICON_KIND_NAMING) | (1u << PX_LEXICON_KIND_FRAME);

  g_ptr_array_add (self->quotes, quotes);
  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);
      guint sentence = sentence_of (sentences, quote->span.paragraph, quote->span.start);

      g_array_append_val (quote_sentences, sentence);
      if (quote->kind == PX_QUOTE_SCARE)
        {
          const char *text = ((PxParagraph *) g_ptr_array_index (px_article_get_paragraphs (article),
                                                                  quote->span.paragraph))->text;

          add_term (self, a, quote->span.paragraph, quote->span.start, quote->span.end, text,
                    "scare-quote", "rule/scare-quote", FALSE);
        }
    }
  g_ptr_array_add (self->quote_sentences, quote_sentences);

  frames->article = a;
  frames->weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  frames->cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  for (guint s = 0; s < segments->len; s++)
    {
      Segment *segment = &g_array_index (segments, Segment, s);
      GArray *tokens = px_lexicon_tokenize (segment->text, strlen (segment->text));
      g_autoptr(GArray) matches = px_lexicon_match_tokens (self->lexicon, segment->text, tokens, language, kinds);

      for (guint t = 0; t < tokens->len; t++)
        if (g_array_index (tokens, PxLexiconToken, t).lower != NULL)
          words++;
      for (guint m = 0; m < matches->len; m++)
        {
          PxLexiconMatch *match = &g_array_index (matches, PxLexiconMatch, m);
          const PxLexiconEntry *entry = match->entry;
          gboolean quoted = inside_direct_quote (quotes, segment->paragraph, match->start);

          switch (entry->kind)
            {
            case PX_LEXICON_KIND_TERM:
              add_term (self, a, segment->paragraph, match->start, match->end, segment->text,
                        entry->category, entry->id, quoted);
              break;
            case PX_LEXICON_KIND_VERB:
              /* The outlet's own reporting verbs, not those in a speaker's words. */
              if (!quoted && verb_category (entry->category) != NULL)
                add_term (self, a, segment->paragraph, match->start, match->end, segment->text,
                          verb_category (entry->category), entry->id, FALSE);
              else if (!quoted)
                add_term (self, a, segment->paragraph, match->start, match->end, segment->text,
                          entry->category, entry->id, FALSE);
              break;
            case PX_LEXICON_KIND_NAMING:
              count_name (self, a, entry, match->form);
              break;
            case PX_LEXICON_KIND_FRAME:
              {
                double *weight = g_hash_table_lookup (frames->weights, entry->category);
                GPtrArray *cues = g_hash_table_lookup (frames->cues, entry->category);
                g_autofree char *cue = g_utf8_strdown (segment->text + match->start, match->end - match->start);
                gboolean seen = FALSE;

                if (weight == NULL)
                  {
                    weight = g_new0 (double, 1);
                    g_hash_table_insert (frames->weights, g_strdup (entry->category), weight);
                    cues = g_ptr_array_new_with_free_func (g_free);
                    g_hash_table_insert (frames->cues, g_strdup (entry->category), cues);
                  }
                *weight += 1.0;
                for (guint c = 0; c < cues->len && !seen; c++)
                  seen = strcmp (g_ptr_array_index (cues, c), cue) == 0;
                if (!seen)
                  g_ptr_array_add (cues, g_steal_pointer (&cue));
              }
              break;
            case PX_LEXICON_KIND_SIDE:
            default:
              break;
            }
        }
      find_passives (self, a, segment, tokens, quotes);
      find_role_mentions (mentions, a, 0, sentences, segment, tokens);
      px_lexicon_tokens_free (tokens);
    }

  frames->words = words;
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, frames->weights);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      *(double *) value = words > 0 ? round (*(double *) value * 100.0 / words * 1000.0) / 1000.0 : 0.0;
  }
  g_ptr_array_add (self->frames, frames);
  collect_lead (self, a);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const PxFramingTerm *ta = *(const PxFramingTerm * const *) a;
  const PxFramingTerm *tb = *(const PxFramingTerm * const *) b;

  if (ta->article != tb->article)
    return ta->article < tb->article ? -1 : 1;
  if (ta->sentence != tb->sentence)
    return ta->sentence < tb->sentence ? -1 : 1;
  return ta->span.start < tb->span.start ? -1 : ta->span.start > tb->span.start;
}

/**
 * px_framing_analyse:
 * @articles: (element-type PxArticle): the articles of one event
 * @sentences: (nullable) (element-type GArray): per article, a #GArray of
 *   #PxTextSpan giving its sentences (paragraph #PX_FRAMING_HEADLINE for the
 *   headline), so sentence indices match the caller's; %NULL to split here
 * @lexicon: (nullable): the lexicons; %NULL for px_lexicon_get_default()
 *
 * Returns: (transfer full): quotes, voices, naming, terms, frames and leads
 *   of the event.
 */
PxFraming *
px_framing_analyse (GPtrArray *articles,
                    GPtrArray *sentences,
                    PxLexicon *lexicon)
{
  PxFraming *self = g_new0 (PxFraming, 1);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) role_mention_free);

  g_return_val_if_fail (articles != NULL, NULL);

  self->articles = g_ptr_array_ref (articles);
  self->lexicon = px_lexicon_ref (lexicon != NULL ? lexicon : px_lexicon_get_default ());
  self->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->quote_sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  self->naming = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->contrasts = g_ptr_array_new_with_free_func ((GDestroyNotify) contrast_free);
  self->frames = g_ptr_array_new_with_free_func ((GDestroyNotify) frames_free);
  self->voices = g_ptr_array_new_with_free_func ((GDestroyNotify) voice_free);
  self->leads = g_ptr_array_new_with_free_func ((GDestroyNotify) lead_free);

  for (guint a = 0; a < articles->len; a++)
    {
      if (sentences != NULL && a < sentences->len && g_ptr_array_index (sentences, a) != NULL)
        g_ptr_array_add (self->sentences, g_array_ref (g_ptr_array_index (sentences, a)));
      else
        g_ptr_array_add (self->sentences, px_framing_split_sentences (g_ptr_array_index (articles, a)));
    }
  for (guint a = 0; a < articles->len; a++)
    analyse_article (self, a, mentions);
  g_ptr_array_sort (self->terms, compare_terms);
  find_contrasts (self, mentions);
  collect_voices (self);
  return self;
}

guint
px_framing_get_n_articles (PxFraming *self)
{
  return self->articles->len;
}

/**
 * px_framing_get_quotes:
 * @self: a #PxFraming
 * @article: an article index
 *
 * Returns: (transfer none) (element-type PxQuote): the article's quotes,
 *   speech and scare quotes.
 */
GPtrArray *
px_framing_get_quotes (PxFraming *self,
                       guint      article)
{
  g_return_val_if_fail (article < self->quotes->len, NULL);
  return g_ptr_array_index (self->quotes, article);
}

guint
px_framing_get_quote_sentence (PxFraming *self,
                               guint      article,
                               guint      quote)
{
  return g_array_index ((GArray *) g_ptr_array_index (self->quote_sentences, article), guint, quote);
}

/** px_framing_get_terms: Returns: (transfer none) (element-type PxFramingTerm): by article and sentence */
GPtrArray *
px_framing_get_terms (PxFraming *self)
{
  return self->terms;
}

/** px_framing_get_naming: Returns: (transfer none) (element-type PxNamingGroup) */
GPtrArray *
px_framing_get_naming (PxFraming *self)
{
  return self->naming;
}

/** px_framing_get_naming_contrasts: Returns: (transfer none) (element-type PxNamingContrast) */
GPtrArray *
px_framing_get_naming_contrasts (PxFraming *self)
{
  return self->contrasts;
}

/** px_framing_get_frames: Returns: (transfer none) (element-type PxArticleFrames): one per article */
GPtrArray *
px_framing_get_frames (PxFraming *self)
{
  return self->frames;
}

/** px_framing_get_voices: Returns: (transfer none) (element-type PxVoice) */
GPtrArray *
px_framing_get_voices (PxFraming *self)
{
  return self->voices;
}

/** px_framing_get_leads: Returns: (transfer none) (element-type PxLead): one per article */
GPtrArray *
px_framing_get_leads (PxFraming *self)
{
  return self->leads;
}

/** px_framing_get_sentences: Returns: (transfer none) (element-type PxTextSpan) */
GArray *
px_framing_get_sentences (PxFraming *self,
                          guint      article)
{
  return g_ptr_array_index (self->sentences, article);
}

/* ---- JSON ---- */

static int
compare_frame_names (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * px_framing_add_json:
 * @self: a #PxFraming
 * @builder: a #JsonBuilder inside an object
 *
 * Adds the members "quotes", "naming", "terms" and "frames" of the compare
 * contract (DESIGN.md), and "voices", "naming_contrasts" and "leads".
 * Article indices are indices in the articles given to
 * px_framing_analyse(); sentence indices follow its sentences.
 */
void
px_framing_add_json (PxFraming   *self,
                     JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint a = 0; a < self->quotes->len; a++)
    {
      GPtrArray *quotes = g_ptr_array_index (self->quotes, a);

      for (guint q = 0; q < quotes->len; q++)
        {
          PxQuote *quote = g_ptr_array_index (quotes, q);

          if (quote->kind != PX_QUOTE_SPEECH)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "article");
          json_builder_add_int_value (builder, a);
          json_builder_set_member_name (builder, "sentence");
          json_builder_add_int_value (builder, px_framing_get_quote_sentence (self, a, q));
          px_json_add_string_or_null (builder, "speaker", quote->speaker);
          px_json_add_string_or_null (builder, "speaker_description", quote->speaker_description);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, quote->text);
          px_json_add_string_or_null (builder, "verb", quote->verb);
          json_builder_set_member_name (builder, "direct");
          json_builder_add_boolean_value (builder, quote->direct);
          if (quote->via != NULL)
            px_json_add_string_or_null (builder, "via", quote->via);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "naming");
  json_builder_begin_array (builder);
  for (guint g = 0; g < self->naming->len; g++)
    {
      PxNamingGroup *group = g_ptr_array_index (self->naming, g);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "concept");
      json_builder_add_string_value (builder, group->concept);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, group->rule);
      json_builder_set_member_name (builder, "variants");
      json_builder_begin_array (builder);
      for (guint v = 0; v < group->variants->len; v++)
        {
          PxNamingVariant *variant = g_ptr_array_index (group->variants, v);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "article");
          json_builder_add_int_value (builder, variant->article);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, variant->name);
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, variant->count);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "naming_contrasts");
  json_builder_begin_array (builder);
  for (guint c = 0; c < self->contrasts->len; c++)
    {
      PxNamingContrast *contrast = g_ptr_array_index (self->contrasts, c);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "context");
      json_builder_add_string_value (builder, contrast->role);
      json_builder_set_member_name (builder, "names");
      json_builder_begin_array (builder);
      for (guint side = 0; side < 2; side++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "article");
          json_builder_add_int_value (builder, side == 0 ? contrast->article_a : contrast->article_b);
          json_builder_set_member_name (builder, "sentence");
          json_builder_add_int_value (builder, side == 0 ? contrast->sentence_a : contrast->sentence_b);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, side == 0 ? contrast->name_a : contrast->name_b);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "terms");
  json_builder_begin_array (builder);
  for (guint t = 0; t < self->terms->len; t++)
    {
      PxFramingTerm *term = g_ptr_array_index (self->terms, t);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_int_value (builder, term->article);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, term->sentence);
      json_builder_set_member_name (builder, "term");
      json_builder_add_string_value (builder, term->term);
      json_builder_set_member_name (builder, "category");
      json_builder_add_string_value (builder, term->category);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, term->rule);
      json_builder_set_member_name (builder, "quoted");
      json_builder_add_boolean_value (builder, term->quoted);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "frames");
  json_builder_begin_array (builder);
  for (guint f = 0; f < self->frames->len; f++)
    {
      PxArticleFrames *frames = g_ptr_array_index (self->frames, f);
      g_autofree gpointer *keys = NULL;
      guint n_keys = 0;

      keys = g_hash_table_get_keys_as_array (frames->weights, &n_keys);
      qsort (keys, n_keys, sizeof (gpointer), compare_frame_names);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_int_value (builder, frames->article);
      json_builder_set_member_name (builder, "frames");
      json_builder_begin_object (builder);
      for (guint k = 0; k < n_keys; k++)
        {
          json_builder_set_member_name (builder, keys[k]);
          json_builder_add_double_value (builder, *(double *) g_hash_table_lookup (frames->weights, keys[k]));
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "cues");
      json_builder_begin_object (builder);
      for (guint k = 0; k < n_keys; k++)
        {
          GPtrArray *cues = g_hash_table_lookup (frames->cues, keys[k]);

          json_builder_set_member_name (builder, keys[k]);
          json_builder_begin_array (builder);
          for (guint c = 0; c < cues->len; c++)
            json_builder_add_string_value (builder, g_ptr_array_index (cues, c));
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "voices");
  json_builder_begin_array (builder);
  for (guint v = 0; v < self->voices->len; v++)
    {
      PxVoice *voice = g_ptr_array_index (self->voices, v);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "speaker");
      json_builder_add_string_value (builder, voice->speaker);
      px_json_add_string_or_null (builder, "description", voice->description);
      px_json_add_string_or_null (builder, "side", voice->side);
      json_builder_set_member_name (builder, "articles");
      json_builder_begin_array (builder);
      for (guint s = 0; s < voice->shares->len; s++)
        {
          PxVoiceShare *share = g_ptr_array_index (voice->shares, s);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "article");
          json_builder_add_int_value (builder, share->article);
          json_builder_set_member_name (builder, "words");
          json_builder_add_int_value (builder, share->words);
          json_builder_set_member_name (builder, "direct");
          json_builder_add_int_value (builder, share->direct);
          json_builder_set_member_name (builder, "indirect");
          json_builder_add_int_value (builder, share->indirect);
          json_builder_set_member_name (builder, "verbs");
          json_builder_begin_array (builder);
          for (guint b = 0; b < share->verbs->len; b++)
            json_builder_add_string_value (builder, g_ptr_array_index (share->verbs, b));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "leads");
  json_builder_begin_array (builder);
  for (guint l = 0; l < self->leads->len; l++)
    {
      PxLead *lead = g_ptr_array_index (self->leads, l);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_int_value (builder, lead->article);
      px_json_add_string_or_null (builder, "headline", lead->headline);
      px_json_add_string_or_null (builder, "lead", lead->lead);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * px_framing_to_json:
 *
 * Returns: (transfer full): an object with the members of px_framing_add_json().
 */
JsonNode *
px_framing_to_json (PxFraming *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  px_framing_add_json (self, builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
