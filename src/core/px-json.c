/* px-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-json"

#include "config.h"

#include "px-json.h"

/**
 * px_json_add_string_or_null:
 * @value: (nullable): the member's value; %NULL writes JSON null
 *
 * Adds a member to the object @builder is building.
 */
void
px_json_add_string_or_null (JsonBuilder *builder,
                            const char  *name,
                            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * px_json_from_article:
 *
 * Returns: (transfer full): the article as the `extract` command prints it
 */
JsonNode *
px_json_from_article (PxArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *text = px_article_dup_text (article);
  GPtrArray *authors = px_article_get_authors (article);
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, px_article_get_path (article));
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, px_format_to_string (px_article_get_format (article)));
  px_json_add_string_or_null (builder, "title", px_article_get_title (article));
  px_json_add_string_or_null (builder, "outlet", px_article_get_outlet (article));
  px_json_add_string_or_null (builder, "date", px_article_get_date (article));
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < authors->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (authors, i));
  json_builder_end_array (builder);
  px_json_add_string_or_null (builder, "language", px_article_get_language (article));
  px_json_add_string_or_null (builder, "url", px_article_get_url (article));
  px_json_add_string_or_null (builder, "encoding", px_article_get_encoding (article));
  json_builder_set_member_name (builder, "paragraphs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, px_paragraph_role_to_string (paragraph->role));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, paragraph->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
px_json_from_failure (const char *path,
                      const char *reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, reason);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* One line of JSON Lines: compact, no trailing newline. */
char *
px_json_to_line (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, FALSE);
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}
