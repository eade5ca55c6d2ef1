/* px-boilerplate.h — template lines learnt across the files of one folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"

G_BEGIN_DECLS

guint   px_boilerplate_strip          (GPtrArray *articles);
GArray *px_boilerplate_prepare        (PxArticle *article,
                                       guint     *removed);
guint   px_boilerplate_strip_prepared (GPtrArray *articles,
                                       GPtrArray *keys);

G_END_DECLS
