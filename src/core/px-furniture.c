/* px-furniture.c — placeholder lexicon of page furniture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-furniture"

#include "config.h"

#include "px-furniture.h"

PxFurnitureKind
px_furniture_classify (const char *line)
{
  return PX_FURNITURE_NONE;
}
