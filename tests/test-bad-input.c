/* test-bad-input.c — every bad input from the Foundation issue, built at test
 * time next to a good article: the good one must still load, the bad one
 * must get a reason a person understands (or load correctly, where it can).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parallax.h"
#include "px-quotes.h"
#include "px-sentences.h"
#include "px-test-util.h"

#define GOOD_NAME "good.html"
#define GOOD_TITLE "Harbour wall repairs finished ahead of storms"
#define GOOD_HTML \
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" GOOD_TITLE "</title></head><body>" \
  "<article><h1>" GOOD_TITLE "</h1>" \
  "<p>Workers finished repairing the harbour wall on Thursday, a week before the winter storms are due.</p>" \
  "<p>The council said the work cost less than planned because the old stones could be reused.</p>" \
  "</article></body></html>\n"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;

  fixture->dir = g_dir_make_tmp ("px-bad-input-XXXXXX", &error);
  g_assert_no_error (error);
  good = g_build_filename (fixture->dir, GOOD_NAME, NULL);
  g_file_set_contents (good, GOOD_HTML, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  px_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_bytes (Fixture    *fixture,
             const char *name,
             const char *bytes,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);
  return path;
}

static PxArticle *
find_article (PxLoadResult *result,
              const char   *path)
{
  for (guint i = 0; i < result->articles->len; i++)
    if (g_strcmp0 (px_article_get_path (g_ptr_array_index (result->articles, i)), path) == 0)
      return g_ptr_array_index (result->articles, i);
  g_error ("No article was loaded from %s", path);
}

/* Loads the fixture folder and checks the good article came through. */
static PxLoadResult *
load_folder (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (fixture->dir, GOOD_NAME, NULL);
  const char *paths[] = { fixture->dir, NULL };
  PxLoadResult *result = px_load_paths_sync (paths, NULL, &error);
  PxArticle *article;

  g_assert_no_error (error);
  g_assert_nonnull (result);
  article = find_article (result, good);
  g_assert_cmpstr (px_article_get_title (article), ==, GOOD_TITLE);
  return result;
}

/* The one failure must be @path's, with a reason that says @words. */
static void
assert_failed_because (PxLoadResult *result,
                       const char   *path,
                       const char   *words)
{
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);

      if (g_strcmp0 (problem->path, path) != 0)
        continue;
      g_test_message ("%s: %s", path, problem->reason);
      if (strstr (problem->reason, words) == NULL)
        g_error ("The reason for %s, “%s”, does not say “%s”", path, problem->reason, words);
      g_assert_cmpuint (result->failures->len, ==, 1);
      g_assert_cmpuint (result->articles->len, ==, 1);
      return;
    }
  g_error ("%s did not fail", path);
}

static void
assert_loaded_alongside (PxLoadResult *result)
{
  g_assert_cmpuint (result->failures->len, ==, 0);
  g_assert_cmpuint (result->articles->len, ==, 2);
}

static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *empty = write_bytes (fixture, "empty.html", "", 0);
  g_autofree char *blank = write_bytes (fixture, "blank.txt", "\n\n   \n\t\n", -1);
  g_autoptr(PxLoadResult) result = NULL;

  g_unlink (blank);
  result = load_folder (fixture);
  assert_failed_because (result, empty, "empty");
  g_clear_pointer (&result, px_load_result_free);

  g_unlink (empty);
  g_free (write_bytes (fixture, "blank.txt", "\n\n   \n\t\n", -1));
  result = load_folder (fixture);
  assert_failed_because (result, blank, "empty");
}

static void
test_binary_files (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct { const char *name; const char *bytes; gsize length; const char *words; } cases[] = {
    /* Names that claim text: the content decides. */
    { "photo.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29, "PNG image" },
    { "report.txt", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", 50, "PDF document" },
    { "story", "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0", 24, "program" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_bytes (fixture, cases[i].name, cases[i].bytes, cases[i].length);
      g_autoptr(PxLoadResult) result = load_folder (fixture);

      assert_failed_because (result, path, cases[i].words);
      g_unlink (path);
    }
}

static void
test_huge_page (Fixture       *fixture,
                gconstpointer  data)
{
  GString *page = g_string_sized_new (51 * 1024 * 1024);
  g_autofree char *path = NULL;
  g_autoptr(PxLoadResult) result = NULL;
  g_autofree char *text = NULL;
  PxArticle *article;
  guint paragraphs = 0;

  g_string_append (page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The longest report</title>"
                         "</head><body><article><h1>The longest report</h1>\n");
  while (page->len < 50 * 1024 * 1024)
    g_string_append_printf (page, "<p>Paragraph %u of the inquiry's findings describes, at some length, "
                            "how the harbour authority kept its records and who signed them.</p>\n",
                            ++paragraphs);
  g_string_append (page, "<p>The final paragraph closes the report.</p></article></body></html>\n");
  path = write_bytes (fixture, "huge.html", page->str, page->len);
  g_string_free (page, TRUE);

  result = load_folder (fixture);
  assert_loaded_alongside (result);
  article = find_article (result, path);
  text = px_article_dup_text (article);
  g_assert_nonnull (strstr (text, "Paragraph 1 of the inquiry's findings"));
  g_assert_nonnull (strstr (text, "The final paragraph closes the report."));
  g_assert_cmpuint (px_article_count_words (article), >, 5000000);
}

/* A paragraph of half a megabyte with no sentence end in it (a pasted
 * table, a log): it is read as sentences of bounded length, and each quote
 * stays within its own, so the work and the memory stay in proportion to
 * the text rather than to its square. */
static void
test_run_on_text (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const words[] = {
    "the", "minister", "said", "Vale", "according", "to", "“", "”"
  };
  GString *run = g_string_new (NULL);
  const char *paragraphs[2] = { NULL, NULL };
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GPtrArray) quotes = NULL;
  guint32 state = 1;
  gsize quoted = 0;

  /* Words in no order, from a fixed sequence: cues and quotation marks
   * everywhere, and never a full stop. */
  while (run->len < 512 * 1024)
    {
      state = state * 1103515245u + 12345u;
      g_string_append_printf (run, "%s ", words[(state >> 16) % G_N_ELEMENTS (words)]);
    }
  paragraphs[0] = run->str;
  article = px_test_article_new ("run-on.txt", "Log", "A table pasted as text", paragraphs);

  sentences = px_sentences_from_article (article);
  g_assert_cmpuint (sentences->len, >, 100);
  for (guint i = 0; i < sentences->len; i++)
    g_assert_cmpuint (strlen (((PxSentence *) g_ptr_array_index (sentences, i))->text), <=, 4096);

  quotes = px_quotes_find_in_article (article);
  g_assert_cmpuint (quotes->len, >, 0);
  for (guint i = 0; i < quotes->len; i++)
    quoted += strlen (((PxQuote *) g_ptr_array_index (quotes, i))->text);
  g_test_message ("%u quotes, %" G_GSIZE_FORMAT " bytes quoted of %" G_GSIZE_FORMAT, quotes->len, quoted, run->len);
  g_assert_cmpuint (quoted, <, 2 * run->len);
  g_string_free (run, TRUE);
}

static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  GString *page = g_string_new ("<html><head><title>Nested all the way down</title></head><body>"
                                "<p>The opening paragraph sits above a hundred thousand nested tags.</p>");
  g_autofree char *path = NULL;
  g_autoptr(PxLoadResult) result = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (page, i % 2 ? "<div>" : "<span>");
  g_string_append (page, "<p>At the bottom.</p>");
  for (guint i = 100000; i > 0; i--)
    g_string_append (page, (i - 1) % 2 ? "</div>" : "</span>");
  g_string_append (page, "</body></html>\n");
  path = write_bytes (fixture, "deep.html", page->str, page->len);
  g_string_free (page, TRUE);

  result = load_folder (fixture);
  assert_loaded_alongside (result);
  text = px_article_dup_text (find_article (result, path));
  g_assert_nonnull (strstr (text, "The opening paragraph sits above a hundred thousand nested tags."));
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char page[] =
    "<html><head><title>Caf\xc3\xa9 owners \xe2\x80\x9cworried\xe2\x80\x9d</title></head><body>"
    "<p>Caf\xc3\xa9 owners on the quay said they were \xe2\x80\x9cworried\xe2\x80\x9d about the works.</p>"
    "<p>A damaged byte \xff\xfe sits here, and a cut sequence \xe2\x82 there.</p>"
    "<p>The rest of the page \xe2\x80\x94 all of it \xe2\x80\x94 reads as it should.</p>"
    "</body></html>";
  g_autofree char *path = write_bytes (fixture, "damaged.html", page, sizeof page - 1);
  g_autoptr(PxLoadResult) result = load_folder (fixture);
  g_autofree char *text = NULL;
  PxArticle *article;

  assert_loaded_alongside (result);
  article = find_article (result, path);
  text = px_article_dup_text (article);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (px_article_get_encoding (article), ==, "utf-8");
  g_assert_cmpstr (px_article_get_title (article), ==, "Café owners “worried”");
  g_assert_nonnull (strstr (text, "Café owners on the quay said they were “worried”"));
  g_assert_nonnull (strstr (text, "The rest of the page — all of it — reads as it should."));
}

static void
test_utf16_without_bom (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char page[] =
    "<html><head><title>Ferry timetable restored</title></head><body>"
    "<p>The winter timetable was restored on Monday after the council agreed to pay.</p></body></html>";
  static const char russian[] =
    "Паром снова ходит по расписанию\n\n"
    "Зимнее расписание восстановили в понедельник после того, как совет согласился платить.\n";
  gsize le_length = 0, be_length = 0;
  g_autofree char *le = g_convert (page, -1, "UTF-16LE", "UTF-8", NULL, &le_length, NULL);
  g_autofree char *be = g_convert (russian, -1, "UTF-16BE", "UTF-8", NULL, &be_length, NULL);
  g_autofree char *le_path = write_bytes (fixture, "ferry-le.html", le, le_length);
  g_autofree char *be_path = write_bytes (fixture, "parom-be.txt", be, be_length);
  g_autoptr(PxLoadResult) result = load_folder (fixture);
  g_autofree char *text = NULL;
  PxArticle *article;

  g_assert_cmpuint (result->failures->len, ==, 0);
  g_assert_cmpuint (result->articles->len, ==, 3);
  g_assert_cmpstr (px_article_get_title (find_article (result, le_path)), ==, "Ferry timetable restored");
  g_assert_cmpstr (px_article_get_encoding (find_article (result, le_path)), ==, "utf-16le");
  article = find_article (result, be_path);
  text = px_article_dup_text (article);
  g_assert_cmpstr (px_article_get_encoding (article), ==, "utf-16be");
  g_assert_nonnull (strstr (px_article_get_title (article), "Паром снова ходит по расписанию"));
  g_assert_nonnull (strstr (text, "после того, как совет согласился платить"));
}

static void
test_windows_1251 (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char article_text[] =
    "Переговоры о пароме завершились без соглашения\n\n"
    "Жители острова и представители перевозчика так и не договорились о новом расписании. "
    "По словам участников встречи, стороны готовы продолжить разговор на следующей неделе.\n\n"
    "«Мы не можем остаться без парома зимой», — сказала пенсионерка Анна Ралле.\n";
  g_autofree char *cp1251 = g_convert (article_text, -1, "WINDOWS-1251", "UTF-8", NULL, NULL, NULL);
  g_autofree char *path = write_bytes (fixture, "peregovory.txt", cp1251, -1);
  g_autoptr(PxLoadResult) result = load_folder (fixture);
  g_autofree char *text = NULL;
  PxArticle *article;

  assert_loaded_alongside (result);
  article = find_article (result, path);
  text = px_article_dup_text (article);
  g_assert_cmpstr (px_article_get_encoding (article), ==, "windows-1251");
  g_assert_nonnull (strstr (px_article_get_title (article), "Переговоры о пароме"));
  g_assert_nonnull (strstr (text, "«Мы не можем остаться без парома зимой», — сказала"));
}

/* Everything a load produced, as the CLI would print it. */
static char *
all_output (PxLoadResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < result->articles->len; i++)
    {
      g_autoptr(JsonNode) node = px_json_from_article (g_ptr_array_index (result->articles, i));
      g_autofree char *line = px_json_to_line (node);

      g_string_append (out, line);
    }
  for (guint i = 0; i < result->failures->len; i++)
    g_string_append (out, ((PxLoadProblem *) g_ptr_array_index (result->failures, i))->reason);
  for (guint i = 0; i < result->skipped->len; i++)
    g_string_append (out, ((PxLoadProblem *) g_ptr_array_index (result->skipped, i))->reason);
  return g_string_free (out, FALSE);
}

static void
test_external_entity (Fixture       *fixture,
                      gconstpointer  data)
{
  /* The referenced file lives outside the loaded folder. */
  g_autoptr(GError) error = NULL;
  g_autofree char *outside = g_dir_make_tmp ("px-secret-XXXXXX", &error);
  g_autofree char *secret = NULL;
  g_autofree char *feed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *output = NULL;
  g_autoptr(PxLoadResult) result = NULL;
  static const char token[] = "zq7-CONFIDENTIAL-41b9";

  g_assert_no_error (error);
  secret = g_build_filename (outside, "secret.txt", NULL);
  g_assert_true (g_file_set_contents (secret, token, -1, NULL));
  feed = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<!DOCTYPE rss [\n"
                          "  <!ENTITY secret SYSTEM \"file://%s\">\n"
                          "  <!ENTITY %% remote SYSTEM \"file://%s\">\n"
                          "  %%remote;\n"
                          "]>\n"
                          "<rss version=\"2.0\"><channel><title>Leaky Gazette &secret;</title>\n"
                          "<item><title>Harbour news &secret;</title>"
                          "<link>https://gazette.example/&secret;</link>"
                          "<description>Body text. &secret;</description></item>\n"
                          "</channel></rss>\n", secret, secret);
  path = write_bytes (fixture, "leaky.xml", feed, -1);

  result = load_folder (fixture);
  output = all_output (result);
  g_assert_null (strstr (output, "CONFIDENTIAL"));
  g_assert_null (strstr (output, "zq7"));
  /* Whatever the outcome, it is a stated one. */
  if (result->articles->len == 2)
    g_assert_cmpuint (result->failures->len, ==, 0);
  else
    assert_failed_because (result, path, "feed");

  g_unlink (secret);
  g_rmdir (outside);
}

static void
test_billion_laughs (Fixture       *fixture,
                     gconstpointer  data)
{
  GString *feed = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"ha\">\n");
  g_autofree char *path = NULL;
  g_autoptr(PxLoadResult) result = NULL;
  g_autofree char *output = NULL;

  for (guint level = 1; level <= 12; level++)
    {
      g_string_append_printf (feed, "<!ENTITY a%u \"", level);
      for (guint i = 0; i < 10; i++)
        g_string_append_printf (feed, "&a%u;", level - 1);
      g_string_append (feed, "\">\n");
    }
  g_string_append (feed, "]>\n<rss version=\"2.0\"><channel><title>&a12;</title>"
                         "<item><title>&a12;</title><description>&a12; &a12;</description></item>"
                         "</channel></rss>\n");
  path = write_bytes (fixture, "laughs.rss", feed->str, feed->len);
  g_string_free (feed, TRUE);

  result = load_folder (fixture);
  output = all_output (result);
  /* 10^12 "ha"s would be two terabytes: the output stays small. */
  g_assert_cmpuint (strlen (output), <, 100000);
  if (result->articles->len == 2)
    g_assert_cmpuint (result->failures->len, ==, 0);
  else
    assert_failed_because (result, path, "entit");
}

static void
test_symlink_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *a = g_build_filename (fixture->dir, "a.html", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b.html", NULL);
  g_autoptr(PxLoadResult) result = NULL;

  g_assert_cmpint (symlink (b, a), ==, 0);
  g_assert_cmpint (symlink (a, b), ==, 0);
  result = load_folder (fixture);
  g_assert_cmpuint (result->failures->len, ==, 2);
  g_assert_cmpuint (result->articles->len, ==, 1);
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);

      g_assert_true (g_str_equal (problem->path, a) || g_str_equal (problem->path, b));
      g_assert_nonnull (strstr (problem->reason, "loop"));
    }
}

/* Root reads a file of mode 000, so as root the test loads the folder in a
 * copy of this program that has given up root for the "nobody" account. */
#define NOBODY_ID 65534

static int
load_as_nobody (const char *dir,
                const char *path)
{
  g_autoptr(PxLoadResult) result = NULL;
  const char *paths[] = { dir, NULL };

  if (setgroups (0, NULL) != 0 || setgid (NOBODY_ID) != 0 || setuid (NOBODY_ID) != 0)
    return 3;
  result = px_load_paths_sync (paths, NULL, NULL);
  if (result == NULL)
    return 4;
  g_print ("articles=%u\n", result->articles->len);
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);

      if (g_strcmp0 (problem->path, path) == 0)
        g_print ("reason=%s\n", problem->reason);
    }
  return 0;
}

static void
test_unreadable_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_bytes (fixture, "locked.html", GOOD_HTML, -1);
  g_autoptr(PxLoadResult) result = NULL;

  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  if (geteuid () != 0)
    {
      result = load_folder (fixture);
      assert_failed_because (result, path, "permission");
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
      g_autofree char *out = NULL;
      int status = 0;

      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
      {
        const char *argv[] = { self, "--load-as-nobody", fixture->dir, path, NULL };

        g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
      }
      g_assert_no_error (error);
      g_test_message ("as nobody: %s", out);
      if (WIFEXITED (status) && WEXITSTATUS (status) == 3)
        {
          g_test_skip ("Running as root and could not switch to the nobody account");
          return;
        }
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "articles=1\n"));
      g_assert_nonnull (strstr (out, "reason="));
      g_assert_nonnull (strstr (out, "permission"));
    }
}

static void
test_unopenable_link (Fixture       *fixture,
                      gconstpointer  data)
{
  /* A file the process cannot open even as root: a link to nothing. */
  g_autofree char *target = g_build_filename (fixture->dir, "moved-away.html", NULL);
  g_autofree char *link = g_build_filename (fixture->dir, "bookmark.html", NULL);
  g_autoptr(PxLoadResult) result = NULL;

  g_assert_cmpint (symlink (target, link), ==, 0);
  result = load_folder (fixture);
  assert_failed_because (result, link, "does not exist");
}

static void
test_ten_thousand_files (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *many = g_build_filename (fixture->dir, "many", NULL);
  g_autoptr(PxLoadResult) result = NULL;
  GHashTable *titles = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpint (g_mkdir (many, 0700), ==, 0);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("%05u.txt", i);
      g_autofree char *file = g_build_filename (many, name, NULL);
      g_autofree char *text = g_strdup_printf ("Notice number %u\n\nThe harbour office published notice %u today.\n", i, i);

      g_assert_true (g_file_set_contents (file, text, -1, NULL));
    }

  result = load_folder (fixture);
  g_assert_cmpuint (result->failures->len, ==, 0);
  g_assert_cmpuint (result->articles->len, ==, 10001);
  for (guint i = 0; i < result->articles->len; i++)
    g_hash_table_add (titles, (gpointer) px_article_get_title (g_ptr_array_index (result->articles, i)));
  g_assert_cmpuint (g_hash_table_size (titles), ==, 10001);
  g_hash_table_unref (titles);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && strcmp (argv[1], "--load-as-nobody") == 0)
    return load_as_nobody (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/parallax/bad-input/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty-file", test_empty_file);
  ADD ("binary-files", test_binary_files);
  ADD ("huge-page", test_huge_page);
  ADD ("run-on-text", test_run_on_text);
  ADD ("deep-nesting", test_deep_nesting);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("utf16-without-bom", test_utf16_without_bom);
  ADD ("windows-1251", test_windows_1251);
  ADD ("external-entity", test_external_entity);
  ADD ("billion-laughs", test_billion_laughs);
  ADD ("symlink-loop", test_symlink_loop);
  ADD ("unreadable-file", test_unreadable_file);
  ADD ("unopenable-link", test_unopenable_link);
  ADD ("ten-thousand-files", test_ten_thousand_files);

#undef ADD

  return g_test_run ();
}
