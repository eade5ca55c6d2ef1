/* px-labels.h — how article metadata reads on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"

G_BEGIN_DECLS

char       *px_labels_date        (const char *iso_date);
const char *px_labels_format      (PxFormat    format);
char       *px_labels_language    (const char *code);
char       *px_labels_byline      (PxArticle  *article);
char       *px_labels_home_path   (const char *path);
char       *px_labels_date_range  (const char *first,
                                   const char *last);

G_END_DECLS
