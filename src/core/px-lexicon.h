/* px-lexicon.h — framing lexicons: XML data files of names, labels, hedges, verbs, frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PX_LEXICON_KIND_NAMING,   /* a concept and the names outlets give it */
  PX_LEXICON_KIND_TERM,     /* a label, a hedge, a cited source; category says which */
  PX_LEXICON_KIND_VERB,     /* a reporting verb; category is its stance */
  PX_LEXICON_KIND_FRAME,    /* cue words of one policy frame; category is the frame */
  PX_LEXICON_KIND_SIDE,     /* words that place a speaker on a side; category is the side */
} PxLexiconKind;

typedef struct {
  char           *id;        /* "<lexicon id>/<entry id>": names the rule in tooltips */
  char           *lexicon;   /* id of the lexicon file that holds it */
  PxLexiconKind   kind;
  char           *category;
  char           *label;     /* what the user reads: the concept, the label, the frame */
  char           *note;      /* why the entry exists, or NULL */
  char           *language;  /* "en", "fr", … or "mul" for every language */
  GPtrArray      *forms;     /* char *: the forms as written in the file */
} PxLexiconEntry;

typedef struct {
  char     *id;
  char     *title;
  char     *language;
  char     *path;
  gboolean  user;      /* from the user's lexicon folder */
  gboolean  enabled;
  guint     n_entries;
} PxLexiconInfo;

/* One hit of an entry's form in a text; offsets are bytes of that text. */
typedef struct {
  const PxLexiconEntry *entry;
  guint                 form;   /* index in entry->forms */
  gsize                 start;
  gsize                 end;
} PxLexiconMatch;

/* Words of a text as the matcher sees them. */
typedef enum {
  PX_LEXICON_TOKEN_WORD       = 1 << 0,
  PX_LEXICON_TOKEN_CAPITAL    = 1 << 1,  /* first letter upper case */
  PX_LEXICON_TOKEN_ALL_CAPS   = 1 << 2,
  PX_LEXICON_TOKEN_NUMBER     = 1 << 3,
  PX_LEXICON_TOKEN_PUNCT      = 1 << 4,
  PX_LEXICON_TOKEN_QUOTE      = 1 << 5,  /* a quotation mark, apostrophes excluded */
  PX_LEXICON_TOKEN_SENT_START = 1 << 6,  /* first word of a sentence or paragraph */
  PX_LEXICON_TOKEN_PARA_START = 1 << 7,
} PxLexiconTokenFlags;

typedef struct {
  gsize    start;
  gsize    end;
  guint    flags;
  char    *lower;   /* case-folded word, apostrophes as U+0027; NULL for punctuation */
} PxLexiconToken;

typedef struct _PxLexicon PxLexicon;

PxLexicon     *px_lexicon_new               (void);
PxLexicon     *px_lexicon_ref               (PxLexicon      *self);
void           px_lexicon_unref             (PxLexicon      *self);
PxLexicon     *px_lexicon_get_default       (void);

char          *px_lexicon_dup_system_dir    (void);
char          *px_lexicon_dup_user_dir      (void);

guint          px_lexicon_load_dir          (PxLexicon      *self,
                                             const char     *dir,
                                             gboolean        user);
gboolean       px_lexicon_load_file         (PxLexicon      *self,
                                             const char     *path,
                                             gboolean        user,
                                             GError        **error);
gboolean       px_lexicon_validate_file     (const char     *path,
                                             const char     *schema_path,
                                             GError        **error);

GPtrArray     *px_lexicon_get_problems      (PxLexicon      *self);
GPtrArray     *px_lexicon_list              (PxLexicon      *self);
gboolean       px_lexicon_set_enabled       (PxLexicon      *self,
                                             const char     *lexicon_id,
                                             gboolean        enabled);
gboolean       px_lexicon_get_enabled       (PxLexicon      *self,
                                             const char     *lexicon_id);
GPtrArray     *px_lexicon_get_entries       (PxLexicon      *self,
                                             PxLexiconKind   kind);
const PxLexiconEntry *px_lexicon_lookup     (PxLexicon      *self,
                                             const char     *entry_id);

GArray        *px_lexicon_match_tokens      (PxLexicon      *self,
                                             const char     *text,
                                             GArray         *tokens,
                                             const char     *language,
                                             guint           kinds);

const char    *px_lexicon_kind_to_string    (PxLexiconKind   kind);

GArray        *px_lexicon_tokenize                  (const char     *text,
                                             gsize           length);
void           px_lexicon_tokens_free               (GArray         *tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLexicon, px_lexicon_unref)

G_END_DECLS
