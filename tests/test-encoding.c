/* test-encoding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"

static const char russian[] =
  "Переговоры министров иностранных дел завершились в пятницу вечером. "
  "Стороны договорились продолжить работу над текстом соглашения и встретиться "
  "снова через месяц. По словам дипломатов, главные разногласия касаются "
  "границы и судьбы беженцев, которые до сих пор не могут вернуться домой.";

static const char english[] =
  "The two foreign ministers met on Friday evening and agreed to keep working on "
  "the text of the agreement. Diplomats said the main disagreements concern the "
  "border and the fate of refugees who still cannot return home.";

/* Decodes @data the way the loader does: declaration first, then detection. */
static char *
decode (const char  *data,
        gsize        length,
        char       **encoding)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *declared = px_encoding_sniff_declared (data, length);
  gsize out_length = 0;
  char *text = px_encoding_to_utf8 (data, length, declared, encoding, &out_length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, out_length, NULL));
  g_assert_cmpuint (strlen (text), ==, out_length);
  return text;
}

static char *
convert (const char *utf8,
         const char *to,
         gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *converted = g_convert (utf8, -1, to, "UTF-8", NULL, length, &error);

  g_assert_no_error (error);
  return converted;
}

static char *
prepend (const char *prefix,
         gsize       prefix_length,
         const char *data,
         gsize       length,
         gsize      *out_length)
{
  char *joined = g_malloc (prefix_length + length + 1);

  memcpy (joined, prefix, prefix_length);
  memcpy (joined + prefix_length, data, length);
  joined[prefix_length + length] = '\0';
  *out_length = prefix_length + length;
  return joined;
}

static void
test_declared (void)
{
  static const struct { const char *head; const char *expected; } cases[] = {
    { "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><rss/>", "iso-8859-2" },
    { "<?xml version='1.0' encoding='windows-1251' ?>", "windows-1251" },
    { "<html><head><meta charset=\"KOI8-R\"><title>x</title>", "koi8-r" },
    { "<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "windows-1252" },
    { "<html><head><meta charset=utf-8 /></head>", "utf-8" },
    { "<html><head><meta name=\"description\" content=\"charset is nothing here\"><title>x</title>", NULL },
    { "Just a line of text with no markup at all.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *declared = px_encoding_sniff_declared (cases[i].head, strlen (cases[i].head));
      g_assert_cmpstr (declared, ==, cases[i].expected);
    }
}

static void
test_utf8_plain_and_bom (void)
{
  g_autofree char *encoding = NULL;
  g_autofree char *bom_encoding = NULL;
  g_autofree char *plain = decode (russian, strlen (russian), &encoding);
  g_autofree char *with_bom = NULL;
  g_autofree char *decoded_bom = NULL;
  gsize length;

  g_assert_cmpstr (plain, ==, russian);
  g_assert_cmpstr (encoding, ==, "utf-8");

  with_bom = prepend ("\xef\xbb\xbf", 3, english, strlen (english), &length);
  decoded_bom = decode (with_bom, length, &bom_encoding);
  g_assert_cmpstr (decoded_bom, ==, english);   /* the BOM itself is gone */
  g_assert_cmpstr (bom_encoding, ==, "utf-8");
}

static void
test_utf16_and_utf32_boms (void)
{
  static const struct { const char *bom; gsize bom_length; const char *codec; } cases[] = {
    { "\xff\xfe", 2, "UTF-16LE" },
    { "\xfe\xff", 2, "UTF-16BE" },
    { "\xff\xfe\x00\x00", 4, "UTF-32LE" },
    { "\x00\x00\xfe\xff", 4, "UTF-32BE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint t = 0; t < 2; t++)
      {
        const char *text = t == 0 ? english : russian;
        gsize body_length, length;
        g_autofree char *body = convert (text, cases[i].codec, &body_length);
        g_autofree char *data = prepend (cases[i].bom, cases[i].bom_length, body, body_length, &length);
        g_autofree char *decoded = decode (data, length, NULL);

        g_assert_cmpstr (decoded, ==, text);
      }
}

static void
test_utf16_without_bom (void)
{
  static const char *codecs[] = { "UTF-16LE", "UTF-16BE" };

  for (guint i = 0; i < G_N_ELEMENTS (codecs); i++)
    for (guint t = 0; t < 2; t++)
      {
        const char *text = t == 0 ? english : russian;
        gsize length;
        g_autofree char *data = convert (text, codecs[i], &length);
        g_autofree char *decoded = decode (data, length, NULL);
        gboolean big_endian = !i;

        g_assert_true (px_sniff_is_utf16 (data, length, &big_endian));
        g_assert_cmpint (big_endian, ==, i == 1);
        g_assert_cmpstr (decoded, ==, text);
      }
}

static void
test_windows_1251 (void)
{
  gsize length;
  g_autofree char *data = convert (russian, "WINDOWS-1251", &length);
  g_autofree char *encoding = NULL;
  g_autofree char *decoded = decode (data, length, &encoding);

  g_assert_cmpstr (decoded, ==, russian);
  g_assert_cmpstr (encoding, ==, "windows-1251");
}

static void
test_short_windows_1251 (void)
{
  /* A headline alone gives a detector little to go on. */
  static const char headline[] = "Мир на границе: стороны договорились о перемирии";
  gsize length;
  g_autofree char *data = convert (headline, "WINDOWS-1251", &length);
  g_autofree char *decoded = decode (data, length, NULL);

  g_assert_cmpstr (decoded, ==, headline);
}

static void
test_windows_1252_curly_quotes (void)
{
  static const char text[] =
    "“We will not sign,” the minister said on Tuesday – and the talks, which "
    "had lasted since the spring, ended without a date for the next round. "
    "Officials’ statements were brief… Café owners near the venue closed early.";
  gsize length;
  g_autofree char *data = convert (text, "WINDOWS-1252", &length);
  g_autofree char *encoding = NULL;
  g_autofree char *decoded = decode (data, length, &encoding);

  g_assert_cmpstr (decoded, ==, text);
  g_assert_cmpstr (encoding, ==, "windows-1252");
}

static void
test_latin1_label_is_1252 (void)
{
  /* Pages that say ISO-8859-1 still carry 0x93/0x94 quotes. */
  static const char head[] = "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>";
  g_autofree char *body = NULL;
  g_autofree char *data = NULL;
  g_autofree char *decoded = NULL;
  gsize body_length, length;

  body = convert ("“Quoted,” she said.</p></body></html>", "WINDOWS-1252", &body_length);
  data = prepend (head, strlen (head), body, body_length, &length);
  decoded = decode (data, length, NULL);
  g_assert_nonnull (strstr (decoded, "<p>“Quoted,” she said.</p>"));
}

static void
test_iso_8859_2 (void)
{
  static const char text[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n"
    "<p>Rozmowy ministrów zakończyły się w piątek. Łódź i Gdańsk czekają na decyzję; "
    "żadna ze stron nie chciała komentować szczegółów porozumienia.</p>";
  gsize length;
  g_autofree char *data = convert (text, "ISO-8859-2", &length);
  g_autofree char *encoding = NULL;
  g_autofree char *decoded = decode (data, length, &encoding);

  g_assert_cmpstr (decoded, ==, text);
  g_assert_cmpstr (encoding, ==, "iso-8859-2");
}

static void
test_undeclared_iso_8859_2 (void)
{
  /* Without a declaration: detection must at least pick a Central European
   * reading where "ł", "ż" and "ś" survive. */
  static const char text[] =
    "Rozmowy ministrów zakończyły się w piątek wieczorem. Żadna ze stron nie "
    "chciała komentować szczegółów, ale według dyplomatów główne spory dotyczą "
    "granicy oraz losu uchodźców, którzy wciąż nie mogą wrócić do swoich domów. "
    "Następne spotkanie zaplanowano w Łodzi za miesiąc.";
  gsize length;
  g_autofree char *data = convert (text, "ISO-8859-2", &length);
  g_autofree char *decoded = decode (data, length, NULL);

  g_assert_cmpstr (decoded, ==, text);
}

static void
test_invalid_utf8_replaced (void)
{
  static const char text[] =
    "The ministers met on Friday. The caf\xc3\xa9 was closed. A broken byte \xff here and "
    "a cut sequence \xe2\x80 there; the rest of the text is fine and long enough "
    "that a few broken bytes do not make it a legacy code page.";
  g_autofree char *encoding = NULL;
  g_autofree char *decoded = decode (text, strlen (text), &encoding);

  g_assert_cmpstr (encoding, ==, "utf-8");
  g_assert_nonnull (strstr (decoded, "café was closed"));
  g_assert_nonnull (strstr (decoded, "broken byte \xef\xbf\xbd here"));
  g_assert_nonnull (strstr (decoded, "the rest of the text is fine"));
}

static void
test_declaration_that_lies (void)
{
  /* Declared UTF-16 but the bytes are plain ASCII: the bytes win. */
  static const char text[] = "<html><head><meta charset=\"utf-16\"><title>Talks</title></head><body><p>Fine.</p></body></html>";
  g_autofree char *decoded = decode (text, strlen (text), NULL);

  g_assert_cmpstr (decoded, ==, text);
}

static void
test_utf8_behind_stale_label (void)
{
  static const char text[] =
    "<html><head><meta charset=\"windows-1252\"><title>Talks</title></head>"
    "<body><p>“We agreed,” said the café owner.</p></body></html>";
  g_autofree char *encoding = NULL;
  g_autofree char *decoded = decode (text, strlen (text), &encoding);

  g_assert_cmpstr (decoded, ==, text);
  g_assert_cmpstr (encoding, ==, "utf-8");
}

static void
test_unknown_declared_encoding (void)
{
  static const char text[] = "<html><head><meta charset=\"x-no-such-thing\"><title>Talks</title></head><body><p>Fine.</p></body></html>";
  g_autofree char *decoded = decode (text, strlen (text), NULL);

  g_assert_cmpstr (decoded, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/encoding/declared", test_declared);
  g_test_add_func ("/parallax/encoding/utf8-plain-and-bom", test_utf8_plain_and_bom);
  g_test_add_func ("/parallax/encoding/utf16-and-utf32-boms", test_utf16_and_utf32_boms);
  g_test_add_func ("/parallax/encoding/utf16-without-bom", test_utf16_without_bom);
  g_test_add_func ("/parallax/encoding/windows-1251", test_windows_1251);
  g_test_add_func ("/parallax/encoding/short-windows-1251", test_short_windows_1251);
  g_test_add_func ("/parallax/encoding/windows-1252-curly-quotes", test_windows_1252_curly_quotes);
  g_test_add_func ("/parallax/encoding/latin1-label-is-1252", test_latin1_label_is_1252);
  g_test_add_func ("/parallax/encoding/iso-8859-2", test_iso_8859_2);
  g_test_add_func ("/parallax/encoding/undeclared-iso-8859-2", test_undeclared_iso_8859_2);
  g_test_add_func ("/parallax/encoding/invalid-utf8-replaced", test_invalid_utf8_replaced);
  g_test_add_func ("/parallax/encoding/declaration-that-lies", test_declaration_that_lies);
  g_test_add_func ("/parallax/encoding/utf8-behind-stale-label", test_utf8_behind_stale_label);
  g_test_add_func ("/parallax/encoding/unknown-declared-encoding", test_unknown_declared_encoding);

  return g_test_run ();
}
