/* px-compare.c — one event's articles compared: sentences, claims, copies
 *
 * The result the side-by-side view, the coverage matrix and
 * `parallax-cli compare` all read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-compare"

#include "config.h"

#include "px-compare.h"
#include "px-sentences.h"
#include "px-json.h"

/**
 * px_compare_new:
 * @articles: (element-type PxArticle): the articles of one event
 * @constraints: (array length=n_constraints) (nullable): the user's pins and unlinks
 * @n_constraints: how many
 *
 * Splits each article into sentences, aligns them into claims and finds
 * the text the articles share word for word.
 *
 * Returns: (transfer full): the comparison
 */
PxCompare *
px_compare_new (GPtrArray              *articles,
                const PxLinkConstraint *constraints,
                guint                   n_constraints)
{
  PxCompare *compare = g_new0 (PxCompare, 1);
  g_autofree PxClaimDocument *documents = g_new0 (PxClaimDocument, MAX (articles->len, 1));

  compare->articles = g_ptr_array_new_with_free_func (g_object_unref);
  compare->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      g_ptr_array_add (compare->articles, g_object_ref (article));
      g_ptr_array_add (compare->sentences, px_sentences_from_article (article));
      documents[i].sentences = g_ptr_array_index (compare->sentences, i);
      documents[i].language = px_article_get_language (article);
    }
  compare->claims = px_claims_align (documents, articles->len, constraints, n_constraints);
  compare->verbatim = px_verbatim_find (documents, articles->len);
  return compare;
}

void
px_compare_free (PxCompare *compare)
{
  if (compare == NULL)
    return;
  g_ptr_array_unref (compare->articles);
  g_ptr_array_unref (compare->sentences);
  px_claim_set_free (compare->claims);
  g_ptr_array_unref (compare->verbatim);
  g_free (compare);
}

static void
px_add_int (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* A member whose value is an array of indices (a GArray of guint). */
static void
px_add_index_array (JsonBuilder *builder,
                    const char  *name,
                    GArray      *indices)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint k = 0; k < indices->len; k++)
    json_builder_add_int_value (builder, g_array_index (indices, guint, k));
  json_builder_end_array (builder);
}

static void
px_add_ref (JsonBuilder   *builder,
            const char    *name,
            PxSentenceRef  ref)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  px_add_int (builder, "article", ref.article);
  px_add_int (builder, "index", ref.sentence);
  json_builder_end_object (builder);
}

/**
 * px_compare_to_json:
 *
 * Returns: (transfer full): the comparison as `parallax-cli compare` prints
 *   it: `articles` and `claims` as the command-line contract says, with
 *   `links`, `omissions` and `verbatim` added
 */
JsonNode *
px_compare_to_json (PxCompare *compare)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PxClaimSet *set = compare->claims;

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < compare->articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (compare->articles, i);
      GPtrArray *sentences = g_ptr_array_index (compare->sentences, i);

      json_builder_begin_object (builder);
      px_json_add_string_or_null (builder, "path", px_article_get_path (article));
      px_json_add_string_or_null (builder, "outlet", px_article_get_outlet (article));
      px_json_add_string_or_null (builder, "title", px_article_get_title (article));
      px_json_add_string_or_null (builder, "date", px_article_get_date (article));
      json_builder_set_member_name (builder, "sentences");
      json_builder_begin_array (builder);
      for (guint s = 0; s < sentences->len; s++)
        json_builder_add_string_value (builder, ((PxSentence *) g_ptr_array_index (sentences, s))->text);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "sentence_roles");
      json_builder_begin_array (builder);
      for (guint s = 0; s < sentences->len; s++)
        json_builder_add_string_value (builder,
                                       px_sentence_role_to_string (((PxSentence *) g_ptr_array_index (sentences, s))->role));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "claims");
  json_builder_begin_array (builder);
  for (guint c = 0; c < set->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (set->claims, c);

      json_builder_begin_object (builder);
      px_add_int (builder, "id", claim->id);
      px_json_add_string_or_null (builder, "label", claim->label);
      px_add_index_array (builder, "articles", claim->articles);
      json_builder_set_member_name (builder, "sentences");
      json_builder_begin_array (builder);
      for (guint k = 0; k < claim->sentences->len; k++)
        {
          PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
          GPtrArray *sentences = g_ptr_array_index (compare->sentences, ref->article);
          json_builder_begin_object (builder);
          px_add_int (builder, "article", ref->article);
          px_add_int (builder, "index", ref->sentence);
          px_json_add_string_or_null (builder, "text", ((PxSentence *) g_ptr_array_index (sentences, ref->sentence))->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "positions");
      json_builder_begin_array (builder);
      for (guint k = 0; k < claim->places->len; k++)
        {
          PxClaimPlace *place = &g_array_index (claim->places, PxClaimPlace, k);
          json_builder_begin_object (builder);
          px_add_int (builder, "article", place->article);
          px_json_add_string_or_null (builder, "position", px_claim_position_to_string (place->position));
          px_add_int (builder, "index", place->sentence);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  for (guint k = 0; k < set->links->len; k++)
    {
      PxSentenceLink *link = &g_array_index (set->links, PxSentenceLink, k);
      json_builder_begin_object (builder);
      px_add_ref (builder, "a", link->a);
      px_add_ref (builder, "b", link->b);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, ((gint64) (link->score * 1000 + 0.5)) / 1000.0);
      json_builder_set_member_name (builder, "pinned");
      json_builder_add_boolean_value (builder, link->pinned);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "omissions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < set->omissions->len; i++)
    {
      GArray *missing = g_ptr_array_index (set->omissions, i);
      json_builder_begin_object (builder);
      px_add_int (builder, "article", i);
      px_add_index_array (builder, "claims", missing);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "verbatim");
  json_builder_begin_array (builder);
  for (guint v = 0; v < compare->verbatim->len; v++)
    {
      PxVerbatim *verbatim = g_ptr_array_index (compare->verbatim, v);
      json_builder_begin_object (builder);
      px_add_int (builder, "words", verbatim->words);
      px_json_add_string_or_null (builder, "text", verbatim->text);
      px_add_index_array (builder, "articles", verbatim->articles);
      json_builder_set_member_name (builder, "spans");
      json_builder_begin_array (builder);
      for (guint k = 0; k < verbatim->spans->len; k++)
        {
          PxVerbatimSpan *span = &g_array_index (verbatim->spans, PxVerbatimSpan, k);
          json_builder_begin_object (builder);
          px_add_int (builder, "article", span->article);
          px_add_int (builder, "sentence", span->sentence);
          px_add_int (builder, "start", span->start);
          px_add_int (builder, "end", span->end);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
