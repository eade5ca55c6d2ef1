/* test-furniture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-furniture.h"

static void
test_lines_to_drop (void)
{
  static const char * const lines[] = {
    "Become a Ledger Member", "Support independent journalism in the valley: Join today",
    "Become a member", "Interested in helping the Ledger? Consider becoming a member.",
    "Skip to content", "Share this", "SHARE THIS ARTICLE", "Advertisement",
    "Read more: Council approves new ferry timetable",
    "[Read on the Ledger: Analysis | Why the bridge matters]", "See also: the ferry timetable",
    "source site-12", "Click here to subscribe", "Sign up for our free daily newsletter",
    "We use cookies to improve your experience.", "Your email address will not be published.",
    "Anzeige", "Lesen Sie auch: Bibliotheken verlängern ihre Öffnungszeiten",
    "Lire aussi : La réforme des horaires divise les syndicats", "Partager", "Publicidad",
    "Читайте также: Паромы будут ходить чаще", "Реклама", "Leggi anche: il nuovo orario",
    "Support small, independent media outlets in the region via our collective fundraiser.",
    /* menus, breadcrumbs and share bars */
    "Home | News | Community | Opinion | Events | Donate", "Startseite › Politik › Inland",
    "News • Sport • Weather • Culture", "Anasayfa / Gündem",
    "Share this article: Facebook | X | Email", "Facebook X Email", "Paylaş Facebook Twitter WhatsApp",
    "Поделиться: ВКонтакте Одноклассники Telegram",
    /* reading time, audio, wire trailers, typo prompts */
    "Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l'utilizzo dei cookie.",
    "Diese Webseite verwendet Cookies.", "Этот сайт использует файлы cookie.",
    "Lecture 2 min.", "5 min read", "Lesezeit: 4 Minuten", "Artikel anhören (3 Minuten)",
    "Reporting by Mira Holt; Editing by Jonas Ek", "Zobacz również: Jak otrzymać pomoc?",
    "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_cmpint (px_furniture_classify (lines[i]), ==, PX_FURNITURE_LINE);
    }
}

static void
test_credits (void)
{
  static const char * const lines[] = {
    "Photo: Ana Ruiz/Getty Images", "(Photo: via REUTERS)", "Image source: cityhall.example (2021)",
    "photo: Ministers pose before the summit (picture courtesy of the City Press Office)",
    "© Ana Ruiz", "Foto: dpa", "Фото: ТАСС", "Crédit photo : AFP", "Getty Images",
    "Photo credit: Jonas Ek",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_cmpint (px_furniture_classify (lines[i]), ==, PX_FURNITURE_CREDIT);
    }
}

static void
test_end_markers (void)
{
  static const char * const lines[] = {
    "Related articles", "Related Articles", "RELATED STORIES", "Read next", "More from",
    "Most popular", "Popular", "Editor's choice", "Editor’s Choice", "Leave a Reply",
    "Comments (12)", "You may also like", "Recommended", "Mehr zum Thema", "Sur le même sujet",
    "Noticias relacionadas", "Articoli correlati", "Похожие новости", "İlgili haberler",
    "— Related —", "12 comments", "3 thoughts on “Island ferry fares to double”",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_cmpint (px_furniture_classify (lines[i]), ==, PX_FURNITURE_END);
    }
}

static void
test_menus_need_short_items (void)
{
  /* Table rows, headlines with one separator, and datelines are not menus. */
  static const char * const kept[] = {
    "| Party | Seats | Change |", "Ferry strike ends | Island Voice",
    "3 апреля 2024, 11:45 | Просмотров: 3107 | Комментарии (12)",
    "Talks resume. The union says it wants a deal | a fair one | soon",
    "Share prices fell in Tokyo and Seoul on Monday.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_test_message ("%s", kept[i]);
      g_assert_cmpint (px_furniture_classify (kept[i]), ==, PX_FURNITURE_NONE);
    }
}

/* Prose that mentions members, photos, sharing or reading is not furniture. */
static void
test_prose_is_not_furniture (void)
{
  static const char * const lines[] = {
    "He became a member of parliament in 2010 and later led the transport committee.",
    "The photo showed soldiers standing beside the damaged bridge.",
    "Photographs taken by residents were shared widely on social media.",
    "Members of the union voted to join the strike on Monday.",
    "The newsletter, published by the ministry, listed the new tariffs.",
    "Comments made by the minister drew criticism from the opposition.",
    "Three comments made by the minister drew criticism.", "12 comments were removed by moderators.",
    "Related talks are expected to resume next week in Geneva.",
    "The committee said it would read the report before the vote.",
    "Die Mitglieder des Rates stimmten dem Haushalt zu.",
    "Les membres du syndicat ont voté la grève lundi.",
    "Hopes too high?",
    "What happens to the ferry",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_cmpint (px_furniture_classify (lines[i]), ==, PX_FURNITURE_NONE);
    }
  g_assert_cmpint (px_furniture_classify (NULL), ==, PX_FURNITURE_NONE);
}

static void
test_normalize (void)
{
  g_autofree char *a = px_furniture_normalize ("  • Related Articles:  ");
  g_autofree char *b = px_furniture_normalize ("Editor’s  Choice »");
  g_autofree char *c = px_furniture_normalize ("[Comments (3)]");

  g_assert_cmpstr (a, ==, "related articles");
  g_assert_cmpstr (b, ==, "editor's choice");
  g_assert_cmpstr (c, ==, "comments");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/furniture/lines", test_lines_to_drop);
  g_test_add_func ("/parallax/furniture/credits", test_credits);
  g_test_add_func ("/parallax/furniture/end-markers", test_end_markers);
  g_test_add_func ("/parallax/furniture/prose", test_prose_is_not_furniture);
  g_test_add_func ("/parallax/furniture/not-menus", test_menus_need_short_items);
  g_test_add_func ("/parallax/furniture/normalize", test_normalize);
  return g_test_run ();
}
