/* test-plaintext.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-plaintext.h"

static PxArticle *
extract_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "text", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PxArticle *article;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  article = px_plaintext_extract (contents, length, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static void
assert_text_lacks (PxArticle  *article,
                   const char *needle)
{
  g_autofree char *text = px_article_dup_text (article);

  if (strstr (text, needle) != NULL)
    g_error ("“%s” should not be in the text:\n%s", needle, text);
}

static void
assert_text_has (PxArticle  *article,
                 const char *needle)
{
  g_autofree char *text = px_article_dup_text (article);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” should be in the text:\n%s", needle, text);
}

static PxParagraphRole
role_of (PxArticle  *article,
         const char *start)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (g_str_has_prefix (paragraph->text, start))
        return paragraph->role;
    }
  g_error ("No paragraph starts with “%s”", start);
  return PX_PARAGRAPH_BODY;
}

static void
test_english_web_copy (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("en-ledger-bridge.txt");
  GPtrArray *authors = px_article_get_authors (article);

  g_assert_cmpstr (px_article_get_title (article), ==, "Old swing bridge to close for a year as repairs begin");
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-03-14");
  g_assert_cmpuint (authors->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, "Mira Holt");
  g_assert_cmpstr (g_ptr_array_index (authors, 1), ==, "Jonas Ek");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Harbour Ledger");
  g_assert_cmpint (px_article_get_outlet_source (article), ==, PX_SOURCE_TEXT);
  g_assert_cmpint (role_of (article, "Engineers inspect"), ==, PX_PARAGRAPH_CAPTION);
  g_assert_cmpint (role_of (article, "What happens to the ferry"), ==, PX_PARAGRAPH_HEADING);
  g_assert_cmpint (role_of (article, "The city's oldest"), ==, PX_PARAGRAPH_BODY);
  assert_text_has (article, "engineers advised against it");
  assert_text_lacks (article, "Member");
  assert_text_lacks (article, "Getty");
  assert_text_lacks (article, "Read more");
  assert_text_lacks (article, "Share this");
  assert_text_lacks (article, "newsletter");
  assert_text_lacks (article, "Ferry fares frozen");
  assert_text_lacks (article, "Engineers inspect");
}

static void
test_german (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("de-morgenblatt-wahl.txt");

  g_assert_cmpstr (px_article_get_title (article), ==, "Stadtrat beschließt neuen Haushalt nach langer Debatte");
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-03-14");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Karla Weiß");
  g_assert_cmpint (role_of (article, "Kritik der Opposition"), ==, PX_PARAGRAPH_HEADING);
  assert_text_has (article, "keine Mehrheit fand");
  assert_text_lacks (article, "Anzeige");
  assert_text_lacks (article, "Lesen Sie auch");
  assert_text_lacks (article, "Überblick");
  assert_text_lacks (article, "Politik");
}

static void
test_russian (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("ru-vestnik-most.txt");

  g_assert_cmpstr (px_article_get_title (article), ==, "Власти города закрыли старый мост на ремонт");
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-03-14");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Ирина Петрова");
  assert_text_has (article, "не более двадцати минут");
  assert_text_lacks (article, "Читайте также");
  assert_text_lacks (article, "ТАСС");
  assert_text_lacks (article, "Перевозчик");
}

static void
test_french_hard_wrapped_crlf (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("fr-quotidien-greve.txt");
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  g_assert_cmpstr (px_article_get_title (article), ==, "Le port suspend ses activités après une grève des dockers");
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-03-14");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Claire Dubois");
  /* Three paragraphs, each joined from its wrapped lines. */
  g_assert_cmpuint (paragraphs->len, ==, 3);
  assert_text_has (article, "contre la réforme des horaires, bloquant");
  assert_text_lacks (article, "\r");
  assert_text_lacks (article, "Lire aussi");
  assert_text_lacks (article, "Partager");
  assert_text_lacks (article, "prime exceptionnelle");
}

static void
test_markdown (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("es-diario-incendio.md");

  g_assert_cmpstr (px_article_get_title (article), ==, "Un incendio obliga a desalojar tres edificios en el centro");
  g_assert_cmpstr (px_article_get_date (article), ==, "2023-03-14");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://www.diariodelsur.example/sucesos/incendio-centro");
  g_assert_cmpint (role_of (article, "Qué dijeron"), ==, PX_PARAGRAPH_HEADING);
  g_assert_cmpint (role_of (article, "Olimos el humo"), ==, PX_PARAGRAPH_QUOTE);
  g_assert_cmpint (role_of (article, "alojamiento provisional"), ==, PX_PARAGRAPH_LIST);
  assert_text_has (article, "Nadie resultó herido, según el servicio de emergencias.");
  assert_text_lacks (article, "](");
  assert_text_lacks (article, "**");
  assert_text_lacks (article, "Humo sobre");
  assert_text_lacks (article, "instalaciones eléctricas");
}

static void
test_title_repeats_and_site_name (void)
{
  const char *text =
    "RNA - Riverside News Agency\n\n"
    "ferry strike ends after two days\n"
    "Ferry Strike Ends After Two Days\n\n"
    "Author: Ana Ruiz\n\n"
    "Image source: riverside.example\n\n"
    "The ferry crews returned to work on Thursday after the operator agreed to review the new rota, ending a strike that had stranded hundreds of commuters.\n\n"
    "The union said the agreement was a first step and that talks would continue next week.\n";
  g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "a.txt", NULL);

  g_assert_cmpstr (px_article_get_title (article), ==, "Ferry Strike Ends After Two Days");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Riverside News Agency");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Ana Ruiz");
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 2);
  assert_text_lacks (article, "riverside.example");
}

static void
test_source_line_and_prose_byline (void)
{
  const char *text =
    "Ministers agree on grain corridor\n\n"
    "By the end of the week, the ministers had agreed to reopen the corridor for grain shipments, officials said.\n\n"
    "The agreement still needs the approval of both parliaments, which meet later this month.\n\n"
    "source: valleypost.example with wire.example\n";
  g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "b.txt", NULL);

  g_assert_cmpstr (px_article_get_outlet (article), ==, "valleypost.example");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 0);
  assert_text_has (article, "By the end of the week");
  assert_text_lacks (article, "source:");
}

/* A banner with a tagline, a menu, a kicker and a dek over the headline; a
 * related-stories box inside the body and another after it. */
static void
test_banner_and_related_box (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("en-valley-post-box.txt");

  g_assert_cmpstr (px_article_get_title (article), ==,
                   "Reservoir levels fall to lowest point in a decade as dry spell continues");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Valley Post");
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-08-21");
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Lena Marsh");
  assert_text_has (article, "Water company asks households");
  assert_text_has (article, "The main reservoir serving");
  /* The box inside the body goes; the article goes on after it. */
  assert_text_lacks (article, "Hosepipe ban ruled out");
  assert_text_has (article, "The company asked households");
  assert_text_has (article, "Local farmers said");
  /* The box after the body ends the article, excerpt and all. */
  assert_text_lacks (article, "River festival");
  assert_text_lacks (article, "The organisers said");
  assert_text_lacks (article, "Politics");
  assert_text_lacks (article, "news from the upper valley");
  assert_text_lacks (article, "Environment");
}

/* A ticker and a menu over the title, the author's name alone beside the
 * date, a wire agency as the source and the outlet in the footer. */
static void
test_ticker_lone_author_footer (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("tr-haber-vadisi.txt");

  g_assert_cmpstr (px_article_get_title (article), ==,
                   "Limanda yeni rıhtım hizmete açıldı, gemi trafiği iki katına çıkacak");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Haber Vadisi");
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-05-12");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Elif Kaya");
  assert_text_has (article, "Yaklaşık 400 milyon liraya");
  assert_text_has (article, "Törende konuşan liman müdürü");
  assert_text_lacks (article, "DOLAR");
  assert_text_lacks (article, "Paylaş");
  assert_text_lacks (article, "Kaynak");
  assert_text_lacks (article, "Akaryakıt");
}

/* "Source: Name" names the outlet, unless the name is a wire agency's;
 * "Name avec AFP" names it too. */
static void
test_source_names (void)
{
  static const struct { const char *text; const char *outlet; } cases[] = {
    { "Harbour talks stall again\n\nSource: Reuters\n\n"
      "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n", NULL },
    { "Harbour talks stall again\n\nSource: Coast Herald\n\n"
      "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n",
      "Coast Herald" },
    { "Coast Herald\n\nHarbour talks stall again\n\nSource: coastherald.example\n\n"
      "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n\n"
      "Foto: Uli Deck / dpa\n\nThe union will meet again next week to decide on further action at the port.\n",
      "Coast Herald" },
    { "Les négociations du port échouent\n\nLe Courrier du Port avec AFP\n\n"
      "Les négociations entre l'autorité portuaire et les dockers ont de nouveau échoué mardi, selon la direction.\n",
      "Le Courrier du Port" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxArticle) article = px_plaintext_extract (cases[i].text, strlen (cases[i].text), "s.txt", NULL);

      g_assert_cmpstr (px_article_get_outlet (article), ==, cases[i].outlet);
      assert_text_lacks (article, "Source");
      assert_text_lacks (article, "AFP");
    }
}

/* A name over a job title, a dek, a sign-up box inside the body. */
static void
test_role_line_and_signup_box (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("en-glacier-newsletter-box.txt");

  g_assert_cmpstr (px_article_get_title (article), ==, "Glacier retreat doubles in a decade, survey finds");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "The Northern Ledger");
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-06-04");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Mira Holt");
  assert_text_has (article, "Researchers say the ice lost");
  assert_text_has (article, "Two small glaciers have disappeared altogether.");
  assert_text_has (article, "We expected acceleration");
  assert_text_lacks (article, "correspondent");
  assert_text_lacks (article, "Down to Earth");
  assert_text_lacks (article, "newsletter");
  assert_text_lacks (article, "most important stories");
  assert_text_lacks (article, "Advertisement");
  assert_text_lacks (article, "Ferry fares");
}

/* A headline that ends like a sentence, known by the byline under it. */
static void
test_sentence_headline (void)
{
  const char *text =
    "Ferry fares to double from April, the operator confirms.\n\n"
    "By Mira Holt\n2 March 2024\n\n"
    "Return fares on the island ferry will almost double from April, the operator confirmed on Monday.\n\n"
    "The operator said the rise was needed to pay for a new vessel.\n";
  const char *plain =
    "Return fares on the island ferry will almost double from April, the operator confirmed on Monday.\n\n"
    "The operator said the rise was needed to pay for a new vessel.\n";
  g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "h.txt", NULL);
  g_autoptr(PxArticle) body_only = px_plaintext_extract (plain, strlen (plain), "p.txt", NULL);

  g_assert_cmpstr (px_article_get_title (article), ==, "Ferry fares to double from April, the operator confirms.");
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-03-02");
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 2);
  g_assert_null (px_article_get_title (body_only));
  g_assert_cmpuint (px_article_get_paragraphs (body_only)->len, ==, 2);
}

/* Comments without a heading: "Name says:" over a date. */
static void
test_comments_without_heading (void)
{
  g_autoptr(PxArticle) article = extract_fixture ("en-library-comments.txt");

  assert_text_has (article, "consider a legal challenge");
  assert_text_lacks (article, "says:");
  assert_text_lacks (article, "disgrace");
  assert_text_lacks (article, "Reply");
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 3);

  {
    /* Long comments after the heading are prose, but never the article's. */
    const char *text =
      "Library closure plan approved after heated meeting\n\n"
      "The council approved the plan to close two branch libraries on Tuesday after a three-hour meeting in "
      "which dozens of residents spoke against it, and campaigners said they would consider a challenge.\n\n"
      "Comments (2)\n\n"
      "This is a disgrace. The council never listens to the villages and we will all remember this at the next "
      "election, whatever the leader says about the budget and the state of the old buildings.\n\n"
      "The building was falling apart anyway, and the new library will be better for everyone in town, with "
      "longer opening hours and a proper children's room, so I do not understand the fuss at all.\n";
    g_autoptr(PxArticle) thread = px_plaintext_extract (text, strlen (text), "t.txt", NULL);

    assert_text_lacks (thread, "disgrace");
    assert_text_lacks (thread, "falling apart");
  }
}

/* A web clipper's header: "Title:", "URL Source:", "Published Time:". */
static void
test_clipper_header (void)
{
  const char *text =
    "Title: Ferry fares double on the island route\n"
    "URL Source: https://coastherald.example/news/ferry-fares\n"
    "Published Time: 2024-03-02T09:00:00Z\n\n"
    "Markdown Content:\n"
    "Return fares on the island ferry will almost double from April, the operator confirmed on Monday.\n\n"
    "The operator said the rise was needed to pay for a new vessel.\n";
  g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "j.md", NULL);

  g_assert_cmpstr (px_article_get_title (article), ==, "Ferry fares double on the island route");
  g_assert_cmpstr (px_article_get_url (article), ==, "https://coastherald.example/news/ferry-fares");
  g_assert_cmpstr (px_article_get_date (article), ==, "2024-03-02");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "coastherald.example");
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 2);
  assert_text_lacks (article, "Markdown");
}

/* The author's line about herself under the text goes; a last paragraph
 * quoting her stays. */
static void
test_author_bio (void)
{
  const char *bio =
    "Harbour talks stall again as union rejects offer\n\nBy Mira Holt\n\n"
    "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n\n"
    "The union said it would meet again next week to decide on further action.\n\n"
    "The port handles a third of the region's exports.\n\n"
    "Mira Holt covers business and the port for the Courier.\n";
  const char *quote =
    "Harbour talks stall again as union rejects offer\n\nBy Mira Holt\n\n"
    "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n\n"
    "The union said it would meet again next week to decide on further action.\n\n"
    "The port handles a third of the region's exports.\n\n"
    "Mira Holt said the port had not answered her questions by Tuesday evening.\n";
  g_autoptr(PxArticle) a = px_plaintext_extract (bio, strlen (bio), "a.txt", NULL);
  g_autoptr(PxArticle) b = px_plaintext_extract (quote, strlen (quote), "b.txt", NULL);

  assert_text_lacks (a, "covers business");
  assert_text_has (a, "a third of the region");
  assert_text_has (b, "had not answered her questions");
}

/* A one-word masthead counts when the page names it again; a site's line
 * about itself names it and is no part of the article. */
static void
test_masthead_and_self_description (void)
{
  const char *text =
    "Meridiana\n"
    "Harbour talks stall again as union rejects latest pay offer\n"
    "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n"
    "The union said it would meet again next week to decide on further action at the port.\n"
    "Meridiana is funded by its readers.\n";
  const char *lone =
    "Politics\n"
    "Harbour talks stall again as union rejects latest pay offer\n"
    "Talks between the port authority and the dockers' union stalled again on Tuesday, officials said.\n";
  g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "m.txt", NULL);
  g_autoptr(PxArticle) other = px_plaintext_extract (lone, strlen (lone), "p.txt", NULL);

  g_assert_cmpstr (px_article_get_outlet (article), ==, "Meridiana");
  assert_text_lacks (article, "funded by");
  assert_text_has (article, "The union said");
  g_assert_null (px_article_get_outlet (other));

  {
    /* "Name - Tagline" with a capital, but not "Topic - Headline". */
    const char *banner =
      "Harbour Ledger - Local News Since 1887\n\n"
      "Council votes to close two branch libraries\n\n"
      "The council voted on Tuesday night to close the libraries in Westhaven and Millbrook.\n";
    const char *topic =
      "Brexit - What Happens Next For The Fishing Fleet\n\n"
      "Fishing crews say they still do not know what happens next for the fleet after the Brexit talks stalled.\n";
    g_autoptr(PxArticle) a = px_plaintext_extract (banner, strlen (banner), "b.txt", NULL);
    g_autoptr(PxArticle) b = px_plaintext_extract (topic, strlen (topic), "t.txt", NULL);

    g_assert_cmpstr (px_article_get_outlet (a), ==, "Harbour Ledger");
    g_assert_cmpstr (px_article_get_title (a), ==, "Council votes to close two branch libraries");
    g_assert_null (px_article_get_outlet (b));
    g_assert_cmpstr (px_article_get_title (b), ==, "Brexit - What Happens Next For The Fishing Fleet");
  }

  {
    /* Footers, follow prompts and the tab's title name the outlet; a
     * footer under a short last paragraph does not make it a caption. */
    static const char * const tails[] = {
      "\n\u00a9 Coast Herald. All rights reserved.\n", "\nFollow Coast Herald on Telegram\n",
      "\nDownload the Coast Herald app\n", "\n\u00a9 2024 Coast Herald\n",
    };

    for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
      {
        g_autofree char *page = g_strconcat ("Harbour talks stall again as union rejects offer\n\n"
                                             "Talks between the port authority and the dockers' union stalled "
                                             "again on Tuesday, officials said.\n\n"
                                             "The union will meet again next week.\n", tails[i], NULL);
        g_autoptr(PxArticle) c = px_plaintext_extract (page, strlen (page), "c.txt", NULL);

        g_assert_cmpstr (px_article_get_outlet (c), ==, "Coast Herald");
        assert_text_has (c, "The union will meet again next week.");
        assert_text_lacks (c, "Coast Herald");
      }
  }
}

/* Bylines as pages print them: dates after the names, capitals, agencies
 * and desks that are no person. */
static void
test_byline_forms (void)
{
  static const struct { const char *line; const char *first; const char *second; const char *date; } cases[] = {
    { "Written by Mira Holt on 3 March 2024", "Mira Holt", NULL, "2024-03-03" },
    { "Von Anna Weiß am 3. März 2024", "Anna Weiß", NULL, "2024-03-03" },
    { "By Mira Holt October 2, 2018", "Mira Holt", NULL, "2018-10-02" },
    { "By Anna May, June 3, 2024", "Anna May", NULL, "2024-06-03" },
    { "BY MIRA HOLT AND JONAS EK", "Mira Holt", "Jonas Ek", NULL },
    { "By John Smith, Reuters", "John Smith", NULL, NULL },
    { "By Mira Holt and Jonas Ek, Associated Press", "Mira Holt", "Jonas Ek", NULL },
    { "Mira Holt | 2 October 2018", "Mira Holt", NULL, "2018-10-02" },
    { "Jane Doe, Local Democracy Reporter", "Jane Doe", NULL, NULL },
    { "By Reuters Staff", NULL, NULL, NULL },
    { "By Mira Holt and Jonas Ek in Kyiv", "Mira Holt", "Jonas Ek", NULL },
    { "Par Jean Dupont (à Kiev)", "Jean Dupont", NULL, NULL },
    { "Автор: Олена Бойко, Київ", "Олена Бойко", NULL, NULL },
    { "Text: Mira Holt, Fotos: Jonas Ek", "Mira Holt", NULL, NULL },
    { "Reporting by Mira Holt", "Mira Holt", NULL, NULL },
    { "Por Ana de la Fuente y Juan da Silva", "Ana de la Fuente", "Juan da Silva", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Harbour talks stall again as union rejects offer\n\n%s\n\n"
                                               "Talks between the port authority and the dockers' union stalled "
                                               "again on Tuesday, officials said.\n\n"
                                               "The union said it would meet again next week.\n", cases[i].line);
      g_autoptr(PxArticle) article = px_plaintext_extract (text, strlen (text), "b.txt", NULL);
      GPtrArray *authors = px_article_get_authors (article);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpuint (authors->len, ==, (cases[i].first != NULL) + (cases[i].second != NULL));
      if (cases[i].first != NULL)
        g_assert_cmpstr (g_ptr_array_index (authors, 0), ==, cases[i].first);
      if (cases[i].second != NULL)
        g_assert_cmpstr (g_ptr_array_index (authors, 1), ==, cases[i].second);
      g_assert_cmpstr (px_article_get_date (article), ==, cases[i].date);
      g_assert_cmpstr (px_article_get_title (article), ==, "Harbour talks stall again as union rejects offer");
      assert_text_lacks (article, cases[i].line);
    }
}

static void
test_empty_and_odd_input (void)
{
  const char *inputs[] = { "", "\n\n\n", "\r\r\r", "----\n====", "Just a title", "x\0y" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(PxArticle) article = px_plaintext_extract (inputs[i], i == 5 ? 3 : strlen (inputs[i]), "c.txt", NULL);

      g_assert_nonnull (article);
      g_assert_cmpint (px_article_get_format (article), ==, PX_FORMAT_TEXT);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/plaintext/english", test_english_web_copy);
  g_test_add_func ("/parallax/plaintext/german", test_german);
  g_test_add_func ("/parallax/plaintext/russian", test_russian);
  g_test_add_func ("/parallax/plaintext/french-wrapped", test_french_hard_wrapped_crlf);
  g_test_add_func ("/parallax/plaintext/markdown", test_markdown);
  g_test_add_func ("/parallax/plaintext/title-repeats", test_title_repeats_and_site_name);
  g_test_add_func ("/parallax/plaintext/source-line", test_source_line_and_prose_byline);
  g_test_add_func ("/parallax/plaintext/banner-related-box", test_banner_and_related_box);
  g_test_add_func ("/parallax/plaintext/ticker-lone-author", test_ticker_lone_author_footer);
  g_test_add_func ("/parallax/plaintext/source-names", test_source_names);
  g_test_add_func ("/parallax/plaintext/bylines", test_byline_forms);
  g_test_add_func ("/parallax/plaintext/masthead", test_masthead_and_self_description);
  g_test_add_func ("/parallax/plaintext/role-signup", test_role_line_and_signup_box);
  g_test_add_func ("/parallax/plaintext/author-bio", test_author_bio);
  g_test_add_func ("/parallax/plaintext/clipper", test_clipper_header);
  g_test_add_func ("/parallax/plaintext/sentence-headline", test_sentence_headline);
  g_test_add_func ("/parallax/plaintext/comments", test_comments_without_heading);
  g_test_add_func ("/parallax/plaintext/odd-input", test_empty_and_odd_input);
  return g_test_run ();
}
