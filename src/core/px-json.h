/* px-json.h — articles and load problems as JSON, for the CLI and reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-article.h"

G_BEGIN_DECLS

JsonNode *px_json_from_article (PxArticle  *article);
JsonNode *px_json_from_failure (const char *path,
                                const char *reason);
char     *px_json_to_line      (JsonNode   *node);

void      px_json_add_string_or_null (JsonBuilder *builder,
                                      const char  *name,
                                      const char  *value);

G_END_DECLS
