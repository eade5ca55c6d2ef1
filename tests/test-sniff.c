/* test-sniff.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"

static PxContentKind
sniff_raw (const char  *data,
           gsize        length,
           const char **description)
{
  const char *ignored = NULL;

  return px_sniff_raw (data, length, description != NULL ? description : &ignored);
}

static void
test_empty (void)
{
  g_assert_cmpint (sniff_raw ("", 0, NULL), ==, PX_CONTENT_EMPTY);
  g_assert_cmpint (sniff_raw (" \n\t\r\n ", 6, NULL), ==, PX_CONTENT_EMPTY);
}

static void
test_binary_magic (void)
{
  static const struct { const char *bytes; gsize length; const char *word; } cases[] = {
    { "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "PNG" },
    { "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 25, "PDF" },
    { "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16, "ELF" },
    { "\xff\xd8\xff\xe0\0\x10JFIF", 10, "JPEG" },
    { "PK\x03\x04\x14\0\0\0", 8, "ZIP" },
    { "\x1f\x8b\x08\0\0\0\0\0", 8, "gzip" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *description = NULL;

      g_assert_cmpint (sniff_raw (cases[i].bytes, cases[i].length, &description), ==, PX_CONTENT_BINARY);
      g_assert_nonnull (description);
      g_assert_nonnull (strstr (description, cases[i].word));
    }
}

static void
test_unknown_binary (void)
{
  guchar noise[512];
  const char *description = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) g_rand_int_range (rand, 0, 256);
  noise[0] = 'Q';   /* no known magic */
  g_rand_free (rand);
  g_assert_cmpint (sniff_raw ((const char *) noise, sizeof noise, &description), ==, PX_CONTENT_BINARY);
  g_assert_nonnull (description);
}

static void
test_feeds_by_root (void)
{
  static const struct { const char *text; PxContentKind kind; } cases[] = {
    { "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", PX_CONTENT_RSS },
    { "\xef\xbb\xbf<?xml version=\"1.0\"?><!-- generated --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", PX_CONTENT_ATOM },
    { "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", PX_CONTENT_RDF },
    { "<?xml version=\"1.0\"?><?xml-stylesheet href=\"feed.xsl\" type=\"text/xsl\"?>\n<rss/>", PX_CONTENT_RSS },
    /* An internal subset holds '>' of its own before the root. */
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"x\">\n<!ENTITY b \"&a;&a;\">\n]>\n<rss version=\"2.0\"/>", PX_CONTENT_RSS },
    { "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"></atom:feed>", PX_CONTENT_ATOM },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (sniff_raw (cases[i].text, strlen (cases[i].text), NULL), ==, cases[i].kind);
      g_assert_cmpint (px_sniff_utf8 (cases[i].text, strlen (cases[i].text), NULL), ==, cases[i].kind);
    }
}

static void
test_html_and_text (void)
{
  static const char page[] = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Talks</title></head><body><p>Hi</p></body></html>";
  static const char fragment[] = "<div class=\"story\"><p>The talks resumed on Monday.</p><p>More.</p></div>";
  static const char one_tag[] = "<p>The talks resumed on Monday.</p>";
  static const char prose[] = "Talks resume in Geneva\n\nThe ministers met on Monday. 3 < 4 and 5 > 2.";
  static const char markdown[] = "# Talks resume\n\nBy Mira Holt\n\nThe ministers met on *Monday*.";
  static const char svg[] = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>";

  g_assert_cmpint (px_sniff_utf8 (page, strlen (page), "a.txt"), ==, PX_CONTENT_HTML);
  g_assert_cmpint (px_sniff_utf8 (fragment, strlen (fragment), NULL), ==, PX_CONTENT_HTML);
  /* One marker decides only with an HTML file name. */
  g_assert_cmpint (px_sniff_utf8 (one_tag, strlen (one_tag), "a.html"), ==, PX_CONTENT_HTML);
  g_assert_cmpint (px_sniff_utf8 (one_tag, strlen (one_tag), "a.txt"), ==, PX_CONTENT_TEXT);
  g_assert_cmpint (px_sniff_utf8 (prose, strlen (prose), "a.html"), ==, PX_CONTENT_TEXT);
  g_assert_cmpint (px_sniff_utf8 (markdown, strlen (markdown), "a.md"), ==, PX_CONTENT_TEXT);
  g_assert_cmpint (px_sniff_utf8 (svg, strlen (svg), "a.svg"), ==, PX_CONTENT_XML);
  /* Raw sniffing leaves pages and text to the decoded pass. */
  g_assert_cmpint (sniff_raw (page, strlen (page), NULL), ==, PX_CONTENT_TEXT);
}

static void
test_legacy_text_is_not_binary (void)
{
  static const char russian[] = "Переговоры министров завершились в пятницу вечером, сообщили дипломаты.";
  g_autofree char *cp1251 = g_convert (russian, -1, "WINDOWS-1251", "UTF-8", NULL, NULL, NULL);
  gsize utf16_length = 0;
  g_autofree char *utf16 = g_convert (russian, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, NULL);

  g_assert_cmpint (sniff_raw (cp1251, strlen (cp1251), NULL), ==, PX_CONTENT_TEXT);
  /* UTF-16 is full of zero bytes, yet it is text. */
  g_assert_cmpint (sniff_raw (utf16, utf16_length, NULL), ==, PX_CONTENT_TEXT);
}

static void
test_utf16_detection (void)
{
  static const char latin[] = "The ministers met on Monday.";
  static const char greek[] = "Οι υπουργοί συναντήθηκαν τη Δευτέρα στη Γενεύη.";
  gboolean big_endian = FALSE;

  for (guint t = 0; t < 2; t++)
    {
      const char *text = t == 0 ? latin : greek;
      gsize le_length = 0, be_length = 0;
      g_autofree char *le = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &le_length, NULL);
      g_autofree char *be = g_convert (text, -1, "UTF-16BE", "UTF-8", NULL, &be_length, NULL);

      g_assert_true (px_sniff_is_utf16 (le, le_length, &big_endian));
      g_assert_false (big_endian);
      g_assert_true (px_sniff_is_utf16 (be, be_length, &big_endian));
      g_assert_true (big_endian);
    }
  g_assert_false (px_sniff_is_utf16 (latin, strlen (latin), &big_endian));
  g_assert_false (px_sniff_is_utf16 (greek, strlen (greek), &big_endian));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/sniff/empty", test_empty);
  g_test_add_func ("/parallax/sniff/binary-magic", test_binary_magic);
  g_test_add_func ("/parallax/sniff/unknown-binary", test_unknown_binary);
  g_test_add_func ("/parallax/sniff/feeds-by-root", test_feeds_by_root);
  g_test_add_func ("/parallax/sniff/html-and-text", test_html_and_text);
  g_test_add_func ("/parallax/sniff/legacy-text-is-not-binary", test_legacy_text_is_not_binary);
  g_test_add_func ("/parallax/sniff/utf16-detection", test_utf16_detection);

  return g_test_run ();
}
