/* test-feed.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "parallax.h"

static GPtrArray *
extract_ok (const char *xml,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *articles = px_feed_extract (xml, strlen (xml), path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (articles);
  return articles;
}

static PxArticle *
item (GPtrArray *articles,
      guint      index)
{
  g_assert_cmpuint (index, <, articles->len);
  return g_ptr_array_index (articles, index);
}

static const char *
paragraph_text (PxArticle *article,
                guint      index)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  g_assert_cmpuint (index, <, paragraphs->len);
  return ((PxParagraph *) g_ptr_array_index (paragraphs, index))->text;
}

static const char rss2[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
  "     xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
  "<channel>\n"
  "  <title>The Harbour Courier</title>\n"
  "  <link>https://courier.example/</link>\n"
  "  <language>en-gb</language>\n"
  "  <item>\n"
  "    <title>Ferry strike enters its third day</title>\n"
  "    <link>https://courier.example/2024/ferry-strike</link>\n"
  "    <pubDate>Wed, 05 Jun 2024 07:15:00 +0100</pubDate>\n"
  "    <dc:creator>Ilse Marten</dc:creator>\n"
  "    <description>Short teaser that must not be used.</description>\n"
  "    <content:encoded><![CDATA[<p>Crews stayed ashore on Wednesday.</p>"
  "<p>“We are not moving,” said a deckhand.</p>]]></content:encoded>\n"
  "  </item>\n"
  "  <item>\n"
  "    <title>Council &amp; port agree on timetable</title>\n"
  "    <author>desk@courier.example (Tomas Reyl)</author>\n"
  "    <guid isPermaLink=\"true\">https://courier.example/2024/timetable</guid>\n"
  "    <pubDate>Thu, 6 Jun 2024 18:00:00 GMT</pubDate>\n"
  "    <description>&lt;p&gt;The first sailing leaves at six.&lt;/p&gt;&lt;p&gt;Fares stay the same.&lt;/p&gt;</description>\n"
  "  </item>\n"
  "  <item><link>https://courier.example/empty</link></item>\n"
  "  <item>\n"
  "    <title>Plain words</title>\n"
  "    <description>First line of a plain note.\n\nA second paragraph, plain too.</description>\n"
  "  </item>\n"
  "</channel>\n"
  "</rss>\n";

static void
test_rss2 (void)
{
  g_autoptr(GPtrArray) articles = extract_ok (rss2, "feeds/courier.xml");
  PxArticle *first, *second, *fourth;

  /* The empty third item is dropped but keeps its number. */
  g_assert_cmpuint (articles->len, ==, 3);
  first = item (articles, 0);
  second = item (articles, 1);
  fourth = item (articles, 2);

  g_assert_cmpstr (px_article_get_path (first), ==, "feeds/courier.xml#1");
  g_assert_cmpstr (px_article_get_path (second), ==, "feeds/courier.xml#2");
  g_assert_cmpstr (px_article_get_path (fourth), ==, "feeds/courier.xml#4");

  g_assert_cmpint (px_article_get_format (first), ==, PX_FORMAT_RSS);
  g_assert_cmpstr (px_article_get_title (first), ==, "Ferry strike enters its third day");
  g_assert_cmpstr (px_article_get_url (first), ==, "https://courier.example/2024/ferry-strike");
  g_assert_cmpstr (px_article_get_date (first), ==, "2024-06-05");
  g_assert_cmpstr (px_article_get_outlet (first), ==, "The Harbour Courier");
  g_assert_cmpint (px_article_get_outlet_source (first), ==, PX_SOURCE_METADATA);
  g_assert_cmpstr (px_article_get_language (first), ==, "en");
  g_assert_cmpuint (px_article_get_authors (first)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (first), 0), ==, "Ilse Marten");
  /* The full content wins over the teaser. */
  g_assert_cmpuint (px_article_get_paragraphs (first)->len, ==, 2);
  g_assert_cmpstr (paragraph_text (first, 0), ==, "Crews stayed ashore on Wednesday.");
  g_assert_cmpstr (paragraph_text (first, 1), ==, "“We are not moving,” said a deckhand.");

  g_assert_cmpstr (px_article_get_title (second), ==, "Council & port agree on timetable");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (second), 0), ==, "Tomas Reyl");
  g_assert_cmpstr (px_article_get_url (second), ==, "https://courier.example/2024/timetable");
  g_assert_cmpstr (px_article_get_date (second), ==, "2024-06-06");
  /* Escaped HTML in the description is read as HTML, not shown as tags. */
  g_assert_cmpuint (px_article_get_paragraphs (second)->len, ==, 2);
  g_assert_cmpstr (paragraph_text (second, 0), ==, "The first sailing leaves at six.");
  g_assert_cmpstr (paragraph_text (second, 1), ==, "Fares stay the same.");

  g_assert_cmpuint (px_article_get_paragraphs (fourth)->len, ==, 2);
  g_assert_cmpstr (paragraph_text (fourth, 1), ==, "A second paragraph, plain too.");
}

static const char atom[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de-DE\">\n"
  "  <title>Der Talbote</title>\n"
  "  <author><name>Redaktion Talbote</name></author>\n"
  "  <entry>\n"
  "    <title type=\"html\">Brücke &lt;em&gt;wieder offen&lt;/em&gt;</title>\n"
  "    <link rel=\"edit\" href=\"https://talbote.example/edit/1\"/>\n"
  "    <link rel=\"alternate\" type=\"text/html\" href=\"https://talbote.example/bruecke\"/>\n"
  "    <updated>2024-03-02T08:00:00Z</updated>\n"
  "    <published>2024-03-01T21:30:00+01:00</published>\n"
  "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
  "<p>Seit Freitag rollt der Verkehr wieder.</p><p>Die Sanierung dauerte <b>zwei</b> Jahre.</p>"
  "</div></content>\n"
  "  </entry>\n"
  "  <entry xml:lang=\"fr\">\n"
  "    <title>Le marché rouvre</title>\n"
  "    <link href=\"https://talbote.example/fr/marche\"/>\n"
  "    <updated>2024-03-04T10:00:00Z</updated>\n"
  "    <author><name>Claire Vidal</name></author>\n"
  "    <content type=\"html\">&lt;p&gt;Les étals sont de retour.&lt;/p&gt;</content>\n"
  "  </entry>\n"
  "  <entry>\n"
  "    <title type=\"text\">Nur Text</title>\n"
  "    <summary type=\"text\">Ein Satz mit &lt;Klammern&gt;, die kein HTML sind.</summary>\n"
  "  </entry>\n"
  "</feed>\n";

static void
test_atom (void)
{
  g_autoptr(GPtrArray) articles = extract_ok (atom, "talbote.atom");
  PxArticle *first, *second, *third;

  g_assert_cmpuint (articles->len, ==, 3);
  first = item (articles, 0);
  second = item (articles, 1);
  third = item (articles, 2);

  g_assert_cmpint (px_article_get_format (first), ==, PX_FORMAT_ATOM);
  g_assert_cmpstr (px_article_get_path (third), ==, "talbote.atom#3");
  g_assert_cmpstr (px_article_get_title (first), ==, "Brücke wieder offen");
  g_assert_cmpstr (px_article_get_url (first), ==, "https://talbote.example/bruecke");
  /* published, not updated. */
  g_assert_cmpstr (px_article_get_date (first), ==, "2024-03-01");
  g_assert_cmpstr (px_article_get_outlet (first), ==, "Der Talbote");
  g_assert_cmpstr (px_article_get_language (first), ==, "de");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (first), 0), ==, "Redaktion Talbote");
  g_assert_cmpuint (px_article_get_paragraphs (first)->len, ==, 2);
  g_assert_cmpstr (paragraph_text (first, 1), ==, "Die Sanierung dauerte zwei Jahre.");

  g_assert_cmpstr (px_article_get_language (second), ==, "fr");
  g_assert_cmpstr (px_article_get_date (second), ==, "2024-03-04");
  g_assert_cmpstr (px_article_get_url (second), ==, "https://talbote.example/fr/marche");
  g_assert_cmpuint (px_article_get_authors (second)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (second), 0), ==, "Claire Vidal");
  g_assert_cmpstr (paragraph_text (second, 0), ==, "Les étals sont de retour.");

  /* type="text" keeps angle brackets as text. */
  g_assert_cmpstr (paragraph_text (third, 0), ==, "Ein Satz mit <Klammern>, die kein HTML sind.");
}

static const char rdf[] =
  "<?xml version=\"1.0\"?>\n"
  "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
  "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
  "  <channel rdf:about=\"https://vesti.example/\">\n"
  "    <title>Vesti Doliny</title>\n"
  "    <dc:language>ru</dc:language>\n"
  "    <items><rdf:Seq><rdf:li rdf:resource=\"https://vesti.example/1\"/></rdf:Seq></items>\n"
  "  </channel>\n"
  "  <item rdf:about=\"https://vesti.example/1\">\n"
  "    <title>Мост открыт после ремонта</title>\n"
  "    <link>https://vesti.example/1</link>\n"
  "    <dc:date>2024-03-01T12:00:00+03:00</dc:date>\n"
  "    <dc:creator>Анна Петрова</dc:creator>\n"
  "    <description>Движение восстановлено в пятницу.</description>\n"
  "  </item>\n"
  "  <item rdf:about=\"https://vesti.example/2\">\n"
  "    <title>Второй материал</title>\n"
  "    <link>https://vesti.example/2</link>\n"
  "  </item>\n"
  "</rdf:RDF>\n";

static void
test_rdf (void)
{
  g_autoptr(GPtrArray) articles = extract_ok (rdf, "vesti.rdf");
  PxArticle *first;

  g_assert_cmpuint (articles->len, ==, 2);
  first = item (articles, 0);
  g_assert_cmpint (px_article_get_format (first), ==, PX_FORMAT_RDF);
  g_assert_cmpstr (px_article_get_path (first), ==, "vesti.rdf#1");
  g_assert_cmpstr (px_article_get_path (item (articles, 1)), ==, "vesti.rdf#2");
  g_assert_cmpstr (px_article_get_title (first), ==, "Мост открыт после ремонта");
  g_assert_cmpstr (px_article_get_outlet (first), ==, "Vesti Doliny");
  g_assert_cmpstr (px_article_get_language (first), ==, "ru");
  g_assert_cmpstr (px_article_get_date (first), ==, "2024-03-01");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (first), 0), ==, "Анна Петрова");
  g_assert_cmpstr (paragraph_text (first, 0), ==, "Движение восстановлено в пятницу.");
}

static void
test_external_entity_not_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-feed-XXXXXX", &error);
  g_autofree char *secret_path = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  g_assert_no_error (error);
  secret_path = g_build_filename (dir, "secret.txt", NULL);
  g_assert_true (g_file_set_contents (secret_path, "PRIVATE-7f3a9c", -1, NULL));
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE rss [ <!ENTITY leak SYSTEM \"file://%s\"> ]>\n"
                         "<rss version=\"2.0\"><channel><title>Outlet &leak;</title>\n"
                         "<item><title>Title &leak;</title><link>https://x.example/&leak;</link>"
                         "<description>Body &leak; words.</description></item>\n"
                         "</channel></rss>\n", secret_path);

  articles = px_feed_extract (xml, strlen (xml), "leak.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  {
    PxArticle *article = item (articles, 0);
    g_autofree char *text = px_article_dup_text (article);

    g_assert_cmpstr (px_article_get_title (article), ==, "Title");
    g_assert_null (strstr (px_article_get_outlet (article), "PRIVATE"));
    g_assert_null (strstr (px_article_get_url (article), "PRIVATE"));
    g_assert_cmpstr (text, ==, "Body words.");
  }

  g_remove (secret_path);
  g_rmdir (dir);
}

static char *
billion_laughs (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");

  for (int level = 1; level <= 10; level++)
    {
      g_string_append_printf (xml, "<!ENTITY lol%d \"", level);
      for (int i = 0; i < 10; i++)
        g_string_append_printf (xml, "&lol%d;", level - 1);
      g_string_append (xml, "\">\n");
    }
  g_string_append (xml, "]>\n<rss version=\"2.0\"><channel><title>Bomb</title>"
                        "<item><title>&lol10;</title><description>&lol10;</description></item>"
                        "</channel></rss>\n");
  return g_string_free (xml, FALSE);
}

static void
test_entity_bomb_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = billion_laughs ();
  g_autoptr(GPtrArray) articles = px_feed_extract (xml, strlen (xml), "bomb.xml", &error);

  /* Either refused with a reason, or read with every reference left out:
   * never a title 10^10 characters long. */
  if (articles == NULL)
    {
      g_assert_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "entit"));
    }
  else
    for (guint i = 0; i < articles->len; i++)
      {
        g_autofree char *text = px_article_dup_text (item (articles, i));
        g_assert_cmpuint (strlen (text), <, 1000);
      }
}

static void
test_not_well_formed (void)
{
  static const char *broken[] = {
    "<rss version=\"2.0\"><channel><title>Cut short</title>",
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></entry></feed>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) articles = px_feed_extract (broken[i], strlen (broken[i]), "bad.xml", &error);

      g_assert_null (articles);
      g_assert_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED);
      g_assert_nonnull (strstr (error->message, "not well-formed"));
      g_assert_nonnull (strstr (error->message, "line 1"));
    }
}

static void
test_sloppy_feed_recovered (void)
{
  static const char sloppy[] =
    "<rss version=\"2.0\"><channel><title>Smith & Daughters Weekly</title>\n"
    "<item><title>Fish&nbsp;&amp; chips tax &mdash; a row</title>\n"
    "<description>&lt;p&gt;It’s back.&lt;/p&gt;&lt;p&gt;So is the row.&lt;/p&gt;</description></item>\n"
    "</channel></rss>\n";
  g_autoptr(GPtrArray) articles = extract_ok (sloppy, "sloppy.xml");
  PxArticle *first;

  g_assert_cmpuint (articles->len, ==, 1);
  first = item (articles, 0);
  g_assert_cmpstr (px_article_get_outlet (first), ==, "Smith & Daughters Weekly");
  g_assert_cmpstr (px_article_get_title (first), ==, "Fish & chips tax — a row");
  g_assert_cmpuint (px_article_get_paragraphs (first)->len, ==, 2);
  g_assert_cmpstr (paragraph_text (first, 1), ==, "So is the row.");
}

static void
test_legacy_encodings (void)
{
  static const char utf8_feed[] =
    "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
    "<rss version=\"2.0\"><channel><title>Городские вести</title><language>ru</language>\n"
    "<item><title>Мост снова открыт для движения</title>"
    "<description>Ремонт моста завершился в пятницу, сообщили в мэрии города.</description></item>\n"
    "</channel></rss>\n";
  g_autofree char *cp1251 = g_convert (utf8_feed, -1, "WINDOWS-1251", "UTF-8", NULL, NULL, NULL);
  g_autofree char *utf16_body = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GPtrArray) from_1251 = NULL;
  g_autoptr(GPtrArray) from_utf16 = NULL;
  gsize utf16_length = 0;

  g_assert_nonnull (cp1251);
  from_1251 = extract_ok (cp1251, "vesti.xml");
  g_assert_cmpuint (from_1251->len, ==, 1);
  g_assert_cmpstr (px_article_get_title (item (from_1251, 0)), ==, "Мост снова открыт для движения");
  g_assert_cmpstr (px_article_get_outlet (item (from_1251, 0)), ==, "Городские вести");

  /* UTF-16LE with a BOM and a declaration that says so. */
  {
    g_autofree char *text = g_strdup (utf8_feed);
    char *decl = strstr (text, "windows-1251");

    memcpy (decl, "UTF-16\"    ", 11);
    memmove (decl + 7, decl + 11, strlen (decl + 11) + 1);
    utf16_body = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, NULL);
  }
  utf16 = g_malloc (utf16_length + 2);
  memcpy (utf16, "\xff\xfe", 2);
  memcpy (utf16 + 2, utf16_body, utf16_length);
  from_utf16 = px_feed_extract (utf16, utf16_length + 2, "vesti16.xml", NULL);
  g_assert_nonnull (from_utf16);
  g_assert_cmpuint (from_utf16->len, ==, 1);
  g_assert_cmpstr (px_article_get_title (item (from_utf16, 0)), ==, "Мост снова открыт для движения");

  /* Through the loader, the item names the file's encoding. */
  {
    g_autoptr(GPtrArray) loaded = px_extract_buffer ("vesti16.xml", utf16, utf16_length + 2, NULL);

    g_assert_nonnull (loaded);
    g_assert_cmpuint (loaded->len, ==, 1);
    g_assert_cmpstr (px_article_get_encoding (item (loaded, 0)), ==, "utf-16le");
    g_assert_cmpstr (px_article_get_path (item (loaded, 0)), ==, "vesti16.xml#1");
  }
}

static void
test_not_a_feed (void)
{
  static const char svg[] = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = px_feed_extract (svg, strlen (svg), "a.xml", &error);

  g_assert_null (articles);
  g_assert_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE);
}

static void
test_loader_reads_feed_items (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = px_extract_buffer ("news/courier.rss", rss2, strlen (rss2), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_cmpstr (px_article_get_path (item (articles, 2)), ==, "news/courier.rss#4");
  g_assert_cmpstr (px_article_get_encoding (item (articles, 0)), ==, "utf-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/feed/rss2", test_rss2);
  g_test_add_func ("/parallax/feed/atom", test_atom);
  g_test_add_func ("/parallax/feed/rdf", test_rdf);
  g_test_add_func ("/parallax/feed/external-entity-not-read", test_external_entity_not_read);
  g_test_add_func ("/parallax/feed/entity-bomb-refused", test_entity_bomb_refused);
  g_test_add_func ("/parallax/feed/not-well-formed", test_not_well_formed);
  g_test_add_func ("/parallax/feed/sloppy-feed-recovered", test_sloppy_feed_recovered);
  g_test_add_func ("/parallax/feed/legacy-encodings", test_legacy_encodings);
  g_test_add_func ("/parallax/feed/not-a-feed", test_not_a_feed);
  g_test_add_func ("/parallax/feed/loader-reads-feed-items", test_loader_reads_feed_items);

  return g_test_run ();
}
