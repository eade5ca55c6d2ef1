/* px-sniff.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-sniff"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-sniff.h"

#define PX_SNIFF_WINDOW 8192

static const struct {
  const char *magic;
  gsize       length;
  gsize       offset;
  const char *description;
} binary_magics[] = {
  { "\x89PNG\r\n\x1a\n", 8, 0, N_("a PNG image") },
  { "\xff\xd8\xff", 3, 0, N_("a JPEG image") },
  { "GIF87a", 6, 0, N_("a GIF image") },
  { "GIF89a", 6, 0, N_("a GIF image") },
  { "RIFF", 4, 0, N_("a RIFF media file (WebP, WAV or AVI)") },
  { "%PDF-", 5, 0, N_("a PDF document") },
  { "\x7f" "ELF", 4, 0, N_("a program (ELF executable)") },
  { "MZ", 2, 0, N_("a Windows program") },
  { "PK\x03\x04", 4, 0, N_("a ZIP archive (or a document packed as one, such as DOCX or EPUB)") },
  { "\x1f\x8b", 2, 0, N_("a gzip-compressed file") },
  { "BZh", 3, 0, N_("a bzip2-compressed file") },
  { "\xfd" "7zXZ", 5, 0, N_("an xz-compressed file") },
  { "7z\xbc\xaf\x27\x1c", 6, 0, N_("a 7-Zip archive") },
  { "Rar!", 4, 0, N_("a RAR archive") },
  { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 0, N_("an old Microsoft Office document") },
  { "{\\rtf", 5, 0, N_("an RTF document") },
  { "SQLite format 3", 15, 0, N_("an SQLite database") },
  { "ID3", 3, 0, N_("an MP3 audio file") },
  { "OggS", 4, 0, N_("an Ogg media file") },
  { "\x00\x00\x01\x00", 4, 0, N_("an icon") },
  { "wOFF", 4, 0, N_("a web font") },
  { "wOF2", 4, 0, N_("a web font") },
  { "ftyp", 4, 4, N_("an MP4 or QuickTime video") },
};

/**
 * px_sniff_is_utf16:
 * @big_endian: (out): whether the text is UTF-16BE
 *
 * Recognises UTF-16 without a byte-order mark by the zero bytes that ASCII
 * letters leave in every other position.
 */
#define PX_SNIFF_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define PX_SNIFF_HIGH G_GUINT64_CONSTANT (0x8080808080808080)

/* 0x80 in each byte of @w that is zero, 0 elsewhere, exactly. */
static inline guint64
px_zero_bytes (guint64 w)
{
  const guint64 low7 = G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);

  return ~(((w & low7) + low7) | w | low7);
}

/* How many bytes of @marks have their high bit set (and no other bit). */
static inline guint
px_count_marks (guint64 marks)
{
  return (guint) (((marks >> 7) * PX_SNIFF_ONES) >> 56);
}

gboolean
px_sniff_is_utf16 (const char *data,
                   gsize       length,
                   gboolean   *big_endian)
{
  gsize n = MIN (length, PX_SNIFF_WINDOW) & ~(gsize) 1;
  gsize even_zero = 0, odd_zero = 0;

  if (n < 4)
    return FALSE;
  if ((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
    {
      *big_endian = FALSE;
      return TRUE;
    }
  if ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)
    {
      *big_endian = TRUE;
      return TRUE;
    }
  {
    /* Eight bytes at a time: px_zero_bytes () marks each zero byte with
     * its high bit, and the marks of even and odd offsets are counted
     * apart (which bits those are depends on the byte order of the load). */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
    const guint64 even_lanes = G_GUINT64_CONSTANT (0x0080008000800080);
#else
    const guint64 even_lanes = G_GUINT64_CONSTANT (0x8000800080008000);
#endif
    const guint64 odd_lanes = even_lanes ^ G_GUINT64_CONSTANT (0x8080808080808080);
    gsize i = 0;

    for (; i + 8 <= n; i += 8)
      {
        guint64 w, zero;

        memcpy (&w, data + i, sizeof w);
        zero = px_zero_bytes (w);
        if (zero == 0)
          continue;
        even_zero += px_count_marks (zero & even_lanes);
        odd_zero += px_count_marks (zero & odd_lanes);
      }
    for (; i < n; i += 2)
      {
        if (data[i] == 0)
          even_zero++;
        if (data[i + 1] == 0)
          odd_zero++;
      }
  }
  /* Latin text in UTF-16 has a zero in one lane for most code units and
   * almost none in the other; Cyrillic or Greek put 0x04/0x03 there instead,
   * so also accept a lane that is nearly constant and small. */
  if (odd_zero > n / 2 * 6 / 10 && even_zero < n / 2 / 10)
    {
      *big_endian = FALSE;
      return TRUE;
    }
  if (even_zero > n / 2 * 6 / 10 && odd_zero < n / 2 / 10)
    {
      *big_endian = TRUE;
      return TRUE;
    }
  /* Only text with some zero bytes can be UTF-16 in a non-Latin script. */
  if (odd_zero + even_zero > n / 2 / 10)
    {
      gsize low_odd = 0, low_even = 0;

      for (gsize i = 0; i < n; i += 2)
        {
          if ((guchar) data[i + 1] <= 0x05)
            low_odd++;
          if ((guchar) data[i] <= 0x05)
            low_even++;
        }
      if (low_odd > n / 2 * 9 / 10 && low_even < n / 2 / 2)
        {
          *big_endian = FALSE;
          return TRUE;
        }
      if (low_even > n / 2 * 9 / 10 && low_odd < n / 2 / 2)
        {
          *big_endian = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * px_sniff_raw:
 * @binary_description: (out) (transfer none): for binary files, what the
 *   file is, as a translated phrase such as “a PNG image”
 *
 * Looks at the raw bytes: empty, a known binary format, or something to
 * decode as text (%PX_CONTENT_TEXT, refined by px_sniff_utf8() after
 * conversion). Feeds are recognised here already, since libxml2 reads their
 * encoding itself.
 */
PxContentKind
px_sniff_raw (const char  *data,
              gsize        length,
              const char **binary_description)
{
  gsize n = MIN (length, PX_SNIFF_WINDOW);
  gsize controls = 0, zeros = 0;
  gboolean big_endian;
  const char *p;

  *binary_description = NULL;

  for (p = data; p < data + n && g_ascii_isspace (*p); p++);
  if (length == 0 || p == data + length)
    return PX_CONTENT_EMPTY;

  for (guint i = 0; i < G_N_ELEMENTS (binary_magics); i++)
    if (length >= binary_magics[i].offset + binary_magics[i].length &&
        memcmp (data + binary_magics[i].offset, binary_magics[i].magic, binary_magics[i].length) == 0)
      {
        *binary_description = _(binary_magics[i].description);
        return PX_CONTENT_BINARY;
      }

  if (px_sniff_is_utf16 (data, length, &big_endian))
    return PX_CONTENT_TEXT;
  if (n >= 4 && ((memcmp (data, "\xff\xfe\x00\x00", 4) == 0) || memcmp (data, "\x00\x00\xfe\xff", 4) == 0))
    return PX_CONTENT_TEXT;

  for (gsize i = 0; i < n; i++)
    {
      guchar c;

      /* Skip eight bytes at once when none is below 0x20. */
      if (i % 8 == 0 && i + 8 <= n)
        {
          guint64 w;

          memcpy (&w, data + i, sizeof w);
          if (((w - 0x20 * PX_SNIFF_ONES) & ~w & PX_SNIFF_HIGH) == 0)
            {
              i += 7;
              continue;
            }
        }
      c = data[i];
      if (c == 0)
        zeros++;
      else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
        controls++;
    }
  if (zeros > 0 || controls > n / 20)
    {
      *binary_description = _("a binary file");
      return PX_CONTENT_BINARY;
    }

  /* The data is not NUL-terminated here: compare within @n only. */
  if (data + n - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  if (p < data + n && *p == '<')
    {
      PxContentKind kind = px_sniff_utf8 (p, n - (p - data), NULL);

      if (kind == PX_CONTENT_RSS || kind == PX_CONTENT_ATOM || kind == PX_CONTENT_RDF)
        return kind;
    }
  return PX_CONTENT_TEXT;
}

static const char *
px_skip_markup_prolog (const char *p,
                       const char *end)
{
  /* Skips a BOM, white space, the XML declaration, comments, processing
   * instructions and doctype, so the root element comes next. */
  if (end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");
          if (close == NULL)
            return end;
          p = close + 3;
        }
      else if (end - p >= 2 && (memcmp (p, "<?", 2) == 0 || memcmp (p, "<!", 2) == 0))
        {
          const char *close = memchr (p, '>', end - p);
          const char *subset = memchr (p, '[', end - p);

          /* A doctype's internal subset holds declarations that end in
           * '>' themselves: the doctype ends at the first '>' after "]". */
          if (p[1] == '!' && subset != NULL && close != NULL && subset < close)
            {
              const char *subset_end = memchr (subset, ']', end - subset);

              close = subset_end != NULL ? memchr (subset_end, '>', end - subset_end) : NULL;
            }
          if (close == NULL)
            return end;
          p = close + 1;
        }
      else
        return p;
    }
}

static gboolean
px_has_tag_prefix (const char *p,
                   const char *end,
                   const char *tag)
{
  gsize len = strlen (tag);

  return (gsize) (end - p) > len &&
         g_ascii_strncasecmp (p, tag, len) == 0 &&
         (p[len] == '>' || p[len] == ' ' || p[len] == '\t' || p[len] == '\n' ||
          p[len] == '\r' || p[len] == '/' || p[len] == ':');
}

static const char *html_markers[] = {
  "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ",
  "<!doctype html", "<h1", "<script", "<link", "<table", "<br",
};

/**
 * px_sniff_utf8:
 * @filename: (nullable): a name whose extension breaks ties
 *
 * Tells HTML, feeds, other XML and plain text apart in decoded text.
 */
PxContentKind
px_sniff_utf8 (const char *text,
               gsize       length,
               const char *filename)
{
  gsize n = MIN (length, PX_SNIFF_WINDOW);
  const char *end = text + n;
  const char *p = px_skip_markup_prolog (text, end);
  g_autofree char *head = NULL;
  guint markers = 0;

  if (p >= end)
    {
      for (p = text; p < end && g_ascii_isspace (*p); p++);
      if (p >= end)
        return PX_CONTENT_EMPTY;
    }

  if (*p == '<')
    {
      const char *name = p + 1;
      const char *colon;

      if (px_has_tag_prefix (name, end, "rss"))
        return PX_CONTENT_RSS;
      if (px_has_tag_prefix (name, end, "feed"))
        return PX_CONTENT_ATOM;
      if (px_has_tag_prefix (name, end, "rdf:RDF") || px_has_tag_prefix (name, end, "RDF"))
        return PX_CONTENT_RDF;
      /* A namespaced root: <atom:feed>, <rss:rss>… */
      colon = name;
      while (colon < end && (g_ascii_isalnum (*colon) || *colon == '_' || *colon == '-'))
        colon++;
      if (colon < end && *colon == ':')
        {
          if (px_has_tag_prefix (colon + 1, end, "feed"))
            return PX_CONTENT_ATOM;
          if (px_has_tag_prefix (colon + 1, end, "rss"))
            return PX_CONTENT_RSS;
          if (px_has_tag_prefix (colon + 1, end, "RDF"))
            return PX_CONTENT_RDF;
        }
      if (px_has_tag_prefix (name, end, "html"))
        return PX_CONTENT_HTML;
    }

  head = g_ascii_strdown (text, n);
  if (strstr (head, "<!doctype html") != NULL)
    return PX_CONTENT_HTML;
  for (guint i = 0; i < G_N_ELEMENTS (html_markers); i++)
    if (strstr (head, html_markers[i]) != NULL)
      markers++;
  if (markers >= 2 || (markers >= 1 && filename != NULL &&
                       (g_str_has_suffix (filename, ".html") || g_str_has_suffix (filename, ".htm") ||
                        g_str_has_suffix (filename, ".xhtml") || g_str_has_suffix (filename, ".shtml"))))
    return PX_CONTENT_HTML;

  if (*p == '<' && g_str_has_prefix (text + (p - text), "<") && strstr (head, "<?xml") != NULL)
    return PX_CONTENT_XML;

  return PX_CONTENT_TEXT;
}
