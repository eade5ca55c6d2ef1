/* px-labels.c — how article metadata reads on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-labels"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>

#include "px-labels.h"

/* Returns a localized long date for "YYYY-MM-DD" (or "YYYY-MM", "YYYY"),
 * or a copy of @iso_date when it is something else. */
char *
px_labels_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0, month = 0, day = 0;
  int n;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;

  n = sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day);
  if (n == 3)
    date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date != NULL)
    /* Translators: a news article's publication date, see g_date_time_format() */
    return g_date_time_format (date, _("%-d %B %Y"));

  if (n == 2 && month >= 1 && month <= 12)
    date = g_date_time_new_utc (year, month, 1, 0, 0, 0);
  if (date != NULL)
    /* Translators: a publication date known only to the month, see g_date_time_format() */
    return g_date_time_format (date, _("%B %Y"));

  return g_strdup (iso_date);
}

const char *
px_labels_format (PxFormat format)
{
  switch (format)
    {
    case PX_FORMAT_HTML:
      return _("Web page");
    case PX_FORMAT_TEXT:
      return _("Plain text");
    case PX_FORMAT_RSS:
      return _("RSS feed");
    case PX_FORMAT_ATOM:
      return _("Atom feed");
    case PX_FORMAT_RDF:
      return _("RDF feed");
    case PX_FORMAT_UNKNOWN:
    default:
      return _("Unknown format");
    }
}

/* "fr" reads as "French" in the user's language; unknown codes stay as
 * they are. */
char *
px_labels_language (const char *code)
{
  UChar name[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length;

  if (code == NULL || *code == '\0')
    return NULL;

  length = uloc_getDisplayLanguage (code, NULL, name, G_N_ELEMENTS (name), &status);
  if (U_FAILURE (status) || status == U_USING_DEFAULT_WARNING || length <= 0 ||
      length >= (int32_t) G_N_ELEMENTS (name))
    return g_strdup (code);

  return g_utf16_to_utf8 ((const gunichar2 *) name, length, NULL, NULL, NULL);
}

/* "Outlet · 2 October 2018 · By A and B · en · Web page", leaving out
 * whatever the article does not know. */
char *
px_labels_byline (PxArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = px_labels_date (px_article_get_date (article));
  GPtrArray *authors = px_article_get_authors (article);
  const char *outlet = px_article_get_outlet (article);
  const char *language = px_article_get_language (article);

  if (outlet != NULL && *outlet != '\0')
    g_ptr_array_add (parts, g_strdup (outlet));
  if (date != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&date));
  if (authors != NULL && authors->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < authors->len; i++)
        {
          if (i > 0)
            /* Translators: separates authors' names */
            g_string_append (names, i + 1 == authors->len ? _(" and ") : _(", "));
          g_string_append (names, g_ptr_array_index (authors, i));
        }
      /* Translators: %s is one or more authors' names */
      g_ptr_array_add (parts, g_strdup_printf (_("By %s"), names->str));
    }
  if (language != NULL && *language != '\0')
    g_ptr_array_add (parts, px_labels_language (language));
  g_ptr_array_add (parts, g_strdup (px_labels_format (px_article_get_format (article))));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Shows paths under the home folder as "~/…", as Files does. */
char *
px_labels_home_path (const char *path)
{
  const char *home = g_get_home_dir ();
  gsize home_len = strlen (home);
  g_autofree char *display = g_filename_display_name (path);

  if (home_len > 1 && g_str_has_prefix (path, home) && path[home_len] == G_DIR_SEPARATOR)
    {
      g_autofree char *rest = g_filename_display_name (path + home_len);
      return g_strconcat ("~", rest, NULL);
    }

  return g_steal_pointer (&display);
}

/* "3 May 2024", "3–5 May 2024", "28 April – 2 May 2024" or across years
 * both dates in full. */
char *
px_labels_date_range (const char *first,
                      const char *last)
{
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (first == NULL || *first == '\0')
    return px_labels_date (last);
  if (last == NULL || *last == '\0' || strcmp (first, last) == 0)
    return px_labels_date (first);

  if (sscanf (first, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
      sscanf (last, "%4d-%2d-%2d", &y2, &m2, &d2) != 3 ||
      (a = g_date_time_new_utc (y1, m1, d1, 0, 0, 0)) == NULL ||
      (b = g_date_time_new_utc (y2, m2, d2, 0, 0, 0)) == NULL)
    {
      start = px_labels_date (first);
      end = px_labels_date (last);
      /* Translators: a range of dates, first – last */
      return g_strdup_printf (_("%s – %s"), start, end);
    }

  if (y1 == y2 && m1 == m2)
    {
      /* Translators: a range of days in one month, see g_date_time_format() */
      start = g_date_time_format (a, _("%-d"));
      end = g_date_time_format (b, _("%-d %B %Y"));
      /* Translators: a range of days in one month, e.g. "3–5 May 2024" */
      return g_strdup_printf (_("%s–%s"), start, end);
    }
  if (y1 == y2)
    /* Translators: the first date of a range within one year, see g_date_time_format() */
    start = g_date_time_format (a, _("%-d %B"));
  else
    start = px_labels_date (first);
  end = px_labels_date (last);

  return g_strdup_printf (_("%s – %s"), start, end);
}
