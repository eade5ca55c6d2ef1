/* px-project.c — a folder's project: the user's corrections, kept on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-project"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "px-project.h"

#define PX_PROJECT_VERSION 1

struct _PxProject
{
  GObject     parent_instance;

  char       *folder;
  char       *file;       /* where it was read from or last written */
  GHashTable *pins;       /* relative path → event id */
  GHashTable *labels;     /* event id → label */
  GHashTable *outlets;    /* relative path → outlet */
  GPtrArray  *links;      /* PxProjectLink with relative paths, oldest first */
};

G_DEFINE_FINAL_TYPE (PxProject, px_project, G_TYPE_OBJECT)

G_DEFINE_QUARK (px-project-error-quark, px_project_error)

static void
px_project_finalize (GObject *object)
{
  PxProject *self = PX_PROJECT (object);

  g_free (self->folder);
  g_free (self->file);
  g_hash_table_unref (self->pins);
  g_hash_table_unref (self->labels);
  g_hash_table_unref (self->outlets);
  g_ptr_array_unref (self->links);

  G_OBJECT_CLASS (px_project_parent_class)->finalize (object);
}

static void
px_project_class_init (PxProjectClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_project_finalize;
}

static void
px_project_init (PxProject *self)
{
  self->pins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->outlets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) px_project_link_free);
}

void
px_project_link_free (PxProjectLink *link)
{
  if (link == NULL)
    return;
  g_free (link->event_id);
  g_free (link->path_a);
  g_free (link->text_a);
  g_free (link->path_b);
  g_free (link->text_b);
  g_free (link);
}

static PxProjectLink *
px_project_link_copy (const PxProjectLink *link)
{
  PxProjectLink *copy = g_memdup2 (link, sizeof *link);

  copy->event_id = g_strdup (link->event_id);
  copy->path_a = g_strdup (link->path_a);
  copy->text_a = g_strdup (link->text_a);
  copy->path_b = g_strdup (link->path_b);
  copy->text_b = g_strdup (link->text_b);
  return copy;
}

static char *
folder_file (const char *folder)
{
  return g_build_filename (folder, PX_PROJECT_FILE_NAME, NULL);
}

/**
 * px_project_dup_data_file:
 * @folder: an absolute folder path
 *
 * Returns: where the project of @folder is kept when the folder itself
 *   cannot be written: a file in the user's data directory named after a
 *   hash of the folder's path
 */
char *
px_project_dup_data_file (const char *folder)
{
  g_autofree char *canonical = g_canonicalize_filename (folder, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *name = g_strconcat (hash, ".json", NULL);

  return g_build_filename (g_get_user_data_dir (), "parallax", "projects", name, NULL);
}

/**
 * px_project_new:
 * @folder: the folder the project belongs to
 *
 * Returns: (transfer full): an empty project, not yet read or written
 */
PxProject *
px_project_new (const char *folder)
{
  PxProject *self;

  g_return_val_if_fail (folder != NULL, NULL);

  self = g_object_new (PX_TYPE_PROJECT, NULL);
  self->folder = g_canonicalize_filename (folder, NULL);
  self->file = folder_file (self->folder);

  return self;
}

/* Article paths are kept relative to the folder so the project still fits
 * when the folder is moved or opened from another mount point. */
static char *
relative_key (PxProject  *self,
              const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, self->folder);
  gsize n = strlen (self->folder);

  if (g_str_has_prefix (canonical, self->folder) && canonical[n] == G_DIR_SEPARATOR)
    return g_strdup (canonical + n + 1);
  if (strcmp (self->folder, G_DIR_SEPARATOR_S) == 0)
    return g_strdup (canonical + 1);

  return g_steal_pointer (&canonical);
}

static char *
absolute_path (PxProject  *self,
               const char *key)
{
  if (g_path_is_absolute (key))
    return g_strdup (key);

  return g_build_filename (self->folder, key, NULL);
}

static void
read_string_map (JsonObject *root,
                 const char *member,
                 GHashTable *into)
{
  JsonNode *node = json_object_get_member (root, member);
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  object = json_node_get_object (node);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      const char *value;

      /* One odd entry (hand edits happen) costs that entry, not the rest. */
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      value = json_node_get_string (node);
      if (*key == '\0' || value == NULL || *value == '\0')
        continue;
      g_hash_table_replace (into, g_strdup (key), g_strdup (value));
    }
}

static gboolean
read_link_end (JsonObject  *link,
               const char  *member,
               char       **path,
               guint       *sentence,
               char       **text)
{
  JsonNode *node = json_object_get_member (link, member);
  JsonObject *end;
  const char *p, *t;
  gint64 index;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  end = json_node_get_object (node);
  p = json_object_get_string_member_with_default (end, "path", NULL);
  t = json_object_get_string_member_with_default (end, "text", NULL);
  index = json_object_get_int_member_with_default (end, "index", -1);
  if (p == NULL || *p == '\0' || index < 0 || index >= G_MAXUINT)
    return FALSE;
  *path = g_strdup (p);
  *sentence = (guint) index;
  *text = g_strdup (t);
  return TRUE;
}

static void
read_links (JsonObject *root,
            GPtrArray  *into)
{
  JsonNode *node = json_object_get_member (root, "sentence-links");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(PxProjectLink) link = g_new0 (PxProjectLink, 1);
      JsonObject *object;
      const char *kind;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      kind = json_object_get_string_member_with_default (object, "kind", "");
      if (g_strcmp0 (kind, "pin") == 0)
        link->kind = PX_LINK_PIN;
      else if (g_strcmp0 (kind, "unlink") == 0)
        link->kind = PX_LINK_UNLINK;
      else
        continue;
      link->event_id = g_strdup (json_object_get_string_member_with_default (object, "event", NULL));
      if (!read_link_end (object, "a", &link->path_a, &link->sentence_a, &link->text_a) ||
          !read_link_end (object, "b", &link->path_b, &link->sentence_b, &link->text_b))
        continue;
      g_ptr_array_add (into, g_steal_pointer (&link));
    }
}

/**
 * px_project_set_data:
 * @data: a project file's contents
 *
 * Replaces every correction with those in @data; on error nothing changes.
 *
 * Returns: %FALSE with @error set when @data is not a project
 */
gboolean
px_project_set_data (PxProject   *self,
                     const char  *data,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;

  g_return_val_if_fail (PX_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!json_parser_load_from_data (parser, data, -1, &local_error))
    {
      g_set_error (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                   _("The file is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                           _("The file does not hold a Parallax project."));
      return FALSE;
    }
  object = json_node_get_object (root);
  if (json_object_get_int_member_with_default (object, "version", 0) > PX_PROJECT_VERSION)
    {
      g_set_error_literal (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                           _("The file was written by a newer version of Parallax."));
      return FALSE;
    }

  g_hash_table_remove_all (self->pins);
  g_hash_table_remove_all (self->labels);
  g_hash_table_remove_all (self->outlets);
  read_string_map (object, "pins", self->pins);
  read_string_map (object, "labels", self->labels);
  read_string_map (object, "outlets", self->outlets);
  g_ptr_array_set_size (self->links, 0);
  read_links (object, self->links);

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
write_string_map (JsonBuilder *builder,
                  const char  *member,
                  GHashTable  *map)
{
  g_autofree gpointer *keys = g_hash_table_get_keys_as_array (map, NULL);
  guint n = g_hash_table_size (map);

  /* Sorted, so the file diffs cleanly between saves. */
  g_qsort_with_data (keys, n, sizeof (gpointer), compare_strings, NULL);
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_set_member_name (builder, keys[i]);
      json_builder_add_string_value (builder, g_hash_table_lookup (map, keys[i]));
    }
  json_builder_end_object (builder);
}

/**
 * px_project_to_data:
 *
 * Returns: (transfer full): the project as the JSON its file holds
 */
static void
write_link_end (JsonBuilder *builder,
                const char  *member,
                const char  *path,
                guint        sentence,
                const char  *text)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, sentence);
  if (text != NULL)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);
}

static void
write_links (JsonBuilder *builder,
             GPtrArray   *links)
{
  if (links->len == 0)
    return;
  json_builder_set_member_name (builder, "sentence-links");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      PxProjectLink *link = g_ptr_array_index (links, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, link->kind == PX_LINK_PIN ? "pin" : "unlink");
      if (link->event_id != NULL)
        {
          json_builder_set_member_name (builder, "event");
          json_builder_add_string_value (builder, link->event_id);
        }
      write_link_end (builder, "a", link->path_a, link->sentence_a, link->text_a);
      write_link_end (builder, "b", link->path_b, link->sentence_b, link->text_b);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

char *
px_project_to_data (PxProject *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PX_PROJECT_VERSION);
  write_string_map (builder, "pins", self->pins);
  write_string_map (builder, "labels", self->labels);
  write_string_map (builder, "outlets", self->outlets);
  write_links (builder, self->links);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

/* A file that cannot be read as a project is renamed, never deleted: the
 * user may want it back, and the next save must not overwrite it. */
static char *
set_aside (const char *file)
{
  g_autofree char *broken = g_strconcat (file, ".broken", NULL);

  if (g_rename (file, broken) != 0)
    {
      g_warning ("Could not set aside %s: %s", file, g_strerror (errno));
      return NULL;
    }

  return g_steal_pointer (&broken);
}

static gboolean
is_regular_file (const char *file)
{
  return g_file_test (file, G_FILE_TEST_IS_REGULAR);
}

/**
 * px_project_load:
 * @folder: the folder the project belongs to
 * @error: set when a project file was there but could not be read
 *
 * Reads the corrections saved for @folder. A file that is not a project is
 * renamed with a `.broken` suffix and reported through @error; the project
 * returned is then empty but usable.
 *
 * Returns: (transfer full): the project, never %NULL
 */
PxProject *
px_project_load (const char  *folder,
                 GError     **error)
{
  g_autoptr(PxProject) self = px_project_new (folder);
  g_autofree char *data_file = px_project_dup_data_file (self->folder);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *file = NULL;

  if (is_regular_file (self->file))
    file = self->file;
  else if (is_regular_file (data_file))
    file = data_file;

  if (file == NULL)
    return g_steal_pointer (&self);

  if (!g_file_get_contents (file, &contents, NULL, &local_error))
    {
      /* Unreadable but present: leave it alone and start empty. */
      g_set_error (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                   _("The corrections saved for this folder could not be read: %s"),
                   local_error->message);
      return g_steal_pointer (&self);
    }

  if (!g_utf8_validate (contents, -1, NULL) ||
      !px_project_set_data (self, contents, &local_error))
    {
      g_autofree char *broken = set_aside (file);
      g_autofree char *name = broken != NULL ? g_filename_display_basename (broken) : NULL;

      if (name != NULL)
        g_set_error (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                     _("The corrections saved for this folder could not be read and were set aside as “%s”."),
                     name);
      else
        g_set_error_literal (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT,
                             _("The corrections saved for this folder could not be read."));
      return g_steal_pointer (&self);
    }

  if (file != self->file)
    {
      g_free (self->file);
      self->file = g_strdup (file);
    }

  return g_steal_pointer (&self);
}

/**
 * px_project_save:
 *
 * Writes the project atomically: into the folder when it can be written,
 * else into the user's data directory (see px-project.h).
 *
 * Returns: %FALSE with @error set when neither place could be written
 */
gboolean
px_project_save (PxProject  *self,
                 GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *in_folder = NULL;
  g_autofree char *data_file = NULL;
  g_autofree char *data_dir = NULL;
  g_autoptr(GError) folder_error = NULL;

  g_return_val_if_fail (PX_IS_PROJECT (self), FALSE);

  contents = px_project_to_data (self);
  in_folder = folder_file (self->folder);
  data_file = px_project_dup_data_file (self->folder);

  /* Once the project lives in the data directory it stays there, so two
   * copies never disagree about which corrections hold. */
  if (g_strcmp0 (self->file, data_file) != 0 &&
      g_file_set_contents_full (in_folder, contents, -1,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0644, &folder_error))
    {
      g_free (self->file);
      self->file = g_steal_pointer (&in_folder);
      return TRUE;
    }

  if (folder_error != NULL)
    g_debug ("Project not written in the folder: %s", folder_error->message);

  data_dir = g_path_get_dirname (data_file);
  if (g_mkdir_with_parents (data_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder for saved corrections: %s"),
                   g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents_full (data_file, contents, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  g_free (self->file);
  self->file = g_steal_pointer (&data_file);

  return TRUE;
}

const char *
px_project_get_folder (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  return self->folder;
}

/**
 * px_project_get_file:
 *
 * Returns: the file the project was read from or last written to; for a
 *   new project, the file in the folder it will try first
 */
const char *
px_project_get_file (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  return self->file;
}

gboolean
px_project_is_empty (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), TRUE);

  return g_hash_table_size (self->pins) == 0 &&
         g_hash_table_size (self->labels) == 0 &&
         g_hash_table_size (self->outlets) == 0 &&
         self->links->len == 0;
}

/**
 * px_project_new_event_id:
 *
 * Returns: (transfer full): an event id no event of this project has; it
 *   starts with "u" so it never meets an automatic id (those start with "e")
 */
char *
px_project_new_event_id (PxProject *self)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  for (;;)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *id = g_strdup_printf ("u%.8s", uuid);

      if (!px_project_has_event (self, id))
        return g_steal_pointer (&id);
    }
}

/**
 * px_project_pin:
 * @path: an article's path
 * @event_id: (nullable): the event it belongs to; %NULL lets the grouping
 *   decide again
 */
void
px_project_pin (PxProject  *self,
                const char *path,
                const char *event_id)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (path != NULL);

  if (event_id == NULL)
    {
      g_autofree char *key = relative_key (self, path);

      g_hash_table_remove (self->pins, key);
    }
  else
    g_hash_table_replace (self->pins, relative_key (self, path), g_strdup (event_id));
}

const char *
px_project_get_pin (PxProject  *self,
                    const char *path)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  key = relative_key (self, path);

  return g_hash_table_lookup (self->pins, key);
}

/**
 * px_project_has_event:
 *
 * Returns: whether an article is pinned to @event_id or it has a label
 */
gboolean
px_project_has_event (PxProject  *self,
                      const char *event_id)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (PX_IS_PROJECT (self), FALSE);

  if (event_id == NULL)
    return FALSE;
  if (g_hash_table_contains (self->labels, event_id))
    return TRUE;

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (strcmp (value, event_id) == 0)
      return TRUE;

  return FALSE;
}

/**
 * px_project_set_label:
 * @label: (nullable): the event's name; %NULL or empty goes back to the
 *   automatic label
 */
void
px_project_set_label (PxProject  *self,
                      const char *event_id,
                      const char *label)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (event_id != NULL);

  if (label == NULL || *label == '\0')
    g_hash_table_remove (self->labels, event_id);
  else
    g_hash_table_replace (self->labels, g_strdup (event_id), g_strdup (label));
}

const char *
px_project_get_label (PxProject  *self,
                      const char *event_id)
{
  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);

  return event_id != NULL ? g_hash_table_lookup (self->labels, event_id) : NULL;
}

/**
 * px_project_set_outlet:
 * @outlet: (nullable): the outlet the user says published @path; %NULL
 *   goes back to the one found in the file
 */
void
px_project_set_outlet (PxProject  *self,
                       const char *path,
                       const char *outlet)
{
  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (path != NULL);

  if (outlet == NULL || *outlet == '\0')
    {
      g_autofree char *key = relative_key (self, path);

      g_hash_table_remove (self->outlets, key);
    }
  else
    g_hash_table_replace (self->outlets, relative_key (self, path), g_strdup (outlet));
}

const char *
px_project_get_outlet (PxProject  *self,
                       const char *path)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PX_IS_PROJECT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  key = relative_key (self, path);

  return g_hash_table_lookup (self->outlets, key);
}

static gboolean
same_end (const char *path,
          guint       sentence,
          const char *other_path,
          guint       other_sentence)
{
  return sentence == other_sentence && g_strcmp0 (path, other_path) == 0;
}

/**
 * px_project_add_link:
 * @event_id: (nullable): the event the user made the correction in
 * @kind: pin the two sentences together, or part them
 * @path_a: the first article's path
 * @sentence_a: the index of its sentence in the comparison
 * @text_a: (nullable): that sentence's text, to find it again later
 *
 * Keeps a correction of the sentence alignment. A later correction of the
 * same two sentences replaces an earlier one, so unlinking a pinned pair
 * undoes the pin.
 */
void
px_project_add_link (PxProject  *self,
                     const char *event_id,
                     PxLinkKind  kind,
                     const char *path_a,
                     guint       sentence_a,
                     const char *text_a,
                     const char *path_b,
                     guint       sentence_b,
                     const char *text_b)
{
  PxProjectLink *link;
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  g_return_if_fail (PX_IS_PROJECT (self));
  g_return_if_fail (path_a != NULL && path_b != NULL);

  key_a = relative_key (self, path_a);
  key_b = relative_key (self, path_b);
  for (guint i = 0; i < self->links->len; i++)
    {
      PxProjectLink *old = g_ptr_array_index (self->links, i);

      if ((same_end (old->path_a, old->sentence_a, key_a, sentence_a) &&
           same_end (old->path_b, old->sentence_b, key_b, sentence_b)) ||
          (same_end (old->path_a, old->sentence_a, key_b, sentence_b) &&
           same_end (old->path_b, old->sentence_b, key_a, sentence_a)))
        {
          g_ptr_array_remove_index (self->links, i);
          break;
        }
    }

  link = g_new0 (PxProjectLink, 1);
  link->kind = kind;
  link->event_id = g_strdup (event_id);
  link->path_a = g_steal_pointer (&key_a);
  link->sentence_a = sentence_a;
  link->text_a = g_strdup (text_a);
  link->path_b = g_steal_pointer (&key_b);
  link->sentence_b = sentence_b;
  link->text_b = g_strdup (text_b);
  g_ptr_array_add (self->links, link);
}

/**
 * px_project_dup_links:
 *
 * Returns: (transfer container) (element-type PxProjectLink): the
 *   corrections of the sentence alignment, oldest first, with absolute
 *   article paths
 */
GPtrArray *
px_project_dup_links (PxProject *self)
{
  GPtrArray *links = g_ptr_array_new_with_free_func ((GDestroyNotify) px_project_link_free);

  g_return_val_if_fail (PX_IS_PROJECT (self), links);

  for (guint i = 0; i < self->links->len; i++)
    {
      PxProjectLink *link = px_project_link_copy (g_ptr_array_index (self->links, i));
      char *a = absolute_path (self, link->path_a);
      char *b = absolute_path (self, link->path_b);

      g_free (link->path_a);
      g_free (link->path_b);
      link->path_a = a;
      link->path_b = b;
      g_ptr_array_add (links, link);
    }
  return links;
}

/**
 * px_project_dup_constraints:
 *
 * Returns: (transfer full): the corrections as the grouping takes them,
 *   with absolute article paths
 */
PxEventConstraints *
px_project_dup_constraints (PxProject *self)
{
  PxEventConstraints *constraints = px_event_constraints_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PX_IS_PROJECT (self), constraints);

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *path = absolute_path (self, key);

      px_event_constraints_pin (constraints, path, value);
    }
  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    px_event_constraints_set_label (constraints, key, value);

  return constraints;
}
