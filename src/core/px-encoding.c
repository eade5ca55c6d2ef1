/* px-encoding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-encoding"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <unicode/ucsdet.h>

#include "px-encoding.h"
#include "px-loader.h"
#include "px-sniff.h"

#define PX_DECLARATION_WINDOW 4096

static char *
px_attribute_value_after (const char *p,
                          const char *end)
{
  const char *start;
  char quote = 0;

  while (p < end && (g_ascii_isspace (*p) || *p == '='))
    p++;
  if (p < end && (*p == '"' || *p == '\''))
    quote = *p++;
  start = p;
  while (p < end && *p != quote && *p != '>' && *p != ';' &&
         (quote != 0 || (!g_ascii_isspace (*p) && *p != '/' && *p != '"' && *p != '\'')))
    p++;
  if (p == start || p - start > 40)
    return NULL;
  return g_strstrip (g_strndup (start, p - start));
}

/**
 * px_encoding_sniff_declared:
 *
 * Finds the encoding a document declares for itself: `<meta charset>`,
 * `<meta http-equiv content="…; charset=…">` or the XML declaration.
 *
 * Returns: (nullable) (transfer full): the declared name, lower-case
 */
/* g_ascii_strdown (data, length), without a function call per byte: up
 * to @length bytes or the first NUL, lower-cased. */
static char *
px_ascii_strdown_head (const char *data,
                       gsize       length)
{
  const char *nul = memchr (data, '\0', length);
  gsize n = nul != NULL ? (gsize) (nul - data) : length;
  char *out = g_malloc (n + 1);

  for (gsize i = 0; i < n; i++)
    out[i] = data[i] >= 'A' && data[i] <= 'Z' ? data[i] + ('a' - 'A') : data[i];
  out[n] = '\0';
  return out;
}

char *
px_encoding_sniff_declared (const char *data,
                            gsize       length)
{
  g_autofree char *head = px_ascii_strdown_head (data, MIN (length, PX_DECLARATION_WINDOW));
  gsize n = strlen (head);
  const char *end = head + n;
  const char *found;
  char *value = NULL;

  if (g_str_has_prefix (head, "<?xml") && (found = strstr (head, "encoding")) != NULL)
    {
      const char *close = strstr (head, "?>");

      if (close == NULL || found < close)
        value = px_attribute_value_after (found + strlen ("encoding"), end);
    }
  for (found = head; value == NULL && (found = strstr (found, "<meta")) != NULL; found += 5)
    {
      const char *tag_end = memchr (found, '>', end - found);
      const char *charset;

      if (tag_end == NULL)
        break;
      /* "charset" must be followed by "=": the word in a description's
       * text is not a declaration. */
      for (charset = g_strstr_len (found, tag_end - found, "charset");
           charset != NULL && value == NULL;
           charset = g_strstr_len (charset + 7, tag_end - charset - 7, "charset"))
        {
          const char *after = charset + strlen ("charset");

          while (after < tag_end && g_ascii_isspace (*after))
            after++;
          if (after < tag_end && *after == '=')
            value = px_attribute_value_after (after, tag_end);
        }
    }
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static const char *
px_encoding_normalize (const char *name)
{
  /* Browsers read the Latin-1 label as windows-1252 (its superset), and so
   * do we: curly quotes saved from the web sit in 0x80–0x9f. */
  if (g_ascii_strcasecmp (name, "iso-8859-1") == 0 || g_ascii_strcasecmp (name, "latin1") == 0 ||
      g_ascii_strcasecmp (name, "us-ascii") == 0 || g_ascii_strcasecmp (name, "ascii") == 0 ||
      g_ascii_strcasecmp (name, "iso8859-1") == 0 || g_ascii_strcasecmp (name, "latin-1") == 0)
    return "WINDOWS-1252";
  if (g_ascii_strcasecmp (name, "iso-8859-9") == 0)
    return "WINDOWS-1254";
  if (g_ascii_strcasecmp (name, "utf8") == 0)
    return "UTF-8";
  return name;
}

static gboolean
px_is_utf8_label (const char *name)
{
  return g_ascii_strcasecmp (name, "utf-8") == 0 || g_ascii_strcasecmp (name, "utf8") == 0;
}

static char *
px_convert_to_utf8 (const char *data,
                    gsize       length,
                    const char *from,
                    gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  gsize bytes_read = 0;
  char *converted;

  converted = g_convert (data, length, "UTF-8", from, &bytes_read, out_length, &error);
  if (converted == NULL)
    return NULL;
  if (!g_utf8_validate (converted, *out_length, NULL))
    {
      char *valid = g_utf8_make_valid (converted, *out_length);

      g_free (converted);
      *out_length = strlen (valid);
      return valid;
    }
  return converted;
}

/* The same verdict as g_utf8_validate_len() (well-formed, no surrogates,
 * nothing above U+10FFFF, no NUL), eight ASCII bytes at a time: GLib's
 * validator goes byte by byte, and whole web pages pass through here. */
static gboolean
px_utf8_validate_len (const char *data,
                      gsize       length)
{
  const guchar *p = (const guchar *) data;
  const guchar *end = p + length;
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);

  while (p < end)
    {
      guchar c;

      if (end - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, sizeof w);
          /* No high bit and no zero byte in all eight. */
          if ((w & high) == 0 && ((w - ones) & ~w & high) == 0)
            {
              p += 8;
              continue;
            }
        }
      c = *p;
      if (c < 0x80)
        {
          if (c == 0)
            return FALSE;
          p++;
        }
      else if (c < 0xc2)
        return FALSE;
      else if (c < 0xe0)
        {
          if (end - p < 2 || (p[1] & 0xc0) != 0x80)
            return FALSE;
          p += 2;
        }
      else if (c < 0xf0)
        {
          if (end - p < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
              (c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0))
            return FALSE;
          p += 3;
        }
      else if (c < 0xf5)
        {
          if (end - p < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
              (p[3] & 0xc0) != 0x80 || (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90))
            return FALSE;
          p += 4;
        }
      else
        return FALSE;
    }
  return TRUE;
}

/* Counts well-formed multi-byte sequences and stray bytes, to tell UTF-8 with
 * a few broken bytes from a legacy 8-bit encoding. */
static void
px_count_utf8 (const char *data,
               gsize       length,
               gsize      *multibyte,
               gsize      *invalid)
{
  const char *p = data;
  const char *end = data + length;

  *multibyte = *invalid = 0;

  /* The common case, clean UTF-8: one validation pass, and the first lead
   * byte is enough to know there are multi-byte letters. */
  if (px_utf8_validate_len (data, length))
    {
      for (; p < end; p++)
        if ((guchar) *p >= 0xc0)
          {
            *multibyte = 1;
            break;
          }
      return;
    }

  while (p < end)
    {
      const char *bad;

      if (g_utf8_validate (p, end - p, &bad))
        break;
      p = bad + 1;
      (*invalid)++;
    }
  for (p = data; p < end; p++)
    if (((guchar) *p & 0xc0) == 0xc0)
      {
        gunichar c = g_utf8_get_char_validated (p, end - p);

        if (c != (gunichar) -1 && c != (gunichar) -2)
          (*multibyte)++;
      }
}

static char *
px_detect_legacy (const char *data,
                  gsize       length)
{
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector;
  const UCharsetMatch **matches;
  int32_t n_matches = 0;
  char *result = NULL;

  detector = ucsdet_open (&status);
  if (U_FAILURE (status))
    return NULL;
  ucsdet_setText (detector, data, (int32_t) MIN (length, (gsize) 256 * 1024), &status);
  ucsdet_enableInputFilter (detector, TRUE);
  matches = ucsdet_detectAll (detector, &n_matches, &status);
  for (int32_t i = 0; U_SUCCESS (status) && i < n_matches && result == NULL; i++)
    {
      const char *name = ucsdet_getName (matches[i], &status);

      if (U_FAILURE (status) || name == NULL)
        break;
      /* UTF-8 was ruled out already; multi-byte East Asian guesses on a
       * European text are noise. */
      if (g_str_has_prefix (name, "UTF") || g_str_has_prefix (name, "ISO-2022"))
        continue;
      result = g_strdup (name);
    }
  ucsdet_close (detector);
  return result;
}

/**
 * px_encoding_to_utf8:
 * @declared: (nullable): the encoding the document declares
 * @out_encoding: (out) (optional): the encoding used
 * @out_length: (out): the length of the result in bytes
 *
 * Decodes @data to UTF-8: a byte-order mark wins, then UTF-16 without one,
 * then a declaration that fits the bytes, then valid UTF-8, then a guess among
 * the 8-bit code pages by ICU's detector. Stray invalid bytes become U+FFFD
 * rather than failing the file.
 *
 * Returns: (transfer full): NUL-terminated UTF-8, or %NULL with @error
 */
/* A byte-order mark, or the zero bytes of UTF-16, name the encoding: skips
 * the mark and sets @declared. Returns whether the text is UTF-16 or
 * UTF-32. */
static gboolean
px_encoding_prelude (const char **data,
                     gsize       *length,
                     const char **declared)
{
  gboolean big_endian = FALSE;

  if (*length >= 3 && memcmp (*data, "\xef\xbb\xbf", 3) == 0)
    {
      *data += 3;
      *length -= 3;
      *declared = "UTF-8";
      return FALSE;
    }
  if (*length >= 4 && memcmp (*data, "\xff\xfe\x00\x00", 4) == 0)
    {
      *data += 4;
      *length -= 4;
      *declared = "UTF-32LE";
      return TRUE;
    }
  if (*length >= 4 && memcmp (*data, "\x00\x00\xfe\xff", 4) == 0)
    {
      *data += 4;
      *length -= 4;
      *declared = "UTF-32BE";
      return TRUE;
    }
  if (px_sniff_is_utf16 (*data, *length, &big_endian))
    {
      if (*length >= 2 && ((guchar) (*data)[0] == 0xff || (guchar) (*data)[0] == 0xfe))
        {
          *data += 2;
          *length -= 2;
        }
      *declared = big_endian ? "UTF-16BE" : "UTF-16LE";
      *length &= ~(gsize) 1;
      return TRUE;
    }
  if (*declared != NULL && (g_str_has_prefix (*declared, "utf-16") || g_str_has_prefix (*declared, "utf-32")))
    *declared = NULL;   /* bytes without NULs are not UTF-16, whatever the tag says */
  return FALSE;
}

/**
 * px_encoding_utf8_as_is:
 * @data: the file's bytes
 * @length: the number of bytes
 * @declared: (nullable): what px_encoding_sniff_declared () found
 *
 * Most pages are UTF-8 already; for them px_encoding_to_utf8 () returns a
 * copy of the bytes after any byte-order mark. This says so without making
 * the copy, so a caller that only reads them within @length can use @data
 * itself.
 *
 * Returns: the offset in @data at which that text starts (past a BOM), or
 *   -1 when the bytes must go through px_encoding_to_utf8 ()
 */
gssize
px_encoding_utf8_as_is (const char *data,
                        gsize       length,
                        const char *declared)
{
  const char *start = data;
  gsize multibyte, invalid;

  if (px_encoding_prelude (&data, &length, &declared))
    return -1;
  px_count_utf8 (data, length, &multibyte, &invalid);
  if (invalid != 0)
    return -1;
  /* A code page's label on bytes without a multi-byte letter: converted. */
  if (declared != NULL && !px_is_utf8_label (declared) && multibyte == 0)
    return -1;
  return data - start;
}

char *
px_encoding_to_utf8 (const char  *data,
                     gsize        length,
                     const char  *declared,
                     char       **out_encoding,
                     gsize       *out_length,
                     GError     **error)
{
  g_autofree char *guess = NULL;
  gsize multibyte, invalid;
  char *text;

  px_encoding_prelude (&data, &length, &declared);
  px_count_utf8 (data, length, &multibyte, &invalid);

  /* Pages are often re-saved as UTF-8 while their <meta> still names the
   * old code page; bytes that are flawless UTF-8 with non-ASCII letters in
   * them cannot be that code page by chance, so they win over the label. */
  if (declared != NULL && !px_is_utf8_label (declared) && !(invalid == 0 && multibyte > 0))
    {
      text = px_convert_to_utf8 (data, length, px_encoding_normalize (declared), out_length);
      if (text != NULL)
        {
          if (out_encoding != NULL)
            *out_encoding = g_ascii_strdown (px_encoding_normalize (declared), -1);
          return text;
        }
    }

  /* Well-formed multi-byte sequences almost never happen by chance in an
   * 8-bit code page (a Cyrillic or accented letter is followed by ASCII or by
   * another letter, not by a 0x80–0xbf continuation byte), so a few of them
   * outweigh several broken ones: that is UTF-8 with damage, read with U+FFFD. */
  if (invalid == 0 || (multibyte > 0 && invalid <= multibyte * 4 + 2) ||
      (declared != NULL && px_is_utf8_label (declared) && invalid * 50 < length))
    {
      text = invalid == 0 ? g_strndup (data, length) : g_utf8_make_valid (data, length);
      *out_length = strlen (text);
      if (out_encoding != NULL)
        *out_encoding = g_strdup ("utf-8");
      return text;
    }

  guess = px_detect_legacy (data, length);
  if (guess != NULL)
    {
      text = px_convert_to_utf8 (data, length, px_encoding_normalize (guess), out_length);
      if (text != NULL)
        {
          if (out_encoding != NULL)
            *out_encoding = g_ascii_strdown (px_encoding_normalize (guess), -1);
          return text;
        }
    }

  text = px_convert_to_utf8 (data, length, "WINDOWS-1252", out_length);
  if (text != NULL)
    {
      if (out_encoding != NULL)
        *out_encoding = g_strdup ("windows-1252");
      return text;
    }

  g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
               _("The text encoding of this file could not be recognised."));
  return NULL;
}
