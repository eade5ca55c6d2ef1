/* px-outlet.c — which outlet published an article, from a URL or a folder
 *
 * A host name is reduced to its registrable domain ("edition.cnn.com" →
 * "cnn.com"); a short table names the outlets readers know by a name rather
 * than a domain. Folder names are taken as outlet names when people save
 * articles in one folder per outlet, and ignored when they are generic
 * ("articles", "2023", "downloads").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-outlet"

#include "config.h"

#include <string.h>

#include "px-date.h"
#include "px-outlet.h"

/* Registrable domains of well-known news outlets and the names they go by. */
static const struct { const char *domain; const char *name; } known_outlets[] = {
  { "aljazeera.com", "Al Jazeera" }, { "aljazeera.net", "Al Jazeera" },
  { "apnews.com", "AP News" }, { "bbc.co.uk", "BBC" }, { "bbc.com", "BBC" },
  { "bloomberg.com", "Bloomberg" }, { "cnn.com", "CNN" }, { "dw.com", "DW" },
  { "economist.com", "The Economist" }, { "euronews.com", "Euronews" },
  { "france24.com", "France 24" }, { "ft.com", "Financial Times" },
  { "foxnews.com", "Fox News" }, { "npr.org", "NPR" }, { "nytimes.com", "The New York Times" },
  { "politico.com", "Politico" }, { "politico.eu", "Politico Europe" },
  { "reuters.com", "Reuters" }, { "theguardian.com", "The Guardian" },
  { "washingtonpost.com", "The Washington Post" }, { "wsj.com", "The Wall Street Journal" },
  { "independent.co.uk", "The Independent" }, { "telegraph.co.uk", "The Telegraph" },
  { "thetimes.co.uk", "The Times" }, { "rferl.org", "RFE/RL" }, { "voanews.com", "VOA" },
  { "eurasianet.org", "Eurasianet" }, { "oc-media.org", "OC Media" },
  { "civil.ge", "Civil Georgia" }, { "jam-news.net", "JAMnews" },
  { "armenpress.am", "Armenpress" }, { "azatutyun.am", "Azatutyun" }, { "news.am", "News.am" },
  { "azertag.az", "AZERTAC" }, { "apa.az", "APA" }, { "trend.az", "Trend" },
  { "report.az", "Report.az" }, { "caspianpolicy.org", "Caspian Policy Center" },
  { "spiegel.de", "Der Spiegel" }, { "zeit.de", "Die Zeit" }, { "faz.net", "FAZ" },
  { "sueddeutsche.de", "Süddeutsche Zeitung" }, { "tagesschau.de", "Tagesschau" },
  { "n-tv.de", "n-tv" }, { "welt.de", "Die Welt" }, { "lemonde.fr", "Le Monde" },
  { "lefigaro.fr", "Le Figaro" }, { "liberation.fr", "Libération" },
  { "elpais.com", "El País" }, { "elmundo.es", "El Mundo" },
  { "corriere.it", "Corriere della Sera" }, { "repubblica.it", "la Repubblica" },
  { "ansa.it", "ANSA" }, { "publico.pt", "Público" }, { "folha.uol.com.br", "Folha de S.Paulo" },
  { "nos.nl", "NOS" }, { "nrc.nl", "NRC" }, { "gazeta.pl", "Gazeta" },
  { "hurriyetdailynews.com", "Hürriyet Daily News" }, { "dailysabah.com", "Daily Sabah" },
  { "aa.com.tr", "Anadolu Agency" }, { "tass.com", "TASS" }, { "tass.ru", "TASS" },
  { "ria.ru", "RIA Novosti" }, { "interfax.ru", "Interfax" }, { "kommersant.ru", "Kommersant" },
  { "meduza.io", "Meduza" }, { "rbc.ru", "RBC" }, { "pravda.com.ua", "Ukrainska Pravda" },
  { "kyivindependent.com", "The Kyiv Independent" }, { "ukrinform.net", "Ukrinform" },
  { "ukrinform.ua", "Ukrinform" }, { "themoscowtimes.com", "The Moscow Times" },
};

/* Second-level labels under which names are registered ("bbc.co.uk"). */
static const char * const public_second_levels[] = {
  "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "in", "ltd", "plc", "nic",
  "mil", "msk", "spb", "biz", "info", "gob", "nom", "web",
};

static gboolean
px_is_public_second_level (const char *label,
                           gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (public_second_levels); i++)
    if (strlen (public_second_levels[i]) == length &&
        strncmp (public_second_levels[i], label, length) == 0)
      return TRUE;
  return FALSE;
}

/* "news.bbc.co.uk" → "bbc.co.uk", "edition.cnn.com" → "cnn.com". */
static char *
px_registrable_domain (const char *host)
{
  const char *labels[4] = { NULL };
  guint dots = 0;

  for (const char *p = host + strlen (host); p > host; p--)
    if (p[-1] == '.')
      {
        labels[dots++] = p;
        if (dots == G_N_ELEMENTS (labels))
          break;
      }
  if (dots < 2)
    return g_strdup (host);
  /* labels[0] is the top level, labels[1] the second level. */
  if (strlen (labels[0]) == 2 &&
      px_is_public_second_level (labels[1], labels[0] - labels[1] - 1))
    return g_strdup (dots >= 3 ? labels[2] : host);
  return g_strdup (labels[1]);
}

static gboolean
px_host_is_address (const char *host)
{
  if (strchr (host, ':') != NULL)
    return TRUE;
  for (const char *p = host; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '.')
      return FALSE;
  return TRUE;
}

/**
 * px_outlet_from_url:
 * @url: (nullable): an article's address
 *
 * Names the outlet behind @url: a well-known outlet by the name it goes by,
 * any other by its registrable domain ("www.commonspace.eu/news/…" →
 * "commonspace.eu"). Mobile and AMP hosts count as the site itself.
 *
 * Returns: (transfer full) (nullable): an outlet name, or %NULL
 */
char *
px_outlet_from_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  g_autofree char *domain = NULL;
  const char *h;

  if (url == NULL || *url == '\0')
    return NULL;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL && strstr (url, "://") == NULL)
    {
      /* "commonspace.eu/news/x" as people paste it, without a scheme. */
      g_autofree char *with_scheme = g_strconcat ("http://", url, NULL);
      uri = g_uri_parse (with_scheme, G_URI_FLAGS_NONE, NULL);
    }
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;

  host = g_ascii_strdown (g_uri_get_host (uri), -1);
  if (g_str_has_suffix (host, "."))
    host[strlen (host) - 1] = '\0';
  if (px_host_is_address (host))
    return g_strdup (host);
  if (strchr (host, '.') == NULL)
    return NULL;

  h = host;
  while (g_str_has_prefix (h, "www.") || g_str_has_prefix (h, "www2.") ||
         g_str_has_prefix (h, "m.") || g_str_has_prefix (h, "amp.") ||
         g_str_has_prefix (h, "mobile."))
    {
      const char *next = strchr (h, '.') + 1;

      if (strchr (next, '.') == NULL)
        break;
      h = next;
    }

  for (guint i = 0; i < G_N_ELEMENTS (known_outlets); i++)
    if (strcmp (h, known_outlets[i].domain) == 0 ||
        (g_str_has_suffix (h, known_outlets[i].domain) &&
         h[strlen (h) - strlen (known_outlets[i].domain) - 1] == '.'))
      return g_strdup (known_outlets[i].name);

  domain = px_registrable_domain (h);
  return g_steal_pointer (&domain);
}

/* Folder names that say nothing about the outlet. */
static const char * const generic_folders[] = {
  "articles", "article", "saved", "saved articles", "saved pages", "news", "downloads",
  "download", "seeds", "texts", "text", "txt", "html", "htm", "pages", "web", "web pages",
  "webpages", "data", "input", "inputs", "corpus", "files", "misc", "other", "others",
  "export", "exports", "feeds", "feed", "rss", "atom", "new folder", "untitled folder",
  "untitled", "tmp", "temp", "archive", "archives", "docs", "documents", "desktop", "home",
  "clippings", "reading", "to read", "sources", "press", "media", "coverage", "examples",
  "example", "samples", "sample", "test", "tests", "fixtures", "dev", "folder", "stories",
  "raw", "clean", "out", "output", "src", "en", "de", "fr", "es", "it", "ru", "uk", "pl",
  "tr", "nl", "pt", "english", "german", "french", "spanish", "russian", "italian",
  "nachrichten", "artikel", "actualités", "noticias", "notizie", "новости", "статьи",
};

static gboolean
px_folder_is_date_or_number (const char *name)
{
  guint digits = 0, letters = 0;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        digits++;
      else if (g_unichar_isalpha (c))
        letters++;
    }
  if (letters == 0)
    return TRUE;
  /* "oct-2023", "2023 October", "Oktober 2023": a month and a year. */
  if (digits >= 4)
    {
      g_autofree char *probe = g_strdup_printf ("1 %s", name);
      g_autofree char *date = px_date_parse (probe);

      if (date != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
px_slug (const char *text)
{
  GString *out = g_string_new (NULL);
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/**
 * px_outlet_from_folder:
 * @folder_name: (nullable): the name of the folder an article was found in
 *
 * Takes a folder name as the outlet's name when articles are saved in one
 * folder per outlet ("OC Media", "oc-media.org", "the_guardian"), and says
 * nothing for generic names ("articles", "saved", "2023", "2023-10-02").
 *
 * Returns: (transfer full) (nullable): an outlet name, or %NULL
 */
char *
px_outlet_from_folder (const char *folder_name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *slug = NULL;

  if (folder_name == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (folder_name));
  if (*trimmed == '\0' || *trimmed == '.')
    return NULL;
  lower = g_utf8_strdown (trimmed, -1);
  for (guint i = 0; i < G_N_ELEMENTS (generic_folders); i++)
    if (strcmp (lower, generic_folders[i]) == 0)
      return NULL;
  if (px_folder_is_date_or_number (trimmed))
    return NULL;

  /* A domain name: "oc-media.org", "www.bbc.co.uk". */
  if (strchr (trimmed, '.') != NULL && strchr (trimmed, ' ') == NULL)
    {
      char *outlet = px_outlet_from_url (trimmed);

      if (outlet != NULL)
        return outlet;
    }

  /* A known outlet written as a slug: "oc-media", "the_guardian", "nytimes". */
  slug = px_slug (trimmed);
  for (guint i = 0; i < G_N_ELEMENTS (known_outlets); i++)
    {
      g_autofree char *name_slug = px_slug (known_outlets[i].name);
      g_autofree char *label = g_strndup (known_outlets[i].domain,
                                          strcspn (known_outlets[i].domain, "."));
      g_autofree char *label_slug = px_slug (label);

      if (strcmp (slug, name_slug) == 0 || strcmp (slug, label_slug) == 0)
        return g_strdup (known_outlets[i].name);
    }

  /* Otherwise the folder's own name, with separators made spaces. */
  g_strdelimit (trimmed, "_", ' ');
  return g_steal_pointer (&trimmed);
}
