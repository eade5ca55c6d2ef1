/* px-events.c — which articles report the same event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each article becomes sparse TF-IDF vectors (stemmed words with the
 * headline and lead weighted up; names with their variants brought
 * together, and numbers; in a folder of several languages, words by their
 * transliterated spelling, so cognates meet across languages) and an
 * estimated event day. Candidates come from an inverted
 * index over each article's most telling terms and names, never from all
 * pairs. Articles join by average linkage over every pair of two groups,
 * where the similarity fades with the days between their events: one bridge
 * article cannot chain two summits a year apart, and a report and an
 * analysis a few days later still agree on most pairs.
 */
#define G_LOG_DOMAIN "px-events"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-events.h"
#include "px-text.h"

/* Tuned on the development corpora only (see tests/test-events-quality.c). */
#define BASE_THRESHOLD      0.16
#define WORDS_SHARE         0.55    /* of the similarity; names have the rest */
#define MAX_VECTOR_TERMS    160     /* the tail adds little to a cosine */
#define BLOCKING_TERMS      12      /* per article, into the inverted index */
#define BLOCKING_ENTITIES   8
#define MAX_CANDIDATES      40      /* exact similarities per article */
#define NEIGHBOURS          12      /* edges kept per article */
#define SAME_TIME_DAYS      3.0     /* events this close count as one time */
#define TIME_DECAY_DAYS     7.0
/* Two articles about the same day weigh what they share double: outlets
 * that frame one event differently still report it on the same day. */
#define SAME_DAY_BOOST      2.0
/* A folder of a few articles cannot tell how rare a word is; below this
 * many articles, word weights are taken as if from a folder this large, so
 * the words a handful of articles all share are not weighed as noise. */
#define WORD_IDF_PRIOR      20
/* Incremental updates weigh new articles' terms by the folder as it is and
 * leave earlier ones as they were; once the folder has grown by this share
 * since the last full grouping, the next update regroups all, so weights
 * never drift far (and the cost stays linear, amortised). */
#define REFRESH_GROWTH      0.25
/* Across languages names carry the similarity; words spelt alike once
 * transliterated ("Koalition" / "coalition", "ciclón" / "cyclone") add
 * this share. */
#define COGNATE_SHARE       0.4
/* Names and cognates are a small part of what two articles share, so
 * their cosine runs lower than that of two articles in one language: the
 * bar across languages is this much lower. */
#define CROSS_LANGUAGE_BOOST 1.75
#define MAX_COGNATES        80
#define COGNATE_LENGTH      5     /* characters of the spelling key compared */

#if defined(__GNUC__)
#define PREFETCH(address) __builtin_prefetch (address)
#else
#define PREFETCH(address)
#endif

typedef struct {
  guint32 id;
  float   weight;
} Feature;

typedef struct {
  Feature *features;
  guint    n_features;
} Vector;

/* What a similarity reads comes first, so that it shares a cache line. */
typedef struct {
  Vector      words;
  Vector      names;
  const char *language;   /* interned */
  PxTimexSpan time;       /* the event's time, a year-less one anchored if it could be */
  Vector      cognates;   /* content words by spelling, for other languages */
  PxAnalysis *analysis;
  const char *pin;        /* interned event id, or NULL */
  gboolean    in_arena;   /* the vectors' features live in the grouper's arena */
  guint32     day;        /* blocking day of the analysis's event time, kept by
                           * a full grouping so that its passes in time order
                           * need not read every analysis again */
} Doc;

/* Ids of interned strings, numbered from 0 in the order first met. By the
 * strings' serial numbers rather than by address in a hash table: a large
 * folder has millions of words and names, and an array costs one cache
 * miss per look-up where the table's arrays cost several. */
typedef struct {
  GArray    *by_serial;   /* guint per interned string's serial: id + 1, or 0 */
  GPtrArray *keys;        /* the string of each id */
} IdMap;

static void
id_map_init (IdMap *ids)
{
  ids->by_serial = g_array_new (FALSE, TRUE, sizeof (guint));
  ids->keys = g_ptr_array_new ();
}

static void
id_map_clear (IdMap *ids)
{
  g_clear_pointer (&ids->by_serial, g_array_unref);
  g_clear_pointer (&ids->keys, g_ptr_array_unref);
}

/* Forgets every id; the serials' slots are kept, zeroed. */
static void
id_map_reset (IdMap *ids)
{
  if (ids->by_serial->len > 0)
    memset (ids->by_serial->data, 0, ids->by_serial->len * sizeof (guint));
  g_ptr_array_set_size (ids->keys, 0);
}

/* The id of interned @key + 1, or 0 when it has none. */
static guint
id_map_lookup (const IdMap *ids,
               const char  *key)
{
  guint serial = px_text_intern_serial (key);

  return serial < ids->by_serial->len ? g_array_index (ids->by_serial, guint, serial) : 0;
}

struct _PxEventConstraints {
  GHashTable *pins;        /* path → event id */
  GHashTable *labels;      /* event id → label */
  GPtrArray  *must;        /* pairs of paths, flattened */
  GPtrArray  *cannot;
};

typedef struct {
  GArray     *members;     /* guint doc indexes */
  const char *pin;
  GArray     *absorbed;    /* Absorbed, in the order merged; NULL before the first */
} Cluster;

/* A group merged into another: its root and its size then, which it keeps,
 * since only roots grow. */
typedef struct {
  guint root;
  guint size;
} Absorbed;

/* Similarities already computed, by pair: average linkage asks for the
 * same pairs again as groups grow. Open addressing on 64-bit pair keys,
 * each beside its value: in a large folder the table outgrows the
 * processor's caches, and a probe then costs one miss, not two. */
typedef struct {
  guint64 key;        /* (min << 32 | max) + 1; 0 is empty */
  float   value;
} PairSlot;

typedef struct {
  PairSlot *slots;
  gsize     mask;
  gsize     used;
} PairCache;

/* Posting lists hold the day beside the document, so the search for a
 * time window stays within the list's own memory. */
typedef struct {
  guint32 day;
  guint32 doc;
} Posting;

/* One key's postings, by day then document. @from and @to are the time
 * window last looked at while the full grouping visits articles in time
 * order: the window only moves forward then, so it is found by stepping on
 * from where it was rather than by two binary searches over a long list. */
typedef struct {
  GArray        *postings;
  guint          undated;   /* postings without a day; they sort first */
  guint          from, to;
  guint32        day;       /* the day @from and @to were found for */
  /* The array's storage and length, copied here once the lists are sorted
   * for the full grouping, so that its pass reads one place per list. */
  const Posting *items;
  guint          n_items;
} PostingList;

static void
posting_list_clear (PostingList *list)
{
  /* Ids without postings leave holes in the arrays by id. */
  g_clear_pointer (&list->postings, g_array_unref);
}

struct _PxEventGrouper {
  double               granularity;
  double               threshold;
  gboolean             owns_analyses;
  GArray              *docs;             /* Doc */
  GPtrArray           *root_cluster;     /* Cluster * per doc that is a root, else NULL; owns
                                          * them, and is read without hashing in the merge loop */
  GArray              *parent;           /* guint per doc: union-find parent, G_MAXUINT before grouping;
                                          * apart from the docs so a find walks a small array */
  GArray              *root_size;        /* guint per doc that is a root: its group's size. A group
                                          * only grows, so its size also tells which state of it a
                                          * proposal was scored at; the merge loop reads it here, in
                                          * a small array, not in groups spread over the heap */
  GHashTable          *by_path;          /* path → index + 1 */
  IdMap                term_ids;         /* interned term → id */
  GArray              *word_df;          /* guint per word id */
  IdMap                name_ids;         /* canonical name key → id */
  GArray              *name_df;
  IdMap                cognate_ids;      /* interned cognate key → id */
  GArray              *cognate_df;
  GHashTable          *cognate_keys;     /* interned language → (interned surface → interned key) */
  gboolean             multilingual;     /* cognates are looked at only then */
  GHashTable          *trigger_masks;    /* folded word → mask of the triggers it matches */
  GHashTable          *interned_masks;   /* the same by interned word, faster */
  guint                n_counted;        /* docs counted into the df tables */
  PxEntityIndex       *entity_index;
  /* PostingList by word, name and cognate id, held in place: a lookup
   * reads the list's window where it finds the list, with no pointer to
   * follow to memory of its own. Ids without postings have none. */
  GArray              *postings[3];
  PxEventConstraints  *constraints;
  guint                grouped;          /* docs that have a cluster */
  guint                n_at_refresh;     /* docs when the weights were last computed */
  PairCache            pairs;            /* while grouping */
  Feature             *arena;            /* the vectors of a full grouping, in time order */
  gsize                arena_used;
};

/* -- constraints -------------------------------------------------------- */

PxEventConstraints *
px_event_constraints_new (void)
{
  PxEventConstraints *c = g_new0 (PxEventConstraints, 1);

  c->pins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c->must = g_ptr_array_new_with_free_func (g_free);
  c->cannot = g_ptr_array_new_with_free_func (g_free);
  return c;
}

void
px_event_constraints_free (PxEventConstraints *constraints)
{
  if (constraints == NULL)
    return;
  g_hash_table_unref (constraints->pins);
  g_hash_table_unref (constraints->labels);
  g_ptr_array_unref (constraints->must);
  g_ptr_array_unref (constraints->cannot);
  g_free (constraints);
}

/**
 * px_event_constraints_pin:
 * @event_id: (nullable): the event @path belongs to; %NULL unpins
 *
 * Puts @path in the event @event_id whatever the similarities say. All
 * articles pinned to one id form one event; articles pinned to different
 * ids are never grouped. Unpinned articles may still join a pinned event.
 */
void
px_event_constraints_pin (PxEventConstraints *constraints,
                          const char         *path,
                          const char         *event_id)
{
  if (event_id == NULL)
    g_hash_table_remove (constraints->pins, path);
  else
    g_hash_table_replace (constraints->pins, g_strdup (path), g_strdup (event_id));
}

void
px_event_constraints_must_link (PxEventConstraints *constraints,
                                const char         *path_a,
                                const char         *path_b)
{
  g_ptr_array_add (constraints->must, g_strdup (path_a));
  g_ptr_array_add (constraints->must, g_strdup (path_b));
}

void
px_event_constraints_cannot_link (PxEventConstraints *constraints,
                                  const char         *path_a,
                                  const char         *path_b)
{
  g_ptr_array_add (constraints->cannot, g_strdup (path_a));
  g_ptr_array_add (constraints->cannot, g_strdup (path_b));
}

void
px_event_constraints_set_label (PxEventConstraints *constraints,
                                const char         *event_id,
                                const char         *label)
{
  if (label == NULL)
    g_hash_table_remove (constraints->labels, event_id);
  else
    g_hash_table_replace (constraints->labels, g_strdup (event_id), g_strdup (label));
}

static PxEventConstraints *
constraints_copy (PxEventConstraints *src)
{
  PxEventConstraints *c = px_event_constraints_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, src->pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    px_event_constraints_pin (c, key, value);
  g_hash_table_iter_init (&iter, src->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    px_event_constraints_set_label (c, key, value);
  for (guint i = 0; i + 1 < src->must->len; i += 2)
    px_event_constraints_must_link (c, src->must->pdata[i], src->must->pdata[i + 1]);
  for (guint i = 0; i + 1 < src->cannot->len; i += 2)
    px_event_constraints_cannot_link (c, src->cannot->pdata[i], src->cannot->pdata[i + 1]);
  return c;
}

void
px_event_free (PxEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->id);
  g_free (event->label);
  g_free (event->date_first);
  g_free (event->date_last);
  g_ptr_array_unref (event->articles);
  g_ptr_array_unref (event->outlets);
  g_free (event);
}

/* -- grouper ------------------------------------------------------------ */

static double
threshold_for (double granularity)
{
  granularity = CLAMP (granularity, 0.0, 1.0);
  /* Finer doubles the bar, coarser halves it. */
  return MIN (0.95, BASE_THRESHOLD * pow (2.0, (0.5 - granularity) * 2.0));
}

static void
cluster_free (Cluster *cluster)
{
  if (cluster == NULL)
    return;
  g_array_unref (cluster->members);
  g_clear_pointer (&cluster->absorbed, g_array_unref);
  g_free (cluster);
}

static void
doc_clear (Doc *doc)
{
  if (doc->in_arena)
    {
      doc->words.features = doc->names.features = doc->cognates.features = NULL;
      doc->in_arena = FALSE;
      return;
    }
  g_clear_pointer (&doc->words.features, g_free);
  g_clear_pointer (&doc->names.features, g_free);
  g_clear_pointer (&doc->cognates.features, g_free);
}

PxEventGrouper *
px_event_grouper_new (double granularity)
{
  PxEventGrouper *g = g_new0 (PxEventGrouper, 1);

  g->granularity = granularity;
  g->threshold = threshold_for (granularity);
  g->owns_analyses = TRUE;
  g->docs = g_array_new (FALSE, TRUE, sizeof (Doc));
  g_array_set_clear_func (g->docs, (GDestroyNotify) doc_clear);
  g->by_path = g_hash_table_new (g_str_hash, g_str_equal);
  id_map_init (&g->term_ids);
  g->word_df = g_array_new (FALSE, TRUE, sizeof (guint));
  id_map_init (&g->name_ids);
  g->name_df = g_array_new (FALSE, TRUE, sizeof (guint));
  id_map_init (&g->cognate_ids);
  g->cognate_df = g_array_new (FALSE, TRUE, sizeof (guint));
  g->cognate_keys = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  g->trigger_masks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g->interned_masks = g_hash_table_new (NULL, NULL);
  g->entity_index = px_entity_index_new ();
  for (guint kind = 0; kind < G_N_ELEMENTS (g->postings); kind++)
    {
      g->postings[kind] = g_array_new (FALSE, TRUE, sizeof (PostingList));
      g_array_set_clear_func (g->postings[kind], (GDestroyNotify) posting_list_clear);
    }
  g->parent = g_array_new (FALSE, FALSE, sizeof (guint));
  g->root_size = g_array_new (FALSE, TRUE, sizeof (guint));
  g->root_cluster = g_ptr_array_new_with_free_func ((GDestroyNotify) cluster_free);
  g->constraints = px_event_constraints_new ();
  return g;
}

void
px_event_grouper_free (PxEventGrouper *g)
{
  if (g == NULL)
    return;
  if (g->owns_analyses)
    for (guint i = 0; i < g->docs->len; i++)
      px_analysis_free (g_array_index (g->docs, Doc, i).analysis);
  g_array_unref (g->docs);
  g_free (g->arena);
  g_hash_table_unref (g->by_path);
  id_map_clear (&g->term_ids);
  g_array_unref (g->word_df);
  id_map_clear (&g->name_ids);
  g_array_unref (g->name_df);
  id_map_clear (&g->cognate_ids);
  g_array_unref (g->cognate_df);
  g_hash_table_unref (g->cognate_keys);
  g_hash_table_unref (g->trigger_masks);
  g_hash_table_unref (g->interned_masks);
  px_entity_index_free (g->entity_index);
  for (guint kind = 0; kind < G_N_ELEMENTS (g->postings); kind++)
    g_array_unref (g->postings[kind]);
  g_array_unref (g->parent);
  g_array_unref (g->root_size);
  g_ptr_array_unref (g->root_cluster);
  px_event_constraints_free (g->constraints);
  g_free (g);
}

/**
 * px_event_grouper_set_granularity:
 *
 * Takes effect at the next px_event_grouper_group().
 */
void
px_event_grouper_set_granularity (PxEventGrouper *g,
                                  double          granularity)
{
  g->granularity = granularity;
  g->threshold = threshold_for (granularity);
}

/**
 * px_event_grouper_set_constraints:
 * @constraints: (nullable): the user's corrections; copied
 *
 * Takes effect at the next px_event_grouper_group() or _update().
 */
void
px_event_grouper_set_constraints (PxEventGrouper     *g,
                                  PxEventConstraints *constraints)
{
  px_event_constraints_free (g->constraints);
  g->constraints = constraints != NULL ? constraints_copy (constraints) : px_event_constraints_new ();
}

/**
 * px_event_grouper_add:
 * @analysis: (transfer full): a new article's analysis
 *
 * Queues an article; px_event_grouper_update() places the queued ones into
 * the existing events, px_event_grouper_group() regroups everything.
 */
void
px_event_grouper_add (PxEventGrouper *g,
                      PxAnalysis     *analysis)
{
  Doc doc = { 0 };

  doc.analysis = analysis;
  g_array_append_val (g->docs, doc);
  g_array_append_val (g->parent, (guint) { G_MAXUINT });
  g_array_set_size (g->root_size, g->docs->len);
  g_ptr_array_add (g->root_cluster, NULL);
  g_hash_table_replace (g->by_path, analysis->path, GUINT_TO_POINTER (g->docs->len));
}

/* The id of interned @key, given it when it had none, with a document
 * frequency of 0 in @df. */
static guint
intern_id (IdMap       *ids,
           GArray      *df,
           const char  *key)
{
  guint serial = px_text_intern_serial (key);
  guint *slot;

  if (serial >= ids->by_serial->len)
    g_array_set_size (ids->by_serial, serial + 1);
  slot = &g_array_index (ids->by_serial, guint, serial);
  if (*slot == 0)
    {
      guint zero = 0;

      g_array_append_val (df, zero);
      g_ptr_array_add (ids->keys, (gpointer) key);
      *slot = df->len;
    }
  return *slot - 1;
}

static const char *
canonical_name (PxEventGrouper *g,
                PxEntity       *entity)
{
  return px_entity_index_canonical (g->entity_index, entity->key);
}

/* A content word's spelling key cut to its first letters, so one word's
 * forms in neighbouring languages meet: "koali" for Koalition, coalition,
 * coalición. NULL for short words, which are too often alike by chance. */
static const char *
cognate_key (PxEventGrouper *g,
             const char     *language,
             const char     *surface)
{
  GHashTable *keys = g_hash_table_lookup (g->cognate_keys, language);
  gpointer found;
  g_autofree char *key = NULL;
  const char *interned = NULL;

  if (keys == NULL)
    g_hash_table_insert (g->cognate_keys, (gpointer) language, keys = g_hash_table_new (NULL, NULL));
  if (g_hash_table_lookup_extended (keys, surface, NULL, &found))
    return found;
  key = px_entities_key (surface, language);
  if (strlen (key) >= COGNATE_LENGTH + 1 && strchr (key, ' ') == NULL)
    {
      key[COGNATE_LENGTH] = '\0';
      interned = px_text_intern (key);
    }
  g_hash_table_insert (keys, (gpointer) surface, (gpointer) interned);
  return interned;
}

/* Document frequencies count each article once, whenever it is added. */
static void
count_document (PxEventGrouper *g,
                Doc            *doc)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  PxAnalysis *a = doc->analysis;

  for (guint i = 0; i < a->terms->len; i++)
    {
      guint id = intern_id (&g->term_ids, g->word_df, g_array_index (a->terms, PxTerm, i).term);

      g_array_index (g->word_df, guint, id)++;
    }
  for (guint i = 0; i < a->entities->len; i++)
    {
      const char *name = canonical_name (g, g_ptr_array_index (a->entities, i));
      guint id;

      if (!g_hash_table_add (seen, (gpointer) name))
        continue;
      id = intern_id (&g->name_ids, g->name_df, name);
      g_array_index (g->name_df, guint, id)++;
    }
  for (guint i = 0; i < a->terms->len; i++)
    {
      const char *term = g_array_index (a->terms, PxTerm, i).term;
      guint id;

      if (term[0] != '#')
        continue;
      id = intern_id (&g->name_ids, g->name_df, term);
      g_array_index (g->name_df, guint, id)++;
    }
  g_hash_table_remove_all (seen);
  for (guint i = 0; i < a->terms->len; i++)
    {
      const PxTerm *term = &g_array_index (a->terms, PxTerm, i);
      const char *key;
      guint id;

      if (!g->multilingual)
        break;
      if (term->term[0] == '#' || (key = cognate_key (g, px_text_intern (a->language), term->surface)) == NULL ||
          !g_hash_table_add (seen, (gpointer) key))
        continue;
      id = intern_id (&g->cognate_ids, g->cognate_df, key);
      g_array_index (g->cognate_df, guint, id)++;
    }
  g->n_counted++;
}

static double
idf_prior (GArray *df,
           guint   id,
           guint   n,
           guint   prior)
{
  guint count = id < df->len ? g_array_index (df, guint, id) : 0;

  return log ((MAX (n, prior) + 1.0) / MAX (count, 1));
}

static double
idf (GArray *df,
     guint   id,
     guint   n)
{
  guint count = id < df->len ? g_array_index (df, guint, id) : 0;

  /* ln((N+1)/df): a term every article shares weighs little but not zero,
   * so two articles alone in a folder can still be told alike. */
  return log ((n + 1.0) / MAX (count, 1));
}

/* Stable bottom-up merge sorts with the comparison written in: the
 * library's sorts call a function for each comparison, and articles'
 * vectors and the posting lists are sorted often. Stable, as those sorts
 * are, so ties keep their order. @BEFORE (x, y) says x goes strictly
 * before y; the result ends in @items, @scratch holding as many. */
#define PX_DEFINE_MERGE_SORT(name, Type, BEFORE)                                \
  static void                                                                  \
  name (Type  *items,                                                          \
        Type  *scratch,                                                        \
        guint  n)                                                              \
  {                                                                            \
    Type *from = items, *to = scratch;                                         \
                                                                               \
    for (guint width = 1; width < n; width *= 2)                               \
      {                                                                        \
        Type *swap;                                                            \
                                                                               \
        for (guint lo = 0; lo < n; lo += 2 * width)                            \
          {                                                                    \
            guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);     \
            guint i = lo, j = mid, k = lo;                                     \
                                                                               \
            /* Take from the right only when strictly before: stable. */       \
            while (i < mid && j < hi)                                          \
              to[k++] = BEFORE (from[j], from[i]) ? from[j++] : from[i++];     \
            while (i < mid)                                                    \
              to[k++] = from[i++];                                             \
            while (j < hi)                                                     \
              to[k++] = from[j++];                                             \
          }                                                                    \
        swap = from, from = to, to = swap;                                     \
      }                                                                        \
    if (from != items)                                                         \
      memcpy (items, from, n * sizeof (Type));                                 \
  }

#define FEATURE_BY_ID(x, y)     ((x).id < (y).id)
#define FEATURE_HEAVIER(x, y)   ((x).weight > (y).weight)
#define POSTING_EARLIER(x, y)   ((x).day < (y).day)

PX_DEFINE_MERGE_SORT (merge_sort_features_by_id, Feature, FEATURE_BY_ID)
PX_DEFINE_MERGE_SORT (merge_sort_features_by_weight, Feature, FEATURE_HEAVIER)
PX_DEFINE_MERGE_SORT (merge_sort_postings_by_day, Posting, POSTING_EARLIER)

/* Sorts features heaviest first (@by_id: by id). */
static void
features_sort (Feature *features,
               guint    n,
               gboolean by_id)
{
  Feature small[256];
  Feature *buffer;

  if (n < 2)
    return;
  buffer = n <= G_N_ELEMENTS (small) ? small : g_new (Feature, n);
  if (by_id)
    merge_sort_features_by_id (features, buffer, n);
  else
    merge_sort_features_by_weight (features, buffer, n);
  if (buffer != small)
    g_free (buffer);
}

/* Keeps the heaviest terms, L2-normalised, sorted by id for merging. The
 * array stays sorted by weight until the end so blocking can take the top. */
static void
vector_finish (Vector *vector,
               GArray *features,
               guint   max_terms)
{
  double norm = 0.0;

  features_sort ((Feature *) features->data, features->len, FALSE);
  if (features->len > max_terms)
    g_array_set_size (features, max_terms);
  for (guint i = 0; i < features->len; i++)
    norm += g_array_index (features, Feature, i).weight * (double) g_array_index (features, Feature, i).weight;
  norm = sqrt (norm);
  for (guint i = 0; i < features->len && norm > 0; i++)
    g_array_index (features, Feature, i).weight /= norm;
  vector->n_features = features->len;
  vector->features = (Feature *) g_array_free (features, FALSE);
}

static void
vectorize (PxEventGrouper *g,
           Doc            *doc)
{
  PxAnalysis *a = doc->analysis;
  GArray *words = g_array_sized_new (FALSE, FALSE, sizeof (Feature), a->terms->len);
  g_autoptr(GHashTable) names = g_hash_table_new (NULL, NULL);
  GArray *name_features = g_array_new (FALSE, FALSE, sizeof (Feature));

  doc_clear (doc);
  doc->language = px_text_intern (a->language);
  doc->time = a->event_time;
  for (guint i = 0; i < a->terms->len; i++)
    {
      PxTerm *term = &g_array_index (a->terms, PxTerm, i);
      Feature f;

      f.id = intern_id (&g->term_ids, g->word_df, term->term);
      f.weight = (1.0 + log (term->weight)) * idf_prior (g->word_df, f.id, g->n_counted, WORD_IDF_PRIOR);
      if (f.weight > 0)
        g_array_append_val (words, f);
    }
  vector_finish (&doc->words, words, MAX_VECTOR_TERMS);

  for (guint i = 0; i < a->entities->len; i++)
    {
      PxEntity *entity = g_ptr_array_index (a->entities, i);
      guint id = intern_id (&g->name_ids, g->name_df, canonical_name (g, entity));
      guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (names, GUINT_TO_POINTER (id + 1)));

      if (slot == 0)
        {
          Feature f = { id, 0 };

          g_array_append_val (name_features, f);
          slot = name_features->len;
          g_hash_table_insert (names, GUINT_TO_POINTER (id + 1), GUINT_TO_POINTER (slot));
        }
      g_array_index (name_features, Feature, slot - 1).weight += entity->count;
    }
  /* Numbers are written alike in most languages: a toll, a vote share, a
   * count of migrants rescued tells across languages what names do. */
  for (guint i = 0; i < a->terms->len; i++)
    {
      PxTerm *term = &g_array_index (a->terms, PxTerm, i);
      Feature f;

      if (term->term[0] != '#')
        continue;
      f.id = intern_id (&g->name_ids, g->name_df, term->term);
      f.weight = term->weight;
      g_array_append_val (name_features, f);
    }
  for (guint i = 0; i < name_features->len; i++)
    {
      Feature *f = &g_array_index (name_features, Feature, i);

      f->weight = (1.0 + log (f->weight)) * idf (g->name_df, f->id, g->n_counted);
    }
  vector_finish (&doc->names, name_features, MAX_VECTOR_TERMS);

  {
    g_autoptr(GHashTable) slots = g_hash_table_new (NULL, NULL);
    GArray *cognates = g_array_new (FALSE, FALSE, sizeof (Feature));

    for (guint i = 0; i < a->terms->len; i++)
      {
        PxTerm *term = &g_array_index (a->terms, PxTerm, i);
        const char *key;
        guint id, slot;

        if (!g->multilingual)
          break;
        if (term->term[0] == '#' || (key = cognate_key (g, doc->language, term->surface)) == NULL)
          continue;
        id = intern_id (&g->cognate_ids, g->cognate_df, key);
        slot = GPOINTER_TO_UINT (g_hash_table_lookup (slots, GUINT_TO_POINTER (id + 1)));
        if (slot == 0)
          {
            Feature f = { id, 0 };

            g_array_append_val (cognates, f);
            slot = cognates->len;
            g_hash_table_insert (slots, GUINT_TO_POINTER (id + 1), GUINT_TO_POINTER (slot));
          }
        g_array_index (cognates, Feature, slot - 1).weight += term->weight;
      }
    for (guint i = 0; i < cognates->len; i++)
      {
        Feature *f = &g_array_index (cognates, Feature, i);

        f->weight = (1.0 + log (f->weight)) * idf (g->cognate_df, f->id, g->n_counted);
      }
    vector_finish (&doc->cognates, cognates, MAX_COGNATES);
  }
}

static void
vector_sort_by_id (Vector *vector)
{
  if (vector->n_features < 2)
    return;   /* an empty vector has no array at all, and qsort wants one */
  features_sort (vector->features, vector->n_features, TRUE);
}

static double
dot (const Vector *a,
     const Vector *b)
{
  double sum = 0.0;
  guint i = 0, j = 0;

  while (i < a->n_features && j < b->n_features)
    {
      if (a->features[i].id == b->features[j].id)
        sum += a->features[i++].weight * (double) b->features[j++].weight;
      else if (a->features[i].id < b->features[j].id)
        i++;
      else
        j++;
    }
  return sum;
}

static double
time_factor (const Doc *a,
             const Doc *b)
{
  gint32 days = px_timex_distance (&a->time, &b->time);

  if (days >= 0 && days <= 1)
    return SAME_DAY_BOOST;
  if (days < 0 || days <= SAME_TIME_DAYS)
    return 1.0;
  return exp (-(days - SAME_TIME_DAYS) / TIME_DECAY_DAYS);
}

static double
doc_similarity (const Doc *a,
                const Doc *b)
{
  double words = dot (&a->words, &b->words);
  double sim;

  if (a->language != b->language)
    /* Words do not cross languages; names, transliterated, do, and words
     * spelt alike a little. */
    sim = CROSS_LANGUAGE_BOOST * ((1.0 - COGNATE_SHARE) * dot (&a->names, &b->names) +
                                  COGNATE_SHARE * dot (&a->cognates, &b->cognates));
  else if (a->names.n_features == 0 || b->names.n_features == 0)
    sim = words;
  else
    sim = WORDS_SHARE * words + (1.0 - WORDS_SHARE) * dot (&a->names, &b->names);
  return sim * time_factor (a, b);
}

/* -- blocking ----------------------------------------------------------- */

#define NAME_TAG    0x80000000u
#define COGNATE_TAG 0x40000000u
#define BLOCKING_COGNATES 6
/* Candidates further apart than this in time are not looked for: the time
 * factor has brought any similarity near zero by then. */
#define BLOCKING_WINDOW_DAYS 35
/* A posting list longer than this within the window names something too
 * common to tell events apart; scanning it would make the cost quadratic. */
#define MAX_POSTINGS_SCANNED 100
/* Postings read per article at most. Its terms are read rarest first, so
 * the budget only ever cuts the common tail; without it an article of a
 * large, dense folder would read several times what one of a small folder
 * does, and find no better candidates for it: with twice this budget the
 * benchmark's 10,000 articles group exactly as they do with it, and its
 * 100,000 no better (B-cubed 0.965 against 0.966). */
#define SCAN_BUDGET          300

static guint32
span_blocking_day (const PxTimexSpan *t)
{
  return t->first != 0 && !t->floating ? t->first : 0;
}

static guint32
blocking_day (const Doc *doc)
{
  return span_blocking_day (&doc->time);
}

/* First position in @list whose day is at least @day. */
static guint
postings_lower_bound (PxEventGrouper *g,
                      GArray         *list,
                      guint32         day)
{
  const Posting *postings = (const Posting *) list->data;
  guint lo = 0, hi = list->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (postings[mid].day < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* First position from @from on whose day is at least @day, in postings
 * sorted by day. A window steps forward a little for a term met every
 * day and a long way for a rare one: galloping reads a few postings
 * either way instead of every one skipped. */
static guint
postings_advance (const Posting *postings,
                  guint          from,
                  guint          len,
                  guint32        day)
{
  guint lo = from, hi, step = 1;

  if (lo >= len || postings[lo].day >= day)
    return lo;
  /* postings[lo] is before @day; find a later bound that is not. */
  hi = lo + 1;
  while (hi < len && postings[hi].day < day)
    {
      lo = hi;
      step *= 2;
      hi = len - lo > step ? lo + step : len;
    }
  /* postings[lo].day < day <= postings[hi].day (or hi == len) */
  lo++;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (postings[mid].day < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The postings of a blocking key, or NULL. Keys are dense ids by kind, so
 * an array finds them with one memory access where a hash table took three. */
static void
posting_list_prefetch (PxEventGrouper *g,
                       guint32         key)
{
  GArray *lists = g->postings[key & NAME_TAG ? 1 : key & COGNATE_TAG ? 2 : 0];
  guint id = (key & ~(NAME_TAG | COGNATE_TAG)) - 1;

  if (id < lists->len)
    PREFETCH (&g_array_index (lists, PostingList, id));
}

static PostingList *
posting_list_lookup (PxEventGrouper *g,
                     guint32         key)
{
  GArray *lists = g->postings[key & NAME_TAG ? 1 : key & COGNATE_TAG ? 2 : 0];
  guint id = (key & ~(NAME_TAG | COGNATE_TAG)) - 1;
  PostingList *list;

  if (id >= lists->len)
    return NULL;
  list = &g_array_index (lists, PostingList, id);
  return list->postings != NULL ? list : NULL;
}

/* Records @index under its heaviest terms and names; the vectors are still
 * sorted by weight here. With @keep_sorted the lists stay in time order as
 * each document goes in (for incremental updates); otherwise documents must
 * go in by day, as a full grouping numbers them, and are appended. */
static void
index_doc (PxEventGrouper *g,
           guint           index,
           gboolean        keep_sorted)
{
  Doc *doc = &g_array_index (g->docs, Doc, index);

  for (guint pass = 0; pass < 3; pass++)
    {
      const Vector *vector = pass == 0 ? &doc->words : pass == 1 ? &doc->names : &doc->cognates;
      guint limit = MIN (vector->n_features, pass == 0 ? BLOCKING_TERMS : pass == 1 ? BLOCKING_ENTITIES : BLOCKING_COGNATES);

      for (guint i = 0; i < limit; i++)
        {
          guint32 key = (vector->features[i].id + 1) | (pass == 1 ? NAME_TAG : pass == 2 ? COGNATE_TAG : 0);
          PostingList *list = posting_list_lookup (g, key);

          Posting posting = { blocking_day (doc), index };

          if (list == NULL)
            {
              GArray *lists = g->postings[pass];

              if (lists->len <= vector->features[i].id)
                g_array_set_size (lists, vector->features[i].id + 1);
              list = &g_array_index (lists, PostingList, vector->features[i].id);
              list->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
            }
          if (keep_sorted)
            g_array_insert_val (list->postings, postings_lower_bound (g, list->postings, posting.day + 1), posting);
          else
            g_array_append_val (list->postings, posting);
          if (posting.day == 0)
            list->undated++;
          list->items = (const Posting *) list->postings->data;
          list->n_items = list->postings->len;
        }
    }
}

/* Sorts postings by day then document. @postings went in by document, so
 * a stable sort by day alone gives that order. */
static void
postings_sort (Posting *postings,
               guint    n)
{
  g_autofree Posting *buffer = NULL;

  if (n < 2)
    return;
  for (guint i = 1; i < n; i++)
    if (postings[i].day < postings[i - 1].day ||
        (postings[i].day == postings[i - 1].day && postings[i].doc < postings[i - 1].doc))
      break;
    else if (i + 1 == n)
      return;   /* in order already */
  buffer = g_new (Posting, n);
  merge_sort_postings_by_day (postings, buffer, n);
}

typedef struct {
  guint  doc;
  double score;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *sa = a, *sb = b;

  if (sa->score != sb->score)
    return sa->score > sb->score ? -1 : 1;
  return sa->doc < sb->doc ? -1 : sa->doc > sb->doc;
}

/* Scratch space for candidate scores: a dense array and the slots touched,
 * so clearing costs what was used, not the folder's size. Each document is
 * touched at most once per query, so @touched never holds more than @size:
 * a plain array, written without a call per posting, which is most of the
 * cost of reading a long posting list. */
typedef struct {
  float  *score;
  guint   size;
  guint  *touched;
  guint   n_touched;
  /* The querying article's weights by word, name and cognate id, zero
   * elsewhere: each candidate's similarity then reads only the candidate's
   * own features, in the order a merge of the two would add them. */
  float  *dense[3];
  guint   dense_size[3];
  /* One bit per id, set where @dense is: most of a candidate's terms are
   * not the querying article's, and in a large folder the bits stay in
   * cache where the weights would not. */
  guint64 *present[3];
} Accumulator;

static void
accumulator_init (PxEventGrouper *g,
                  Accumulator    *acc,
                  guint           size)
{
  GArray *df[3] = { g->word_df, g->name_df, g->cognate_df };

  acc->score = g_new0 (float, size);
  acc->size = size;
  acc->touched = g_new (guint, MAX (size, 1));
  acc->n_touched = 0;
  for (guint kind = 0; kind < 3; kind++)
    {
      acc->dense_size[kind] = df[kind]->len;
      acc->dense[kind] = g_new0 (float, MAX (df[kind]->len, 1));
      acc->present[kind] = g_new0 (guint64, df[kind]->len / 64 + 1);
    }
}

static void
accumulator_clear (Accumulator *acc)
{
  g_clear_pointer (&acc->score, g_free);
  g_clear_pointer (&acc->touched, g_free);
  acc->n_touched = 0;
  for (guint kind = 0; kind < 3; kind++)
    {
      g_clear_pointer (&acc->dense[kind], g_free);
      g_clear_pointer (&acc->present[kind], g_free);
    }
}

static const Vector *
doc_vector (const Doc *doc,
            guint      kind)
{
  return kind == 0 ? &doc->words : kind == 1 ? &doc->names : &doc->cognates;
}

/* Spreads @doc's weights into the dense arrays; FALSE, spreading nothing,
 * when an id is newer than the arrays (an update that met new terms). */
static gboolean
accumulator_scatter (Accumulator *acc,
                     const Doc   *doc,
                     gboolean     on)
{
  for (guint kind = 0; kind < 3; kind++)
    {
      const Vector *v = doc_vector (doc, kind);

      for (guint i = 0; i < v->n_features && on; i++)
        if (v->features[i].id >= acc->dense_size[kind])
          return FALSE;
    }
  for (guint kind = 0; kind < 3; kind++)
    {
      const Vector *v = doc_vector (doc, kind);

      for (guint i = 0; i < v->n_features; i++)
        {
          guint32 id = v->features[i].id;
          guint64 bit = G_GUINT64_CONSTANT (1) << (id % 64);

          acc->dense[kind][id] = on ? v->features[i].weight : 0.0f;
          if (on)
            acc->present[kind][id / 64] |= bit;
          else
            acc->present[kind][id / 64] &= ~bit;
        }
    }
  return TRUE;
}

/* dot() of the scattered article with @b: the same products, added in the
 * same order of ids, so the same sum to the last bit. */
static double
dot_dense (const float   *dense,
           const guint64 *present,
           guint          size,
           const Vector  *b)
{
  double sum = 0.0;

  for (guint j = 0; j < b->n_features; j++)
    {
      guint32 id = b->features[j].id;

      if (id < size && (present[id / 64] >> (id % 64) & 1) && dense[id] != 0.0f)
        sum += dense[id] * (double) b->features[j].weight;
    }
  return sum;
}

/* doc_similarity (@a, @b) with @a scattered into @acc. */
static double
doc_similarity_dense (const Accumulator *acc,
                      const Doc         *a,
                      const Doc         *b)
{
  double words = dot_dense (acc->dense[0], acc->present[0], acc->dense_size[0], &b->words);
  double sim;

  if (a->language != b->language)
    sim = CROSS_LANGUAGE_BOOST * ((1.0 - COGNATE_SHARE) * dot_dense (acc->dense[1], acc->present[1], acc->dense_size[1], &b->names) +
                                  COGNATE_SHARE * dot_dense (acc->dense[2], acc->present[2], acc->dense_size[2], &b->cognates));
  else if (a->names.n_features == 0 || b->names.n_features == 0)
    sim = words;
  else
    sim = WORDS_SHARE * words + (1.0 - WORDS_SHARE) * dot_dense (acc->dense[1], acc->present[1], acc->dense_size[1], &b->names);
  return sim * time_factor (a, b);
}

static void
scan_postings (PxEventGrouper *g,
               Accumulator    *acc,
               const Posting  *postings,
               guint           from,
               guint           to,
               guint           self,
               float           weight)
{
  float *score = acc->score;
  guint *touched = acc->touched;
  guint n_touched = acc->n_touched;

  for (guint k = from; k < to; k++)
    {
      guint other = postings[k].doc;

      if (other == self)
        continue;
      if (score[other] == 0.0f)
        touched[n_touched++] = other;
      score[other] += weight;
    }
  acc->n_touched = n_touched;
}

/* Asks for every cache line of @v's features: a candidate's words span a
 * dozen lines, which in a large folder come from the last-level cache or
 * memory; asked for one candidate ahead, their waits overlap the scoring
 * of the one before instead of following the first line's. */
static inline void
prefetch_vector (const Vector *v)
{
  const char *start = (const char *) v->features;
  const char *end = start + v->n_features * sizeof (Feature);

  for (const char *line = start; line < end; line += 64)
    PREFETCH (line);
}

/* The best candidates of @index among indexed docs, with exact
 * similarities, best first. With @in_time_order the caller visits the
 * dated articles by day, after every undated one, and the posting lists'
 * windows are stepped forward instead of searched. */
static GArray *
find_neighbours (PxEventGrouper *g,
                 guint           index,
                 Accumulator    *acc,
                 guint           keep,
                 gboolean        in_time_order)
{
  Doc *doc = &g_array_index (g->docs, Doc, index);
  GArray *scored = g_array_sized_new (FALSE, FALSE, sizeof (Scored), MAX_CANDIDATES);
  guint32 day = blocking_day (doc);

  guint n_words = doc->words.n_features, n_names = doc->names.n_features;
  guint n_query = n_words + n_names + MIN (doc->cognates.n_features, BLOCKING_COGNATES);
  g_autofree Feature *query = g_new (Feature, n_query);
  guint scanned = 0;
  gboolean scattered;

  /* Every term of this article, heaviest first, looks for the articles that
   * have it among their heaviest: a pair is found when either side finds
   * the term telling. A budget bounds the work per article. */
  for (guint b = 0; b < n_query; b++)
    {
      if (b < n_words)
        {
          query[b].id = (doc->words.features[b].id + 1);
          query[b].weight = doc->words.features[b].weight * WORDS_SHARE;
        }
      else if (b < n_words + n_names)
        {
          query[b].id = (doc->names.features[b - n_words].id + 1) | NAME_TAG;
          query[b].weight = doc->names.features[b - n_words].weight * (1.0 - WORDS_SHARE);
        }
      else
        {
          /* Only the few most telling: they stand in for words, which the
           * same-language candidates are found by already. */
          query[b].id = (doc->cognates.features[b - n_words - n_names].id + 1) | COGNATE_TAG;
          query[b].weight = doc->cognates.features[b - n_words - n_names].weight * COGNATE_SHARE * 0.5;
        }
    }
  features_sort (query, n_query, FALSE);

  for (guint b = 0; b < n_query && scanned < SCAN_BUDGET; b++)
    {
      PostingList *entry = posting_list_lookup (g, query[b].id);
      float weight = query[b].weight;
      GArray *list;
      const Posting *postings;
      guint len, undated, from, to;

      /* Each term's list is somewhere else in a large folder's memory:
       * the entries a few terms ahead, and the postings where the next
       * term's window was, are asked for before they are needed. */
      if (b + 4 < n_query)
        posting_list_prefetch (g, query[b + 4].id);
      if (in_time_order && b + 1 < n_query)
        {
          PostingList *next = posting_list_lookup (g, query[b + 1].id);

          if (next != NULL && next->items != NULL)
            PREFETCH (next->items + MIN (next->from, next->n_items));
        }
      if (entry == NULL)
        continue;
      list = entry->postings;
      postings = in_time_order ? entry->items : (const Posting *) list->data;
      len = in_time_order ? entry->n_items : list->len;
      /* Undated documents sort first; they may be any time. */
      undated = entry->undated;
      if (day == 0)
        {
          from = undated;
          to = len;
        }
      else if (in_time_order && entry->day == day)
        {
          /* Articles of one day share the window: the postings themselves
           * need not be read again. */
          from = entry->from;
          to = entry->to;
        }
      else if (in_time_order)
        {
          guint32 first_day = day > BLOCKING_WINDOW_DAYS ? day - BLOCKING_WINDOW_DAYS : 1;

          from = postings_advance (postings, entry->from, len, first_day);
          to = postings_advance (postings, MAX (entry->to, from), len, day + BLOCKING_WINDOW_DAYS + 1);
          entry->from = from;
          entry->to = to;
          entry->day = day;
        }
      else
        {
          from = postings_lower_bound (g, list, day > BLOCKING_WINDOW_DAYS ? day - BLOCKING_WINDOW_DAYS : 1);
          to = postings_lower_bound (g, list, day + BLOCKING_WINDOW_DAYS + 1);
        }
      if (undated + (to - from) > MAX_POSTINGS_SCANNED)
        continue;
      scanned += undated + (to - from);
      scan_postings (g, acc, postings, 0, undated, index, weight);
      scan_postings (g, acc, postings, from, to, index, weight);
    }

  /* Keep the best MAX_CANDIDATES in a small min-heap: sorting every
   * touched candidate would cost more than scoring them. */
  {
    Scored heap[MAX_CANDIDATES];
    guint n_heap = 0;

    for (guint k = 0; k < acc->n_touched; k++)
      {
        guint other = acc->touched[k];
        Scored s = { other, acc->score[other] };
        guint i;

        acc->score[other] = 0.0f;
        if (n_heap < MAX_CANDIDATES)
          {
            heap[n_heap++] = s;
            for (i = n_heap - 1; i > 0 && compare_scored (&heap[(i - 1) / 2], &heap[i]) < 0; i = (i - 1) / 2)
              {
                Scored tmp = heap[i];

                heap[i] = heap[(i - 1) / 2];
                heap[(i - 1) / 2] = tmp;
              }
            continue;
          }
        /* heap[0] is the worst kept; compare_scored < 0 means better. */
        if (compare_scored (&s, &heap[0]) >= 0)
          continue;
        heap[0] = s;
        for (i = 0;;)
          {
            guint l = 2 * i + 1, r = l + 1, worst = i;
            Scored tmp;

            if (l < n_heap && compare_scored (&heap[l], &heap[worst]) > 0)
              worst = l;
            if (r < n_heap && compare_scored (&heap[r], &heap[worst]) > 0)
              worst = r;
            if (worst == i)
              break;
            tmp = heap[i], heap[i] = heap[worst], heap[worst] = tmp;
            i = worst;
          }
      }
    /* Scored in the order of the articles, which is the order of their
     * vectors in the arena: the reads then run forward through memory,
     * as the processor's own prefetching expects. */
    for (guint i = 1; i < n_heap; i++)
      {
        Scored item = heap[i];
        guint j = i;

        for (; j > 0 && heap[j - 1].doc > item.doc; j--)
          heap[j] = heap[j - 1];
        heap[j] = item;
      }
    g_array_append_vals (scored, heap, n_heap);
  }
  acc->n_touched = 0;
  scattered = accumulator_scatter (acc, doc, TRUE);
  /* The candidates lie anywhere in a large folder's memory: their records
   * are asked for all at once, and each one's features while the one
   * before is being scored, so the waits overlap. */
  for (guint i = 0; i < scored->len; i++)
    PREFETCH (&g_array_index (g->docs, Doc, g_array_index (scored, Scored, i).doc));
  for (guint i = 0; i < scored->len; i++)
    {
      Scored *s = &g_array_index (scored, Scored, i);
      const Doc *other = &g_array_index (g->docs, Doc, s->doc);

      if (i + 1 < scored->len)
        {
          const Doc *next = &g_array_index (g->docs, Doc, g_array_index (scored, Scored, i + 1).doc);

          prefetch_vector (&next->words);
          prefetch_vector (&next->names);
        }

      s->score = scattered ? doc_similarity_dense (acc, doc, other) : doc_similarity (doc, other);
    }
  if (scattered)
    accumulator_scatter (acc, doc, FALSE);
  /* A few dozen candidates: an insertion sort, with no call per
   * comparison. Documents tell equal scores apart, so the order is the
   * one any sort by compare_scored() gives. */
  {
    Scored *items = (Scored *) scored->data;

    for (guint i = 1; i < scored->len; i++)
      {
        Scored item = items[i];
        guint j = i;

        for (; j > 0 && (items[j - 1].score < item.score ||
                         (items[j - 1].score == item.score && items[j - 1].doc > item.doc)); j--)
          items[j] = items[j - 1];
        items[j] = item;
      }
  }
  if (scored->len > keep)
    g_array_set_size (scored, keep);
  return scored;
}

/* A wire story's "March 24" has no year; its closest dated neighbour in
 * content, within a week of that day in some year, gives it one. Then two
 * year-less "October 10"s a year apart stop looking like one day. */
static gboolean
anchor_floating_time (PxEventGrouper *g,
                      guint           index,
                      const Scored   *neighbours,
                      guint           n_neighbours)
{
  Doc *doc = &g_array_index (g->docs, Doc, index);

  if (!doc->time.floating)
    return FALSE;
  for (guint k = 0; k < n_neighbours; k++)
    {
      const Scored *s = &neighbours[k];
      Doc *other = &g_array_index (g->docs, Doc, s->doc);
      gint32 days;

      if (other->time.first == 0 || other->time.floating || s->score < g->threshold)
        continue;
      days = px_timex_distance (&doc->time, &other->time);
      if (days < 0 || days > 7)
        continue;
      doc->time = px_timex_anchor (&doc->time, &other->time);
      return TRUE;
    }
  return FALSE;
}

/* -- clustering --------------------------------------------------------- */

static guint
find_root (PxEventGrouper *g,
           guint           index)
{
  guint *parent = (guint *) g->parent->data;
  guint root = index;

  while (parent[root] != root)
    root = parent[root];
  while (parent[index] != root)
    {
      guint next = parent[index];

      parent[index] = root;
      index = next;
    }
  return root;
}

static Cluster *
cluster_new_singleton (PxEventGrouper *g,
                       guint           index)
{
  Cluster *c = g_new0 (Cluster, 1);
  Doc *doc = &g_array_index (g->docs, Doc, index);

  c->members = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (c->members, index);
  c->pin = doc->pin;
  g_array_index (g->parent, guint, index) = index;
  g_array_index (g->root_size, guint, index) = 1;
  g_ptr_array_index (g->root_cluster, index) = c;
  return c;
}

static gboolean
cannot_link (PxEventGrouper *g,
             guint           root_a,
             guint           root_b)
{
  Cluster *a = g_ptr_array_index (g->root_cluster, root_a);
  Cluster *b = g_ptr_array_index (g->root_cluster, root_b);
  GPtrArray *cannot = g->constraints->cannot;

  if (a->pin != NULL && b->pin != NULL && a->pin != b->pin)
    return TRUE;
  for (guint i = 0; i + 1 < cannot->len; i += 2)
    {
      guint x = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, cannot->pdata[i]));
      guint y = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, cannot->pdata[i + 1]));
      guint rx, ry;

      if (x == 0 || y == 0 || g_array_index (g->parent, guint, x - 1) == G_MAXUINT ||
          g_array_index (g->parent, guint, y - 1) == G_MAXUINT)
        continue;
      rx = find_root (g, x - 1);
      ry = find_root (g, y - 1);
      if ((rx == root_a && ry == root_b) || (rx == root_b && ry == root_a))
        return TRUE;
    }
  return FALSE;
}

static guint
merge_clusters (PxEventGrouper *g,
                guint           root_a,
                guint           root_b)
{
  Cluster *a = g_ptr_array_index (g->root_cluster, root_a);
  Cluster *b = g_ptr_array_index (g->root_cluster, root_b);

  if (a->members->len < b->members->len)
    {
      Cluster *swap_c = a;
      guint swap_r = root_a;

      a = b, b = swap_c;
      root_a = root_b, root_b = swap_r;
    }
  {
    Absorbed absorbed = { root_b, b->members->len };

    if (a->absorbed == NULL)
      a->absorbed = g_array_new (FALSE, FALSE, sizeof (Absorbed));
    g_array_append_val (a->absorbed, absorbed);
  }
  g_array_append_vals (a->members, b->members->data, b->members->len);
  if (a->pin == NULL)
    a->pin = b->pin;
  g_array_index (g->root_size, guint, root_a) = a->members->len;
  g_array_index (g->parent, guint, root_b) = root_a;
  g_ptr_array_index (g->root_cluster, root_b) = NULL;
  cluster_free (b);
  return root_a;
}

/* The size of an open-addressing table for @wanted slots: a power of two,
 * so a probe wraps with a mask. */
static gsize
table_size (gsize wanted)
{
  gsize size = 64;

  while (size < wanted)
    size *= 2;
  return size;
}

/* Sized for @n articles: a grouping caches several pairs per article (six
 * to eight on the benchmark), so a table that starts at eight slots per
 * article is seldom copied as it grows. */
static void
pair_cache_init (PairCache *cache,
                 guint      n)
{
  gsize size = table_size ((gsize) n * 8);

  cache->mask = size - 1;
  cache->slots = g_new0 (PairSlot, size);
  cache->used = 0;
}

static void
pair_cache_clear (PairCache *cache)
{
  g_clear_pointer (&cache->slots, g_free);
  cache->used = 0;
}

/* Where @key's probe starts. */
static inline gsize
pair_home (const PairCache *cache,
           guint64          key)
{
  return (key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20 & cache->mask;
}

static gsize
pair_slot (const PairCache *cache,
           guint64          key)
{
  gsize slot = pair_home (cache, key);

  while (cache->slots[slot].key != 0 && cache->slots[slot].key != key)
    slot = (slot + 1) & cache->mask;
  return slot;
}

static void
pair_cache_put (PairCache *cache,
                guint64    key,
                float      value)
{
  gsize slot;

  if ((cache->used + 1) * 2 > cache->mask)
    {
      PairCache bigger = { g_new0 (PairSlot, (cache->mask + 1) * 2), (cache->mask + 1) * 2 - 1, 0 };

      for (gsize i = 0; i <= cache->mask; i++)
        if (cache->slots[i].key != 0)
          {
            bigger.slots[pair_slot (&bigger, cache->slots[i].key)] = cache->slots[i];
            bigger.used++;
          }
      pair_cache_clear (cache);
      *cache = bigger;
    }
  slot = pair_slot (cache, key);
  if (cache->slots[slot].key == 0)
    cache->used++;
  cache->slots[slot].key = key;
  cache->slots[slot].value = value;
}

static double
cached_similarity (PxEventGrouper *g,
                   guint           a,
                   guint           b)
{
  Doc *docs = (Doc *) g->docs->data;
  guint64 key = ((guint64) MIN (a, b) << 32 | MAX (a, b)) + 1;
  gsize slot;
  double sim;

  if (g->pairs.slots == NULL)
    return doc_similarity (&docs[a], &docs[b]);
  slot = pair_slot (&g->pairs, key);
  if (g->pairs.slots[slot].key == key)
    return g->pairs.slots[slot].value;
  sim = doc_similarity (&docs[a], &docs[b]);
  pair_cache_put (&g->pairs, key, sim);
  return sim;
}

/* An article is spread into the dense arrays for the similarities of a
 * group pair when it has at least this many to compute: below, merging
 * two lists per pair costs less than spreading and clearing. */
#define SCATTER_FROM 4

/* The most pairs whose cache slots linkage_sum() asks for ahead. */
#define PREFETCH_PAIRS 256

/* The sum of similarities over every pair across two groups. */
static double
linkage_sum (PxEventGrouper *g,
             guint           root_a,
             guint           root_b,
             Accumulator    *acc)
{
  Cluster *a = g_ptr_array_index (g->root_cluster, root_a);
  Cluster *b = g_ptr_array_index (g->root_cluster, root_b);
  const Doc *docs = (const Doc *) g->docs->data;
  double sum = 0.0;

  if (g->pairs.slots == NULL)
    {
      for (guint i = 0; i < a->members->len; i++)
        for (guint j = 0; j < b->members->len; j++)
          sum += doc_similarity (&docs[g_array_index (a->members, guint, i)], &docs[g_array_index (b->members, guint, j)]);
      return sum;
    }
  if (a->members->len > b->members->len)
    {
      Cluster *swap = a;

      a = b, b = swap;
    }
  /* In a large folder the pairs' slots and the larger group's records lie
   * anywhere in memory: they are asked for all at once, so that the waits
   * overlap instead of following one another. Only for groups of the usual
   * size: the slots of two large groups' pairs would not all stay in the
   * cache until they are read. */
  for (guint j = 0; j < b->members->len; j++)
    PREFETCH (&docs[g_array_index (b->members, guint, j)]);
  for (guint i = 0; i < a->members->len && a->members->len * b->members->len <= PREFETCH_PAIRS; i++)
    for (guint j = 0; j < b->members->len; j++)
      {
        guint x = g_array_index (a->members, guint, i), y = g_array_index (b->members, guint, j);

        PREFETCH (&g->pairs.slots[pair_home (&g->pairs, ((guint64) MIN (x, y) << 32 | MAX (x, y)) + 1)]);
      }
  /* Each article of the smaller group against the larger: when it meets
   * pairs not yet known, its weights are spread once into @acc and each
   * other article's similarity reads only that article's features, instead
   * of a merge of two lists per pair. */
  for (guint i = 0; i < a->members->len; i++)
    {
      guint x = g_array_index (a->members, guint, i);
      gboolean scattered = FALSE, tried = acc == NULL || b->members->len < SCATTER_FROM;

      for (guint j = 0; j < b->members->len; j++)
        {
          guint y = g_array_index (b->members, guint, j);
          guint64 key = ((guint64) MIN (x, y) << 32 | MAX (x, y)) + 1;
          gsize slot = pair_slot (&g->pairs, key);
          double sim;

          if (g->pairs.slots[slot].key == key)
            {
              sum += g->pairs.slots[slot].value;
              continue;
            }
          if (!tried)
            {
              scattered = accumulator_scatter (acc, &docs[x], TRUE);
              tried = TRUE;
            }
          sim = scattered ? doc_similarity_dense (acc, &docs[x], &docs[y]) : doc_similarity (&docs[x], &docs[y]);
          pair_cache_put (&g->pairs, key, sim);
          sum += sim;
        }
      if (scattered)
        accumulator_scatter (acc, &docs[x], FALSE);
    }
  return sum;
}

/* Average similarity over every pair across two groups. */
static double
average_linkage (PxEventGrouper *g,
                 guint           root_a,
                 guint           root_b)
{
  Cluster *a = g_ptr_array_index (g->root_cluster, root_a);
  Cluster *b = g_ptr_array_index (g->root_cluster, root_b);

  return linkage_sum (g, root_a, root_b, NULL) / (a->members->len * (double) b->members->len);
}

/* The sum of similarities over every pair across two groups, by the pair of
 * their roots, with the groups' sizes it was summed at: a group only grows,
 * so its size tells which state of it the sum is of. When one side has
 * since absorbed other groups whose sums with the other side are known at
 * its present size, the new sum is the old one plus theirs, with no pair
 * of articles read again. */
typedef struct {
  guint64 key;           /* (min << 32 | max) + 1; 0 is empty */
  guint32 n_min, n_max;  /* the groups' sizes the sum is of */
  double  sum;
} Link;

typedef struct {
  Link  *links;
  gsize  mask;
  gsize  used;
} LinkTable;

/* Sized for groups of @n articles in all, which have a few sums apiece. */
static void
link_table_init (LinkTable *table,
                 guint      n)
{
  gsize size = table_size ((gsize) n * 4);

  table->mask = size - 1;
  table->links = g_new0 (Link, size);
  table->used = 0;
}

static gsize
link_slot (const LinkTable *table,
           guint64          key)
{
  gsize slot = (key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20 & table->mask;

  while (table->links[slot].key != 0 && table->links[slot].key != key)
    slot = (slot + 1) & table->mask;
  return slot;
}

static inline guint64
link_key (guint a,
          guint b)
{
  return ((guint64) MIN (a, b) << 32 | MAX (a, b)) + 1;
}

static Link *
link_lookup (const LinkTable *table,
             guint            a,
             guint            b)
{
  guint64 key = link_key (a, b);
  Link *link = &table->links[link_slot (table, key)];

  return link->key == key ? link : NULL;
}

/* The entry for @a and @b, made (empty, sizes 0) when there was none. */
static Link *
link_insert (LinkTable *table,
             guint      a,
             guint      b)
{
  guint64 key = link_key (a, b);
  Link *link;

  if ((table->used + 1) * 2 > table->mask)
    {
      LinkTable bigger = { g_new0 (Link, (table->mask + 1) * 2), (table->mask + 1) * 2 - 1, table->used };

      for (gsize i = 0; i <= table->mask; i++)
        if (table->links[i].key != 0)
          bigger.links[link_slot (&bigger, table->links[i].key)] = table->links[i];
      g_free (table->links);
      *table = bigger;
    }
  link = &table->links[link_slot (table, key)];
  if (link->key == 0)
    {
      link->key = key;
      table->used++;
    }
  return link;
}

/* The sum of similarities between group @x, of size @n_x, and group @c, of
 * size @n_c, if known; a pair of single articles is always known. */
static gboolean
known_sum (PxEventGrouper  *g,
           const LinkTable *table,
           guint            x,
           guint            n_x,
           guint            c,
           guint            n_c,
           double          *sum)
{
  const Link *link;

  if (n_x == 1 && n_c == 1)
    {
      *sum = cached_similarity (g, x, c);
      return TRUE;
    }
  link = link_lookup (table, x, c);
  if (link == NULL || link->n_min != (x < c ? n_x : n_c) || link->n_max != (x < c ? n_c : n_x))
    return FALSE;
  *sum = link->sum;
  return TRUE;
}

/* Completes the sum @link held for root @grown at @n_before members and
 * root @other at its present size: adds the sums of the groups @grown has
 * absorbed since, when all are known. */
static gboolean
grown_sum (PxEventGrouper  *g,
           const LinkTable *table,
           guint            grown,
           guint            n_before,
           guint            other,
           double          *sum)
{
  Cluster *a = g_ptr_array_index (g->root_cluster, grown);
  Cluster *c = g_ptr_array_index (g->root_cluster, other);
  guint n = a->members->len;
  double total = *sum;

  if (a->absorbed == NULL)
    return FALSE;
  for (guint i = a->absorbed->len; i > 0 && n > n_before; i--)
    {
      const Absorbed *x = &g_array_index (a->absorbed, Absorbed, i - 1);
      double part;

      if (!known_sum (g, table, x->root, x->size, other, c->members->len, &part))
        return FALSE;
      total += part;
      n -= x->size;
    }
  if (n != n_before)
    return FALSE;
  *sum = total;
  return TRUE;
}

typedef struct {
  double score;
  guint  a, b;           /* roots when pushed */
  guint  size_a, size_b; /* their sizes then; 0 for a first proposal */
} Proposal;

/* A binary max-heap of proposals. */
static void
heap_push (GArray   *heap,
           Proposal *p)
{
  guint i;

  g_array_append_val (heap, *p);
  i = heap->len - 1;
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Proposal *items = (Proposal *) heap->data;
      Proposal tmp;

      if (items[parent].score >= items[i].score)
        break;
      tmp = items[parent], items[parent] = items[i], items[i] = tmp;
      i = parent;
    }
}

static Proposal
heap_pop (GArray *heap)
{
  Proposal *items = (Proposal *) heap->data;
  Proposal top = items[0];
  guint i = 0, n;

  items[0] = items[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);
  n = heap->len;
  items = (Proposal *) heap->data;
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;
      Proposal tmp;

      if (l < n && items[l].score > items[best].score)
        best = l;
      if (r < n && items[r].score > items[best].score)
        best = r;
      if (best == i)
        break;
      tmp = items[best], items[best] = items[i], items[i] = tmp;
      i = best;
    }
  return top;
}

/* A first proposal, of two single articles: no sizes to carry, so the
 * sort below moves two thirds of the bytes a Proposal would need. */
typedef struct {
  double score;
  guint  a, b;
} FirstProposal;

/* The radix key of a proposal's score for pass @pass (0 least
 * significant), best first. Scores are positive, so their bits order as
 * they do. */
static guint16
score_digit (const FirstProposal *p,
             guint                pass)
{
  guint64 bits;

  memcpy (&bits, &p->score, sizeof bits);
  return (guint16) (~bits >> (16 * pass));
}

/* Sorts proposals best first, equal scores in the order of their pair (so
 * the order does not depend on how they were gathered), in linear time: a
 * folder's first proposals are a dozen per article, and a comparison sort
 * of a million of them costs a log factor more per article as the folder
 * grows. They come by their first article, so ordering each article's few
 * by the second puts them in the order of their pairs; a stable sort by
 * score then keeps that order among equals. */
static void
sort_proposals (GArray *proposals)
{
  guint n = proposals->len;
  FirstProposal *from = (FirstProposal *) proposals->data, *to;
  g_autofree FirstProposal *buffer = NULL;
  g_autofree guint *count = NULL;

  if (n < 2)
    return;
  for (guint i = 1; i < n; i++)
    {
      FirstProposal item = from[i];
      guint j = i;

      g_assert (from[i - 1].a <= item.a);
      for (; j > 0 && from[j - 1].a == item.a && from[j - 1].b > item.b; j--)
        from[j] = from[j - 1];
      from[j] = item;
    }
  buffer = g_new (FirstProposal, n);
  count = g_new (guint, 65536);
  to = buffer;
  for (guint pass = 0; pass < 4; pass++)
    {
      guint sum = 0;

      memset (count, 0, 65536 * sizeof (guint));
      for (guint i = 0; i < n; i++)
        count[score_digit (&from[i], pass)]++;
      /* All alike in this digit: nothing to move. */
      if (count[score_digit (&from[0], pass)] == n)
        continue;
      for (guint d = 0; d < 65536; d++)
        {
          guint c = count[d];

          count[d] = sum;
          sum += c;
        }
      for (guint i = 0; i < n; i++)
        to[count[score_digit (&from[i], pass)]++] = from[i];
      {
        FirstProposal *swap = from;

        from = to;
        to = swap;
      }
    }
  if (from != (FirstProposal *) proposals->data)
    memcpy (proposals->data, from, n * sizeof (FirstProposal));
}

/* Joins the articles the user pinned to one event, then those the user
 * said belong together. Called on single articles whose pins are unset:
 * it goes by the user's corrections, which are few, rather than by the
 * articles, which in a large folder are many and whose paths lie all
 * over memory. */
static void
apply_pins (PxEventGrouper *g)
{
  g_autoptr(GHashTable) first_of_pin = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) pinned = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *must = g->constraints->must;
  GHashTableIter iter;
  gpointer path, event_id;

  g_hash_table_iter_init (&iter, g->constraints->pins);
  while (g_hash_table_iter_next (&iter, &path, &event_id))
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, path));
      Doc *doc;

      if (index == 0)
        continue;
      doc = &g_array_index (g->docs, Doc, index - 1);
      doc->pin = px_text_intern (event_id);
      if (g_array_index (g->parent, guint, index - 1) == G_MAXUINT)
        continue;
      g_array_append_val (pinned, (guint) { index - 1 });
      {
        Cluster *cluster = g_ptr_array_index (g->root_cluster, find_root (g, index - 1));

        if (cluster->pin == NULL)
          cluster->pin = doc->pin;
      }
    }
  /* By article, so the group a pin's articles share has the root it
   * would have had, whatever the order of the table. */
  g_array_sort (pinned, px_compare_guint);
  for (guint k = 0; k < pinned->len; k++)
    {
      guint i = g_array_index (pinned, guint, k);
      Doc *doc = &g_array_index (g->docs, Doc, i);
      gpointer first;

      if (!g_hash_table_lookup_extended (first_of_pin, doc->pin, NULL, &first))
        g_hash_table_insert (first_of_pin, (gpointer) doc->pin, GUINT_TO_POINTER (i));
      else
        {
          guint ra = find_root (g, GPOINTER_TO_UINT (first)), rb = find_root (g, i);

          if (ra != rb)
            merge_clusters (g, ra, rb);
        }
    }
  for (guint i = 0; i + 1 < must->len; i += 2)
    {
      guint x = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, must->pdata[i]));
      guint y = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, must->pdata[i + 1]));
      guint rx, ry;

      if (x == 0 || y == 0 || g_array_index (g->parent, guint, x - 1) == G_MAXUINT ||
          g_array_index (g->parent, guint, y - 1) == G_MAXUINT)
        continue;
      rx = find_root (g, x - 1);
      ry = find_root (g, y - 1);
      if (rx != ry && !cannot_link (g, rx, ry))
        merge_clusters (g, rx, ry);
    }
}

/* The day a full grouping files @index under, from its analysis: its
 * vectors may not be made yet. */
static guint32
doc_day (PxEventGrouper *g,
         guint           index)
{
  return g_array_index (g->docs, Doc, index).day;
}

/* Makes article @index ready to be found during a full grouping: its
 * vectors, in the arena after those of the article before, its postings,
 * then its vectors by id for the similarities. */
static void
prepare_doc (PxEventGrouper *g,
             guint           index)
{
  Doc *doc = &g_array_index (g->docs, Doc, index);

  vectorize (g, doc);
  index_doc (g, index, FALSE);
  for (guint kind = 0; kind < 3; kind++)
    {
      Vector *v = kind == 0 ? &doc->words : kind == 1 ? &doc->names : &doc->cognates;

      if (v->n_features > 0)
        memcpy (g->arena + g->arena_used, v->features, v->n_features * sizeof (Feature));
      g_free (v->features);
      v->features = v->n_features > 0 ? g->arena + g->arena_used : NULL;
      g->arena_used += v->n_features;
      vector_sort_by_id (v);
    }
  doc->in_arena = TRUE;
}

/* Keeps each article's day in its record, then numbers the articles by
 * day, undated ones first, in the order they came within a day. A full
 * grouping visits them in that order, and an article's candidates lie in
 * the weeks around it: numbered so, their records, their scores in the
 * accumulator and their pairs' keys sit together in memory instead of
 * being spread over the whole of a large folder's. */
static void
number_docs_by_day (PxEventGrouper *g)
{
  guint n = g->docs->len;
  g_autofree Posting *order = NULL;
  g_autofree Doc *docs = NULL;
  g_autofree guint *number = NULL;
  GHashTableIter iter;
  gpointer index;

  for (guint i = 0; i < n; i++)
    {
      Doc *doc = &g_array_index (g->docs, Doc, i);

      doc->day = span_blocking_day (&doc->analysis->event_time);
    }
  if (n < 2)
    return;
  order = g_new (Posting, n);
  for (guint i = 0; i < n; i++)
    {
      order[i].day = doc_day (g, i);
      order[i].doc = i;
    }
  postings_sort (order, n);
  docs = g_memdup2 (g->docs->data, n * sizeof (Doc));
  number = g_new (guint, n);
  for (guint k = 0; k < n; k++)
    {
      g_array_index (g->docs, Doc, k) = docs[order[k].doc];
      number[order[k].doc] = k;
    }
  g_hash_table_iter_init (&iter, g->by_path);
  while (g_hash_table_iter_next (&iter, NULL, &index))
    g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (number[GPOINTER_TO_UINT (index) - 1] + 1));
}

/* Average linkage over one set of articles that no proposal links to
 * another (see split_sets()), from its first proposals, best first. Its
 * sums by group pair and its pairs' similarities are kept for it alone,
 * so they stay in the processor's cache however large the folder. Returns
 * the number of pair similarities it computed. */
static gsize
merge_set (PxEventGrouper      *g,
           const FirstProposal *initial,
           guint                n_initial,
           guint                n_docs,
           GArray              *heap,
           Accumulator         *acc)
{
  LinkTable table;
  LinkTable *links = &table;
  guint next_initial = 0;
  gsize computed;

  pair_cache_init (&g->pairs, n_docs);
  link_table_init (links, n_docs);
  g_array_set_size (heap, 0);
  while (next_initial < n_initial || heap->len > 0)
    {
      const guint *sizes = (const guint *) g->root_size->data;
      Proposal p;
      guint ra, rb;
      Proposal again;
      Link *link;
      guint n_a, n_b, n_min, n_max;
      double sum;

      if (heap->len == 0 ||
          (next_initial < n_initial &&
           initial[next_initial].score >= g_array_index (heap, Proposal, 0).score))
        {
          const FirstProposal *first = &initial[next_initial++];

          p = (Proposal) { first->score, first->a, first->b, 0, 0 };
        }
      else
        p = heap_pop (heap);
      ra = find_root (g, p.a);
      rb = find_root (g, p.b);
      if (p.score < g->threshold)
        break;
      if (ra == rb)
        continue;
      n_a = sizes[ra];
      n_b = sizes[rb];
      if (p.a == ra && p.b == rb && p.size_a == n_a && p.size_b == n_b)
        {
          if (!cannot_link (g, ra, rb))
            merge_clusters (g, ra, rb);
          continue;
        }
      if (n_a == 1 && n_b == 1 && p.size_a == 0)
        {
          /* Two single articles: the proposal's score is already exact. */
          if (!cannot_link (g, ra, rb))
            merge_clusters (g, ra, rb);
          continue;
        }
      /* The groups changed since: score them again, once per state (the
       * pair comes up from both sides), from the sums already known when
       * only one side grew, else pair by pair. */
      n_min = ra < rb ? n_a : n_b;
      n_max = ra < rb ? n_b : n_a;
      link = link_insert (links, ra, rb);
      if (link->n_min == n_min && link->n_max == n_max)
        continue;
      sum = link->sum;
      if (link->n_min == 0 ||
          !((link->n_min == n_min && grown_sum (g, links, MAX (ra, rb), link->n_max, MIN (ra, rb), &sum)) ||
            (link->n_max == n_max && grown_sum (g, links, MIN (ra, rb), link->n_min, MAX (ra, rb), &sum))))
        sum = linkage_sum (g, ra, rb, acc);
      link->n_min = n_min;
      link->n_max = n_max;
      link->sum = sum;
      again.score = sum / (n_a * (double) n_b);
      again.a = ra;
      again.b = rb;
      again.size_a = n_a;
      again.size_b = n_b;
      if (again.score >= g->threshold)
        heap_push (heap, &again);
    }
  computed = g->pairs.used;
  pair_cache_clear (&g->pairs);
  g_free (links->links);
  return computed;
}

static guint
set_find (guint *up,
          guint  x)
{
  while (up[x] != x)
    x = up[x] = up[up[x]];
  return x;
}

/* Joins the sets of @x and @y under the smaller of their roots, so that a
 * set's root is always its first article. */
static void
set_union (guint *up,
           guint  x,
           guint  y)
{
  x = set_find (up, x);
  y = set_find (up, y);
  if (x != y)
    up[MAX (x, y)] = MIN (x, y);
}

/* Average linkage only ever joins the groups of two articles a first
 * proposal links, so the articles fall into sets that no merge crosses:
 * those the proposals connect, with the groups the user's pins made.
 * Reorders @initial set by set, each set's proposals still best first,
 * the sets by their first article, so in time order; appends to
 * @bounds each set's end in @initial and its number of articles. */
static void
split_sets (PxEventGrouper *g,
            GArray         *initial,
            GArray         *bounds)
{
  guint n = g->docs->len;
  g_autofree guint *up = g_new (guint, MAX (n, 1));
  g_autofree guint *first = g_new (guint, MAX (n, 1));
  g_autofree guint *n_docs = g_new0 (guint, MAX (n, 1));
  g_autofree guint *start = g_new0 (guint, n + 1);
  g_autofree FirstProposal *by_set = NULL;
  const FirstProposal *items = (const FirstProposal *) initial->data;

  for (guint i = 0; i < n; i++)
    up[i] = i;
  for (guint i = 0; i < n; i++)
    if (g_array_index (g->parent, guint, i) != G_MAXUINT)
      set_union (up, i, find_root (g, i));
  for (guint k = 0; k < initial->len; k++)
    set_union (up, items[k].a, items[k].b);
  for (guint i = 0; i < n; i++)
    {
      first[i] = set_find (up, i);
      n_docs[first[i]]++;
    }
  for (guint k = 0; k < initial->len; k++)
    start[first[items[k].a] + 1]++;
  for (guint i = 0; i < n; i++)
    start[i + 1] += start[i];
  by_set = g_new (FirstProposal, MAX (initial->len, 1));
  for (guint k = 0; k < initial->len; k++)
    by_set[start[first[items[k].a]]++] = items[k];
  if (initial->len > 0)
    memcpy (initial->data, by_set, initial->len * sizeof (FirstProposal));
  /* @start now holds each set's end. */
  for (guint i = 0, end = 0; i < n; i++)
    if (start[i] > end)
      {
        guint bound[2] = { start[i], n_docs[i] };

        g_array_append_vals (bounds, bound, 2);
        end = start[i];
      }
}

/* Copies article @index's nearest into the block of all of them, and
 * frees the array they came in. */
static void
keep_neighbours (Scored   *all,
                 guint8   *counts,
                 guint     index,
                 GArray   *neighbours)
{
  g_assert (neighbours->len <= NEIGHBOURS);
  memcpy (all + (gsize) index * NEIGHBOURS, neighbours->data, neighbours->len * sizeof (Scored));
  counts[index] = neighbours->len;
  g_array_unref (neighbours);
}

/**
 * px_event_grouper_group:
 *
 * Groups every article from scratch: document frequencies, vectors, index,
 * and average linkage with the current granularity and corrections.
 */
void
px_event_grouper_group (PxEventGrouper *g)
{
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (Proposal));
  g_autoptr(GArray) initial = g_array_new (FALSE, FALSE, sizeof (FirstProposal));
  /* Each article's nearest, NEIGHBOURS apiece, in one block rather than an
   * array of its own each: read back in order, not from all over the heap. */
  Scored *all_neighbours;
  guint8 *n_neighbours;
  gboolean *anchored;
  Accumulator acc;
  gint64 started;
  guint n = g->docs->len;

  g_array_set_size (g->word_df, 0);
  g_array_set_size (g->name_df, 0);
  id_map_reset (&g->term_ids);
  id_map_reset (&g->name_ids);
  g_array_set_size (g->cognate_df, 0);
  id_map_reset (&g->cognate_ids);
  for (guint kind = 0; kind < G_N_ELEMENTS (g->postings); kind++)
    g_array_set_size (g->postings[kind], 0);
  for (guint i = 0; i < g->root_cluster->len; i++)
    g_clear_pointer (&g_ptr_array_index (g->root_cluster, i), cluster_free);
  /* Every vector is made again below; those in the arena only point. */
  for (guint i = 0; i < n; i++)
    doc_clear (&g_array_index (g->docs, Doc, i));
  g_clear_pointer (&g->arena, g_free);
  g->n_counted = 0;
  number_docs_by_day (g);

  started = g_get_monotonic_time ();
  /* Cognates only matter between languages; a folder in one language
   * spares their cost. */
  g->multilingual = FALSE;
  for (guint i = 1; i < n && !g->multilingual; i++)
    g->multilingual = g_strcmp0 (g_array_index (g->docs, Doc, i).analysis->language,
                                 g_array_index (g->docs, Doc, 0).analysis->language) != 0;
  for (guint i = 0; i < n; i++)
    count_document (g, &g_array_index (g->docs, Doc, i));
  g_debug ("%u articles: counted in %.2f s", n, (g_get_monotonic_time () - started) / 1e6);
  /* Room for every vector at its longest; the pages past what is written
   * are never touched, so they take no memory. */
  {
    gsize bound = 0;

    for (guint i = 0; i < n; i++)
      {
        const PxAnalysis *a = g_array_index (g->docs, Doc, i).analysis;

        bound += MIN (a->terms->len, MAX_VECTOR_TERMS) + MIN (a->entities->len + a->terms->len, MAX_VECTOR_TERMS);
        if (g->multilingual)
          bound += MIN (a->terms->len, MAX_COGNATES);
      }
    g->arena = g_new (Feature, MAX (bound, 1));
    g->arena_used = 0;
  }
  for (guint i = 0; i < n; i++)
    {
      /* The pin of an earlier grouping is stale: apply_pins() reads the
       * corrections as they are now. */
      g_array_index (g->docs, Doc, i).pin = NULL;
      cluster_new_singleton (g, i);
    }
  apply_pins (g);

  accumulator_init (g, &acc, n);
  all_neighbours = g_new (Scored, (gsize) MAX (n, 1) * NEIGHBOURS);
  n_neighbours = g_new0 (guint8, MAX (n, 1));
  /* The articles are visited by day, and each is made ready (its vectors,
   * its postings) only a window ahead of the article whose candidates are
   * sought: the candidates' features are then read while they are still
   * in the processor's cache from being written, instead of from memory a
   * pass over a large folder later. Undated articles, numbered first, may
   * meet any article, so they are made ready first and look for theirs
   * last. */
  {
    guint first_dated = 0, ready = 0;

    while (first_dated < n && doc_day (g, first_dated) == 0)
      first_dated++;
    for (guint k = first_dated; k < n; k++)
      {
        guint32 last_day = doc_day (g, k) + BLOCKING_WINDOW_DAYS;

        while (ready < n && (ready < first_dated || doc_day (g, ready) <= last_day))
          prepare_doc (g, ready++);
        keep_neighbours (all_neighbours, n_neighbours, k, find_neighbours (g, k, &acc, NEIGHBOURS, TRUE));
      }
    while (ready < n)
      prepare_doc (g, ready++);
    for (guint k = 0; k < first_dated; k++)
      keep_neighbours (all_neighbours, n_neighbours, k, find_neighbours (g, k, &acc, NEIGHBOURS, TRUE));
  }
  g_debug ("%u articles: vectors, index and neighbours in %.2f s", n, (g_get_monotonic_time () - started) / 1e6);

  anchored = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    anchored[i] = anchor_floating_time (g, i, all_neighbours + (gsize) i * NEIGHBOURS, n_neighbours[i]);
  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < n_neighbours[i]; k++)
        {
          const Scored *s = &all_neighbours[(gsize) i * NEIGHBOURS + k];
          FirstProposal p = { s->score, i, s->doc };

          if (anchored[i] || anchored[s->doc])
            p.score = doc_similarity (&g_array_index (g->docs, Doc, i), &g_array_index (g->docs, Doc, s->doc));
          if (p.score < g->threshold)
            continue;
          g_array_append_val (initial, p);
        }
    }
  g_clear_pointer (&all_neighbours, g_free);
  g_clear_pointer (&n_neighbours, g_free);
  g_clear_pointer (&anchored, g_free);
  /* The first proposals, about a dozen per article, are sorted once and
   * read in order; only the groups scored again go through the heap, which
   * stays small. A heap of every proposal would cost a cache miss per level
   * on each pop once it outgrows the processor's cache. */
  sort_proposals (initial);
  g_debug ("%u first proposals sorted at %.2f s", initial->len, (g_get_monotonic_time () - started) / 1e6);

  {
    g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));
    gsize computed = 0;

    split_sets (g, initial, bounds);
    for (guint k = 0, from = 0; k < bounds->len; k += 2)
      {
        guint end = g_array_index (bounds, guint, k);

        computed += merge_set (g, (const FirstProposal *) initial->data + from, end - from,
                               g_array_index (bounds, guint, k + 1), heap, &acc);
        from = end;
      }
    g_debug ("grouped at %.2f s, %" G_GSIZE_FORMAT " pair similarities computed", (g_get_monotonic_time () - started) / 1e6, computed);
  }
  accumulator_clear (&acc);
  g->grouped = n;
  g->n_at_refresh = n;
}

/**
 * px_event_grouper_update:
 *
 * Places the articles added since the last grouping: each joins the event
 * it is most like on average, when that clears the bar, or starts a new one;
 * the events already there are not recomputed. Term weights of earlier
 * articles keep the document frequencies they were computed with, until the
 * folder has grown by a quarter since the last full grouping, or a first
 * article in another language arrives: then this regroups everything, as
 * px_event_grouper_group() does.
 */
void
px_event_grouper_update (PxEventGrouper *g)
{
  Accumulator acc;
  gboolean refresh = g->grouped == 0 || g->docs->len > g->n_at_refresh * (1.0 + REFRESH_GROWTH);

  for (guint i = g->grouped; i < g->docs->len && !refresh && !g->multilingual; i++)
    refresh = g_strcmp0 (g_array_index (g->docs, Doc, i).analysis->language,
                         g_array_index (g->docs, Doc, 0).analysis->language) != 0;
  if (refresh)
    {
      px_event_grouper_group (g);
      return;
    }
  for (guint i = g->grouped; i < g->docs->len; i++)
    count_document (g, &g_array_index (g->docs, Doc, i));
  accumulator_init (g, &acc, g->docs->len);
  for (guint i = g->grouped; i < g->docs->len; i++)
    {
      Doc *doc = &g_array_index (g->docs, Doc, i);
      const char *pin = g_hash_table_lookup (g->constraints->pins, doc->analysis->path);
      g_autoptr(GArray) neighbours = NULL;
      g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);
      guint best_root = G_MAXUINT;
      double best = g->threshold;
      guint root;

      vectorize (g, doc);
      index_doc (g, i, TRUE);
      vector_sort_by_id (&doc->words);
      vector_sort_by_id (&doc->names);
      vector_sort_by_id (&doc->cognates);
      doc->pin = pin != NULL ? px_text_intern (pin) : NULL;
      root = i;
      cluster_new_singleton (g, i);

      neighbours = find_neighbours (g, i, &acc, NEIGHBOURS, FALSE);
      if (anchor_floating_time (g, i, (const Scored *) neighbours->data, neighbours->len))
        for (guint k = 0; k < neighbours->len; k++)
          {
            Scored *s = &g_array_index (neighbours, Scored, k);

            s->score = doc_similarity (doc, &g_array_index (g->docs, Doc, s->doc));
          }
      for (guint k = 0; k < neighbours->len; k++)
        {
          Scored *s = &g_array_index (neighbours, Scored, k);
          guint other_root;
          double score;

          if (g_array_index (g->parent, guint, s->doc) == G_MAXUINT)
            continue;
          other_root = find_root (g, s->doc);
          if (other_root == root || !g_hash_table_add (tried, GUINT_TO_POINTER (other_root)))
            continue;
          if (cannot_link (g, root, other_root))
            continue;
          score = average_linkage (g, root, other_root);
          if (score >= best)
            {
              best = score;
              best_root = other_root;
            }
        }
      if (doc->pin != NULL)
        {
          /* A pinned article goes where its pin says. */
          for (guint r = 0; r < g->root_cluster->len; r++)
            {
              Cluster *c = g_ptr_array_index (g->root_cluster, r);

              if (c != NULL && c->pin == doc->pin && r != root)
                {
                  best_root = r;
                  break;
                }
            }
        }
      if (best_root != G_MAXUINT)
        merge_clusters (g, best_root, root);
    }
  accumulator_clear (&acc);
  g->grouped = g->docs->len;
}

/* -- labels and output -------------------------------------------------- */

/* What happened, as words in many languages name it. A word matches an
 * entry when it starts with one of its stems, or equals one ending in '$'.
 * Entries come most telling first: on a tie, "earthquake" beats "talks",
 * and a summit or a meeting beats the agreement signed there. */
typedef struct {
  const char *with_people;   /* after "A and B", or NULL to use @noun */
  const char *noun;
  const char *stems[32];
  gboolean    fighting;      /* one of the kinds of armed violence */
} Trigger;

static const Trigger triggers[] = {
  { NULL, N_("ceasefire"), { "ceasefire", "cease-fire", "truce", "cessez", "waffenruhe", "waffenstillstand",
                             "tregua", "перемир", "ateşkes", NULL } },
  { NULL, N_("earthquake"), { "earthquake", "quake", "tremor", "séisme", "seisme", "erdbeben", "terremoto",
                              "sismo", "землетряс", "deprem", "trzęsieni", NULL } },
  { NULL, N_("landslide"), { "landslide", "mudslide", "glissement", "erdrutsch", "deslizamiento", "alud",
                             "оползн", "heyelan", NULL } },
  { NULL, N_("eruption"), { "erupt", "éruption", "eruption", "ausbruch", "erupción", "извержен", NULL } },
  { NULL, N_("storm"), { "cyclone", "hurricane", "typhoon", "storm", "ciclón", "ciclon", "huracán", "zyklon",
                         "wirbelsturm", "tempête", "циклон", "ураган", "тайфун", "kasırga", NULL } },
  { NULL, N_("flood"), { "flood", "inondation", "hochwasser", "überschwemm", "inundaci", "наводнен", NULL } },
  { NULL, N_("wildfire"), { "wildfire", "blaze", "bushfire", "incendie", "waldbrand", "incendio", "пожар",
                            "orman yangın", NULL } },
  { NULL, N_("runoff"), { "runoff", "run-off", "stichwahl", "balotaje", "ballottaggio", NULL } },
  { NULL, N_("election"), { "election", "elections$", "vote$", "ballot", "élection", "election", "scrutin",
                            "présidentielle", "wahl$", "wahlen$", "elecci", "comicios", "elezion", "eleição",
                            "выбор", "голосован", "seçim", "wybory", "izbor", NULL } },
  { NULL, N_("ruling"), { "ruling", "verdict", "judgment", "judgement", "ruled$", "court$", "arrêt$", "jugement",
                          "urteil", "fallo$", "sentencia", "sentenza", "приговор", "постановлен", "karar$", NULL } },
  { NULL, N_("strike"), { "strike$", "strikes$", "striking$", "walkout", "grève", "greve", "streik", "huelga",
                          "sciopero", "забастов", "grev$", "strajk", "štrajk", NULL } },
  { NULL, N_("protest"), { "protest", "rally$", "rallies$", "demonstrat", "manifest", "demonstr", "протест",
                           "митинг", "акци", "eylem", "gösteri", "blokad", "blokira", NULL } },
  { NULL, N_("riot"), { "riot", "mutiny", "uprising", "émeute", "meuterei", "aufstand", "motín", "motin$",
                        "rivolta", "бунт", "isyan", NULL } },
  { NULL, N_("attack"), { "attack", "bombing", "explosion", "blast$", "attentat", "anschlag", "atentado",
                          "attentato", "теракт", "взрыв", "saldırı", NULL }, TRUE },
  { N_("clash"), N_("clash"), { "clash", "shelling", "gunfire", "firefight", "skirmish", "shooting$",
                                "affrontement", "gefecht", "beschuss", "enfrentamiento", "scontr", "обстрел",
                                "перестрел", "столкновен", "çatışma", NULL }, TRUE },
  /* An army's push into held ground, and the euphemisms governments give
   * it ("anti-terrorist operation"). */
  { NULL, N_("offensive"), { "offensive$", "takeover", "incursion", "invasion", "invade", "antiterror",
                             "anti-terror", "counter-terror", "counterterror", "offensiv", "ofensiva",
                             "наступлен", "вторжен", "антитеррор", "контртеррор", "harekât", "harekat$",
                             NULL }, TRUE },
  { NULL, N_("crash"), { "crash", "derail", "collision", "accident", "unfall", "absturz", "entgleis",
                         "accidente", "incidente$", "катастроф", "авари", "крушен", "kaza$", NULL } },
  { NULL, N_("rescue"), { "rescue", "sauvetage", "rettung", "rescate", "soccors", "спасен", "kurtar", NULL } },
  { NULL, N_("arrest"), { "arrest", "detain", "interpell", "festnahm", "verhaft", "detenid", "detenci",
                          "задержан", "арест", "gözaltı", NULL } },
  { NULL, N_("resignation"), { "resign", "démission", "rücktritt", "dimisi", "dimett", "отставк", "istifa", NULL } },
  { NULL, N_("doping case"), { "doping", "dopage", "допинг", NULL } },
  { NULL, N_("budget"), { "budget", "haushalt", "presupuesto", "bilancio", "orçamento", "бюджет", "bütçe", NULL } },
  { N_("form coalition"), N_("coalition"), { "coalition", "koalition", "coalición", "coalizione", "коалиц",
                                             "koalisyon", NULL } },
  { N_("hold summit"), N_("summit"), { "summit", "sommet", "gipfel", "cumbre", "vertice", "саммит", "zirve",
                                       "szczyt", NULL } },
  { N_("meet"), N_("meeting"), { "meet", "met$", "rencontr", "entretien", "treffen", "trafen", "getroffen",
                                 "reunión", "reunion$", "reuniones$", "reunieron$", "reúne", "incontr", "encontro$", "встреч", "görüş", "spotka", "sastan",
                                 NULL } },
  { N_("hold talks"), N_("talks"), { "talks$", "negotiat", "négoci", "pourparler", "verhandl", "gespräch",
                                     "negociaci", "conversaciones", "colloqui", "переговор", "müzakere", "rozmow",
                                     "pregovor", NULL } },
  { N_("sign deal"), N_("agreement"), { "agreement", "deal$", "deals$", "accord$", "accords$", "pact$", "treaty", "signs$",
                                        "signed$", "signing$", "abkommen", "vereinbar", "vertrag", "unterzeichn",
                                        "acuerdo", "firman$", "firmó$", "accordo$", "соглаш", "договор", "подписа",
                                        "anlaşma", "umow", "sporazum", NULL } },
  { NULL, N_("visit"), { "visit", "visite", "besuch", "visita", "визит", "ziyaret", "wizyt", "poset", NULL } },
  { NULL, N_("sanctions"), { "sanction", "sanktion", "sancion", "санкци", "yaptırım", NULL } },
  { NULL, N_("reopening"), { "reopen", "réouverture", "rouvr", "wiedereröffn", "reabre", "reapertura", "riapr",
                             NULL } },
};

#define LABEL_MIN_WEIGHT 1.5f
/* Words further into a long body than this weight says are not read for
 * the kind of event: what happened is told early. */
#define LABEL_BODY_MIN_WEIGHT 0.5f

/* A word of an event's articles, for the label's "what". */
typedef struct {
  double      weight;   /* summed over the articles, zone-weighted */
  const char *stem;     /* interned, in the first article's language */
} WordStat;

static gboolean
trigger_matches (const Trigger *trigger,
                 const char    *folded)
{
  for (guint i = 0; trigger->stems[i] != NULL; i++)
    {
      const char *stem = trigger->stems[i];
      gsize length = strlen (stem);

      if (stem[length - 1] == '$')
        {
          if (strlen (folded) == length - 1 && strncmp (folded, stem, length - 1) == 0)
            return TRUE;
        }
      else if (strncmp (folded, stem, length) == 0)
        return TRUE;
    }
  return FALSE;
}

G_STATIC_ASSERT (G_N_ELEMENTS (triggers) <= 32);

/* The triggers a case-folded word matches, as bits; remembered, since a
 * folder's words recur. */
static guint32
trigger_mask (PxEventGrouper *g,
              const char     *folded)
{
  gpointer cached;
  guint32 mask = 0;

  if (g_hash_table_lookup_extended (g->trigger_masks, folded, NULL, &cached))
    return GPOINTER_TO_UINT (cached);
  for (guint k = 0; k < G_N_ELEMENTS (triggers); k++)
    if (trigger_matches (&triggers[k], folded))
      mask |= 1u << k;
  g_hash_table_insert (g->trigger_masks, g_strdup (folded), GUINT_TO_POINTER (mask));
  return mask;
}

static guint32
trigger_mask_interned (PxEventGrouper *g,
                       const char     *interned)
{
  gpointer cached;
  guint32 mask;

  if (g_hash_table_lookup_extended (g->interned_masks, interned, NULL, &cached))
    return GPOINTER_TO_UINT (cached);
  mask = trigger_mask (g, interned);
  g_hash_table_insert (g->interned_masks, (gpointer) interned, GUINT_TO_POINTER (mask));
  return mask;
}

/* The triggers the words of @text (case-folded) match. */
static guint32
trigger_mask_of_text (PxEventGrouper *g,
                      const char     *text)
{
  GString *word = g_string_new (NULL);
  guint32 mask = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (*p != '\0' && (g_unichar_isalnum (ch) || ch == '-'))
        {
          g_string_append_unichar (word, ch);
          continue;
        }
      if (word->len > 0)
        mask |= trigger_mask (g, word->str);
      g_string_truncate (word, 0);
      if (*p == '\0')
        break;
    }
  g_string_free (word, TRUE);
  return mask;
}

typedef struct {
  const char *display;
  const char *canonical;
  PxEntityKind kind;
  guint docs;
  guint person_docs;     /* articles that take it for a person */
  guint place_docs;
  guint organisation_docs;
  guint count;
  guint title_docs;
  guint dateline_docs;   /* articles that write it in capitals, as datelines do */
  gboolean caps;         /* written in capitals somewhere, as datelines do */
  gboolean mixed;        /* and in mixed case: not an acronym */
  double weight;
  GPtrArray *forms;      /* each way the articles write it */
} NameStat;

/* How many of an event's articles write a name so, alone or as the end of
 * a longer name: "Rauf Mammadov" writes "Mammadov" too. */
typedef struct {
  guint docs;
  guint last_doc;        /* the last of them, + 1, so each counts once */
} FormCount;

static void
name_stat_free (gpointer data)
{
  NameStat *stat = data;

  g_ptr_array_unref (stat->forms);
  g_free (stat);
}

static int
compare_name_stats (gconstpointer a,
                    gconstpointer b)
{
  const NameStat *na = *(NameStat * const *) a;
  const NameStat *nb = *(NameStat * const *) b;

  if (na->weight != nb->weight)
    return na->weight > nb->weight ? -1 : 1;
  return g_strcmp0 (na->display, nb->display);
}

static gboolean
is_all_caps (const char *text)
{
  guint letters = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_islower (ch))
        return FALSE;
      letters += g_unichar_isalpha (ch);
    }
  return letters > 1;
}

/* "Armenians", "Chinese", "Pakistani": the endings of peoples and
 * nationalities, in the English a label is written in, when the folder
 * does not name the country they come from. @plural_only: only the plural
 * ones, which no surname takes ("Kardashian" is one, "Kardashians" a
 * family). */
static gboolean
looks_like_demonym (const char *display,
                    gboolean    plural_only)
{
  static const struct { const char *ending; gboolean plural; } endings[] = {
    /* Not "-ean": seas and regions end so ("Aegean", "Caribbean"). */
    { "ians", TRUE }, { "eans", TRUE }, { "anis", TRUE }, { "ian", FALSE },
    { "ani", FALSE }, { "ese", FALSE }, { "ish", FALSE },
  };
  gsize length = strlen (display);

  if (g_utf8_strlen (display, -1) < 6 || strchr (display, ' ') != NULL)
    return FALSE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      gsize l = strlen (endings[e].ending);

      if ((endings[e].plural || !plural_only) && g_ascii_strcasecmp (display + length - l, endings[e].ending) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @key is among the folder's name keys (@keys, sorted). */
static gboolean
keys_contain (GPtrArray  *keys,
              const char *key)
{
  guint lo = 0, hi = keys->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int order = strcmp (keys->pdata[mid], key);

      if (order == 0)
        return TRUE;
      if (order < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* "Armenians", "Azerbaijani", "Russian": a word made from another name of
 * the folder with the endings peoples and nationalities take names no one
 * person, no party to a meeting and no place an event happens in. Keys are
 * stemmed ("armeni" for Armenia), so the ending is looked for on what is
 * left after the other name's key. */
static gboolean
derived_name (GPtrArray  *keys,
              const char *key)
{
  static const char *endings[] = {
    "s", "n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "i", "is", "ani", "anis",
    "ese", "ish", "ic", "ics", "er", "ers", "ite", "ites", NULL,
  };
  gsize length = strlen (key);
  char buffer[128];

  if (length < 5 || length >= sizeof buffer || strchr (key, ' ') != NULL)
    return FALSE;
  for (gsize cut = 1; cut <= 4 && length - cut >= 4; cut++)
    {
      gboolean ending = FALSE;

      for (guint e = 0; endings[e] != NULL && !ending; e++)
        ending = strcmp (key + length - cut, endings[e]) == 0;
      if (!ending)
        continue;
      memcpy (buffer, key, length - cut);
      buffer[length - cut] = '\0';
      if (keys_contain (keys, buffer))
        return TRUE;
    }
  return FALSE;
}

/* "WTO", "Court of Arbitration", "Law Society of Kenya": an acronym, or a
 * name built on a word for a body of people, can act; "Line of Control"
 * cannot. */
static gboolean
names_an_institution (const char *display,
                      gboolean    acronyms)
{
  static const char *heads[] = {
    "court", "council", "society", "union", "ministry", "party", "bank", "army", "front", "assembly",
    "parliament", "commission", "committee", "agency", "organisation", "organization", "federation",
    "association", "government", "league", "movement", "forces", "police", "tribunal", "board", "fund",
    "frente", "partido", "consejo", "tribunal", "conseil", "parti", "gericht", "partei", "rat$",
  };
  g_autofree char *folded = g_utf8_casefold (display, -1);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  guint letters = g_utf8_strlen (display, -1);

  if (acronyms && is_all_caps (display) && letters >= 2 && letters <= 6 && strchr (display, ' ') == NULL)
    return TRUE;
  for (guint w = 0; words[w] != NULL; w++)
    for (guint h = 0; h < G_N_ELEMENTS (heads); h++)
      {
        gsize length = strlen (heads[h]);

        if (heads[h][length - 1] == '$' ? strncmp (words[w], heads[h], length - 1) == 0 && words[w][length - 1] == '\0'
                                        : g_str_has_prefix (words[w], heads[h]))
          return TRUE;
      }
  return FALSE;
}

/* A country, as a state that acts: the folder also names its people with
 * an ending that makes one of a country ("Latvia", "Latvian"; "Iraq",
 * "Iraqi"), not one that makes a country of a people ("Kyrgyz",
 * "Kyrgyzstan"; "Philippine", "Philippines"). */
static gboolean
names_a_state (GPtrArray  *keys,
               GHashTable *folded_words,
               const char *key,
               const char *display)
{
  static const char *endings[] = { "n", "an", "ian", "i", "is", "ns", "ans", "ians", "ese", "ish", "ic", "er", "ers" };
  g_autofree char *folded = g_utf8_casefold (display, -1);

  if (strchr (key, ' ') != NULL || strlen (key) < 3)
    return FALSE;
  /* By key, so "Armenia" meets "Armenian" however each is spelt, and by
   * the words as written, which keys normalise apart ("Ostland",
   * "Ostlandic"). */
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    {
      g_autofree char *derived = g_strconcat (key, endings[e], NULL);
      g_autofree char *written = g_strconcat (folded, endings[e], NULL);
      const char *interned = g_hash_table_lookup (folded_words, written);

      if (keys_contain (keys, derived) || interned != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "Kyrgyz" beside "Kyrgyzstan", "Philippine" beside "Philippines": the
 * people's word from which the folder's name of their country is made. */
static gboolean
names_a_people (GPtrArray  *keys,
                const char *key)
{
  g_autofree char *stan = g_strconcat (key, "stan", NULL);
  g_autofree char *plural = g_strconcat (key, "s", NULL);

  return strchr (key, ' ') == NULL && strlen (key) >= 4 && (keys_contain (keys, stan) || keys_contain (keys, plural));
}

/* "OC" of "OC Media": an outlet names itself in its articles' bylines and
 * boilerplate; it is no actor of the event it reports. */
static gboolean
names_an_outlet (PxEventGrouper *g,
                 GArray         *members,
                 const char     *display)
{
  for (guint m = 0; m < members->len; m++)
    {
      const char *outlet = g_array_index (g->docs, Doc, g_array_index (members, guint, m)).analysis->outlet;

      if (outlet != NULL && g_str_has_prefix (outlet, display))
        return TRUE;
    }
  return FALSE;
}

/* Lower is better to show: mixed case before capitals ("Moscow" reads
 * better than a dateline's "MOSCOW"), then the Latin script before others,
 * which more readers read. */
static guint
display_rank (const char *name)
{
  gboolean latin = TRUE;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isalpha (ch) && g_unichar_get_script (ch) != G_UNICODE_SCRIPT_LATIN)
        latin = FALSE;
    }
  return (is_all_caps (name) ? 2 : 0) + (latin ? 0 : 1);
}

/* "Pakistani" beside "Pakistan", "Алиеву" beside "Алиев": @longer is
 * @shorter with an ending of up to four letters, a word made from it or
 * one of its cases, and @shorter the name itself. */
static gboolean
form_extends (const char *longer,
              const char *shorter)
{
  glong extra = g_utf8_strlen (longer, -1) - g_utf8_strlen (shorter, -1);
  gsize length = strlen (shorter);

  return extra > 0 && extra <= 4 && g_utf8_strlen (shorter, -1) >= 4 && strncmp (longer, shorter, length) == 0 &&
         strchr (longer + length, ' ') == NULL;
}

/* "Москве", "Грузии", "Алиеву": a Cyrillic word ending as oblique cases
 * of Russian nouns do and their nominative, the form a label names a
 * thing by, does not. Not "-ье" and "-ие" ("Приморье"), nor "-и" and "-ы"
 * alone, which end nominatives too ("Сочи", "Афины"): where those are
 * written beside another case, the articles' majority decides. */
static gboolean
looks_oblique_cyrillic (const char *text)
{
  static const char *endings[] = {
    "\xd0\xb8\xd0\xb8", "\xd1\x83", "\xd1\x8e", /* ии у ю */
  };
  gsize length = strlen (text);
  const char *last = length > 0 ? g_utf8_find_prev_char (text, text + length) : NULL;
  const char *before;

  if (last == NULL || g_unichar_get_script (g_utf8_get_char (last)) != G_UNICODE_SCRIPT_CYRILLIC)
    return FALSE;
  before = g_utf8_find_prev_char (text, last);
  /* е, not after ь or и */
  if (strcmp (last, "\xd0\xb5") == 0 && before != NULL && strncmp (before, "\xd1\x8c", 2) != 0 &&
      strncmp (before, "\xd0\xb8", 2) != 0)
    return TRUE;
  for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
    if (length > strlen (endings[e]) && strcmp (text + length - strlen (endings[e]), endings[e]) == 0)
      return TRUE;
  return FALSE;
}

/* Which of the ways the event's articles write a name to show: mixed case
 * and the Latin script first (display_rank()); among those, the name
 * itself before a word made from it ("Pakistan", not "Pakistani", which
 * may be the people); for a Cyrillic name written in several cases, one
 * that could be the nominative before "Москве"; then the form most of the
 * articles use, not one outlet's transliteration ("Harutyunyan" over
 * "Harutjunjan"); then the shorter, then the first written. */
static const char *
choose_display (GPtrArray  *forms,
                GHashTable *form_counts)
{
  guint best_rank = G_MAXUINT;
  gboolean nominative = FALSE;
  const char *best = NULL;
  guint best_docs = 0;

  for (guint f = 0; f < forms->len; f++)
    best_rank = MIN (best_rank, display_rank (g_ptr_array_index (forms, f)));
  for (guint f = 0; f < forms->len; f++)
    {
      const char *text = g_ptr_array_index (forms, f);

      if (display_rank (text) == best_rank && !looks_oblique_cyrillic (text))
        nominative = TRUE;
    }
  for (guint f = 0; f < forms->len; f++)
    {
      const char *text = g_ptr_array_index (forms, f);
      const FormCount *counted = g_hash_table_lookup (form_counts, text);
      guint docs = counted != NULL ? counted->docs : 0;
      gboolean derived = FALSE;

      if (display_rank (text) != best_rank || (nominative && looks_oblique_cyrillic (text)))
        continue;
      for (guint o = 0; o < forms->len && !derived; o++)
        derived = o != f && display_rank (g_ptr_array_index (forms, o)) == best_rank &&
                  form_extends (text, g_ptr_array_index (forms, o));
      if (derived)
        continue;
      if (best == NULL || docs > best_docs || (docs == best_docs && strlen (text) < strlen (best)))
        {
          best = text;
          best_docs = docs;
        }
    }
  return best != NULL ? best : g_ptr_array_index (forms, 0);
}

/* "Armenia" beside "Armenian", "Pakistan" beside "Pakistanis": a country
 * whose people the folder names, not a person, and less likely the venue
 * than a city. @keys: the folder's name keys, sorted. */
static gboolean
is_base_of_derived (GPtrArray      *keys,
                    const NameStat *stat)
{
  gsize length = strlen (stat->canonical);
  guint lo = 0, hi = keys->len;

  if (length < 4 || strchr (stat->canonical, ' ') != NULL)
    return FALSE;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (strcmp (keys->pdata[mid], stat->canonical) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < keys->len && strncmp (keys->pdata[i], stat->canonical, length) == 0; i++)
    {
      gsize other_length = strlen (keys->pdata[i]);

      if (other_length > length && other_length <= length + 4 && strchr (keys->pdata[i], ' ') == NULL)
        return TRUE;
    }
  return FALSE;
}

/* The same, by the words as written in the event's articles: "Azerbaijan"
 * beside "Azerbaijani". */
static gboolean
has_derived_word (GHashTable *folded_words,
                  const char *display)
{
  g_autofree char *folded = g_utf8_casefold (display, -1);
  gsize length = strlen (folded);
  GHashTableIter iter;
  gpointer word;

  if (g_utf8_strlen (folded, -1) < 4)
    return FALSE;
  g_hash_table_iter_init (&iter, folded_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      gsize other_length = strlen (word);

      if (other_length > length && other_length <= length + 4 && strncmp (word, folded, length) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Spain's Murcia", "Chile's Cerro Blanco": the place is what follows the
 * possessive; the country before it says where that place is. */
static const char *
without_possessor (const char *name)
{
  const char *rest = name;

  for (const char *p = name; *p != '\0'; p++)
    {
      if (p[0] == '\'' && p[1] == 's' && p[2] == ' ' && p[3] != '\0')
        rest = p + 3;
      else if (strncmp (p, "\xe2\x80\x99s ", 5) == 0 && p[5] != '\0')
        rest = p + 5;
    }
  return rest;
}

static char *
format_month (guint32 day)
{
  GDate date;
  char buffer[64];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (g_date_strftime (buffer, sizeof buffer, "%b %Y", &date) == 0)
    return NULL;
  return g_strdup (buffer);
}

/* Who, what, where, when: "Aliyev and Pashinyan meet · Dushanbe · Sep
 * 2018". Who: the people most of the articles name; what: the kind of
 * event most of their words and headlines name, else their most telling
 * common word; where: the place most of them name, datelines and cities
 * before countries; when: the month the event began. */
static char *
make_label (PxEventGrouper *g,
            GPtrArray      *keys,
            GArray         *members,
            guint32         first_day)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, name_stat_free);
  g_autoptr(GHashTable) form_counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) words = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) name_words = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) name_parts = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint trigger_docs[G_N_ELEMENTS (triggers)] = { 0 };
  guint trigger_titles[G_N_ELEMENTS (triggers)] = { 0 };
  const NameStat *who[2] = { NULL, NULL };
  gboolean first_is_state = FALSE;
  const NameStat *where = NULL;
  double where_score = 0;
  const Trigger *trigger = NULL;
  guint trigger_score = 0;
  const char *what = NULL;
  double what_weight = 0;
  guint n = members->len;
  guint32 fighting_mask = 0;
  const char *first_language = g_array_index (g->docs, Doc, g_array_index (members, guint, 0)).analysis->language;
  GHashTableIter iter;
  gpointer key, value;

  for (guint k = 0; k < G_N_ELEMENTS (triggers); k++)
    fighting_mask |= (guint32) triggers[k].fighting << k;
  for (guint m = 0; m < n; m++)
    {
      PxAnalysis *a = g_array_index (g->docs, Doc, g_array_index (members, guint, m)).analysis;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) seen_caps = g_hash_table_new (NULL, NULL);
      g_autofree char *title = a->title != NULL ? g_utf8_casefold (a->title, -1) : NULL;
      guint32 doc_mask = 0;
      float strength[G_N_ELEMENTS (triggers)] = { 0 };
      guint32 title_mask = title != NULL ? trigger_mask_of_text (g, title) : 0;

      for (guint i = 0; i < a->entities->len; i++)
        {
          PxEntity *e = g_ptr_array_index (a->entities, i);
          const char *canonical = canonical_name (g, e);
          NameStat *stat = g_hash_table_lookup (names, canonical);
          g_autofree char *folded = g_utf8_casefold (e->head, -1);

          g_hash_table_add (name_words, (gpointer) px_text_intern (folded));
          /* "Bank of England": none of its words says what happened. */
          if (e->name != NULL && strchr (e->name, ' ') != NULL)
            {
              g_autofree char *folded_name = g_utf8_casefold (e->name, -1);
              g_auto(GStrv) pieces = g_strsplit (folded_name, " ", -1);

              for (guint k = 0; pieces[k] != NULL; k++)
                g_hash_table_add (name_parts, (gpointer) px_text_intern (pieces[k]));
            }
          if (stat == NULL)
            {
              stat = g_new0 (NameStat, 1);
              stat->canonical = canonical;
              stat->forms = g_ptr_array_new ();
              g_hash_table_insert (names, (gpointer) canonical, stat);
            }
          /* Each way it is written, by how many articles write it so;
           * choose_display() picks one once all are counted. */
          {
            const char *text = without_possessor (e->head);
            guint f = 0;

            while (f < stat->forms->len && strcmp (g_ptr_array_index (stat->forms, f), text) != 0)
              f++;
            if (f == stat->forms->len)
              g_ptr_array_add (stat->forms, (gpointer) text);
            for (const char *suffix = text; suffix != NULL; suffix = strchr (suffix, ' '))
              {
                FormCount *counted;

                suffix += *suffix == ' ';
                counted = g_hash_table_lookup (form_counts, suffix);
                if (counted == NULL)
                  g_hash_table_insert (form_counts, (gpointer) suffix, counted = g_new0 (FormCount, 1));
                if (counted->last_doc != m + 1)
                  {
                    counted->docs++;
                    counted->last_doc = m + 1;
                  }
              }
          }
          if (is_all_caps (e->head))
            {
              stat->caps = TRUE;
              if (g_hash_table_add (seen_caps, (gpointer) canonical))
                stat->dateline_docs++;
            }
          else
            stat->mixed = TRUE;
          stat->count += e->count;
          if (!g_hash_table_add (seen, (gpointer) canonical))
            continue;
          stat->docs++;
          stat->person_docs += e->kind == PX_ENTITY_PERSON;
          stat->place_docs += e->kind == PX_ENTITY_PLACE;
          stat->organisation_docs += e->kind == PX_ENTITY_ORGANISATION;
          stat->title_docs += e->in_title;
        }
      for (guint i = 0; i < a->terms->len; i++)
        {
          PxTerm *t = &g_array_index (a->terms, PxTerm, i);
          WordStat *sum;

          if (t->term[0] == '#' || t->weight < LABEL_BODY_MIN_WEIGHT)
            continue;
          /* What happened is said in the headline and the lead, or said
           * again, in one word or several of one kind ("shelling" and
           * "gunfire"); words once in the body count only so. */
          if (t->weight < LABEL_MIN_WEIGHT)
            {
              guint32 mask = trigger_mask_interned (g, t->surface);

              for (guint k = 0; mask != 0 && k < G_N_ELEMENTS (triggers); k++)
                if (mask >> k & 1)
                  strength[k] += t->weight;
              continue;
            }
          if (id_map_lookup (&g->term_ids, t->term) == 0)
            continue;
          /* By the word as written: a stem can be a word of its own
           * ("according" gives "accord"). */
          doc_mask |= trigger_mask_interned (g, t->surface);
          sum = g_hash_table_lookup (words, t->surface);
          if (sum == NULL)
            g_hash_table_insert (words, (gpointer) t->surface, sum = g_new0 (WordStat, 1));
          /* Zone-weighted: a word of the headlines says most. */
          sum->weight += t->weight;
          /* The analysis stemmed the word already, in its own language:
           * the label stems in the first article's, so keep that stem. */
          if (sum->stem == NULL && (m == 0 || g_strcmp0 (a->language, first_language) == 0))
            sum->stem = t->term;
        }
      /* Shelling, explosions and a takeover, each said once, tell of one
       * fighting together: the kind said most stands for them. */
      {
        float fighting = 0;
        guint strongest = 0;

        for (guint k = 0; k < G_N_ELEMENTS (triggers); k++)
          if (triggers[k].fighting)
            {
              fighting += strength[k];
              if (strength[k] > strength[strongest] || !triggers[strongest].fighting)
                strongest = k;
            }
        if (fighting >= LABEL_MIN_WEIGHT && (doc_mask & fighting_mask) == 0)
          doc_mask |= 1u << strongest;
      }
      for (guint k = 0; k < G_N_ELEMENTS (triggers); k++)
        {
          if (strength[k] >= LABEL_MIN_WEIGHT)
            doc_mask |= 1u << k;
          /* The headline states what happened; the body tells much else. */
          trigger_docs[k] += (doc_mask | title_mask) >> k & 1;
          trigger_titles[k] += title_mask >> k & 1;
        }
    }

  /* A kind of event most articles name, headlines counting double. */
  for (guint k = 0; k < G_N_ELEMENTS (triggers); k++)
    {
      guint score = trigger_docs[k] + 2 * trigger_titles[k];

      if (trigger_titles[k] == 0 && trigger_docs[k] * 2 < n)
        continue;
      if (score > trigger_score)
        {
          trigger_score = score;
          trigger = &triggers[k];
        }
    }

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      NameStat *stat = value;

      stat->display = choose_display (stat->forms, form_counts);
      stat->weight = stat->docs + stat->title_docs * 0.5 + stat->count / 1000.0;
      if (stat->person_docs > stat->place_docs)
        stat->kind = PX_ENTITY_PERSON;
      else if (stat->place_docs > 0 || (stat->caps && stat->mixed))
        stat->kind = PX_ENTITY_PLACE;
      else if (stat->organisation_docs * 2 > stat->docs)
        stat->kind = PX_ENTITY_ORGANISATION;
      g_ptr_array_add (sorted, value);
    }
  g_ptr_array_sort (sorted, compare_name_stats);
  /* Who: people first; when the articles name none, the organisations or
   * states that act ("Armenia and Azerbaijan sign deal", "WTO · ruling"):
   * a country is a state when the folder also names its people. Never a
   * people, and never the outlet's own name. */
  for (guint pass = 0; pass < 2 && who[0] == NULL; pass++)
    for (guint i = 0; i < sorted->len && who[1] == NULL; i++)
      {
        NameStat *stat = g_ptr_array_index (sorted, i);
        gboolean state;

        if ((stat->docs * 2 < n && n > 1) || derived_name (keys, stat->canonical) ||
            names_a_people (keys, stat->canonical) || looks_like_demonym (stat->display, stat->kind == PX_ENTITY_PERSON))
          continue;
        state = stat->kind != PX_ENTITY_PERSON && names_a_state (keys, name_words, stat->canonical, stat->display);
        if (pass == 0 && (stat->kind != PX_ENTITY_PERSON || is_base_of_derived (keys, stat) ||
                          has_derived_word (name_words, stat->display) || names_an_institution (stat->display, FALSE)))
          continue;
        if (pass == 1 && ((!state && !(stat->kind == PX_ENTITY_ORGANISATION && names_an_institution (stat->display, TRUE))) ||
                          names_an_outlet (g, members, stat->display) ||
                          (who[0] != NULL && (strstr (stat->display, who[0]->display) != NULL ||
                                              strstr (who[0]->display, stat->display) != NULL))))
          continue;
        if (who[0] == NULL)
          {
            who[0] = stat;
            first_is_state = state;
            continue;
          }
        /* Parties to one event are peers: two states, or two bodies. */
        if (pass == 1 && state != first_is_state)
          continue;
        /* A second actor only as central as the first: named by most of
         * the same articles. An article alone cannot tell that by
         * articles; there, not named in passing where the first is named
         * again and again, unless in the headline too. */
        if (stat->docs * 3 >= who[0]->docs * 2 &&
            (n > 1 || (stat->title_docs > 0 && stat->title_docs >= who[0]->title_docs) ||
             stat->count * 2 >= who[0]->count))
          who[1] = stat;
      }
  for (guint i = 0; i < sorted->len; i++)
    {
      NameStat *stat = g_ptr_array_index (sorted, i);

      if (stat->docs * 2 < n && n > 1)
        continue;
      if (derived_name (keys, stat->canonical) || names_a_people (keys, stat->canonical) ||
          looks_like_demonym (stat->display, FALSE) || stat == who[0] || stat == who[1])
        continue;
      if (stat->kind == PX_ENTITY_PLACE)
        {
          /* A dateline names where the reporter stood, which is usually
           * where it happened. */
          double score = (stat->docs + stat->place_docs) * 0.5 + (stat->mixed ? stat->dateline_docs : 0) +
                         stat->title_docs * 0.75 + MIN (stat->count / (double) stat->docs, 10) * 0.25;

          if (is_base_of_derived (keys, stat) || has_derived_word (name_words, stat->display) ||
              names_a_state (keys, name_words, stat->canonical, stat->display))
            score -= 0.5 * stat->docs + 1.0;

          if (score > where_score)
            {
              where_score = score;
              where = stat;
            }
        }
    }

  if (trigger == NULL)
    {
      /* No kind of event named: the content word the articles weigh most,
       * headlines first, by how rare it is in the folder, names aside. */
      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const char *surface = key;
          const WordStat *stat = value;
          double weight = stat->weight;
          const char *stem;
          guint id;
          double w;

          if (g_hash_table_contains (name_words, surface) || g_hash_table_contains (name_parts, surface) ||
              g_utf8_strlen (surface, -1) < 4)
            continue;
          stem = stat->stem != NULL ? stat->stem : px_analysis_stem (first_language, surface);
          id = id_map_lookup (&g->term_ids, stem);
          if (id == 0)
            continue;
          w = weight * idf (g->word_df, id - 1, g->n_counted);
          if (w > what_weight || (w == what_weight && g_strcmp0 (surface, what) < 0))
            {
              what_weight = w;
              what = surface;
            }
        }
    }

  if (who[0] != NULL)
    {
      g_autofree char *people = NULL;

      if (who[1] != NULL)
        {
          const char *first = g_strcmp0 (who[0]->display, who[1]->display) < 0 ? who[0]->display : who[1]->display;
          const char *second = first == who[0]->display ? who[1]->display : who[0]->display;

          /* TRANSLATORS: two people an event is about, as in "Aliyev and Pashinyan" */
          people = g_strdup_printf (_("%s and %s"), first, second);
        }
      else
        people = g_strdup (who[0]->display);
      if (trigger != NULL && trigger->with_people != NULL && who[1] != NULL)
        /* TRANSLATORS: people and what they did, as in "Aliyev and Pashinyan meet" */
        g_ptr_array_add (parts, g_strdup_printf (C_("event label", "%s %s"), people, _(trigger->with_people)));
      else
        {
          g_ptr_array_add (parts, g_steal_pointer (&people));
          if (trigger != NULL)
            g_ptr_array_add (parts, g_strdup (_(trigger->noun)));
          else if (what != NULL)
            g_ptr_array_add (parts, g_strdup (what));
        }
    }
  else if (trigger != NULL)
    g_ptr_array_add (parts, px_text_capitalise (_(trigger->noun)));
  else if (what != NULL)
    g_ptr_array_add (parts, px_text_capitalise (what));
  if (where != NULL)
    g_ptr_array_add (parts, g_strdup (where->display));
  if (first_day != 0)
    {
      char *month = format_month (first_day);

      if (month != NULL)
        g_ptr_array_add (parts, month);
    }
  if (parts->len == 0)
    {
      PxAnalysis *a = g_array_index (g->docs, Doc, g_array_index (members, guint, 0)).analysis;

      return g_strdup (a->title != NULL ? a->title : a->path);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" \xc2\xb7 ", (char **) parts->pdata);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_member_docs (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  PxEventGrouper *g = user_data;
  PxAnalysis *pa = g_array_index (g->docs, Doc, *(const guint *) a).analysis;
  PxAnalysis *pb = g_array_index (g->docs, Doc, *(const guint *) b).analysis;

  return g_strcmp0 (pa->path, pb->path);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const PxEvent *ea = *(PxEvent * const *) a;
  const PxEvent *eb = *(PxEvent * const *) b;
  int by_date;

  /* Newest first, undated last. */
  if ((ea->date_last == NULL) != (eb->date_last == NULL))
    return ea->date_last == NULL ? 1 : -1;
  by_date = g_strcmp0 (eb->date_last, ea->date_last);
  if (by_date != 0)
    return by_date;
  return g_strcmp0 (ea->articles->pdata[0], eb->articles->pdata[0]);
}

/**
 * px_event_grouper_get_events:
 *
 * Returns: (transfer container) (element-type PxEvent): the events, newest
 *   first; every article is in exactly one
 */
GPtrArray *
px_event_grouper_get_events (PxEventGrouper *g)
{
  GPtrArray *events = g_ptr_array_new_with_free_func ((GDestroyNotify) px_event_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) clusters = g_ptr_array_new ();

  for (guint i = 0; i < g->name_ids.keys->len; i++)
    if (((const char *) g_ptr_array_index (g->name_ids.keys, i))[0] != '#')
      g_ptr_array_add (keys, g_ptr_array_index (g->name_ids.keys, i));
  g_ptr_array_sort (keys, compare_strings);

  /* Events by root, not in the hash table's order: a large folder's
   * analyses are then read in the order they were added, not all over. */
  for (guint root = 0; root < g->root_cluster->len; root++)
    if (g_ptr_array_index (g->root_cluster, root) != NULL)
      g_ptr_array_add (clusters, g_ptr_array_index (g->root_cluster, root));
  for (guint r = 0; r < clusters->len; r++)
    {
      Cluster *c = g_ptr_array_index (clusters, r);
      PxEvent *event = g_new0 (PxEvent, 1);
      g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GArray) members = g_array_copy (c->members);
      guint32 first = 0, last = 0;
      const char *label;

      g_array_sort_with_data (members, compare_member_docs, g);
      event->articles = g_ptr_array_new_with_free_func (g_free);
      event->outlets = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < members->len; i++)
        {
          PxAnalysis *a = g_array_index (g->docs, Doc, g_array_index (members, guint, i)).analysis;

          g_ptr_array_add (event->articles, g_strdup (a->path));
          if (a->outlet != NULL && g_hash_table_add (outlets, a->outlet))
            g_ptr_array_add (event->outlets, g_strdup (a->outlet));
          if (a->event_time.first != 0 && !a->event_time.floating)
            {
              if (first == 0 || a->event_time.first < first)
                first = a->event_time.first;
              if (a->event_time.last > last)
                last = a->event_time.last;
            }
        }
      event->date_first = px_timex_day_to_iso (first);
      event->date_last = px_timex_day_to_iso (last);

      if (c->pin != NULL)
        {
          event->id = g_strdup (c->pin);
          event->corrected = TRUE;
        }
      else
        {
          /* Named after its first article, so the id survives regrouping as
           * long as that article stays. */
          guint hash = g_str_hash (event->articles->pdata[0]);

          event->id = g_strdup_printf ("e%08x", hash);
          for (guint salt = 1; g_hash_table_contains (ids, event->id); salt++)
            {
              g_free (event->id);
              event->id = g_strdup_printf ("e%08x-%u", hash, salt);
            }
        }
      g_hash_table_add (ids, event->id);
      label = g_hash_table_lookup (g->constraints->labels, event->id);
      if (label != NULL)
        {
          event->label = g_strdup (label);
          event->corrected = TRUE;
        }
      else
        event->label = make_label (g, keys, members, first);
      g_ptr_array_add (events, event);
    }
  g_ptr_array_sort (events, compare_events);
  return events;
}

/**
 * px_event_grouper_similarity:
 *
 * Returns: the similarity of two grouped articles, as the grouping sees it;
 *   -1 when either is unknown
 */
double
px_event_grouper_similarity (PxEventGrouper *g,
                             const char     *path_a,
                             const char     *path_b)
{
  guint a = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, path_a));
  guint b = GPOINTER_TO_UINT (g_hash_table_lookup (g->by_path, path_b));

  if (a == 0 || b == 0 || a > g->grouped || b > g->grouped)
    return -1;
  return doc_similarity (&g_array_index (g->docs, Doc, a - 1), &g_array_index (g->docs, Doc, b - 1));
}

/**
 * px_events_group:
 * @analyses: (element-type PxAnalysis): the articles; borrowed
 * @granularity: see %PX_EVENTS_DEFAULT_GRANULARITY
 * @constraints: (nullable): the user's corrections
 *
 * Returns: (transfer container) (element-type PxEvent): the events
 */
GPtrArray *
px_events_group (GPtrArray          *analyses,
                 double              granularity,
                 PxEventConstraints *constraints)
{
  g_autoptr(PxEventGrouper) g = px_event_grouper_new (granularity);

  g->owns_analyses = FALSE;
  px_event_grouper_set_constraints (g, constraints);
  for (guint i = 0; i < analyses->len; i++)
    px_event_grouper_add (g, g_ptr_array_index (analyses, i));
  px_event_grouper_group (g);
  return px_event_grouper_get_events (g);
}
