/* px-lexicon.c — framing lexicons: XML data files of names, labels, hedges, verbs, frames
 *
 * Everything Parallax highlights as a framing choice comes from these files,
 * not from code, so a teacher can read why a word is marked and add words
 * for another conflict or language. The system lexicons ship in
 * PKGDATADIR/lexicons with a RELAX NG schema; files in the user's folder
 * ($XDG_DATA_HOME/parallax/lexicons) add lexicons or replace a system one
 * that has the same id. A file that does not parse or validate is reported
 * with its name and line and left out; the others still load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-lexicon"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "px-lexicon.h"
#include "px-lexicon-private.h"

#define LEXICON_NS "https://parallax.github.io/ns/lexicon/1"

typedef struct {
  PxLexiconInfo  info;
  GPtrArray     *entries;   /* PxLexiconEntry */
} Lexicon;

/* One form compiled for matching: its words case-folded. */
typedef struct {
  const PxLexiconEntry *entry;
  guint                 form;
  guint                 n_words;
  char                **words;    /* a word ending in '*' matches by prefix */
  gboolean              exact;    /* an acronym ("US") matches only as written */
  gboolean              lower;    /* written in lower case: a capital only at a sentence start */
  gboolean              capital;  /* written with a capital ("Trend"): the text must have one too */
  const char           *first;    /* first word as written, for exact matches */
} Pattern;

typedef struct {
  GHashTable *by_word;     /* first word → GPtrArray of Pattern */
  GHashTable *by_prefix;   /* first three characters of a prefix first word → GPtrArray */
  GPtrArray  *patterns;
} Index;

struct _PxLexicon {
  gatomicrefcount  ref_count;
  GMutex           lock;
  GPtrArray       *lexicons;   /* Lexicon */
  GPtrArray       *problems;   /* char * */
  GHashTable      *disabled;   /* lexicon id → TRUE */
  Index           *index;      /* built on first match, dropped when lexicons change */
  GHashTable      *by_id;      /* entry id → PxLexiconEntry, with index */
  void            *schema;     /* xmlRelaxNGPtr, parsed once */
  gboolean         schema_tried;
};

static void
entry_free (PxLexiconEntry *entry)
{
  g_free (entry->id);
  g_free (entry->lexicon);
  g_free (entry->category);
  g_free (entry->label);
  g_free (entry->note);
  g_free (entry->language);
  g_ptr_array_unref (entry->forms);
  g_free (entry);
}

static void
lexicon_free (Lexicon *lexicon)
{
  g_free (lexicon->info.id);
  g_free (lexicon->info.title);
  g_free (lexicon->info.language);
  g_free (lexicon->info.path);
  g_ptr_array_unref (lexicon->entries);
  g_free (lexicon);
}

static void
pattern_free (Pattern *pattern)
{
  g_strfreev (pattern->words);
  g_free (pattern);
}

static void
index_free (Index *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->by_word);
  g_hash_table_unref (index->by_prefix);
  g_ptr_array_unref (index->patterns);
  g_free (index);
}

/**
 * px_lexicon_new:
 *
 * Returns: (transfer full): an empty set of lexicons; load files into it with
 *   px_lexicon_load_dir() or px_lexicon_load_file().
 */
PxLexicon *
px_lexicon_new (void)
{
  PxLexicon *self = g_new0 (PxLexicon, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);
  self->lexicons = g_ptr_array_new_with_free_func ((GDestroyNotify) lexicon_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->disabled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

PxLexicon *
px_lexicon_ref (PxLexicon *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
px_lexicon_unref (PxLexicon *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  index_free (self->index);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  if (self->schema != NULL)
    xmlRelaxNGFree (self->schema);
  g_ptr_array_unref (self->lexicons);
  g_ptr_array_unref (self->problems);
  g_hash_table_unref (self->disabled);
  g_mutex_clear (&self->lock);
  g_free (self);
}

/**
 * px_lexicon_dup_system_dir:
 *
 * Returns: (transfer full): the folder of the lexicons Parallax ships:
 *   $PARALLAX_LEXICON_DIR when set (tests and uninstalled runs), else
 *   PKGDATADIR/lexicons.
 */
char *
px_lexicon_dup_system_dir (void)
{
  const char *env = g_getenv ("PARALLAX_LEXICON_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (PKGDATADIR, "lexicons", NULL);
}

/**
 * px_lexicon_dup_user_dir:
 *
 * Returns: (transfer full): the user's lexicon folder, which adds lexicons
 *   and overrides system ones with the same id.
 */
char *
px_lexicon_dup_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "parallax", "lexicons", NULL);
}

/**
 * px_lexicon_get_default:
 *
 * Returns: (transfer none): the lexicons shared by the application: the
 *   system folder, then the user's folder; loaded on first use.
 */
PxLexicon *
px_lexicon_get_default (void)
{
  static gsize initialized = 0;
  static PxLexicon *lexicon = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *system_dir = px_lexicon_dup_system_dir ();
      g_autofree char *user_dir = px_lexicon_dup_user_dir ();

      lexicon = px_lexicon_new ();
      px_lexicon_load_dir (lexicon, system_dir, FALSE);
      px_lexicon_load_dir (lexicon, user_dir, TRUE);
      for (guint i = 0; i < lexicon->problems->len; i++)
        g_warning ("%s", (const char *) g_ptr_array_index (lexicon->problems, i));
      g_once_init_leave (&initialized, 1);
    }
  return lexicon;
}

/* libxml2 reports parse and validation errors here; we keep the first few
 * with their line so the message can name where the file went wrong. */
typedef struct {
  const char *path;
  GString    *messages;
  guint       count;
} ErrorSink;

static void
collect_error (void *data, xmlErrorPtr error)
{
  ErrorSink *sink = data;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (error == NULL || error->level == XML_ERR_WARNING)
    return;
  if (sink->count++ >= 3)
    return;
  message = g_strstrip (g_strdup (error->message != NULL ? error->message : "?"));
  basename = g_path_get_basename (sink->path);
  if (sink->messages->len > 0)
    g_string_append (sink->messages, "; ");
  /* Translators: a lexicon file could not be read: file name, line number, what libxml2 said */
  g_string_append_printf (sink->messages, _("%s, line %d: %s"), basename, error->line, message);
}

static xmlDocPtr
read_xml (const char  *path,
          ErrorSink   *sink)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  xmlDocPtr doc;

  if (ctxt == NULL)
    return NULL;
  /* No network, no entity substitution, no DTD loading: a lexicon is data a
   * user may have downloaded, so it must not reach out or expand bombs. */
  xmlSetStructuredErrorFunc (sink, collect_error);
  doc = xmlCtxtReadFile (ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static xmlRelaxNGPtr
load_schema (const char *schema_path,
             GString    *problem)
{
  xmlDocPtr doc;
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  ErrorSink sink = { schema_path, problem, 0 };

  if (!g_file_test (schema_path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  doc = read_xml (schema_path, &sink);
  if (doc == NULL)
    return NULL;
  parser = xmlRelaxNGNewDocParserCtxt (doc);
  xmlRelaxNGSetParserStructuredErrors (parser, collect_error, &sink);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  xmlFreeDoc (doc);
  return schema;
}

static gboolean
validate_doc (xmlRelaxNGPtr  schema,
              xmlDocPtr      doc,
              ErrorSink     *sink)
{
  xmlRelaxNGValidCtxtPtr valid = xmlRelaxNGNewValidCtxt (schema);
  int result;

  xmlRelaxNGSetValidStructuredErrors (valid, collect_error, sink);
  result = xmlRelaxNGValidateDoc (valid, doc);
  xmlRelaxNGFreeValidCtxt (valid);
  return result == 0;
}

/**
 * px_lexicon_validate_file:
 * @path: a lexicon file
 * @schema_path: the RELAX NG schema (lexicon.rng)
 * @error: set to a message naming the file and line when @path is invalid
 *
 * Returns: whether @path parses and validates against @schema_path.
 */
gboolean
px_lexicon_validate_file (const char  *path,
                          const char  *schema_path,
                          GError     **error)
{
  g_autoptr(GString) messages = g_string_new (NULL);
  ErrorSink sink = { path, messages, 0 };
  xmlRelaxNGPtr schema;
  xmlDocPtr doc;
  gboolean ok;

  schema = load_schema (schema_path, messages);
  if (schema == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The lexicon schema %s could not be read: %s"), schema_path,
                   messages->len > 0 ? messages->str : _("no such file"));
      return FALSE;
    }
  doc = read_xml (path, &sink);
  ok = doc != NULL && validate_doc (schema, doc, &sink);
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                 messages->len > 0 ? messages->str : _("not a lexicon"));
  if (doc != NULL)
    xmlFreeDoc (doc);
  xmlRelaxNGFree (schema);
  return ok;
}

/* Text of an element's own text and CDATA children: lexicon elements hold
 * plain text, and entity references are never expanded. */
char *
px_lexicon_element_text (xmlNodePtr node)
{
  GString *text = g_string_new (NULL);

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != NULL)
      g_string_append (text, (const char *) child->content);
  return g_strstrip (g_string_free (text, FALSE));
}

char *
px_lexicon_attribute (xmlNodePtr  node,
                      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  return copy;
}

gboolean
px_lexicon_is_element (xmlNodePtr  node,
                       const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static gboolean
parse_kind (const char    *text,
            PxLexiconKind *kind)
{
  static const char * const names[] = { "naming", "term", "verb", "frame", "side" };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    if (strcmp (text, names[i]) == 0)
      {
        *kind = (PxLexiconKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
px_lexicon_kind_to_string (PxLexiconKind kind)
{
  switch (kind)
    {
    case PX_LEXICON_KIND_NAMING: return "naming";
    case PX_LEXICON_KIND_TERM: return "term";
    case PX_LEXICON_KIND_VERB: return "verb";
    case PX_LEXICON_KIND_FRAME: return "frame";
    case PX_LEXICON_KIND_SIDE: return "side";
    default: return "unknown";
    }
}

static void
invalidate (PxLexicon *self)
{
  g_clear_pointer (&self->index, index_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
}

static Lexicon *
read_lexicon (xmlDocPtr    doc,
              const char  *path,
              gboolean     user,
              GError     **error)
{
  xmlNodePtr root = xmlDocGetRootElement (doc);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autofree char *id = NULL;
  g_autofree char *language = NULL;
  g_autofree char *title = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  Lexicon *lexicon;

  if (root == NULL || !px_lexicon_is_element (root, "lexicon") || (id = px_lexicon_attribute (root, "id")) == NULL || *id == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s, line %d: the root element must be <lexicon> with an id"),
                   basename, root != NULL ? root->line : 1);
      return NULL;
    }
  language = px_lexicon_attribute (root, "language");
  if (language == NULL)
    language = g_strdup ("mul");

  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *kind_text = NULL;
      PxLexiconEntry *entry;
      PxLexiconKind kind;
      g_autofree char *entry_id = NULL;

      if (px_lexicon_is_element (node, "title") && title == NULL)
        title = px_lexicon_element_text (node);
      if (!px_lexicon_is_element (node, "entry"))
        continue;
      kind_text = px_lexicon_attribute (node, "kind");
      entry_id = px_lexicon_attribute (node, "id");
      if (!parse_kind (kind_text, &kind) || entry_id == NULL || *entry_id == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s, line %d: an entry needs an id and a kind (naming, term, verb, frame or side)"),
                       basename, node->line);
          return NULL;
        }
      entry = g_new0 (PxLexiconEntry, 1);
      entry->id = g_strconcat (id, "/", entry_id, NULL);
      entry->lexicon = g_strdup (id);
      entry->kind = kind;
      entry->category = px_lexicon_attribute (node, "category");
      entry->label = px_lexicon_attribute (node, "label");
      entry->language = px_lexicon_attribute (node, "language");
      if (entry->language == NULL)
        entry->language = g_strdup (language);
      entry->forms = g_ptr_array_new_with_free_func (g_free);
      for (xmlNodePtr child = node->children; child != NULL; child = child->next)
        {
          if (px_lexicon_is_element (child, "form"))
            {
              char *form = px_lexicon_element_text (child);

              if (*form != '\0')
                g_ptr_array_add (entry->forms, form);
              else
                g_free (form);
            }
          else if (px_lexicon_is_element (child, "note") && entry->note == NULL)
            entry->note = px_lexicon_element_text (child);
        }
      if (entry->category == NULL)
        entry->category = g_strdup (entry_id);
      if (entry->label == NULL)
        entry->label = g_strdup (entry->forms->len > 0 ? g_ptr_array_index (entry->forms, 0) : entry_id);
      g_ptr_array_add (entries, entry);
    }

  lexicon = g_new0 (Lexicon, 1);
  lexicon->info.id = g_steal_pointer (&id);
  lexicon->info.title = title != NULL ? g_steal_pointer (&title) : g_strdup (lexicon->info.id);
  lexicon->info.language = g_steal_pointer (&language);
  lexicon->info.path = g_strdup (path);
  lexicon->info.user = user;
  lexicon->info.enabled = TRUE;
  lexicon->info.n_entries = entries->len;
  lexicon->entries = g_steal_pointer (&entries);
  return lexicon;
}

/**
 * px_lexicon_load_file:
 * @self: a #PxLexicon
 * @path: an XML lexicon file
 * @user: whether it comes from the user's folder
 * @error: a message naming the file and line when it cannot be used
 *
 * Reads @path, validates it against the schema of the system lexicon folder
 * when that schema is present, and adds it; a lexicon with the id of one
 * already loaded replaces it.
 *
 * Returns: whether the file was added.
 */
gboolean
px_lexicon_load_file (PxLexicon   *self,
                      const char  *path,
                      gboolean     user,
                      GError     **error)
{
  g_autoptr(GString) messages = g_string_new (NULL);
  ErrorSink sink = { path, messages, 0 };
  g_autofree char *basename = g_path_get_basename (path);
  xmlDocPtr doc;
  Lexicon *lexicon;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->lock);
  if (!self->schema_tried)
    {
      g_autofree char *system_dir = px_lexicon_dup_system_dir ();
      g_autofree char *schema_path = g_build_filename (system_dir, "lexicon.rng", NULL);
      g_autoptr(GString) problem = g_string_new (NULL);

      self->schema_tried = TRUE;
      self->schema = load_schema (schema_path, problem);
      if (problem->len > 0)
        g_ptr_array_add (self->problems, g_strdup (problem->str));
    }
  g_mutex_unlock (&self->lock);

  doc = read_xml (path, &sink);
  if (doc == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                   messages->len > 0 ? messages->str : basename);
      return FALSE;
    }
  if (doc->intSubset != NULL)
    {
      /* Entities are how XML bombs and file disclosure work; lexicons never need them. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s, line %d: a lexicon may not declare a document type"),
                   basename, 1);
      xmlFreeDoc (doc);
      return FALSE;
    }
  if (self->schema != NULL && !validate_doc (self->schema, doc, &sink))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                   messages->len > 0 ? messages->str : basename);
      xmlFreeDoc (doc);
      return FALSE;
    }
  lexicon = read_lexicon (doc, path, user, error);
  xmlFreeDoc (doc);
  if (lexicon == NULL)
    return FALSE;

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->lexicons->len; i++)
    {
      Lexicon *old = g_ptr_array_index (self->lexicons, i);

      if (strcmp (old->info.id, lexicon->info.id) == 0)
        {
          g_ptr_array_remove_index (self->lexicons, i);
          break;
        }
    }
  lexicon->info.enabled = !g_hash_table_contains (self->disabled, lexicon->info.id);
  g_ptr_array_add (self->lexicons, lexicon);
  invalidate (self);
  g_mutex_unlock (&self->lock);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * px_lexicon_load_dir:
 * @self: a #PxLexicon
 * @dir: a folder of *.xml lexicons
 * @user: whether it is the user's folder
 *
 * Loads every lexicon of @dir in name order; files that fail are recorded
 * in px_lexicon_get_problems() and skipped. A missing folder is not an error.
 *
 * Returns: how many lexicons were loaded.
 */
guint
px_lexicon_load_dir (PxLexicon  *self,
                     const char *dir,
                     gboolean    user)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint loaded = 0;

  g_return_val_if_fail (self != NULL, 0);

  handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL)
    return 0;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GError) error = NULL;

      if (px_lexicon_load_file (self, path, user, &error))
        loaded++;
      else
        {
          g_mutex_lock (&self->lock);
          g_ptr_array_add (self->problems, g_strdup_printf (_("Lexicon %s was not loaded: %s"),
                                                            path, error->message));
          g_mutex_unlock (&self->lock);
        }
    }
  return loaded;
}

/**
 * px_lexicon_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): one message per file that
 *   could not be loaded, naming the file and line.
 */
GPtrArray *
px_lexicon_get_problems (PxLexicon *self)
{
  return self->problems;
}

/**
 * px_lexicon_list:
 *
 * Returns: (transfer container) (element-type PxLexiconInfo): the loaded
 *   lexicons, owned by @self, for a preferences list.
 */
GPtrArray *
px_lexicon_list (PxLexicon *self)
{
  GPtrArray *list = g_ptr_array_new ();

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->lexicons->len; i++)
    g_ptr_array_add (list, &((Lexicon *) g_ptr_array_index (self->lexicons, i))->info);
  g_mutex_unlock (&self->lock);
  return list;
}

/**
 * px_lexicon_set_enabled:
 * @self: a #PxLexicon
 * @lexicon_id: the id of a lexicon file
 * @enabled: whether its entries take part in matching
 *
 * Returns: whether a lexicon with that id is loaded (the choice is kept
 *   either way, so it also applies to a file loaded later).
 */
gboolean
px_lexicon_set_enabled (PxLexicon  *self,
                        const char *lexicon_id,
                        gboolean    enabled)
{
  gboolean found = FALSE;

  g_mutex_lock (&self->lock);
  if (enabled)
    g_hash_table_remove (self->disabled, lexicon_id);
  else
    g_hash_table_add (self->disabled, g_strdup (lexicon_id));
  for (guint i = 0; i < self->lexicons->len; i++)
    {
      Lexicon *lexicon = g_ptr_array_index (self->lexicons, i);

      if (strcmp (lexicon->info.id, lexicon_id) == 0)
        {
          lexicon->info.enabled = enabled;
          found = TRUE;
        }
    }
  invalidate (self);
  g_mutex_unlock (&self->lock);
  return found;
}

gboolean
px_lexicon_get_enabled (PxLexicon  *self,
                        const char *lexicon_id)
{
  gboolean enabled;

  g_mutex_lock (&self->lock);
  enabled = !g_hash_table_contains (self->disabled, lexicon_id);
  g_mutex_unlock (&self->lock);
  return enabled;
}

/**
 * px_lexicon_get_entries:
 * @self: a #PxLexicon
 * @kind: which entries
 *
 * Returns: (transfer container) (element-type PxLexiconEntry): the entries
 *   of @kind in enabled lexicons.
 */
GPtrArray *
px_lexicon_get_entries (PxLexicon     *self,
                        PxLexiconKind  kind)
{
  GPtrArray *list = g_ptr_array_new ();

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < self->lexicons->len; i++)
    {
      Lexicon *lexicon = g_ptr_array_index (self->lexicons, i);

      if (!lexicon->info.enabled)
        continue;
      for (guint j = 0; j < lexicon->entries->len; j++)
        {
          PxLexiconEntry *entry = g_ptr_array_index (lexicon->entries, j);

          if (entry->kind == kind)
            g_ptr_array_add (list, entry);
        }
    }
  g_mutex_unlock (&self->lock);
  return list;
}

/* ---- Tokens ---- */

static gboolean
is_quote_mark (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * px_lexicon_tokenize:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1
 *
 * Splits @text into words (hyphens and apostrophes inside a word keep it
 * whole: "Nagorno-Karabakh", "don't"), quotation marks and other
 * punctuation, with flags the quote finder and the lexicon matcher use.
 *
 * Returns: (transfer full) (element-type PxLexiconToken): free with px_lexicon_tokens_free().
 */
GArray *
px_lexicon_tokenize (const char *text,
             gsize       length)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PxLexiconToken));
  const char *p = text;
  const char *end = text + length;
  gboolean sentence_start = TRUE;
  gboolean paragraph_start = TRUE;

  if (length == (gsize) -1)
    end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      PxLexiconToken token = { 0, };

      if (g_unichar_isspace (c))
        {
          if (c == '\n' && next < end && *next == '\n')
            paragraph_start = sentence_start = TRUE;
          p = next;
          continue;
        }
      token.start = p - text;
      if (is_word_char (c))
        {
          const char *q = next;
          gboolean has_upper = g_unichar_isupper (c);
          gboolean has_lower = g_unichar_islower (c);
          gboolean all_digits = g_unichar_isdigit (c);
          GString *lower;

          while (q < end)
            {
              gunichar d = g_utf8_get_char (q);
              const char *after = g_utf8_next_char (q);

              if (is_word_char (d))
                {
                  has_upper |= g_unichar_isupper (d);
                  has_lower |= g_unichar_islower (d);
                  all_digits &= g_unichar_isdigit (d) != 0;
                  q = after;
                  continue;
                }
              /* Inner hyphens, apostrophes and number separators keep a word whole. */
              if ((d == '-' || d == 0x2010 || d == 0x2011 || d == '\'' || d == 0x2019
                   || ((d == '.' || d == ',') && all_digits))
                  && after < end && is_word_char (g_utf8_get_char (after)))
                {
                  q = after;
                  continue;
                }
              break;
            }
          token.end = q - text;
          token.flags = PX_LEXICON_TOKEN_WORD;
          if (g_unichar_isupper (c) || g_unichar_istitle (c))
            token.flags |= PX_LEXICON_TOKEN_CAPITAL;
          if (has_upper && !has_lower)
            token.flags |= PX_LEXICON_TOKEN_ALL_CAPS;
          if (all_digits)
            token.flags |= PX_LEXICON_TOKEN_NUMBER;
          lower = g_string_sized_new (token.end - token.start);
          for (const char *r = p; r < q; r = g_utf8_next_char (r))
            {
              gunichar d = g_utf8_get_char (r);

              if (d == 0x2019 || d == 0x2010 || d == 0x2011)
                d = d == 0x2019 ? '\'' : '-';
              g_string_append_unichar (lower, g_unichar_tolower (d));
            }
          token.lower = g_string_free (lower, FALSE);
          if (sentence_start)
            token.flags |= PX_LEXICON_TOKEN_SENT_START;
          if (paragraph_start)
            token.flags |= PX_LEXICON_TOKEN_PARA_START;
          sentence_start = paragraph_start = FALSE;
          p = q;
        }
      else
        {
          token.end = next - text;
          if (is_quote_mark (c))
            token.flags = PX_LEXICON_TOKEN_QUOTE;
          else
            token.flags = PX_LEXICON_TOKEN_PUNCT;
          if (c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026)
            sentence_start = TRUE;
          if (paragraph_start)
            token.flags |= PX_LEXICON_TOKEN_PARA_START;
          p = next;
        }
      g_array_append_val (tokens, token);
    }
  return tokens;
}

void
px_lexicon_tokens_free (GArray *tokens)
{
  if (tokens == NULL)
    return;
  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, PxLexiconToken, i).lower);
  g_array_unref (tokens);
}

/* ---- Matching ---- */

static void
index_add (GHashTable *table,
           const char *key,
           Pattern    *pattern)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, g_strdup (key), list);
    }
  g_ptr_array_add (list, pattern);
}

static Index *
build_index (PxLexicon *self)
{
  Index *index = g_new0 (Index, 1);

  index->by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->by_prefix = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pattern_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->lexicons->len; i++)
    {
      Lexicon *lexicon = g_ptr_array_index (self->lexicons, i);

      for (guint j = 0; j < lexicon->entries->len; j++)
        {
          PxLexiconEntry *entry = g_ptr_array_index (lexicon->entries, j);

          g_hash_table_insert (self->by_id, entry->id, entry);
          if (!lexicon->info.enabled)
            continue;
          for (guint f = 0; f < entry->forms->len; f++)
            {
              const char *form = g_ptr_array_index (entry->forms, f);
              g_autoptr(GArray) tokens = px_lexicon_tokenize (form, strlen (form));
              g_autoptr(GPtrArray) words = g_ptr_array_new ();
              Pattern *pattern;
              gboolean has_upper = FALSE, has_lower = FALSE;

              for (guint t = 0; t < tokens->len; t++)
                {
                  PxLexiconToken *token = &g_array_index (tokens, PxLexiconToken, t);

                  if (token->lower != NULL)
                    g_ptr_array_add (words, g_strdup (token->lower));
                  else if (form[token->start] == '*' && words->len > 0)
                    {
                      char *last = words->pdata[words->len - 1];

                      words->pdata[words->len - 1] = g_strconcat (last, "*", NULL);
                      g_free (last);
                    }
                  else if ((token->flags & PX_LEXICON_TOKEN_QUOTE) == 0)
                    g_ptr_array_add (words, g_strndup (form + token->start, token->end - token->start));
                }
              for (guint t = 0; t < tokens->len; t++)
                g_free (g_array_index (tokens, PxLexiconToken, t).lower);
              g_array_set_size (tokens, 0);
              if (words->len == 0)
                continue;
              for (const char *c = form; *c != '\0'; c = g_utf8_next_char (c))
                {
                  gunichar u = g_utf8_get_char (c);

                  has_upper |= g_unichar_isupper (u);
                  has_lower |= g_unichar_islower (u);
                }
              pattern = g_new0 (Pattern, 1);
              pattern->entry = entry;
              pattern->form = f;
              pattern->n_words = words->len;
              g_ptr_array_add (words, NULL);
              pattern->words = (char **) g_ptr_array_steal (words, NULL);
              pattern->exact = has_upper && !has_lower && g_utf8_strlen (form, -1) >= 2;
              pattern->lower = !has_upper;
              pattern->capital = g_unichar_isupper (g_utf8_get_char (form)) && !pattern->exact;
              pattern->first = form;
              g_ptr_array_add (index->patterns, pattern);
              if (g_str_has_suffix (pattern->words[0], "*") && g_utf8_strlen (pattern->words[0], -1) >= 4)
                {
                  g_autofree char *key = g_utf8_substring (pattern->words[0], 0, 3);

                  index_add (index->by_prefix, key, pattern);
                }
              else
                index_add (index->by_word, pattern->words[0], pattern);
            }
        }
    }
  return index;
}

static gboolean
word_matches (const char *pattern_word,
              const char *word)
{
  gsize n = strlen (pattern_word);

  if (n > 0 && pattern_word[n - 1] == '*')
    return strncmp (pattern_word, word, n - 1) == 0;
  return strcmp (pattern_word, word) == 0;
}

static gboolean
language_applies (const char *entry_language,
                  const char *language)
{
  gsize n;

  if (language == NULL || *language == '\0' || strcmp (language, "und") == 0)
    return TRUE;
  if (strcmp (entry_language, "mul") == 0)
    return TRUE;
  n = strlen (entry_language);
  return strncmp (entry_language, language, n) == 0 && (language[n] == '\0' || language[n] == '-' || language[n] == '_');
}

/* How many tokens from @i the pattern covers, 0 when it does not match. */
static guint
pattern_match (const Pattern *pattern,
               const char    *text,
               GArray        *tokens,
               guint          i)
{
  guint t = i;

  for (guint w = 0; w < pattern->n_words; w++, t++)
    {
      PxLexiconToken *token;

      if (t >= tokens->len)
        return 0;
      token = &g_array_index (tokens, PxLexiconToken, t);
      if (token->lower == NULL)
        {
          /* Punctuation inside a form ("U.S.") must be there as written. */
          if (strlen (pattern->words[w]) != token->end - token->start
              || strncmp (pattern->words[w], text + token->start, token->end - token->start) != 0)
            return 0;
          continue;
        }
      if (!word_matches (pattern->words[w], token->lower))
        return 0;
      if (w == 0 && pattern->exact && (token->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0)
        return 0;
      if (w == 0 && pattern->capital && (token->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
        return 0;
      /* "may" the hedge is not "May" the month: a lower-case form only takes
       * a capital where the sentence starts. */
      if (pattern->lower && (token->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
          && (token->flags & PX_LEXICON_TOKEN_SENT_START) == 0)
        {
          PxLexiconToken *previous = t > 0 ? &g_array_index (tokens, PxLexiconToken, t - 1) : NULL;

          if (previous == NULL || (previous->flags & PX_LEXICON_TOKEN_QUOTE) == 0)
            return 0;
        }
    }
  return t - i;
}

/**
 * px_lexicon_match_tokens:
 * @self: a #PxLexicon
 * @text: the text @tokens come from
 * @tokens: (element-type PxLexiconToken): from px_lexicon_tokenize()
 * @language: (nullable): the text's language; entries of other languages
 *   are skipped
 * @kinds: a bit mask of (1 << #PxLexiconKind) to look for
 *
 * Finds the forms of enabled entries in @text, case-folded; the longest form
 * wins where forms of the same kind overlap ("Karabakh region of
 * Azerbaijan" over "Karabakh").
 *
 * Returns: (transfer full) (element-type PxLexiconMatch): in text order.
 */
GArray *
px_lexicon_match_tokens (PxLexicon  *self,
                         const char *text,
                         GArray     *tokens,
                         const char *language,
                         guint       kinds)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (PxLexiconMatch));
  guint next_free[5] = { 0, };
  Index *index;

  g_mutex_lock (&self->lock);
  if (self->index == NULL)
    self->index = build_index (self);
  index = self->index;

  for (guint i = 0; i < tokens->len; i++)
    {
      PxLexiconToken *token = &g_array_index (tokens, PxLexiconToken, i);
      const Pattern *best[5] = { NULL, };
      guint best_length[5] = { 0, };
      GPtrArray *lists[2];

      if (token->lower == NULL)
        continue;
      lists[0] = g_hash_table_lookup (index->by_word, token->lower);
      lists[1] = NULL;
      if (g_utf8_strlen (token->lower, -1) >= 3)
        {
          g_autofree char *key = g_utf8_substring (token->lower, 0, 3);

          lists[1] = g_hash_table_lookup (index->by_prefix, key);
        }
      for (guint l = 0; l < 2; l++)
        for (guint p = 0; lists[l] != NULL && p < lists[l]->len; p++)
          {
            const Pattern *pattern = g_ptr_array_index (lists[l], p);
            guint kind = pattern->entry->kind;
            guint length;

            if ((kinds & (1u << kind)) == 0 || i < next_free[kind]
                || !language_applies (pattern->entry->language, language))
              continue;
            length = pattern_match (pattern, text, tokens, i);
            if (length > best_length[kind])
              {
                best[kind] = pattern;
                best_length[kind] = length;
              }
          }
      for (guint k = 0; k < 5; k++)
        {
          PxLexiconMatch match;

          if (best[k] == NULL)
            continue;
          match.entry = best[k]->entry;
          match.form = best[k]->form;
          match.start = token->start;
          match.end = g_array_index (tokens, PxLexiconToken, i + best_length[k] - 1).end;
          g_array_append_val (matches, match);
          next_free[k] = i + best_length[k];
        }
    }
  g_mutex_unlock (&self->lock);
  return matches;
}

/**
 * px_lexicon_lookup:
 * @self: a #PxLexicon
 * @entry_id: "<lexicon id>/<entry id>", as a hit records it
 *
 * Returns: (transfer none) (nullable): the entry, for a tooltip.
 */
const PxLexiconEntry *
px_lexicon_lookup (PxLexicon  *self,
                   const char *entry_id)
{
  const PxLexiconEntry *entry;

  g_mutex_lock (&self->lock);
  if (self->index == NULL)
    self->index = build_index (self);
  entry = g_hash_table_lookup (self->by_id, entry_id);
  g_mutex_unlock (&self->lock);
  return entry;
}
