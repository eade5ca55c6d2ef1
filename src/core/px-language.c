/* px-language.c — placeholder: English or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-language"

#include "config.h"

#include "px-language.h"

const char *
px_language_detect (const char *text)
{
  return text != NULL && *text != '\0' ? "en" : NULL;
}

gboolean
px_language_is_stopword (const char *language,
                         const char *lowercase_word)
{
  return FALSE;
}

double
px_language_stopword_density (const char *text,
                              const char *language)
{
  return 0.0;
}
