/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-date.h"

static void
test_parse_forms (void)
{
  static const struct { const char *text; const char *date; } cases[] = {
    { "2018-10-02", "2018-10-02" },
    { "Tue, 04 Jun 2024 10:00:00 +0000", "2024-06-04" },
    { "Mon, 4 Jun 2024 10:00:00 GMT", "2024-06-04" },
    { "Tue, 04 Jun 24 10:00:00 +0000", "2024-06-04" },
    { "Sat, 31 Dec 99 23:59:59 GMT", "1999-12-31" },
    { "06 March 2024", "2024-03-06" },
    { "Pubblicato: 06 Novembre 2024", "2024-11-06" },
    { "Giriş: 06.02.2024 - 11:30", "2024-02-06" },
    { "12 مارس 2024", "2024-03-12" },
    { "Stand: 10:02 Uhr, 2. Oktober 2018", "2018-10-02" },
    { "2018-10-02T23:30:00+04:00", "2018-10-02" },
    { "Tue, 02 Oct 2018 10:00:00 +0000", "2018-10-02" },
    { "2 October 2018", "2018-10-02" },
    { "October 2, 2018", "2018-10-02" },
    { "Oct. 2, 2018", "2018-10-02" },
    { "October 2nd, 2018 at 10:30 am", "2018-10-02" },
    { "the 2nd of October 2018", "2018-10-02" },
    { "02.10.2018", "2018-10-02" },
    { "2018/10/02", "2018-10-02" },
    { "10/22/2018", "2018-10-22" },
    { "Updated: Tuesday, 14 March 2023 09:12 GMT", "2023-03-14" },
    { "Published on 10:30 October 2, 2018", "2018-10-02" },
    { "14. März 2023, 18:40 Uhr", "2023-03-14" },
    { "Mis à jour le 14 mars 2023 à 08h30", "2023-03-14" },
    { "14 de marzo de 2023", "2023-03-14" },
    { "14 marzo 2023", "2023-03-14" },
    { "14 de março de 2023", "2023-03-14" },
    { "14 maart 2023", "2023-03-14" },
    { "14 marca 2023", "2023-03-14" },
    { "14 Mart 2023 Salı", "2023-03-14" },
    { "2 октября 2018 г.", "2018-10-02" },
    { "2 жовтня 2018 року", "2018-10-02" },
    { "TBILISI, 2 October 2018", "2018-10-02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = px_date_parse (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

static void
test_parse_rejects (void)
{
  static const char * const texts[] = {
    "", "on 28 September", "31 February 2018", "The meeting took 2 hours in May.",
    "12:30 2018", "He said it may 2 be so", "Room 2018 October",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *date = px_date_parse (texts[i]);

      g_test_message ("%s", texts[i]);
      g_assert_null (date);
    }
  g_assert_null (px_date_parse (NULL));
}

static void
test_dateline (void)
{
  g_assert_true (px_date_line_is_date ("2 October 2018"));
  g_assert_true (px_date_line_is_date ("Updated: Tuesday, 14 March 2023 09:12 GMT"));
  g_assert_true (px_date_line_is_date ("Published on October 2, 2018"));
  g_assert_true (px_date_line_is_date ("TBILISI, 2 October 2018"));
  g_assert_true (px_date_line_is_date ("14 марта 2023 г., 10:15"));
  g_assert_true (px_date_line_is_date ("Mis à jour le 14 mars 2023 à 08h30"));
  g_assert_false (px_date_line_is_date ("The leaders last met on 2 October 2018 in the Tajik capital."));
  g_assert_false (px_date_line_is_date ("Pashinyan and Aliyev vow to reduce tensions"));
  g_assert_false (px_date_line_is_date (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/date/forms", test_parse_forms);
  g_test_add_func ("/parallax/date/rejects", test_parse_rejects);
  g_test_add_func ("/parallax/date/dateline", test_dateline);
  return g_test_run ();
}
