/* test-html.c — metadata and main text from web pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-html.h"

static PxArticle *
extract_string (const char *html)
{
  g_autoptr(GError) error = NULL;
  PxArticle *article = px_html_extract (html, strlen (html), "page.html", &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static PxArticle *
extract_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "html", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  PxArticle *article;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  article = px_html_extract (data, length, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static gboolean
text_contains (PxArticle  *article,
               const char *needle)
{
  g_autofree char *text = px_article_dup_text (article);

  return strstr (text, needle) != NULL;
}

static gboolean
has_paragraph (PxArticle       *article,
               PxParagraphRole  role,
               const char      *prefix)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->role == role && g_str_has_prefix (paragraph->text, prefix))
        return TRUE;
    }
  return FALSE;
}

static void
test_jsonld_graph (void)
{
  const char *html =
    "<html><head><title>Talks resume in Geneva - Example Wire</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Example Wire\"},"
    "{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks resume in Geneva\","
    "\"datePublished\":\"2023-05-25T23:50:00+04:00\",\"inLanguage\":\"fr-CH\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Petrova\"},{\"@type\":\"Person\",\"name\":\"Jonas Berg\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Wire\"},"
    "\"mainEntityOfPage\":{\"@id\":\"https://wire.example/geneva-talks\"}}]}</script>"
    "</head><body><article><h1>Talks resume in Geneva</h1>"
    "<p>Negotiators met again on Thursday, the first round of talks since the winter, and agreed to meet monthly.</p>"
    "</article></body></html>";
  g_autoptr(PxArticle) article = extract_string (html);
  GPtrArray *authors = px_article_get_authors (article);

  g_assert_cmpstr (px_article_get_title (article), ==, "Talks resume in Geneva");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Example Wire");
  g_assert_cmpint (px_article_get_outlet_source (article), ==, PX_SOURCE_METADATA);
  /* The page's own day, not the UTC one. */
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-05-25");
  g_assert_cmpstr (px_article_get_language (article), ==, "fr");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://wire.example/geneva-talks");
  g_assert_cmpuint (authors->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, "Ana Petrova");
  g_assert_cmpstr (g_ptr_array_index (authors, 1), ==, "Jonas Berg");
  /* The headline is metadata, not a paragraph. */
  g_assert_false (has_paragraph (article, PX_PARAGRAPH_HEADING, "Talks resume"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "Negotiators met again"));
}

static void
test_open_graph_and_meta (void)
{
  const char *html =
    "<html lang=\"de-AT\"><head><title>Brücke gesperrt | Donau Kurier</title>"
    "<meta property=\"og:site_name\" content=\"Donau Kurier\">"
    "<meta name=\"dc.date\" content=\"2022-11-03\">"
    "<meta name=\"author\" content=\"Eva Huber und Karl Lind\">"
    "<meta property=\"og:url\" content=\"https://kurier.example/bruecke\">"
    "</head><body><div><p>Die Brücke bleibt bis Ende des Monats gesperrt, teilte die Stadt am Mittwoch mit, "
    "nachdem Risse im Pfeiler entdeckt worden waren.</p></div></body></html>";
  g_autoptr(PxArticle) article = extract_string (html);
  GPtrArray *authors = px_article_get_authors (article);

  g_assert_cmpstr (px_article_get_title (article), ==, "Brücke gesperrt");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Donau Kurier");
  g_assert_cmpstr (px_article_get_date (article), ==, "2022-11-03");
  g_assert_cmpstr (px_article_get_language (article), ==, "de");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://kurier.example/bruecke");
  g_assert_cmpuint (authors->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (authors, 1), ==, "Karl Lind");
}

static void
test_visible_byline_and_time (void)
{
  const char *html =
    "<html><head><title>Water rationing extended</title></head><body>"
    "<div class=\"story\"><h1>Water rationing extended</h1>"
    "<div class=\"byline-wrapper\"><div>By Omar Haddad</div><div>Staff reporter, Amman</div></div>"
    "<time datetime=\"2021-07-30\">30 July</time>"
    "<p>Authorities extended water rationing across the capital for another month on Friday, citing a dry spring.</p>"
    "<p>Households will receive water twice a week, officials said, down from three times last summer.</p>"
    "</div></body></html>";
  g_autoptr(PxArticle) article = extract_string (html);
  GPtrArray *authors = px_article_get_authors (article);

  g_assert_cmpuint (authors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, "Omar Haddad");
  g_assert_cmpstr (px_article_get_date (article), ==, "2021-07-30");
  g_assert_false (text_contains (article, "30 July"));
  g_assert_false (text_contains (article, "Omar Haddad"));
}

static void
test_roles_and_furniture (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("furniture-heavy.html");
  static const char *const furniture[] = {
    "cookies", "Share on", "Home", "Related", "Storm warning issued", "Leave a Reply", "Your email address",
    "newsletter", "Advertisement", "covers the islands", "Become a member", "Most read", "All rights reserved",
    "Photo: Harbour Gazette", "14 January 2025", NULL
  };

  g_assert_cmpstr (px_article_get_title (article), ==, "Ferry service to Orsa island suspended after storm damage");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "The Harbour Gazette");
  g_assert_cmpstr (px_article_get_date (article), ==, "2025-01-14");
  g_assert_cmpstr (px_article_get_language (article), ==, "en");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://harbourgazette.example/news/orsa-ferry-suspended");

  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "The only ferry linking Orsa"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_HEADING, "Islanders worried about winter"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_QUOTE, "We will restore the crossing"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_LIST, "a helicopter on call"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_CAPTION, "The damaged landing pier"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "The council will meet the operator"));
  /* <br><br> separates paragraphs. */
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "Engineers from the regional roads authority"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "Their first report is due"));
  /* Captions are not prose. */
  g_assert_false (text_contains (article, "The damaged landing pier"));
  for (guint i = 0; furniture[i] != NULL; i++)
    if (text_contains (article, furniture[i]))
      g_error ("furniture “%s” left in the text", furniture[i]);
}

static void
test_hidden_and_scripts (void)
{
  const char *html =
    "<html><body><div class=\"article-body\">"
    "<p>The city council approved the budget on Monday after a debate that lasted late into the night.</p>"
    "<p style=\"display: none\">Hidden teaser text that nobody sees.</p>"
    "<div hidden><p>Another hidden paragraph for screen layouts.</p></div>"
    "<script>var tracking = 'script text';</script><style>p { color: red }</style>"
    "<p>Opposition members said the plan cut too deeply into library funding, and promised to revisit it.</p>"
    "</div></body></html>";
  g_autoptr(PxArticle) article = extract_string (html);

  g_assert_true (text_contains (article, "approved the budget"));
  g_assert_true (text_contains (article, "library funding"));
  g_assert_false (text_contains (article, "Hidden teaser"));
  g_assert_false (text_contains (article, "Another hidden"));
  g_assert_false (text_contains (article, "script text"));
  g_assert_false (text_contains (article, "color"));
}

static void
test_best_block_wins (void)
{
  /* A teaser grid of links before the article must not win over it. */
  GString *html = g_string_new ("<html><body><div class=\"teasers\">");

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (html, "<div><a href=\"/s%u\">Teaser headline number %u about something else entirely</a></div>", i, i);
  g_string_append (html, "</div><div class=\"content\">");
  for (guint i = 0; i < 6; i++)
    g_string_append_printf (html, "<p>Paragraph %u of the story, with commas, clauses and a full stop, the way reporters write.</p>", i);
  g_string_append (html, "</div></body></html>");
  {
    g_autoptr(PxArticle) article = extract_string (html->str);

    g_assert_true (text_contains (article, "Paragraph 0 of the story"));
    g_assert_true (text_contains (article, "Paragraph 5 of the story"));
    g_assert_false (text_contains (article, "Teaser headline"));
  }
  g_string_free (html, TRUE);
}

static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  GString *html = g_string_sized_new (depth * 12);

  g_string_append (html, "<html><body>");
  for (guint i = 0; i < depth; i++)
    g_string_append (html, "<div><span>");
  g_string_append (html, "<p>Deep inside the page, the article still says something, and says it clearly.</p>");
  g_string_append (html, "</body></html>");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PxArticle) article = px_html_extract (html->str, html->len, "deep.html", &error);

    /* The whole tree is built and walked without recursion. */
    g_assert_no_error (error);
    g_assert_nonnull (article);
    g_assert_true (text_contains (article, "Deep inside the page"));
  }
  g_string_free (html, TRUE);
}

static void
test_fragment (void)
{
  g_autoptr(PxArticle) article = px_article_new ("feed.xml#0");
  const char *fragment =
    "<p>The museum reopened on Saturday after a two-year renovation.</p>"
    "<h3>New galleries</h3><p>Three new rooms show the maritime collection.</p>"
    "<blockquote>It was worth the wait.</blockquote><ul><li>Open daily</li><li>Free on Sundays</li></ul>";

  px_html_append_fragment (article, fragment, strlen (fragment));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "The museum reopened"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_HEADING, "New galleries"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_QUOTE, "It was worth the wait."));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_LIST, "Free on Sundays"));
  /* Appending adds; it does not replace. */
  px_html_append_fragment (article, "<p>Second part.</p>", strlen ("<p>Second part.</p>"));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "Second part."));
  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "The museum reopened"));
}

static void
test_garbage (void)
{
  static const char *const inputs[] = { "", "<", "<<<>>>", "<html></html>", "\xff\xfe<p>x", "<p>only</p>" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = px_html_extract (inputs[i], strlen (inputs[i]), "x.html", &error);

      g_assert_true ((article != NULL) != (error != NULL));
    }
}

/* A class hint must never discard the main text: every fragment of the
 * body sits in a "paywall" div. */
static void
test_paywall_fragments (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("paywall-fragments.html");

  g_assert_true (text_contains (article, "raise mooring fees"));
  g_assert_true (text_contains (article, "dredging the inner basin"));
  g_assert_true (text_contains (article, "reviewed again in two years"));
  g_assert_false (text_contains (article, "Advertisement"));
  g_assert_false (text_contains (article, "Marina plan approved"));
}

/* A teaser on the page, the story in JSON-LD: the teaser goes, the story
 * comes in; the appeal stays out. */
static void
test_jsonld_article_body (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("jsonld-body-teaser.html");
  g_autofree char *text = px_article_dup_text (article);

  g_assert_true (text_contains (article, "About 180 people work at the plant"));
  g_assert_true (text_contains (article, "find a new use for the site by the river."));
  g_assert_null (strstr (text, "Thursday..."));
  g_assert_false (text_contains (article, "Subscribe"));
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 3);
}

/* When the page's own text holds the story, a JSON-LD articleBody adds
 * nothing. */
static void
test_jsonld_article_body_redundant (void)
{
  g_autoptr(PxArticle) article = extract_string (
    "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens\","
    "\"articleBody\":\"The new dam opened on Monday after eight years of building. It will supply water to two "
    "hundred thousand homes and irrigate farms across the plain, the ministry said.\"}</script></head><body><article>"
    "<h1>Dam opens</h1><p>The new dam opened on Monday after eight years of building. It will supply water to two "
    "hundred thousand homes and irrigate farms across the plain, the ministry said.</p>"
    "<p>Engineers said the reservoir would take two winters to fill completely, and that the turbines would start "
    "turning next spring once the water reached the intake level.</p></article></body></html>");

  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 2);
}

/* "Mehr zum Thema" inside the text is a box: the story goes on after it;
 * the same marker before comments still ends it. */
static void
test_inserted_related_box (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("related-insert.html");

  g_assert_true (text_contains (article, "zwölf Kilometern"));
  g_assert_true (text_contains (article, "Einzelhandelsverband"));
  g_assert_true (text_contains (article, "sicherer für Radfahrer"));
  g_assert_false (text_contains (article, "Mehr zum Thema"));
  g_assert_false (text_contains (article, "Parkplätze fallen weg"));
  g_assert_false (text_contains (article, "Endlich!"));
}

/* A dek in <h3> under the headline, in a header box outside <article>. */
static void
test_header_lead (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("header-lead-h3.html");

  g_assert_true (text_contains (article, "Владельцы предприятия объясняют"));
  g_assert_true (text_contains (article, "весенний промысел трески"));
  g_assert_false (text_contains (article, "Регион"));
}

/* A standfirst without a full stop, vouched for by the description. */
static void
test_description_lead (void)
{
  g_autoptr(PxArticle) article = extract_string (
    "<html><head><meta name=\"description\" content=\"Residents asked to cut water use by at least 15 per cent\">"
    "<title>Reservoirs at a 20-year low</title></head><body><div class=\"page-header\"><h1>Reservoirs at a 20-year "
    "low</h1><div class=\"intro\"><p>Residents asked to cut water use by at least 15 per cent</p></div></div>"
    "<div class=\"body\"><p>The five reservoirs that supply the capital hold less water than at any time in two "
    "decades, the water board said on Sunday, after the driest winter on record.</p><p>The board said pressure would "
    "be lowered at night in some districts from next week, and that gardens should not be watered.</p></div>"
    "</body></html>");

  g_assert_true (has_paragraph (article, PX_PARAGRAPH_BODY, "Residents asked to cut water use"));
}

/* Closing paragraphs and gallery outros survive; captions are captions. */
static void
test_gallery_and_brief (void)
{
  g_autoptr(PxArticle) gallery = extract_fixture ("gallery-closing.html");
  g_autoptr(PxArticle) brief = extract_fixture ("brief-appeals.html");

  g_assert_true (text_contains (gallery, "For ninety winters"));
  g_assert_true (text_contains (gallery, "since 1979"));
  g_assert_false (text_contains (gallery, "Harvest festival"));
  g_assert_true (text_contains (brief, "four crossings a day"));
  g_assert_true (text_contains (brief, "full timetable in March"));
  g_assert_false (text_contains (brief, "before breakfast"));
  g_assert_false (text_contains (brief, "council meeting"));
}

/* Authors: styled capitals, organisations, editors, job titles. */
static void
test_author_cleanup (void)
{
  g_autoptr(PxArticle) caps = extract_string (
    "<html><head><meta name=\"author\" content=\"MARTA KOWALSKA-NOWAK\"></head><body><h1>x</h1></body></html>");
  g_autoptr(PxArticle) organisation = extract_string (
    "<html><head><meta name=\"author\" content=\"Coastal News Agency\"></head><body><h1>x</h1></body></html>");
  g_autoptr(PxArticle) editor = extract_string (
    "<html><body><h1>Bus lanes</h1><div class=\"news-author\">Redaktor: Aygun Hasanova</div></body></html>");
  g_autoptr(PxArticle) role = extract_string (
    "<html><body><h1>Strike</h1><div class=\"Byline_root\"><span>Declan Moore</span>"
    "<span class=\"Byline_role\">Health Correspondent</span></div></body></html>");
  GPtrArray *authors;

  authors = px_article_get_authors (caps);
  g_assert_cmpuint (authors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, "Marta Kowalska-Nowak");
  g_assert_cmpuint (px_article_get_authors (organisation)->len, ==, 0);
  g_assert_cmpuint (px_article_get_authors (editor)->len, ==, 0);
  authors = px_article_get_authors (role);
  g_assert_cmpuint (authors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, "Declan Moore");
}

/* "标题-网站": the site's name goes even without spaces around the dash. */
static void
test_unspaced_site_suffix (void)
{
  g_autoptr(PxArticle) article = extract_string (
    "<html><head><title>中欧班列今年累计开行突破1.5万列-华讯网</title><meta name=\"source\" content=\"华讯网\"></head>"
    "<body><p>　　华讯社北京9月12日电（记者王磊）记者12日从国家铁路部门获悉，今年以来，中欧班列累计开行突破1.5万列。</p></body></html>");

  g_assert_cmpstr (px_article_get_title (article), ==, "中欧班列今年累计开行突破1.5万列");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "华讯网");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "王磊");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/html/jsonld-graph", test_jsonld_graph);
  g_test_add_func ("/parallax/html/open-graph-and-meta", test_open_graph_and_meta);
  g_test_add_func ("/parallax/html/visible-byline-and-time", test_visible_byline_and_time);
  g_test_add_func ("/parallax/html/roles-and-furniture", test_roles_and_furniture);
  g_test_add_func ("/parallax/html/hidden-and-scripts", test_hidden_and_scripts);
  g_test_add_func ("/parallax/html/best-block-wins", test_best_block_wins);
  g_test_add_func ("/parallax/html/deep-nesting", test_deep_nesting);
  g_test_add_func ("/parallax/html/fragment", test_fragment);
  g_test_add_func ("/parallax/html/garbage", test_garbage);
  g_test_add_func ("/parallax/html/paywall-fragments", test_paywall_fragments);
  g_test_add_func ("/parallax/html/jsonld-article-body", test_jsonld_article_body);
  g_test_add_func ("/parallax/html/jsonld-article-body-redundant", test_jsonld_article_body_redundant);
  g_test_add_func ("/parallax/html/inserted-related-box", test_inserted_related_box);
  g_test_add_func ("/parallax/html/header-lead", test_header_lead);
  g_test_add_func ("/parallax/html/description-lead", test_description_lead);
  g_test_add_func ("/parallax/html/gallery-and-brief", test_gallery_and_brief);
  g_test_add_func ("/parallax/html/author-cleanup", test_author_cleanup);
  g_test_add_func ("/parallax/html/unspaced-site-suffix", test_unspaced_site_suffix);
  return g_test_run ();
}
