/* px-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-report"

#include "config.h"

#include "px-report.h"
#include "px-sentences.h"

/**
 * px_report_sentence_spans:
 * @compare: a #PxCompare
 *
 * The sentences the claims were aligned on, as the spans framing works on,
 * so a term's or quote's `sentence` index means the same sentence as in
 * the claims.
 *
 * Returns: (transfer full) (element-type GArray): per article, a #GArray of
 *   #PxTextSpan
 */
GPtrArray *
px_report_sentence_spans (PxCompare *compare)
{
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < compare->sentences->len; i++)
    {
      GPtrArray *sentences = g_ptr_array_index (compare->sentences, i);
      GArray *article_spans = g_array_sized_new (FALSE, FALSE, sizeof (PxTextSpan), sentences->len);

      for (guint j = 0; j < sentences->len; j++)
        {
          PxSentence *sentence = g_ptr_array_index (sentences, j);
          PxTextSpan span = { sentence->paragraph, sentence->start, sentence->end };

          g_array_append_val (article_spans, span);
        }
      g_ptr_array_add (spans, article_spans);
    }
  return spans;
}

/**
 * px_report_analyse_framing:
 * @lexicon: (nullable): the lexicons to use, or %NULL for the default set
 *
 * Returns: (transfer full): quotes, naming, terms and frames of the
 *   compared articles, indexed by the compare's sentences
 */
PxFraming *
px_report_analyse_framing (PxCompare *compare,
                           PxLexicon *lexicon)
{
  g_autoptr(GPtrArray) spans = px_report_sentence_spans (compare);

  return px_framing_analyse (compare->articles, spans, lexicon);
}

/**
 * px_report_to_json:
 * @framing: (nullable): the framing of the same articles
 *
 * Returns: (transfer full): the document `parallax-cli compare` prints: the
 *   compare's keys, then the framing's
 */
JsonNode *
px_report_to_json (PxCompare *compare,
                   PxFraming *framing)
{
  JsonNode *root = px_compare_to_json (compare);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(JsonNode) framing_node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *framing_object;

  if (framing == NULL)
    return root;

  framing_node = px_framing_to_json (framing);
  framing_object = json_node_get_object (framing_node);
  members = json_object_get_members (framing_object);
  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data))
      json_object_set_member (object, l->data,
                              json_node_copy (json_object_get_member (framing_object, l->data)));
  return root;
}
