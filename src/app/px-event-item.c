/* px-event-item.c — one event as the window lists it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-event-item"

#include "config.h"

#include <glib/gi18n.h>

#include "px-event-item.h"
#include "px-labels.h"

struct _PxEventItem
{
  GObject     parent_instance;

  char       *id;
  char       *label;
  char       *date_first;
  char       *date_last;
  GListStore *articles;
};

G_DEFINE_FINAL_TYPE (PxEventItem, px_event_item, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
px_event_item_finalize (GObject *object)
{
  PxEventItem *self = PX_EVENT_ITEM (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->date_first);
  g_free (self->date_last);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (px_event_item_parent_class)->finalize (object);
}

static void
px_event_item_class_init (PxEventItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_event_item_finalize;

  /* Label, dates, outlets or articles changed: rows showing it refresh. */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
px_event_item_init (PxEventItem *self)
{
  self->articles = g_list_store_new (PX_TYPE_ARTICLE);
}

/**
 * px_event_item_new:
 * @event: an event of the grouping
 * @articles_by_path: (element-type utf8 PxArticle): the folder's articles
 */
PxEventItem *
px_event_item_new (const PxEvent *event,
                   GHashTable    *articles_by_path)
{
  PxEventItem *self = g_object_new (PX_TYPE_EVENT_ITEM, NULL);

  self->id = g_strdup (event->id);
  self->label = g_strdup (event->label);
  self->date_first = g_strdup (event->date_first);
  self->date_last = g_strdup (event->date_last);

  for (guint i = 0; i < event->articles->len; i++)
    {
      PxArticle *article = g_hash_table_lookup (articles_by_path, event->articles->pdata[i]);

      if (article != NULL)
        g_list_store_append (self->articles, article);
    }

  return self;
}

const char *
px_event_item_get_id (PxEventItem *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  return self->id;
}

void
px_event_item_set_id (PxEventItem *self,
                      const char  *id)
{
  g_return_if_fail (PX_IS_EVENT_ITEM (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
}

const char *
px_event_item_get_label (PxEventItem *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  return self->label != NULL && *self->label != '\0' ? self->label : _("Untitled event");
}

void
px_event_item_set_label (PxEventItem *self,
                         const char  *label)
{
  g_return_if_fail (PX_IS_EVENT_ITEM (self));

  g_free (self->label);
  self->label = g_strdup (label);
  g_signal_emit (self, signals[CHANGED], 0);
}

GListModel *
px_event_item_get_articles (PxEventItem *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  return G_LIST_MODEL (self->articles);
}

guint
px_event_item_get_n_articles (PxEventItem *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->articles));
}

/* When the grouping found no event date, the articles' own dates stand in. */
static void
article_date_span (PxEventItem  *self,
                   const char  **first,
                   const char  **last)
{
  guint n = px_event_item_get_n_articles (self);

  *first = self->date_first;
  *last = self->date_last;
  if (*first != NULL)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const char *date = px_article_get_date (article);

      if (date == NULL || *date == '\0')
        continue;
      if (*first == NULL || strcmp (date, *first) < 0)
        *first = date;
      if (*last == NULL || strcmp (date, *last) > 0)
        *last = date;
    }
}

char *
px_event_item_dup_dates (PxEventItem *self)
{
  const char *first, *last;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  article_date_span (self, &first, &last);
  first_day = first != NULL ? g_strndup (first, 10) : NULL;
  last_day = last != NULL ? g_strndup (last, 10) : NULL;

  return px_labels_date_range (first_day, last_day);
}

/* Newest first in the sidebar goes by this. */
const char *
px_event_item_get_sort_date (PxEventItem *self)
{
  const char *first, *last;

  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  article_date_span (self, &first, &last);

  return last != NULL ? last : first;
}

/* Distinct outlets, most articles first, as "A, B and 3 more". */
char *
px_event_item_dup_outlets (PxEventItem *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = px_event_item_get_n_articles (self);

  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const char *outlet = px_article_get_outlet (article);
      guint count;

      if (outlet == NULL || *outlet == '\0')
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, outlet));
      if (count == 0)
        g_ptr_array_add (names, (gpointer) outlet);
      g_hash_table_insert (counts, (gpointer) outlet, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 1; i < names->len; i++)
    for (guint j = i; j > 0; j--)
      {
        guint a = GPOINTER_TO_UINT (g_hash_table_lookup (counts, names->pdata[j - 1]));
        guint b = GPOINTER_TO_UINT (g_hash_table_lookup (counts, names->pdata[j]));
        gpointer swap;

        if (a >= b)
          break;
        swap = names->pdata[j - 1];
        names->pdata[j - 1] = names->pdata[j];
        names->pdata[j] = swap;
      }

  if (names->len == 0)
    return NULL;
  if (names->len == 1)
    return g_strdup (names->pdata[0]);
  if (names->len == 2)
    /* Translators: two outlets that reported an event */
    return g_strdup_printf (_("%s and %s"), (char *) names->pdata[0], (char *) names->pdata[1]);
  if (names->len == 3)
    /* Translators: three outlets that reported an event */
    return g_strdup_printf (_("%s, %s and %s"), (char *) names->pdata[0],
                            (char *) names->pdata[1], (char *) names->pdata[2]);

  /* Translators: the first two outlets of an event and how many more */
  return g_strdup_printf (ngettext ("%s, %s and %u more", "%s, %s and %u more", names->len - 2),
                          (char *) names->pdata[0], (char *) names->pdata[1], names->len - 2);
}

gboolean
px_event_item_contains (PxEventItem *self,
                        PxArticle   *article,
                        guint       *position)
{
  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), FALSE);

  return g_list_store_find (self->articles, article, position);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  PxArticle *x = (PxArticle *) a, *y = (PxArticle *) b;
  int by_date = g_strcmp0 (px_article_get_date (x), px_article_get_date (y));

  return by_date != 0 ? by_date : g_strcmp0 (px_article_get_path (x), px_article_get_path (y));
}

void
px_event_item_add_article (PxEventItem *self,
                           PxArticle   *article)
{
  const char *date;

  g_return_if_fail (PX_IS_EVENT_ITEM (self));

  if (g_list_store_find (self->articles, article, NULL))
    return;

  g_list_store_insert_sorted (self->articles, article, compare_articles, NULL);

  /* The range widens to take the newcomer; the next grouping redoes it. */
  date = px_article_get_date (article);
  if (date != NULL && self->date_first != NULL)
    {
      g_autofree char *day = g_strndup (date, 10);

      if (strcmp (day, self->date_first) < 0)
        g_free (self->date_first), self->date_first = g_strdup (day);
      if (self->date_last == NULL || strcmp (day, self->date_last) > 0)
        g_free (self->date_last), self->date_last = g_strdup (day);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
px_event_item_remove_article (PxEventItem *self,
                              PxArticle   *article)
{
  guint position;

  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), FALSE);

  if (!g_list_store_find (self->articles, article, &position))
    return FALSE;

  g_list_store_remove (self->articles, position);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * px_event_item_article_changed:
 *
 * Tells whoever shows the event that a field of @article it sums up
 * changed, say when the user corrected its outlet.
 */
void
px_event_item_article_changed (PxEventItem *self,
                               PxArticle   *article)
{
  g_return_if_fail (PX_IS_EVENT_ITEM (self));

  /* Article rows follow the article itself; the event's own row and
   * views hear it here. */
  if (g_list_store_find (self->articles, article, NULL))
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
folded_contains (const char *text,
                 const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_query) != NULL;
}

/* The search filter: the label, an outlet or a headline holds the query. */
gboolean
px_event_item_matches (PxEventItem *self,
                       const char  *folded_query)
{
  guint n;

  g_return_val_if_fail (PX_IS_EVENT_ITEM (self), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;
  if (folded_contains (self->label, folded_query))
    return TRUE;

  n = px_event_item_get_n_articles (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      if (folded_contains (px_article_get_title (article), folded_query) ||
          folded_contains (px_article_get_outlet (article), folded_query))
        return TRUE;
    }

  return FALSE;
}
