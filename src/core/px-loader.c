/* px-loader.c — walk folders, read files, extract articles on every core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <libxml/parser.h>

#include "px-boilerplate.h"
#include "px-encoding.h"
#include "px-feed.h"
#include "px-html.h"
#include "px-language.h"
#include "px-loader.h"
#include "px-outlet.h"
#include "px-plaintext.h"
#include "px-sniff.h"

G_DEFINE_QUARK (px-load-error-quark, px_load_error)

void
px_load_problem_free (PxLoadProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->reason);
  g_free (problem);
}

static PxLoadProblem *
px_load_problem_new (const char *path,
                     const char *reason)
{
  PxLoadProblem *problem = g_new0 (PxLoadProblem, 1);

  problem->path = g_strdup (path);
  problem->reason = g_strdup (reason);
  return problem;
}

void
px_load_result_free (PxLoadResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->articles, g_ptr_array_unref);
  g_clear_pointer (&result->failures, g_ptr_array_unref);
  g_clear_pointer (&result->skipped, g_ptr_array_unref);
  g_free (result);
}

static PxLoadResult *
px_load_result_new (void)
{
  PxLoadResult *result = g_new0 (PxLoadResult, 1);

  result->articles = g_ptr_array_new_with_free_func (g_object_unref);
  result->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) px_load_problem_free);
  result->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) px_load_problem_free);
  return result;
}

static void
px_fill_common_fields (PxArticle *article)
{
  if (px_article_get_language (article) == NULL)
    {
      g_autofree char *text = px_article_dup_text (article);
      px_article_set_language (article, px_language_detect (text));
    }
  if (px_article_get_url (article) != NULL)
    {
      g_autofree char *outlet = px_outlet_from_url (px_article_get_url (article));
      px_article_offer_outlet (article, outlet, PX_SOURCE_URL);
    }
}

/**
 * px_extract_buffer:
 * @path: the path to report for the article(s)
 * @data: the file's bytes, in any encoding
 * @length: the number of bytes
 * @error: where to say why nothing could be extracted
 *
 * Tells the format from the content, converts it to UTF-8 and extracts the
 * article, or one article per item of a feed.
 *
 * Returns: (transfer full): a #GPtrArray of #PxArticle, or %NULL with @error
 */
GPtrArray *
px_extract_buffer (const char  *path,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autofree char *declared = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *utf8 = NULL;
  const char *binary_description = NULL;
  PxContentKind kind;
  gsize utf8_length = 0;
  const char *text;
  gsize text_length;
  gssize offset;

  kind = px_sniff_raw (data, length, &binary_description);
  if (kind == PX_CONTENT_EMPTY)
    {
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_EMPTY,
                   _("The file is empty."));
      return NULL;
    }
  if (kind == PX_CONTENT_BINARY)
    {
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_BINARY,
                   /* Translators: %s is a kind of file, such as “a PNG image” */
                   _("This is %s, not an article Parallax can read."),
                   binary_description != NULL ? binary_description : _("a binary file"));
      return NULL;
    }
  if (kind == PX_CONTENT_RSS || kind == PX_CONTENT_ATOM || kind == PX_CONTENT_RDF)
    {
      articles = px_feed_extract (data, length, path, error);
      if (articles == NULL)
        return NULL;
      for (guint i = 0; i < articles->len; i++)
        px_fill_common_fields (g_ptr_array_index (articles, i));
      return g_steal_pointer (&articles);
    }

  declared = px_encoding_sniff_declared (data, length);
  /* A page already in UTF-8, the common case, is parsed from the caller's
   * bytes: copying a whole file costs a pass over it and a large
   * allocation, whose release then sweeps the allocator's caches of every
   * small block the parse freed. Text and feeds get a string of their own. */
  offset = px_encoding_utf8_as_is (data, length, declared);
  if (offset >= 0)
    {
      text = data + offset;
      text_length = length - offset;
      encoding = g_strdup ("utf-8");
      kind = px_sniff_utf8 (text, text_length, path);
      if (kind != PX_CONTENT_HTML)
        text = utf8 = g_strndup (text, text_length);
    }
  else
    {
      utf8 = px_encoding_to_utf8 (data, length, declared, &encoding, &utf8_length, error);
      if (utf8 == NULL)
        return NULL;
      text = utf8;
      text_length = utf8_length;
      kind = px_sniff_utf8 (text, text_length, path);
    }
  articles = g_ptr_array_new_with_free_func (g_object_unref);

  switch (kind)
    {
    case PX_CONTENT_HTML:
    case PX_CONTENT_TEXT:
      {
        PxArticle *article;

        if (kind == PX_CONTENT_HTML)
          article = px_html_extract (text, text_length, path, error);
        else
          article = px_plaintext_extract (text, text_length, path, error);
        if (article == NULL)
          return NULL;
        px_article_set_encoding (article, encoding);
        px_fill_common_fields (article);
        g_ptr_array_add (articles, article);
      }
      break;

    case PX_CONTENT_RSS:
    case PX_CONTENT_ATOM:
    case PX_CONTENT_RDF:
      {
        /* A feed whose encoding only showed after conversion (UTF-16). */
        g_autoptr(GPtrArray) items = px_feed_extract (text, text_length, path, error);

        if (items == NULL)
          return NULL;
        for (guint i = 0; i < items->len; i++)
          {
            /* The feed saw text already converted; name the file's own encoding. */
            px_article_set_encoding (g_ptr_array_index (items, i), encoding);
            px_fill_common_fields (g_ptr_array_index (items, i));
            g_ptr_array_add (articles, g_object_ref (g_ptr_array_index (items, i)));
          }
      }
      break;

    case PX_CONTENT_XML:
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE,
                   _("This is an XML file, but not a web page or a news feed."));
      return NULL;

    case PX_CONTENT_EMPTY:
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_EMPTY,
                   _("The file holds no text."));
      return NULL;

    case PX_CONTENT_BINARY:
    default:
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_BINARY,
                   _("This is a binary file, not an article Parallax can read."));
      return NULL;
    }

  return g_steal_pointer (&articles);
}

/**
 * px_extract_file:
 * @path: the file to read, in the file system's encoding
 * @display_path: (nullable): the path to report, or %NULL for @path
 * @error: where to say why the file could not be read
 *
 * Returns: (transfer full): a #GPtrArray of #PxArticle, or %NULL with @error
 */
GPtrArray *
px_extract_file (const char  *path,
                 const char  *display_path,
                 GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  int fd;

  if (display_path == NULL)
    display_path = path;

  /* O_NONBLOCK: a FIFO (or a file swapped for one after the folder was
   * listed) must not block the open; the fstat() below then refuses it. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES || saved_errno == EPERM)
        g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_UNREADABLE,
                     _("You do not have permission to read this file."));
      else if (saved_errno == ELOOP)
        g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_UNREADABLE,
                     _("This link points to itself in a loop."));
      else
        g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_UNREADABLE,
                     _("The file could not be opened: %s."), g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      g_close (fd, NULL);
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_UNREADABLE,
                   _("The file could not be opened: %s."), g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      if (S_ISDIR (st.st_mode))
        g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE,
                     _("This is a folder, not a file."));
      else
        g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE,
                     _("This is not a regular file (it may be a pipe, a socket or a device)."));
      return NULL;
    }
  if (st.st_size > PX_LOAD_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);
      g_autofree char *limit = g_format_size (PX_LOAD_MAX_FILE_SIZE);

      g_close (fd, NULL);
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_TOO_LARGE,
                   /* Translators: both are sizes, such as “80.1 MB” */
                   _("The file is too large to be an article (%s; Parallax reads files up to %s)."),
                   size, limit);
      return NULL;
    }
  if (st.st_size == 0)
    {
      g_close (fd, NULL);
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  g_close (fd, NULL);
  if (mapped == NULL)
    {
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_UNREADABLE,
                   _("The file could not be read: %s"), local_error->message);
      return NULL;
    }

  return px_extract_buffer (display_path,
                            g_mapped_file_get_contents (mapped),
                            g_mapped_file_get_length (mapped),
                            error);
}

/* Walking folders ------------------------------------------------------- */

typedef struct {
  char *fs_path;
  char *display_path;
  char *folder_hint;       /* the per-outlet folder the file sits in, if any */
  GPtrArray *articles;     /* filled by a worker */
  GPtrArray *keys;         /* px_boilerplate_prepare () of each, by the worker */
  char *error;             /* filled by a worker */
} PxLoadJob;

static void
px_load_job_free (PxLoadJob *job)
{
  g_free (job->fs_path);
  g_free (job->display_path);
  g_free (job->folder_hint);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->keys, g_ptr_array_unref);
  g_free (job->error);
  g_free (job);
}

typedef struct {
  GPtrArray    *jobs;
  PxLoadResult *result;
  GHashTable   *visited_dirs;   /* "dev:inode" of every folder entered */
  GCancellable *cancellable;
} PxWalk;

static const char *
px_skip_reason (const char *name)
{
  static const struct { const char *suffix; const char *reason; } skipped_suffixes[] = {
    { ".png", N_("an image") }, { ".jpg", N_("an image") }, { ".jpeg", N_("an image") },
    { ".gif", N_("an image") }, { ".webp", N_("an image") }, { ".svg", N_("an image") },
    { ".ico", N_("an image") }, { ".avif", N_("an image") }, { ".bmp", N_("an image") },
    { ".css", N_("a style sheet") }, { ".js", N_("a script") }, { ".mjs", N_("a script") },
    { ".woff", N_("a font") }, { ".woff2", N_("a font") }, { ".ttf", N_("a font") },
    { ".otf", N_("a font") }, { ".mp3", N_("a sound file") }, { ".mp4", N_("a video") },
    { ".webm", N_("a video") }, { ".zip", N_("an archive") }, { ".gz", N_("an archive") },
    { ".pxproject", N_("a Parallax project file") },
  };
  g_autofree char *lower = g_ascii_strdown (name, -1);
  gsize len = strlen (lower);

  if (name[0] == '.')
    return N_("a hidden file or folder");
  if (len > 0 && (lower[len - 1] == '~' || (lower[0] == '#' && lower[len - 1] == '#')))
    return N_("an editor backup");
  if (g_str_has_suffix (lower, ".bak") || g_str_has_suffix (lower, ".swp") ||
      g_str_has_suffix (lower, ".orig") || g_str_has_suffix (lower, ".tmp") ||
      g_str_has_suffix (lower, ".part") || g_str_has_suffix (lower, ".crdownload"))
    return N_("a backup or temporary file");
  for (guint i = 0; i < G_N_ELEMENTS (skipped_suffixes); i++)
    if (g_str_has_suffix (lower, skipped_suffixes[i].suffix))
      return skipped_suffixes[i].reason;
  return NULL;
}

static void
px_walk_skip (PxWalk     *walk,
              const char *display_path,
              const char *what)
{
  g_autofree char *reason = g_strdup_printf (_("Skipped: this is %s."), _(what));

  g_ptr_array_add (walk->result->skipped, px_load_problem_new (display_path, reason));
}

static void
px_walk_fail (PxWalk     *walk,
              const char *display_path,
              const char *reason)
{
  g_ptr_array_add (walk->result->failures, px_load_problem_new (display_path, reason));
}

static void
px_walk_add_file (PxWalk     *walk,
                  const char *fs_path,
                  const char *display_path,
                  const char *folder_hint)
{
  PxLoadJob *job = g_new0 (PxLoadJob, 1);

  job->fs_path = g_strdup (fs_path);
  job->display_path = g_strdup (display_path);
  job->folder_hint = g_strdup (folder_hint);
  g_ptr_array_add (walk->jobs, job);
}

static int
px_compare_names (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void px_walk_path (PxWalk     *walk,
                          const char *fs_path,
                          const char *display_path,
                          const char *folder_hint,
                          gboolean    explicit,
                          guint       depth);

static void
px_walk_directory (PxWalk     *walk,
                   const char *fs_path,
                   const char *display_path,
                   const char *folder_hint,
                   guint       depth)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (fs_path, 0, &error);
  if (dir == NULL)
    {
      g_autofree char *reason = g_strdup_printf (_("The folder could not be opened: %s"),
                                                 error->message);
      px_walk_fail (walk, display_path, reason);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, px_compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child = g_ptr_array_index (names, i);
      g_autofree char *child_fs = g_build_filename (fs_path, child, NULL);
      g_autofree char *child_display = g_build_filename (display_path, child, NULL);

      if (g_cancellable_is_cancelled (walk->cancellable))
        return;
      px_walk_path (walk, child_fs, child_display, folder_hint, FALSE, depth + 1);
    }
}

/* "Page_files" beside "Page.html" holds a saved page's images, scripts
 * and frames (ad iframes saved as .html among them): not articles. A folder
 * that merely ends in "_files" with no page beside it is read as usual. */
static gboolean
px_is_saved_page_folder (const char *fs_path,
                         const char *name)
{
  static const char *page_suffixes[] = { ".html", ".htm", ".xhtml", ".shtml", ".xht" };
  g_autofree char *stem = NULL;

  if (!g_str_has_suffix (name, "_files"))
    return FALSE;
  stem = g_strndup (fs_path, strlen (fs_path) - strlen ("_files"));
  for (guint i = 0; i < G_N_ELEMENTS (page_suffixes); i++)
    {
      g_autofree char *page = g_strconcat (stem, page_suffixes[i], NULL);

      if (g_file_test (page, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

/* Folders are told apart by device and inode, so a symbolic link that points
 * back up the tree is entered once and never loops. */
#define PX_WALK_MAX_DEPTH 64

static void
px_walk_path (PxWalk     *walk,
              const char *fs_path,
              const char *display_path,
              const char *folder_hint,
              gboolean    explicit,
              guint       depth)
{
  const char *basename_start = strrchr (fs_path, G_DIR_SEPARATOR);
  const char *name = basename_start != NULL && basename_start[1] != '\0' ? basename_start + 1 : fs_path;
  GStatBuf st;

  if (g_cancellable_is_cancelled (walk->cancellable))
    return;

  walk->result->files_seen++;

  if (!explicit)
    {
      const char *what = px_skip_reason (name);

      if (what != NULL)
        {
          px_walk_skip (walk, display_path, what);
          return;
        }
    }

  if (g_stat (fs_path, &st) != 0)
    {
      int saved_errno = errno;
      GStatBuf lst;

      if (g_lstat (fs_path, &lst) == 0 && S_ISLNK (lst.st_mode))
        px_walk_fail (walk, display_path,
                      saved_errno == ELOOP
                      ? _("This link points to itself in a loop.")
                      : _("This link points to a file that does not exist."));
      else if (saved_errno == ENOENT)
        px_walk_fail (walk, display_path, _("There is no file or folder at this path."));
      else
        {
          g_autofree char *reason = g_strdup_printf (_("The file could not be opened: %s."),
                                                     g_strerror (saved_errno));
          px_walk_fail (walk, display_path, reason);
        }
      return;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                                              (guint64) st.st_dev, (guint64) st.st_ino);

      if (g_hash_table_contains (walk->visited_dirs, key))
        {
          px_walk_skip (walk, display_path, N_("a folder already read (a link loops back to it)"));
          return;
        }
      if (depth > PX_WALK_MAX_DEPTH)
        {
          px_walk_fail (walk, display_path, _("This folder is nested too deeply to be read."));
          return;
        }
      if (!explicit && px_is_saved_page_folder (fs_path, name))
        {
          px_walk_skip (walk, display_path, N_("the images and scripts of a saved web page"));
          return;
        }
      g_hash_table_add (walk->visited_dirs, g_steal_pointer (&key));
      px_walk_directory (walk, fs_path, display_path,
                         explicit ? NULL : name, depth);
      return;
    }

  if (!S_ISREG (st.st_mode))
    {
      px_walk_skip (walk, display_path, N_("not a regular file"));
      return;
    }

  px_walk_add_file (walk, fs_path, display_path, folder_hint);
}

/* Extraction on a pool of threads ---------------------------------------- */

/* What the workers share with the progress reports they post to the
 * caller's main context. Reference-counted, so a report still queued when the
 * load ends (or a main loop that is not running) never holds up a worker. */
typedef struct {
  gatomicrefcount     ref_count;
  GMutex              mutex;
  guint               done;
  guint               total;
  gboolean            report_pending;
  GMainContext       *context;
  PxLoadProgressFunc  progress;
  gpointer            progress_data;
  GDestroyNotify      progress_data_free;
} PxProgress;

static PxProgress *
px_progress_new (GMainContext       *context,
                 PxLoadProgressFunc  callback,
                 gpointer            progress_data,
                 GDestroyNotify      progress_data_free)
{
  PxProgress *progress = g_new0 (PxProgress, 1);

  g_atomic_ref_count_init (&progress->ref_count);
  g_mutex_init (&progress->mutex);
  progress->context = g_main_context_ref (context);
  progress->progress = callback;
  progress->progress_data = progress_data;
  progress->progress_data_free = progress_data_free;
  return progress;
}

/* Always through the context's own loop: g_main_context_invoke() would run
 * the function right here, on a worker thread, whenever the caller's context
 * happens to be free to acquire (its loop not running at that moment). */
static void
px_progress_dispatch (GMainContext   *context,
                      GSourceFunc     func,
                      gpointer        data,
                      GDestroyNotify  notify)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[parallax] load progress");
  g_source_attach (source, context);
}

static gboolean
px_progress_free_data (gpointer data)
{
  return G_SOURCE_REMOVE;
}

static PxProgress *
px_progress_ref (PxProgress *progress)
{
  g_atomic_ref_count_inc (&progress->ref_count);
  return progress;
}

static void
px_progress_unref (PxProgress *progress)
{
  if (!g_atomic_ref_count_dec (&progress->ref_count))
    return;
  /* The last reference may drop on a worker thread; the caller's data is
   * freed on the caller's own main context, after the last report. */
  if (progress->progress_data_free != NULL)
    px_progress_dispatch (progress->context, px_progress_free_data,
                          progress->progress_data, progress->progress_data_free);
  g_mutex_clear (&progress->mutex);
  g_clear_pointer (&progress->context, g_main_context_unref);
  g_free (progress);
}

/* Runs on the caller's main context and reports the newest count. */
static gboolean
px_progress_deliver (gpointer data)
{
  PxProgress *progress = data;
  guint done, total;

  g_mutex_lock (&progress->mutex);
  done = progress->done;
  total = progress->total;
  progress->report_pending = FALSE;
  g_mutex_unlock (&progress->mutex);

  progress->progress (done, total, progress->progress_data);
  return G_SOURCE_REMOVE;
}

static void
px_progress_step (PxProgress *progress)
{
  gboolean post;

  if (progress == NULL || progress->progress == NULL)
    return;
  g_mutex_lock (&progress->mutex);
  progress->done++;
  /* Coalesce: at most one report waits in the main loop at once, and it
   * reads the count when it runs, so the last one always says done == total. */
  post = !progress->report_pending;
  progress->report_pending = TRUE;
  g_mutex_unlock (&progress->mutex);

  if (post)
    px_progress_dispatch (progress->context, px_progress_deliver,
                          px_progress_ref (progress), (GDestroyNotify) px_progress_unref);
}

typedef struct {
  GCancellable *cancellable;
  PxProgress   *progress;   /* nullable */
} PxPool;

static void
px_pool_job (gpointer data,
             gpointer user_data)
{
  PxLoadJob *job = data;
  PxPool *pool = user_data;

  if (!g_cancellable_is_cancelled (pool->cancellable))
    {
      g_autoptr(GError) error = NULL;

      job->articles = px_extract_file (job->fs_path, job->display_path, &error);
      if (job->articles == NULL)
        job->error = g_strdup (error->message);
      else if (job->folder_hint != NULL)
        {
          g_autofree char *outlet = px_outlet_from_folder (job->folder_hint);

          for (guint i = 0; i < job->articles->len; i++)
            px_article_offer_outlet (g_ptr_array_index (job->articles, i), outlet, PX_SOURCE_FOLDER);
        }
      /* Template lines are learnt across files on the calling thread; the
       * per-article half of that work (hashing every paragraph) is done
       * here, on every core. */
      if (job->articles != NULL)
        {
          job->keys = g_ptr_array_new_full (job->articles->len, (GDestroyNotify) g_array_unref);
          for (guint i = 0; i < job->articles->len; i++)
            g_ptr_array_add (job->keys, px_boilerplate_prepare (g_ptr_array_index (job->articles, i), NULL));
        }
    }

  px_progress_step (pool->progress);
}

/* One worker per core; PARALLAX_LOAD_THREADS sets another number, so the
 * benchmark can compare the same load on one core and on all of them. */
static int
px_load_threads (void)
{
  const char *threads = g_getenv ("PARALLAX_LOAD_THREADS");
  guint64 n = 0;

  if (threads != NULL && g_ascii_string_to_unsigned (threads, 10, 1, 256, &n, NULL))
    return (int) n;
  return MAX (1, (int) g_get_num_processors ());
}

static PxLoadResult *
px_load_paths_internal (const char * const  *paths,
                        GCancellable        *cancellable,
                        PxProgress          *progress,
                        GError             **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_load_job_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PxLoadResult) result = px_load_result_new ();
  PxWalk walk = { jobs, result, visited, cancellable };
  PxPool pool = { NULL, NULL };
  GThreadPool *thread_pool;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  xmlInitParser ();

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    px_walk_path (&walk, paths[i], paths[i], NULL, TRUE, 0);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  pool.cancellable = cancellable;
  pool.progress = progress;
  if (progress != NULL)
    {
      g_mutex_lock (&progress->mutex);
      progress->total = jobs->len;
      g_mutex_unlock (&progress->mutex);
    }

  thread_pool = g_thread_pool_new (px_pool_job, &pool, px_load_threads (), TRUE, NULL);
  for (guint i = 0; i < jobs->len; i++)
    g_thread_pool_push (thread_pool, g_ptr_array_index (jobs, i), NULL);
  /* Waits for every queued job, so no worker touches @pool after this. */
  g_thread_pool_free (thread_pool, FALSE, TRUE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  for (guint i = 0; i < jobs->len; i++)
    {
      PxLoadJob *job = g_ptr_array_index (jobs, i);

      if (job->error != NULL)
        px_walk_fail (&walk, job->display_path, job->error);
      else if (job->articles != NULL && job->articles->len == 0)
        px_walk_fail (&walk, job->display_path, _("No article was found in this file."));
      else if (job->articles != NULL)
        for (guint j = 0; j < job->articles->len; j++)
          {
            g_ptr_array_add (result->articles, g_object_ref (g_ptr_array_index (job->articles, j)));
            g_ptr_array_add (keys, g_array_ref (g_ptr_array_index (job->keys, j)));
          }
    }

  px_boilerplate_strip_prepared (result->articles, keys);

  return g_steal_pointer (&result);
}

/**
 * px_load_paths_sync:
 * @paths: %NULL-terminated files and folders (folders are read recursively)
 * @cancellable: (nullable): a #GCancellable
 * @error: set only when cancelled; files that fail are listed in the result
 *
 * Returns: (transfer full): the articles, failures and skipped files
 */
PxLoadResult *
px_load_paths_sync (const char * const  *paths,
                    GCancellable        *cancellable,
                    GError             **error)
{
  return px_load_paths_internal (paths, cancellable, NULL, error);
}

typedef struct {
  GStrv       paths;
  PxProgress *progress;
} PxLoadTaskData;

static void
px_load_task_data_free (PxLoadTaskData *data)
{
  g_strfreev (data->paths);
  g_clear_pointer (&data->progress, px_progress_unref);
  g_free (data);
}

static void
px_load_task_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PxLoadTaskData *data = task_data;
  g_autoptr(GError) error = NULL;
  PxLoadResult *result;

  result = px_load_paths_internal ((const char * const *) data->paths, cancellable,
                                   data->progress, &error);
  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, (GDestroyNotify) px_load_result_free);
}

/**
 * px_load_paths_async:
 *
 * Reads @paths in a worker thread, extracting files on every core.
 * @progress runs on the caller's thread-default main context, coalesced
 * (at most one report queued at a time; the last says done == total).
 * @progress_data is freed with @progress_data_free on that same context,
 * after the last report, whether the load finished or was cancelled.
 */
void
px_load_paths_async (const char * const  *paths,
                     GCancellable        *cancellable,
                     PxLoadProgressFunc   progress,
                     gpointer             progress_data,
                     GDestroyNotify       progress_data_free,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GTask) task = NULL;
  PxLoadTaskData *data = g_new0 (PxLoadTaskData, 1);

  data->paths = g_strdupv ((char **) paths);
  data->progress = px_progress_new (context, progress, progress_data, progress_data_free);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_load_paths_async);
  g_task_set_name (task, "[parallax] load paths");
  g_task_set_task_data (task, data, (GDestroyNotify) px_load_task_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, px_load_task_thread);
}

PxLoadResult *
px_load_paths_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_load_paths_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
