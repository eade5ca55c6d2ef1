/* px-framing.h — how each outlet frames one event: voices, names, terms, frames, leads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-article.h"
#include "px-lexicon.h"
#include "px-quotes.h"

G_BEGIN_DECLS

/* A sentence given as a span whose paragraph is this lies in the headline. */
#define PX_FRAMING_HEADLINE G_MAXUINT

/* A highlighted word or phrase and the rule that produced it. */
typedef struct {
  guint       article;
  guint       sentence;
  PxTextSpan  span;       /* paragraph PX_FRAMING_HEADLINE for the headline */
  char       *term;       /* as written */
  char       *category;   /* "label", "hedge", "verb-distancing", "source-agency", "scare-quote", "passive", … */
  char       *rule;       /* lexicon entry id ("labels/separatist") or built-in rule ("rule/passive") */
  gboolean    quoted;     /* inside a speaker's quoted words, not the outlet's own */
} PxFramingTerm;

typedef struct {
  guint  article;
  char  *name;            /* the form of the lexicon entry */
  guint  count;
} PxNamingVariant;

typedef struct {
  char      *concept;     /* the concept's first form ("Nagorno-Karabakh") */
  char      *label;       /* what the concept is */
  char      *rule;        /* lexicon entry id */
  GPtrArray *variants;    /* PxNamingVariant, by article then name */
} PxNamingGroup;

/* Two articles naming the same role differently ("President of Artsakh" /
 * "president of Nagorno-Karabakh"), found from aligned contexts. */
typedef struct {
  char  *role;            /* the shared context ("president of … Bako Sahakyan") */
  guint  article_a;
  char  *name_a;
  guint  sentence_a;
  guint  article_b;
  char  *name_b;
  guint  sentence_b;
} PxNamingContrast;

typedef struct {
  guint       article;
  guint       words;      /* the article's length the weights are normalised by */
  GHashTable *weights;    /* frame id → double *: cue hits per 100 words */
  GHashTable *cues;       /* frame id → GPtrArray of char *: the cue words found, once each */
} PxArticleFrames;

/* One speaker in one article. */
typedef struct {
  guint      article;
  guint      words;       /* words quoted directly */
  guint      direct;
  guint      indirect;
  GPtrArray *verbs;       /* char *, once each */
} PxVoiceShare;

typedef struct {
  char      *speaker;
  char      *description;
  char      *side;        /* a side id from the lexicon, or NULL when the text says nothing */
  char      *side_rule;   /* the entry that placed the speaker */
  GPtrArray *shares;      /* PxVoiceShare, by article */
} PxVoice;

typedef struct {
  guint  article;
  char  *headline;
  char  *lead;            /* the first paragraph of the body */
} PxLead;

typedef struct _PxFraming PxFraming;

PxFraming   *px_framing_analyse               (GPtrArray        *articles,
                                               GPtrArray        *sentences,
                                               PxLexicon        *lexicon);
void         px_framing_free                  (PxFraming        *self);

guint        px_framing_get_n_articles        (PxFraming        *self);
GPtrArray   *px_framing_get_quotes            (PxFraming        *self,
                                               guint             article);
guint        px_framing_get_quote_sentence    (PxFraming        *self,
                                               guint             article,
                                               guint             quote);
GPtrArray   *px_framing_get_terms             (PxFraming        *self);
GPtrArray   *px_framing_get_naming            (PxFraming        *self);
GPtrArray   *px_framing_get_naming_contrasts  (PxFraming        *self);
GPtrArray   *px_framing_get_frames            (PxFraming        *self);
GPtrArray   *px_framing_get_voices            (PxFraming        *self);
GPtrArray   *px_framing_get_leads             (PxFraming        *self);
GArray      *px_framing_get_sentences         (PxFraming        *self,
                                               guint             article);

void         px_framing_add_json              (PxFraming        *self,
                                               JsonBuilder      *builder);
JsonNode    *px_framing_to_json               (PxFraming        *self);

GArray      *px_framing_split_sentences       (PxArticle        *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxFraming, px_framing_free)

G_END_DECLS
