/* px-boilerplate.c — placeholder: learns nothing yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-boilerplate"

#include "config.h"

#include "px-boilerplate.h"

guint
px_boilerplate_strip (GPtrArray *articles)
{
  return 0;
}
