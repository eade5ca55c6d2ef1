/* test-outlet.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-outlet.h"

static void
test_from_url (void)
{
  static const struct { const char *url; const char *outlet; } cases[] = {
    { "https://www.commonspace.eu/news/talks", "commonspace.eu" },
    { "https://m.example-news.org/a/b", "example-news.org" },
    { "https://amp.harbourledger.example/story", "harbourledger.example" },
    { "https://news.harbour.co.uk/world/1", "harbour.co.uk" },
    { "https://edition.cnn.com/2023/10/02/europe/x", "CNN" },
    { "https://www.bbc.co.uk/news/world-1", "BBC" },
    { "https://oc-media.org/a", "OC Media" },
    { "http://192.0.2.7/page", "192.0.2.7" },
    { "commonspace.eu/news/x", "commonspace.eu" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *outlet = px_outlet_from_url (cases[i].url);

      g_test_message ("%s", cases[i].url);
      g_assert_cmpstr (outlet, ==, cases[i].outlet);
    }
  g_assert_null (px_outlet_from_url (NULL));
  g_assert_null (px_outlet_from_url (""));
  g_assert_null (px_outlet_from_url ("not a url"));
  g_assert_null (px_outlet_from_url ("file:///home/a.html"));
}

static void
test_from_folder (void)
{
  static const struct { const char *folder; const char *outlet; } cases[] = {
    { "Harbour Ledger", "Harbour Ledger" },
    { "harbour_ledger", "harbour ledger" },
    { "oc-media", "OC Media" },
    { "oc-media.org", "OC Media" },
    { "commonspace.eu", "commonspace.eu" },
    { "the_guardian", "The Guardian" },
  };
  static const char * const generic[] = {
    "articles", "Saved", "2023", "news", "Downloads", "seeds", "2023-10-02", "oct-2023",
    "Oktober 2023", ".hidden", "", "New Folder",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *outlet = px_outlet_from_folder (cases[i].folder);

      g_test_message ("%s", cases[i].folder);
      g_assert_cmpstr (outlet, ==, cases[i].outlet);
    }
  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    {
      g_autofree char *outlet = px_outlet_from_folder (generic[i]);

      g_test_message ("%s", generic[i]);
      g_assert_null (outlet);
    }
  g_assert_null (px_outlet_from_folder (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/outlet/url", test_from_url);
  g_test_add_func ("/parallax/outlet/folder", test_from_folder);
  return g_test_run ();
}
