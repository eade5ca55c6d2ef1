/* px-furniture.h — page furniture: the lines a site wraps around every article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PX_FURNITURE_NONE,
  PX_FURNITURE_LINE,        /* drop this line: appeal, share bar, cookie notice… */
  PX_FURNITURE_CREDIT,      /* a photo credit or image source */
  PX_FURNITURE_END,         /* the article is over: related links, comments… */
} PxFurnitureKind;

PxFurnitureKind  px_furniture_classify  (const char *line);
char            *px_furniture_normalize (const char *line);

G_END_DECLS
