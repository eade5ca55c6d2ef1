/* px-outlet.h — which outlet published an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"

G_BEGIN_DECLS

char *px_outlet_from_url    (const char *url);
char *px_outlet_from_folder (const char *folder_name);

G_END_DECLS
