/* px-html.c — the article inside a saved web page
 *
 * The page is parsed once with libxml2, then walked without recursion:
 *
 * 1. every element gets a record (document order, subtree size, class/id
 *    hints), and the text under it is counted;
 * 2. the visible text is cut into blocks (paragraphs, headings, list items,
 *    quotes, captions, <br><br>-separated runs) with their link density,
 *    commas and role, leaving out what is never article text (scripts,
 *    hidden elements, navigation, share bars, comment sections…);
 * 3. blocks score the containers above them, as Readability does, and the
 *    best container with its like siblings is the article;
 * 4. the article's blocks are filtered one by one (links, furniture lexicon,
 *    stop words, end markers, duplicates), jusText-style;
 * 5. when that result looks too short beside a page-wide paragraph
 *    classification, the classification wins, as trafilatura's fallback does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-html"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-date.h"
#include "px-furniture.h"
#include "px-html.h"
#include "px-html-private.h"
#include "px-loader.h"
#include "px-language.h"
#include "px-text.h"

/* XML_PARSE_HUGE lifts libxml2's 256-level depth cap, past which it stops
 * reading and the rest of a deeply nested page would be lost; the HTML
 * parser expands no entities, and every walk here is iterative. */
#define PX_HTML_PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                               HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE)
#define PX_NONE G_MAXUINT

enum {
  PX_HINT_POSITIVE = 1 << 0,   /* class/id says "article", "content"… */
  PX_HINT_NEGATIVE = 1 << 1,   /* class/id says "sidebar", "meta"… (scoring) */
  PX_HINT_UNLIKELY = 1 << 2,   /* probably not content, unless it wraps the article */
  PX_HINT_FURNITURE = 1 << 3,  /* share bar, related links, comments, ads… */
  PX_HINT_REMOVED = 1 << 4,    /* never article text: skipped entirely */
  PX_HINT_BLOCK = 1 << 5,      /* a block-level element */
  PX_HINT_IN_ARTICLE = 1 << 6, /* inside <article> or <main> */
  PX_HINT_CAPTION = 1 << 7,    /* class says "caption" */
  PX_HINT_CLASS_FURNITURE = 1 << 8,  /* furniture by class/id, not by tag */
  PX_HINT_MEDIA = 1 << 9,      /* class says "video", "player": a media box */
};

/* Tags the block collector treats specially, found once per element. */
typedef enum {
  PX_TAG_OTHER,
  PX_TAG_A,
  PX_TAG_HEADING,
  PX_TAG_BLOCKQUOTE,
  PX_TAG_ITEM,
  PX_TAG_CAPTION,
  PX_TAG_PRE,
  PX_TAG_TIME,
  PX_TAG_BR,
  PX_TAG_SPACER,         /* img, td, th: a space between words */
} PxTag;

#define PX_TAG_SHIFT 16

typedef struct {
  xmlNode *node;
  PxTag    tag;
  guint    parent;       /* index of the parent element's record */
  guint    post;         /* records [self, post) are this subtree */
  guint    block;        /* nearest block-level element, self included */
  guint    unlikely;     /* nearest unlikely element, self included, or PX_NONE */
  guint    flags;
  guint    text;         /* visible characters in the subtree */
  guint    linked;       /* of which inside links */
  guint    block_text;   /* characters of scored blocks in the subtree */
  guint    block_links;  /* of which inside links */
  double   score;
  gboolean candidate;
  guint    leave;        /* position of this element's PX_EVENT_LEAVE */
} PxNodeInfo;

typedef struct {
  char            *text;
  guint            owner;       /* record of the element holding the text */
  guint            unlikely;    /* nearest unlikely ancestor, or PX_NONE */
  guint            chars;       /* visible characters, spaces excluded */
  guint            link_chars;
  guint            commas;
  PxParagraphRole  role;
  gboolean         keep;
  gboolean         is_date;     /* only a <time>: the date line */
  gboolean         lead;        /* standfirst between headline and body */
  guint            spaces;      /* word gaps, a cheap word count */
  int              verdict;     /* cached px_block_verdict (), or -1 */
  double           stopwords;   /* cached stop-word density, or -1 */
} PxBlock;

/* What the index counts in one text node, kept for the block collector. */
typedef struct {
  const xmlChar *content;
  guint          owner;    /* record of the element holding the text */
  guint          length;   /* bytes */
  guint          visible;  /* characters other than ASCII white space */
  guint          commas;   /* "," and "，" */
} PxTextStats;

/* The index also records the walk itself, in document order, as events
 * (kind in the low two bits, a record or text index above them): the
 * block collector replays them from one array instead of walking the tree
 * again, which on large pages means far fewer cache misses. */
enum {
  PX_EVENT_ENTER,
  PX_EVENT_LEAVE,
  PX_EVENT_TEXT,
};

#define PX_EVENT(kind, index) (((index) << 2) | (kind))

/* Appends @value to the growable C array @array of @len elements and room
 * for @size. */
#define PX_PUSH(array, len, size, value) G_STMT_START {                     \
    if (G_UNLIKELY ((len) == (size)))                                        \
      {                                                                      \
        (size) = MAX (256u, (size) * 2);                                     \
        (array) = g_renew (__typeof__ (*(array)), (array), (size));          \
      }                                                                      \
    (array)[(len)++] = (value);                                              \
  } G_STMT_END

typedef struct {
  GArray    *infos;     /* PxNodeInfo */
  /* Grown by PX_PUSH (), without a call per element. */
  PxTextStats *texts;   /* in document order */
  guint      n_texts;
  guint      texts_size;
  guint     *events;    /* see PX_EVENT () */
  guint      n_events;
  guint      events_size;
  GPtrArray *blocks;    /* PxBlock */
  guint      body_text;
  const char *language;
  gboolean   stopwords_known;
} PxPage;

static void
px_block_free (PxBlock *block)
{
  g_free (block->text);
  g_free (block);
}

static inline PxNodeInfo *
px_info (PxPage *page,
         guint   index)
{
  return &g_array_index (page->infos, PxNodeInfo, index);
}

static inline guint
px_node_index (xmlNode *node)
{
  return GPOINTER_TO_UINT (node->_private) - 1;
}

static inline gboolean
px_info_contains (PxPage *page,
                  guint   ancestor,
                  guint   index)
{
  return index >= ancestor && index < px_info (page, ancestor)->post;
}

/* ---- element kinds ----------------------------------------------------- */

static gboolean
px_tag_in (const char         *name,
           const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *const px_block_tags[] = {
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "noframes", NULL
};

/* Never text a reader sees as part of an article. */
static const char *const px_removed_tags[] = {
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
  "audio", "button", "select", "textarea", "input", "option", "head", "title", "meta", "link", "label",
  "map", "dialog", "frameset", "frame", NULL
};

/* Page structure that is furniture unless it holds most of the page. */
static const char *const px_furniture_tags[] = {
  "nav", "aside", "footer", "form", "menu", NULL
};

static gboolean
px_has_token (const char *hints,
              const char *token)
{
  gsize n = strlen (token);

  for (const char *p = strstr (hints, token); p != NULL; p = strstr (p + 1, token))
    {
      gboolean start = p == hints || !g_ascii_isalnum (p[-1]);
      gboolean end = !g_ascii_isalnum (p[n]);

      if (start && end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
px_has_any (const char         *hints,
            const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (hints, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Class and id words, learnt from how sites name their templates. */
static guint
px_hint_words (const char *value)
{
  static const char *const furniture[] = {
    "share", "sharing", "social", "cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription",
    "signup", "sign-up", "related", "recommend", "outbrain", "taboola", "promo", "sponsor", "advert",
    "paywall", "membership", "donat", "breadcrumb", "disqus", "respond", "popup", "modal", "author-bio",
    "authorbio", "about-author", "author-box", "authorbox", "more-stories", "read-more", "readmore",
    "readnext", "read-next", "most-popular", "mostpopular", "popular-posts", "trending", "widget", "sidebar",
    "skip-link", "skiplink", "byline", "article-meta", "post-meta", "entry-meta", "article-tags", "post-tags",
    "tag-list", "taglist", "tags-list", "entry-tags", "print-only", "visually-hidden", "sr-only",
    "screen-reader", "toolbar", "twitter-tweet", "instagram-media", "tiktok-embed", "newsletter",
    "adsbygoogle", "ad-container", "ad-slot", "adslot", "ad-wrapper", "ad-unit", "adunit", "inline-ad",
    "post-navigation", "nav-links", "pagination", "further-reading", "see-also", "inread", "teaser-list",
    "credit", "copyright", "follow-us", "app-promo", "bottom-of-article", "jp-relatedposts",
    "wp-block-latest-posts", "yarpp", "sharedaddy", "addtoany", "a2a_", "rp4wp", "crp_related", "button",
    "timestamp", "dateline-", "publish-date", "post-date", "entry-date", "article-date", "author-info",
    "appeal", "factbox", "fact-box", "infobox", "info-box", NULL
  };
  static const char *const unlikely[] = {
    "banner", "combx", "community", "cover-wrap", "extra", "footer", "header", "legends", "menu", "pager",
    "remark", "rss", "shoutbox", "skyscraper", "supplemental", "agegate", "masthead", "navbar", "navigation",
    "topbar", "utility", "hidden", "dropdown", "overlay", NULL
  };
  static const char *const positive[] = {
    "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose", "column",
    "shadow", NULL
  };
  static const char *const negative[] = {
    "hidden", "banner", "combx", "comment", "contact", "foot", "footnote", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
    "sponsor", "shopping", "tags", "tool", "widget", "caption", NULL
  };
  char buffer[512];
  guint flags = 0;

  g_strlcpy (buffer, value, sizeof buffer);
  for (char *p = buffer; *p; p++)
    *p = g_ascii_tolower (*p);

  if (px_has_any (buffer, positive))
    flags |= PX_HINT_POSITIVE;
  if (px_has_any (buffer, negative) || px_has_token (buffer, "ad") || px_has_token (buffer, "ads"))
    flags |= PX_HINT_NEGATIVE;
  if (px_has_any (buffer, furniture) || px_has_token (buffer, "ad") || px_has_token (buffer, "ads") ||
      px_has_token (buffer, "comments") || px_has_token (buffer, "comment") || px_has_token (buffer, "tags") ||
      px_has_token (buffer, "meta") || px_has_token (buffer, "cta") || px_has_token (buffer, "date") ||
      strstr (buffer, "comment-") != NULL || strstr (buffer, "comments-") != NULL ||
      strstr (buffer, "-comments") != NULL)
    flags |= PX_HINT_FURNITURE;
  if (strstr (buffer, "caption") != NULL || strstr (buffer, "img-sign") != NULL || strstr (buffer, "legend") != NULL)
    flags |= PX_HINT_CAPTION;
  if (strstr (buffer, "video") != NULL || strstr (buffer, "player") != NULL)
    flags |= PX_HINT_MEDIA;
  if (px_has_any (buffer, unlikely) || px_has_token (buffer, "nav") || px_has_token (buffer, "comment"))
    flags |= PX_HINT_UNLIKELY;
  return flags;
}

/* Pages repeat the same class names on thousands of elements: each distinct
 * value is matched against the word lists once. */
static guint
px_hint_words_cached (GHashTable *cache,
                      const char *value)
{
  gpointer cached;
  guint flags;

  if (value == NULL || *value == '\0')
    return 0;
  if (g_hash_table_lookup_extended (cache, value, NULL, &cached))
    return GPOINTER_TO_UINT (cached);
  flags = px_hint_words (value);
  g_hash_table_insert (cache, (gpointer) value, GUINT_TO_POINTER (flags));
  return flags;
}

/* The attributes the index reads, found in one walk over the list. */
typedef struct {
  const char *class_;
  const char *id;
  const char *style;
  const char *aria_hidden;
  gboolean    hidden;
} PxAttrs;

static void
px_attrs_read (xmlNode *node,
               PxAttrs *attrs)
{
  memset (attrs, 0, sizeof *attrs);
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      const char *value;

      if (name == NULL)
        continue;
      /* data-*, href, src…: most attributes are none of these. */
      switch (PX_ASCII_LOWER (name[0]))
        {
        case 'a': case 'c': case 'h': case 'i': case 's':
          break;
        default:
          continue;
        }
      value = attr->children != NULL && attr->children->type == XML_TEXT_NODE && attr->children->content != NULL ?
              (const char *) attr->children->content : "";
      if (g_ascii_strcasecmp (name, "class") == 0)
        attrs->class_ = attrs->class_ != NULL ? attrs->class_ : value;
      else if (g_ascii_strcasecmp (name, "id") == 0)
        attrs->id = attrs->id != NULL ? attrs->id : value;
      else if (g_ascii_strcasecmp (name, "style") == 0)
        attrs->style = attrs->style != NULL ? attrs->style : value;
      else if (g_ascii_strcasecmp (name, "aria-hidden") == 0)
        attrs->aria_hidden = attrs->aria_hidden != NULL ? attrs->aria_hidden : value;
      else if (g_ascii_strcasecmp (name, "hidden") == 0)
        attrs->hidden = TRUE;
    }
}

static guint
px_class_hints (GHashTable    *cache,
                const PxAttrs *attrs)
{
  guint flags = px_hint_words_cached (cache, attrs->class_) | px_hint_words_cached (cache, attrs->id);

  /* "article-nav" is navigation, "main-content header-offset" is content. */
  if (flags & PX_HINT_POSITIVE)
    flags &= ~PX_HINT_UNLIKELY;
  return flags;
}

/* Tag names, lower-cased by libxml2's HTML parser, to what they are. */
static GHashTable *
px_tag_kinds (void)
{
  static GHashTable *kinds;

  if (g_once_init_enter (&kinds))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; px_block_tags[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) px_block_tags[i], GUINT_TO_POINTER (PX_HINT_BLOCK));
      for (guint i = 0; px_removed_tags[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) px_removed_tags[i],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, px_removed_tags[i])) | PX_HINT_REMOVED));
      for (guint i = 0; px_furniture_tags[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) px_furniture_tags[i],
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, px_furniture_tags[i])) | PX_HINT_FURNITURE));
      {
        static const struct { const char *name; PxTag tag; } tags[] = {
          { "a", PX_TAG_A }, { "h1", PX_TAG_HEADING }, { "h2", PX_TAG_HEADING }, { "h3", PX_TAG_HEADING },
          { "h4", PX_TAG_HEADING }, { "h5", PX_TAG_HEADING }, { "h6", PX_TAG_HEADING },
          { "blockquote", PX_TAG_BLOCKQUOTE }, { "li", PX_TAG_ITEM }, { "dd", PX_TAG_ITEM },
          { "figcaption", PX_TAG_CAPTION }, { "figure", PX_TAG_CAPTION }, { "caption", PX_TAG_CAPTION },
          { "pre", PX_TAG_PRE }, { "time", PX_TAG_TIME }, { "br", PX_TAG_BR }, { "img", PX_TAG_SPACER },
          { "td", PX_TAG_SPACER }, { "th", PX_TAG_SPACER },
        };

        for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
          g_hash_table_insert (table, (gpointer) tags[i].name,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, tags[i].name)) |
                                                 (tags[i].tag << PX_TAG_SHIFT)));
      }
      g_once_init_leave (&kinds, table);
    }
  return kinds;
}

static gboolean
px_is_hidden (const PxAttrs *attrs)
{
  if (attrs->hidden)
    return TRUE;
  if (attrs->aria_hidden != NULL && g_ascii_strcasecmp (attrs->aria_hidden, "true") == 0)
    return TRUE;
  if (attrs->style != NULL && strchr (attrs->style, ':') != NULL)
    {
      g_autofree char *compact = g_ascii_strdown (attrs->style, -1);
      char *out = compact;

      for (char *in = compact; *in; in++)
        if (*in != ' ')
          *out++ = *in;
      *out = '\0';
      if (strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ---- pass 1: element records ------------------------------------------- */

/* Bytes of a 64-bit word equal to zero: 0x80 there, 0 elsewhere, with no
 * false positives (no carry crosses a byte). */
#define PX_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define PX_LOW7 G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f)
#define PX_HIGH G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
px_zero_bytes (guint64 w)
{
  return ~(((w & PX_LOW7) + PX_LOW7) | w | PX_LOW7);
}

static inline guint
px_count_high_bits (guint64 marks)
{
  return (guint) ((((marks >> 7) * PX_ONES)) >> 56);
}

/* Counts characters other than ASCII white space (UTF-8 continuation bytes
 * are not characters) and commas, eight bytes at a time: every text node
 * of every page goes through here. */
static void
px_text_scan (const xmlChar *text,
              PxTextStats   *stats)
{
  gsize length = strlen ((const char *) text);
  const guchar *p = text;
  const guchar *end = p + length;
  guint skipped = 0, commas = 0;
  gboolean wide = FALSE;

  for (; end - p >= 8; p += 8)
    {
      guint64 w;
      guint64 space;

      memcpy (&w, p, sizeof w);
      space = px_zero_bytes (w ^ (' ' * PX_ONES)) | px_zero_bytes (w ^ ('\n' * PX_ONES)) |
              px_zero_bytes (w ^ ('\t' * PX_ONES)) | px_zero_bytes (w ^ ('\r' * PX_ONES));
      /* 10xxxxxx: bit 7 set and bit 6 (shifted into bit 7) clear. */
      skipped += px_count_high_bits (space | (w & ~(w << 1) & PX_HIGH));
      commas += px_count_high_bits (px_zero_bytes (w ^ (',' * PX_ONES)));
      wide |= px_zero_bytes (w ^ (0xef * PX_ONES)) != 0;
    }
  for (; p < end; p++)
    {
      if ((*p & 0xc0) == 0x80 || *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        skipped++;
      else if (*p == ',')
        commas++;
      else if (*p == 0xef)
        wide = TRUE;
    }
  /* The ideographic comma "，" (EF BC 8C). */
  if (wide)
    for (const char *at = strstr ((const char *) text, "\xef\xbc\x8c"); at != NULL; at = strstr (at + 3, "\xef\xbc\x8c"))
      commas++;
  stats->length = (guint) MIN (length, G_MAXUINT);
  stats->visible = (guint) (length - skipped);
  stats->commas = commas;
}

static guint
px_count_visible (const xmlChar *text)
{
  PxTextStats stats;

  px_text_scan (text, &stats);
  return stats.visible;
}


static void
px_page_index (PxPage  *page,
               xmlNode *root)
{
  g_autoptr(GHashTable) hint_cache = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *tag_kinds = px_tag_kinds ();
  guint current = PX_NONE;
  guint links_open = 0;
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE && node->name != NULL)
        {
          PxNodeInfo info = { 0 };
          PxAttrs attrs;
          const char *name = (const char *) node->name;
          guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (tag_kinds, name));

          info.node = node;
          info.tag = kind >> PX_TAG_SHIFT;
          info.parent = current;
          px_attrs_read (node, &attrs);
          if ((kind & PX_HINT_REMOVED) || px_is_hidden (&attrs))
            info.flags |= PX_HINT_REMOVED;
          else
            {
              gboolean in_article = current != PX_NONE && (px_info (page, current)->flags & PX_HINT_IN_ARTICLE);

              info.flags |= px_class_hints (hint_cache, &attrs);
              if (info.flags & PX_HINT_FURNITURE)
                info.flags |= PX_HINT_CLASS_FURNITURE;
              info.flags |= kind & PX_HINT_FURNITURE;
              /* A page's header is its masthead; an article's header holds
               * the headline and the standfirst. */
              if (g_ascii_strcasecmp (name, "header") == 0 && !in_article)
                info.flags |= PX_HINT_UNLIKELY;
              if (in_article || g_ascii_strcasecmp (name, "article") == 0 || g_ascii_strcasecmp (name, "main") == 0)
                info.flags |= PX_HINT_IN_ARTICLE;
            }
          info.flags |= kind & PX_HINT_BLOCK;
          {
            guint self = page->infos->len;
            PxNodeInfo *parent = current != PX_NONE ? px_info (page, current) : NULL;

            info.block = (info.flags & PX_HINT_BLOCK) || parent == NULL ? self : parent->block;
            info.unlikely = (info.flags & PX_HINT_UNLIKELY) ? self : parent != NULL ? parent->unlikely : PX_NONE;
          }
          g_array_append_val (page->infos, info);
          node->_private = GUINT_TO_POINTER (page->infos->len);
          current = page->infos->len - 1;
          {
            PX_PUSH (page->events, page->n_events, page->events_size, PX_EVENT (PX_EVENT_ENTER, current));
          }
          descend = !(info.flags & PX_HINT_REMOVED) && node->children != NULL;
          if (descend && name[0] == 'a' && name[1] == '\0')
            links_open++;
        }
      else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
               node->content != NULL && current != PX_NONE)
        {
          PxTextStats stats;
          px_text_scan (node->content, &stats);
          stats.content = node->content;
          stats.owner = current;
          PX_PUSH (page->events, page->n_events, page->events_size, PX_EVENT (PX_EVENT_TEXT, page->n_texts));
          PX_PUSH (page->texts, page->n_texts, page->texts_size, stats);
          px_info (page, current)->text += stats.visible;
          if (links_open > 0)
            px_info (page, current)->linked += stats.visible;
        }

      if (descend)
        {
          node = node->children;
          continue;
        }
      /* Leaving: close finished elements, adding their text to the parent. */
      for (;;)
        {
          if (node->type == XML_ELEMENT_NODE && node->_private != NULL)
            {
              guint index = px_node_index (node);
              PxNodeInfo *info = px_info (page, index);
              info->post = page->infos->len;
              info->leave = page->n_events;
              PX_PUSH (page->events, page->n_events, page->events_size, PX_EVENT (PX_EVENT_LEAVE, index));
              if (info->parent != PX_NONE && !(info->flags & PX_HINT_REMOVED))
                {
                  px_info (page, info->parent)->text += info->text;
                  px_info (page, info->parent)->linked += info->linked;
                }
              if (node != root && node->children != NULL && !(info->flags & PX_HINT_REMOVED) &&
                  node->name[0] == 'a' && node->name[1] == '\0' && links_open > 0)
                links_open--;
              current = info->parent;
            }
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }
}

/* Furniture-named elements go, unless they wrap most of the page: some
 * templates put the whole article inside a form or a "has-sidebar" div.
 * A class hint must never discard the main text: when the elements sharing
 * one furniture-sounding class (a "paywall" class on every fragment of the
 * body) hold most of the page's prose, that class is the article's. */
static void
px_page_resolve_furniture (PxPage *page)
{
  guint total = page->infos->len > 0 ? px_info (page, 0)->text : 0;
  guint prose = page->infos->len > 0 ? total - px_info (page, 0)->linked : 0;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  guint outer_end = 0;

  page->body_text = total;
  for (guint i = 0; i < page->infos->len; i++)
    {
      PxNodeInfo *info = px_info (page, i);
      const char *cls;

      if (!(info->flags & PX_HINT_CLASS_FURNITURE) || (info->flags & PX_HINT_REMOVED) || i < outer_end)
        continue;
      outer_end = info->post;
      cls = px_html_attr (info->node, "class");
      if (cls == NULL || *cls == '\0' || strstr (cls, "comment") != NULL)
        continue;
      g_hash_table_insert (groups, (gpointer) cls,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (groups, cls)) +
                                             info->text - info->linked));
    }
  for (guint i = 0; i < page->infos->len; i++)
    {
      PxNodeInfo *info = px_info (page, i);
      const char *cls;

      /* A video box's title, duration and notices describe the video, as
       * a caption does a picture; a "video-article" wrapping the story
       * holds far more text. */
      if ((info->flags & PX_HINT_MEDIA) && info->text < 400 && (double) info->text < 0.1 * total)
        info->flags |= PX_HINT_CAPTION;
      if (!(info->flags & PX_HINT_FURNITURE) || (info->flags & PX_HINT_REMOVED) ||
          (double) info->text >= 0.5 * total)
        continue;
      cls = (info->flags & PX_HINT_CLASS_FURNITURE) ? px_html_attr (info->node, "class") : NULL;
      if (cls != NULL && prose > 0 && GPOINTER_TO_UINT (g_hash_table_lookup (groups, cls)) >= 0.5 * prose)
        {
          info->flags &= ~(PX_HINT_FURNITURE | PX_HINT_NEGATIVE | PX_HINT_UNLIKELY);
          continue;
        }
      info->flags |= PX_HINT_REMOVED;
    }
}

/* ---- pass 2: blocks ------------------------------------------------------ */

typedef struct {
  PxPage   *page;
  GString  *buffer;
  guint     owner;
  guint     chars;
  guint     link_chars;
  guint     commas;
  guint     links;       /* depth of <a> */
  guint     headings;
  guint     quotes;
  guint     items;
  guint     captions;
  guint     pres;
  guint     times;       /* depth of <time> */
  guint     time_chars;
  guint     spaces;
  gboolean  pending_br;
} PxCollector;

/* What px_fold_space () does with each byte: 0 copy it, 1 ASCII white
 * space, 2 the lead byte of a character that may be a Unicode space or a
 * joiner (U+00A0, U+00AD, U+1680, U+2000–U+205F, U+3000, U+FEFF), decoded. */
static const guint8 px_fold_class[256] = {
  ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
  [0xc2] = 2, [0xe1] = 2, [0xe2] = 2, [0xe3] = 2, [0xef] = 2,
};

/* One character of px_fold_space () at @p, other than a run of ordinary
 * bytes: ASCII white space is written as a space only after something
 * that is not a space (without a branch on the data: in prose a branch per
 * word boundary is mispredicted about once a word), other bytes are
 * copied, and lead bytes that may start a Unicode space or joiner are
 * decoded. Returns the bytes consumed. */
static inline gsize
px_fold_one (const guchar  *p,
             const guchar  *end,
             char         **o,
             guint         *after_space,
             guint         *written)
{
  guint kind = px_fold_class[*p];

  if (G_LIKELY (kind < 2))
    {
      guint keep = 1 - (kind & *after_space);

      **o = kind ? ' ' : (char) *p;
      *o += keep;
      *written += kind & keep;
      *after_space = kind;
      return 1;
    }
  {
    gsize n = MIN ((gsize) g_utf8_skip[*p], (gsize) (end - p));
    gunichar c = g_utf8_get_char_validated ((const char *) p, n);

    if (c == 0x00ad || c == 0x200b || c == 0xfeff)
      ;   /* joins, and leaves the space state as it was */
    else if (c < 0x110000 && (g_unichar_isspace (c) || c == 0x00a0 || c == 0x2007 || c == 0x202f))
      {
        if (!*after_space)
          {
            *(*o)++ = ' ';
            (*written)++;
          }
        *after_space = 1;
      }
    else
      {
        for (gsize i = 0; i < n; i++)
          *(*o)++ = (char) p[i];
        *after_space = 0;
      }
    return n;
  }
}

/* px_text_normalize_space () for a block's buffer, with the spaces it
 * wrote counted. Eight bytes at a time: the run of ordinary bytes (above
 * U+0020 and below the lead bytes of 0xC0 and up) at the start of each
 * word is found with bit arithmetic and copied in one store. */
static char *
px_fold_space (const char *text,
               gsize       length,
               guint      *spaces)
{
  char *out = g_malloc (length + 1);
  char *o = out;
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;
  guint after_space = 1;   /* nothing written yet, or a space last */
  guint written = 0;

  /* The output is never longer than the input read so far, so an
   * eight-byte store at o stays inside the buffer while p + 8 <= end. */
  while (end - p >= 8)
    {
      guint64 w, special;
      guint run;

      memcpy (&w, p, sizeof w);
      /* Bytes up to 0x20, and bytes from 0xC0. */
      special = (~(((w & PX_LOW7) + 0x5f * PX_ONES) | w) & PX_HIGH) | (w & (w << 1) & PX_HIGH);
      if (special == 0)
        run = 8;
      else
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
        run = (guint) __builtin_ctzll (special) / 8;
#else
        run = (guint) __builtin_clzll (special) / 8;
#endif
      if (run > 0)
        {
          memcpy (o, p, sizeof w);
          o += run;
          p += run;
          after_space = 0;
          if (run == 8)
            continue;
        }
      p += px_fold_one (p, end, &o, &after_space, &written);
    }
  while (p < end)
    p += px_fold_one (p, end, &o, &after_space, &written);
  /* No trailing space. */
  if (o > out && after_space)
    {
      o--;
      written--;
    }
  *o = '\0';
  *spaces = written;
  return out;
}

static gboolean
px_is_centred (xmlNode *node)
{
  const char *style = px_html_attr (node, "style");
  const char *align = px_html_attr (node, "align");

  if (align != NULL && g_ascii_strcasecmp (align, "center") == 0)
    return TRUE;
  if (style != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (style, -1);
      const char *at = strstr (lower, "text-align");

      if (at != NULL)
        {
          at += strlen ("text-align");
          while (*at == ' ' || *at == ':')
            at++;
          return g_str_has_prefix (at, "center");
        }
    }
  return FALSE;
}

/* Older and Chinese templates caption a picture with a centred paragraph
 * right after the centred paragraph that holds only the image. */
static gboolean
px_is_centred_caption (PxPage *page,
                       guint   owner)
{
  xmlNode *node = px_info (page, owner)->node;
  xmlNode *prev = node->prev;

  while (prev != NULL && prev->type != XML_ELEMENT_NODE)
    prev = prev->prev;
  if (prev == NULL || prev->_private == NULL)
    return FALSE;
  {
    guint index = px_node_index (prev);
    PxNodeInfo *info = px_info (page, index);
    gboolean image = FALSE;

    if (info->text > 0)
      return FALSE;
    for (guint i = index; i < info->post && !image; i++)
      image = px_info (page, i)->tag == PX_TAG_SPACER && px_html_is_tag (px_info (page, i)->node, "img");
    return image && px_is_centred (node);
  }
}

static void
px_collector_flush (PxCollector *c)
{
  PxBlock *block;
  g_autofree char *text = NULL;

  c->pending_br = FALSE;
  if (c->chars == 0)
    {
      g_string_truncate (c->buffer, 0);
      return;
    }
  {
    guint spaces;

    text = px_fold_space (c->buffer->str, c->buffer->len, &spaces);
    c->spaces = spaces;
  }
  g_string_truncate (c->buffer, 0);
  if (*text == '\0')
    {
      c->chars = c->link_chars = c->commas = c->time_chars = 0;
      return;
    }
  block = g_new0 (PxBlock, 1);
  block->text = g_steal_pointer (&text);
  block->owner = c->owner;
  block->unlikely = px_info (c->page, c->owner)->unlikely;
  block->chars = c->chars;
  block->link_chars = MIN (c->link_chars, c->chars);
  block->commas = c->commas;
  block->spaces = c->spaces;
  block->verdict = -1;
  block->stopwords = -1;
  if (c->captions > 0 || (c->chars < 300 && px_is_centred_caption (c->page, c->owner)))
    block->role = PX_PARAGRAPH_CAPTION;
  else if (c->headings > 0)
    block->role = PX_PARAGRAPH_HEADING;
  else if (c->quotes > 0)
    block->role = PX_PARAGRAPH_QUOTE;
  else if (c->items > 0)
    block->role = PX_PARAGRAPH_LIST;
  else
    block->role = PX_PARAGRAPH_BODY;
  g_ptr_array_add (c->page->blocks, block);
  /* A block that is nothing but a <time> is the page's date line. */
  if (c->time_chars >= c->chars && block->role != PX_PARAGRAPH_HEADING)
    block->is_date = TRUE;
  c->chars = c->link_chars = c->commas = c->time_chars = 0;
}

static void
px_collector_text (PxCollector       *c,
                   const PxTextStats *stats)
{
  guint owner = stats->owner;

  if (stats->visible == 0)
    {
      if (c->buffer->len > 0)
        g_string_append_c (c->buffer, ' ');
      return;
    }
  if (c->chars == 0)
    c->owner = px_info (c->page, owner)->block;
  c->pending_br = FALSE;
  g_string_append_len (c->buffer, (const char *) stats->content, stats->length);
  c->chars += stats->visible;
  if (c->links > 0)
    c->link_chars += stats->visible;
  if (c->times > 0)
    c->time_chars += stats->visible;
  c->commas += stats->commas;
}

static void
px_collector_step (PxCollector *c,
                   guint        index,
                   gboolean     entering)
{
  PxNodeInfo *info = px_info (c->page, index);
  int delta = entering ? 1 : -1;

  if (info->flags & PX_HINT_BLOCK)
    px_collector_flush (c);
  switch (info->tag)
    {
    case PX_TAG_A:
      c->links += delta;
      break;
    case PX_TAG_HEADING:
      c->headings += delta;
      break;
    case PX_TAG_BLOCKQUOTE:
      c->quotes += delta;
      break;
    case PX_TAG_ITEM:
      c->items += delta;
      break;
    case PX_TAG_CAPTION:
      c->captions += delta;
      break;
    case PX_TAG_PRE:
      c->pres += delta;
      break;
    case PX_TAG_TIME:
      c->times += delta;
      break;
    case PX_TAG_BR:
      if (!entering)
        break;
      if (c->pending_br)
        px_collector_flush (c);
      else
        {
          g_string_append_c (c->buffer, ' ');
          c->pending_br = TRUE;
        }
      break;
    case PX_TAG_SPACER:
      g_string_append_c (c->buffer, ' ');
      break;
    case PX_TAG_OTHER:
    default:
      if (info->flags & PX_HINT_CAPTION)
        c->captions += delta;
      break;
    }
}

/* Replays the index's walk: elements removed since (furniture) are skipped
 * whole, as the tree walk this replaced skipped them. */
static void
px_page_collect_blocks (PxPage *page)
{
  PxCollector c = { 0 };
  const guint *events = page->events;

  c.page = page;
  c.buffer = g_string_new (NULL);
  for (guint e = 0; e < page->n_events; e++)
    {
      guint index = events[e] >> 2;

      switch (events[e] & 3)
        {
        case PX_EVENT_ENTER:
          if (px_info (page, index)->flags & PX_HINT_REMOVED)
            e = px_info (page, index)->leave;
          else
            px_collector_step (&c, index, TRUE);
          break;
        case PX_EVENT_LEAVE:
          px_collector_step (&c, index, FALSE);
          break;
        case PX_EVENT_TEXT:
        default:
          px_collector_text (&c, &page->texts[index]);
          break;
        }
    }
  px_collector_flush (&c);
  g_string_free (c.buffer, TRUE);
}

/* ---- pass 3: scoring containers ------------------------------------------ */

static double
px_tag_base_score (xmlNode *node)
{
  const char *name = (const char *) node->name;

  if (g_ascii_strcasecmp (name, "div") == 0 || g_ascii_strcasecmp (name, "article") == 0 ||
      g_ascii_strcasecmp (name, "section") == 0 || g_ascii_strcasecmp (name, "main") == 0)
    return 5;
  if (g_ascii_strcasecmp (name, "pre") == 0 || g_ascii_strcasecmp (name, "td") == 0 ||
      g_ascii_strcasecmp (name, "blockquote") == 0)
    return 3;
  if (px_tag_in (name, (const char *const[]) { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL }))
    return -3;
  if (px_tag_in (name, (const char *const[]) { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL }))
    return -5;
  return 0;
}

static void
px_candidate_init (PxPage *page,
                   guint   index)
{
  PxNodeInfo *info = px_info (page, index);

  if (info->candidate)
    return;
  info->candidate = TRUE;
  info->score = px_tag_base_score (info->node);
  if (info->flags & PX_HINT_POSITIVE)
    info->score += 25;
  if (info->flags & PX_HINT_NEGATIVE)
    info->score -= 25;
}

static gboolean
px_block_allowed (PxPage  *page,
                  PxBlock *block,
                  gboolean strict)
{
  return !strict || block->unlikely == PX_NONE;
}

/* Scores containers from their paragraphs; returns the best one or PX_NONE. */
static guint
px_page_score (PxPage   *page,
               gboolean  strict)
{
  guint best = PX_NONE;

  for (guint i = 0; i < page->infos->len; i++)
    {
      PxNodeInfo *info = px_info (page, i);

      info->candidate = FALSE;
      info->score = 0;
      info->block_text = info->block_links = 0;
    }

  for (guint b = 0; b < page->blocks->len; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      PxNodeInfo *owner = px_info (page, block->owner);
      double score;
      guint ancestor;

      if (!px_block_allowed (page, block, strict))
        continue;
      owner->block_text += block->chars;
      owner->block_links += block->link_chars;
      if (block->chars < 25 || block->role == PX_PARAGRAPH_CAPTION || block->role == PX_PARAGRAPH_LIST)
        continue;
      score = 1 + block->commas + MIN (block->chars / 100.0, 3.0);
      if (block->role == PX_PARAGRAPH_HEADING)
        score *= 0.5;
      ancestor = owner->parent;
      /* A paragraph written straight into a div scores that div itself. */
      if (!px_html_is_tag (owner->node, "p") && !px_html_is_tag (owner->node, "blockquote") &&
          !px_html_is_tag (owner->node, "pre") && block->role == PX_PARAGRAPH_BODY)
        ancestor = block->owner;
      for (guint level = 0; level < 5 && ancestor != PX_NONE; level++)
        {
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

          px_candidate_init (page, ancestor);
          px_info (page, ancestor)->score += score / divider;
          ancestor = px_info (page, ancestor)->parent;
        }
    }

  /* Link density of each subtree, children before parents. */
  for (guint i = page->infos->len; i-- > 0;)
    {
      PxNodeInfo *info = px_info (page, i);

      if (info->parent != PX_NONE)
        {
          px_info (page, info->parent)->block_text += info->block_text;
          px_info (page, info->parent)->block_links += info->block_links;
        }
    }

  for (guint i = 0; i < page->infos->len; i++)
    {
      PxNodeInfo *info = px_info (page, i);
      double density;

      if (!info->candidate)
        continue;
      density = info->block_text > 0 ? (double) info->block_links / info->block_text : 0;
      info->score *= 1 - density;
      if (best == PX_NONE || info->score > px_info (page, best)->score)
        best = i;
    }
  return best;
}

/* Readability's refinements: several strong candidates under one ancestor
 * mean the article was split (by ads, by sections); an only child is no
 * better than its parent. */
static guint
px_page_refine_top (PxPage *page,
                    guint   top)
{
  guint alternatives[5];
  guint n_alternatives = 0;
  double top_score = px_info (page, top)->score;

  for (guint i = 0; i < page->infos->len && n_alternatives < G_N_ELEMENTS (alternatives); i++)
    {
      PxNodeInfo *info = px_info (page, i);

      if (i != top && info->candidate && info->score >= 0.75 * top_score && !px_info_contains (page, i, top) &&
          !px_info_contains (page, top, i))
        alternatives[n_alternatives++] = i;
    }
  if (n_alternatives >= 3)
    {
      for (guint ancestor = px_info (page, top)->parent; ancestor != PX_NONE;
           ancestor = px_info (page, ancestor)->parent)
        {
          guint inside = 0;

          if (px_html_is_tag (px_info (page, ancestor)->node, "body"))
            break;
          for (guint k = 0; k < n_alternatives; k++)
            if (px_info_contains (page, ancestor, alternatives[k]))
              inside++;
          if (inside >= 3)
            {
              top = ancestor;
              break;
            }
        }
    }
  for (;;)
    {
      PxNodeInfo *info = px_info (page, top);
      PxNodeInfo *parent;

      if (info->parent == PX_NONE)
        break;
      parent = px_info (page, info->parent);
      if (px_html_is_tag (parent->node, "body") || px_html_is_tag (parent->node, "html"))
        break;
      /* The parent holds nothing else with text. */
      if (parent->block_text > info->block_text)
        break;
      top = info->parent;
    }
  return top;
}

static gboolean
px_same_class (xmlNode *a,
               xmlNode *b)
{
  const char *ca = px_html_attr (a, "class");
  const char *cb = px_html_attr (b, "class");

  return ca != NULL && cb != NULL && *ca != '\0' && strcmp (ca, cb) == 0;
}

/* The article: the top candidate and those of its siblings that look like
 * more of it. Returns the record ranges to keep. */
static GArray *
px_page_select (PxPage *page,
                guint   top)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  PxNodeInfo *top_info = px_info (page, top);
  double threshold = MAX (10.0, top_info->score * 0.2);
  guint parent = top_info->parent;

  if (parent == PX_NONE)
    {
      g_array_append_val (ranges, top);
      return ranges;
    }
  for (guint child = parent + 1; child < px_info (page, parent)->post; child = px_info (page, child)->post)
    {
      PxNodeInfo *info = px_info (page, child);
      gboolean keep = child == top;

      if (info->flags & PX_HINT_REMOVED)
        continue;
      if (!keep && info->candidate)
        {
          double bonus = px_same_class (info->node, top_info->node) ? top_info->score * 0.2 : 0;

          keep = info->score + bonus >= threshold;
        }
      if (!keep && px_html_is_tag (info->node, "p") && info->block_text > 0)
        {
          double density = (double) info->block_links / info->block_text;

          keep = (info->block_text > 80 && density < 0.25) || (density == 0 && info->block_text > 20);
        }
      if (keep)
        g_array_append_val (ranges, child);
    }
  return ranges;
}

/* ---- pass 4: paragraph filter -------------------------------------------- */

static double
px_block_stopwords (PxPage  *page,
                    PxBlock *block)
{
  if (block->stopwords < 0)
    block->stopwords = px_language_stopword_density (block->text, page->language);
  return block->stopwords;
}

static gboolean
px_block_is_short_label (PxPage  *page,
                         PxBlock *block)
{
  /* jusText: short text without function words is a label, not prose. */
  if (block->chars >= 40 || px_text_ends_sentence (block->text))
    return FALSE;
  if (page->stopwords_known && px_block_stopwords (page, block) > 0)
    return FALSE;
  return px_text_count_words (block->text) <= 3 || page->stopwords_known;
}

typedef enum {
  PX_VERDICT_KEEP,
  PX_VERDICT_DROP,
  PX_VERDICT_END,
} PxVerdict;

/* The furniture lexicon's line patterns stop at 40 words; only its photo
 * credits go up to 60, and markup already makes those captions here. A
 * block of more words is prose and need not be looked up, which saves a
 * lookup per paragraph on every page. */
#define PX_FURNITURE_MAX_WORDS 40

static PxVerdict px_block_verdict_uncached (PxPage  *page,
                                            PxBlock *block);

static PxVerdict
px_block_verdict (PxPage  *page,
                  PxBlock *block)
{
  if (block->verdict < 0)
    block->verdict = px_block_verdict_uncached (page, block);
  return block->verdict;
}

static PxVerdict
px_block_verdict_uncached (PxPage  *page,
                           PxBlock *block)
{
  double density = block->chars > 0 ? (double) block->link_chars / block->chars : 0;

  if (block->is_date)
    return PX_VERDICT_DROP;
  switch (block->spaces >= PX_FURNITURE_MAX_WORDS ? PX_FURNITURE_NONE : px_furniture_classify (block->text))
    {
    case PX_FURNITURE_LINE:
    case PX_FURNITURE_CREDIT:
      return PX_VERDICT_DROP;
    case PX_FURNITURE_END:
      return block->chars < 200 ? PX_VERDICT_END : PX_VERDICT_DROP;
    case PX_FURNITURE_NONE:
    default:
      break;
    }
  if (density > 0.5 && block->role != PX_PARAGRAPH_QUOTE)
    return PX_VERDICT_DROP;
  if (block->role == PX_PARAGRAPH_BODY && block->chars < 60 && px_date_line_is_date (block->text))
    return PX_VERDICT_DROP;
  if (block->role != PX_PARAGRAPH_HEADING && block->role != PX_PARAGRAPH_CAPTION &&
      px_block_is_short_label (page, block) && px_text_count_words (block->text) <= 2 &&
      !px_text_ends_sentence (block->text))
    return PX_VERDICT_DROP;
  return PX_VERDICT_KEEP;
}

/* Whether two blocks sit in the same kind of container: the same parent,
 * or parents (or the elements themselves) of the same class. */
static gboolean
px_same_container (PxPage  *page,
                   PxBlock *a,
                   PxBlock *b)
{
  PxNodeInfo *oa = px_info (page, a->owner);
  PxNodeInfo *ob = px_info (page, b->owner);

  if (oa->parent == ob->parent)
    return TRUE;
  if (strcmp ((const char *) oa->node->name, (const char *) ob->node->name) == 0 &&
      px_same_class (oa->node, ob->node))
    return TRUE;
  return oa->parent != PX_NONE && ob->parent != PX_NONE &&
         px_same_class (px_info (page, oa->parent)->node, px_info (page, ob->parent)->node);
}

/* An end marker ("Related", "Mehr zum Thema") ends the article only when
 * what follows it looks different from the body before it: prose that
 * resumes in the same kind of container as the body is the article going
 * on after an inserted box. Returns the block where it resumes, or
 * PX_NONE. */
static guint
px_page_resumes (PxPage *page,
                 GArray *ranges,
                 guint   marker,
                 guint   last_body)
{
  PxBlock *body = g_ptr_array_index (page->blocks, last_body);

  for (guint b = marker + 1; b < page->blocks->len && b <= marker + 40; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      gboolean inside = FALSE;

      for (guint r = 0; r < ranges->len && !inside; r++)
        inside = px_info_contains (page, g_array_index (ranges, guint, r), block->owner);
      if (!inside)
        return PX_NONE;
      if (block->role != PX_PARAGRAPH_BODY || block->chars < 80 || block->link_chars * 5 > block->chars ||
          !px_text_ends_sentence (block->text))
        continue;
      if (px_block_verdict (page, block) != PX_VERDICT_KEEP)
        continue;
      return px_same_container (page, block, body) ? b : PX_NONE;
    }
  return PX_NONE;
}

/* Marks the blocks inside @ranges that survive the filter; returns their
 * visible characters. */
static guint
px_page_mark (PxPage   *page,
              GArray   *ranges,
              gboolean  strict)
{
  guint kept_chars = 0;
  guint body_seen = 0;
  guint last_body = PX_NONE;
  guint box = PX_NONE;

  for (guint b = 0; b < page->blocks->len; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      gboolean inside = FALSE;
      PxVerdict verdict;

      block->keep = FALSE;
      for (guint r = 0; r < ranges->len && !inside; r++)
        inside = px_info_contains (page, g_array_index (ranges, guint, r), block->owner);
      if (!inside || (box != PX_NONE && px_info_contains (page, box, block->owner)))
        continue;
      /* An unlikely element inside the article is a box, not the article. */
      if (strict && block->unlikely != PX_NONE)
        {
          gboolean wraps = FALSE;

          for (guint r = 0; r < ranges->len && !wraps; r++)
            wraps = px_info_contains (page, block->unlikely, g_array_index (ranges, guint, r));
          if (!wraps)
            continue;
        }
      verdict = px_block_verdict (page, block);
      if (verdict == PX_VERDICT_END && body_seen >= 150)
        {
          guint resume = last_body != PX_NONE ? px_page_resumes (page, ranges, b, last_body) : PX_NONE;

          if (resume == PX_NONE)
            break;
          /* "Related articles" inside the text: the box around the
           * marker goes (its largest ancestor holding neither the body
           * before nor the text after), the text goes on. */
          box = block->owner;
          while (px_info (page, box)->parent != PX_NONE)
            {
              guint up = px_info (page, box)->parent;

              if (px_info_contains (page, up, ((PxBlock *) g_ptr_array_index (page->blocks, last_body))->owner) ||
                  px_info_contains (page, up, ((PxBlock *) g_ptr_array_index (page->blocks, resume))->owner))
                break;
              box = up;
            }
          continue;
        }
      if (verdict != PX_VERDICT_KEEP)
        continue;
      block->keep = TRUE;
      kept_chars += block->chars;
      if (block->role == PX_PARAGRAPH_BODY || block->role == PX_PARAGRAPH_QUOTE)
        {
          body_seen += block->chars;
          last_body = b;
        }
    }
  return kept_chars;
}

/* jusText over the whole page: paragraphs classified on their own, then by
 * their neighbours. Used when the container search finds too little. */
static guint
px_page_mark_classified (PxPage *page)
{
  g_autofree int *classes = g_new0 (int, page->blocks->len + 1);   /* 2 good, 1 unsure, 0 bad */
  guint kept_chars = 0;
  guint n = page->blocks->len;

  for (guint b = 0; b < n; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      double density = block->chars > 0 ? (double) block->link_chars / block->chars : 0;
      double stop;

      if (block->unlikely != PX_NONE || density > 0.33 || block->role == PX_PARAGRAPH_CAPTION ||
          px_block_verdict (page, block) != PX_VERDICT_KEEP)
        {
          classes[b] = 0;
          continue;
        }
      if (block->chars < 70)
        {
          classes[b] = 1;
          continue;
        }
      stop = page->stopwords_known ? px_block_stopwords (page, block) : 0.35;
      if (block->chars >= 200 && stop >= 0.30)
        classes[b] = 2;
      else if (stop >= 0.30 && px_text_ends_sentence (block->text))
        classes[b] = 2;
      else if (stop < 0.2)
        classes[b] = 1;
      else
        classes[b] = px_text_ends_sentence (block->text) ? 2 : 1;
    }
  /* Unsure paragraphs follow their nearest sure neighbours: kept between
   * good ones, dropped beside bad ones. */
  for (guint b = 0; b < n; b++)
    {
      int before = 0, after = 0;

      if (classes[b] != 1)
        continue;
      for (guint k = b; k-- > 0;)
        if (classes[k] != 1)
          {
            before = classes[k];
            break;
          }
      for (guint k = b + 1; k < n; k++)
        if (classes[k] != 1)
          {
            after = classes[k];
            break;
          }
      classes[b] = before == 2 && after == 2 ? 3 : 0;
    }
  for (guint b = 0; b < n; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);

      block->keep = classes[b] >= 2;
      if (block->keep)
        kept_chars += block->chars;
    }
  return kept_chars;
}

/* "Jane Doe and John Roe" at the foot of a story repeats the byline. */
static gboolean
px_text_is_only_names (const char *text,
                       GPtrArray  *authors)
{
  static const char *const joiners[] = { "and", "und", "et", "y", "e", "i", "и", "та", "ve", "by", "von", "par", "por", NULL };
  g_autofree char *rest = g_strdup (text);
  gboolean starts_with_name = FALSE;
  guint names = 0;
  guint others = 0;

  if (authors == NULL || authors->len == 0)
    return FALSE;
  for (guint i = 0; i < authors->len; i++)
    {
      const char *name = g_ptr_array_index (authors, i);
      char *at;

      while ((at = strstr (rest, name)) != NULL)
        {
          starts_with_name |= at == rest;
          memset (at, ' ', strlen (name));
          names++;
        }
    }
  if (names == 0)
    return FALSE;
  {
    g_auto(GStrv) words = g_regex_split_simple ("[^\\p{L}\\p{N}]+", rest, 0, 0);

    /* Times of a live blog's entries ("22:30 Jane Doe") go with the name. */
    for (guint i = 0; words != NULL && words[i] != NULL; i++)
      if (*words[i] != '\0' && !g_strv_contains (joiners, words[i]) && !g_ascii_isdigit (words[i][0]))
        others++;
  }
  /* "Jane Doe Economics Editor": a name and a job title. */
  return others == 0 ||
         (starts_with_name && others <= 3 && strlen (text) < 80 && !px_text_ends_sentence (text));
}

/* Lines about the writer rather than the story: "By Jane Doe, Outlet"
 * (a byline line naming a known author) and, near the end, a short
 * paragraph naming an author with an e-mail address ("Write to Jane Doe at
 * jane@…", "Jane Doe is a reporter… Tips: jane@…"). */
static gboolean
px_text_is_about_author (const char *text,
                         GPtrArray  *authors,
                         gboolean    near_end)
{
  static const char *const by[] = { "by ", "por ", "par ", "von ", "di ", "door ", "av ", "af ", "przez ", NULL };
  gsize length = strlen (text);

  if (authors == NULL || authors->len == 0 || length > 400)
    return FALSE;
  for (guint i = 0; i < authors->len; i++)
    {
      const char *name = g_ptr_array_index (authors, i);
      const char *at = strstr (text, name);

      if (at == NULL)
        continue;
      if (near_end && strchr (text, '@') != NULL && g_regex_match_simple ("\\S+@\\S+\\.\\w", text, 0, 0))
        return TRUE;
      if (length < 120 && !px_text_ends_sentence (text))
        for (guint k = 0; by[k] != NULL; k++)
          if (g_ascii_strncasecmp (text, by[k], strlen (by[k])) == 0 && at == text + strlen (by[k]))
            return TRUE;
    }
  return FALSE;
}

/* Paragraphs are hashed by their length and their two ends: the whole
 * text of every kept paragraph went through g_str_hash () before, a
 * visible cost, and paragraphs that share length and both ends are rare
 * enough for g_str_equal () to sort out. */
static guint
px_paragraph_hash (gconstpointer key)
{
  const char *text = key;
  gsize length = strlen (text);
  guint hash = (guint) length;
  gsize head = MIN (length, 32);

  for (gsize i = 0; i < head; i++)
    hash = hash * 31 + (guchar) text[i];
  for (gsize i = length > 64 ? length - 32 : head; i < length; i++)
    hash = hash * 31 + (guchar) text[i];
  return hash;
}

static gboolean
px_is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Whether a heading is the headline: the same text once both are in
 * Unicode compatibility form (NFKC), as g_utf8_collate () compares them
 * but without the locale's collation rules, which cost more than the rest
 * of px_page_emit () on pages with many headings. ASCII is its own form. */
static gboolean
px_is_headline (const char  *text,
                const char  *title,
                gboolean     title_ascii,
                char       **title_key)
{
  g_autofree char *key = NULL;

  if (strcmp (text, title) == 0)
    return TRUE;
  if (title_ascii && px_is_ascii (text))
    return FALSE;
  if (*title_key == NULL)
    *title_key = g_utf8_normalize (title, -1, G_NORMALIZE_ALL_COMPOSE);
  key = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  return key != NULL && *title_key != NULL && strcmp (key, *title_key) == 0;
}

static void
px_page_emit (PxPage     *page,
              PxArticle  *article,
              const char *title)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (px_paragraph_hash, g_str_equal);
  g_autofree char *title_key = NULL;
  gboolean title_ascii = title != NULL && px_is_ascii (title);
  guint n = page->blocks->len;
  guint last_kept_body = 0;
  guint body_after = 0;

  /* The last three body paragraphs are the story's end. */
  for (guint b = n; b-- > 0 && body_after < 3;)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);

      if (block->keep && block->role == PX_PARAGRAPH_BODY)
        {
          body_after++;
          last_kept_body = b;
        }
    }

  for (guint b = 0; b < n; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);

      if (!block->keep)
        continue;
      /* Pull quotes and repeated captions say again what the text said. */
      if (!g_hash_table_add (seen, block->text))
        continue;
      if (block->role == PX_PARAGRAPH_HEADING)
        {
          gboolean followed = FALSE;
          guint dropped_links = 0;

          /* The headline is metadata, not a paragraph of the text. */
          if (title != NULL && px_is_headline (block->text, title, title_ascii, &title_key))
            continue;
          /* A heading heads what follows it: with nothing kept after it, or
           * only after a dropped list of links ("Read also"), it goes. A
           * standfirst is followed by the byline and share links. */
          followed = block->lead;
          for (guint k = b + 1; k < n && !followed; k++)
            {
              PxBlock *next = g_ptr_array_index (page->blocks, k);

              if (next->keep && next->role == PX_PARAGRAPH_HEADING)
                break;
              if (!next->keep)
                {
                  dropped_links += next->link_chars;
                  continue;
                }
              followed = next->role != PX_PARAGRAPH_CAPTION && dropped_links < 40;
              if (next->role != PX_PARAGRAPH_CAPTION)
                break;
            }
          if (!followed)
            continue;
        }
      if (block->chars < 120 && px_text_is_only_names (block->text, px_article_get_authors (article)))
        continue;
      if (px_text_is_about_author (block->text, px_article_get_authors (article), b >= last_kept_body))
        continue;
      px_article_add_paragraph (article, block->role, block->text);
    }
}

/* Case-folded, with a trailing ellipsis or full stop gone: the form in
 * which a page's description and its standfirst are compared. */
static char *
px_summary_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  gsize n = strlen (folded);

  for (;;)
    {
      if (n >= 3 && strcmp (folded + n - 3, "...") == 0)
        n -= 3;
      else if (n >= 3 && memcmp (folded + n - 3, "\xe2\x80\xa6", 3) == 0)
        n -= 3;
      else if (n > 0 && (folded[n - 1] == '.' || folded[n - 1] == ' '))
        n--;
      else
        break;
      folded[n] = '\0';
    }
  return g_strndup (folded, n);
}

/* The page says what its standfirst is when its description repeats it. */
static gboolean
px_text_is_summary (const char *text,
                    const char *description)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize la, lb;

  if (description == NULL)
    return FALSE;
  a = px_summary_key (text);
  b = px_summary_key (description);
  la = strlen (a);
  lb = strlen (b);
  if (la < 30 || lb < 30)
    return la > 0 && strcmp (a, b) == 0;
  return strncmp (a, b, MIN (la, lb)) == 0;
}

/* The standfirst sits between the headline and the body, often outside
 * the body's container: keep prose found there. What directly follows the
 * headline is the standfirst even without a full stop when it is a heading
 * of a sentence's length (a dek in <h2>/<h3>) or when the page's
 * description repeats it. */
static void
px_page_keep_lead (PxPage     *page,
                   const char *title,
                   const char *description)
{
  guint headline = PX_NONE;

  if (title == NULL)
    return;
  for (guint b = 0; b < page->blocks->len; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);

      if (block->keep)
        break;
      /* The headline, maybe with a kicker before it. */
      if (block->role == PX_PARAGRAPH_HEADING && strstr (block->text, title) != NULL)
        headline = b;
    }
  if (headline == PX_NONE)
    return;
  for (guint b = headline + 1; b < page->blocks->len; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      gboolean prose, summary, dek;

      if (block->keep)
        break;
      if ((block->role != PX_PARAGRAPH_BODY && block->role != PX_PARAGRAPH_HEADING) ||
          block->link_chars * 5 >= block->chars || px_block_verdict (page, block) != PX_VERDICT_KEEP)
        continue;
      /* A header box ("article-header") holds it; the description
       * vouches for it wherever it is. */
      summary = block->chars >= 20 && px_text_is_summary (block->text, description);
      /* A header that holds the headline is the article's, not the
       * page's masthead. */
      if (!summary && !(block->unlikely == PX_NONE || (px_info (page, block->unlikely)->flags & PX_HINT_IN_ARTICLE) ||
                        block->unlikely == ((PxBlock *) g_ptr_array_index (page->blocks, headline))->unlikely))
        continue;
      prose = block->chars >= 60 && px_text_ends_sentence (block->text);
      dek = b == headline + 1 && block->role == PX_PARAGRAPH_HEADING && block->chars >= 30 && block->spaces >= 5;
      if (prose || summary || dek)
        block->keep = block->lead = TRUE;
    }
}

/* "By Jane Doe", "Submitted by Jane Doe on …": a byline line in the page
 * when the metadata named nobody. */
static void
px_page_find_byline (PxPage    *page,
                     PxArticle *article)
{
  static GRegex *byline;
  static GRegex *reporter;
  guint body_blocks = 0;

  if (g_once_init_enter (&byline))
    g_once_init_leave (&byline, g_regex_new ("^(?:by|submitted by|posted by|written by|words by|von|par|por|автор:?)\\s+"
                                          "(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}"
                                          "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3})*)",
                                          G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));

  /* Chinese agency copy credits its reporters in the dateline:
   * "北京9月12日电（记者王磊、李明）". */
  if (g_once_init_enter (&reporter))
    g_once_init_leave (&reporter, g_regex_new ("[（(]\\s*(?:\\p{Han}{0,6})?[记記]者\\s*((?:\\p{Han}|·){2,4}(?:\\s*[、,，]\\s*(?:\\p{Han}|·){2,4}){0,4})\\s*[）)]",
                                               G_REGEX_OPTIMIZE, 0, NULL));
  for (guint b = 0; b < page->blocks->len && body_blocks < 3; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      g_autoptr(GMatchInfo) match = NULL;

      if (!block->keep || block->role != PX_PARAGRAPH_BODY)
        continue;
      body_blocks++;
      if (g_regex_match (reporter, block->text, 0, &match))
        {
          g_autofree char *names = g_match_info_fetch (match, 1);
          g_auto(GStrv) parts = g_regex_split_simple ("\\s*[、,，]\\s*", names, 0, 0);

          for (guint i = 0; parts[i] != NULL; i++)
            if (*parts[i] != '\0')
              px_article_add_author (article, parts[i]);
          return;
        }
    }
  for (guint b = 0; b < page->blocks->len && b < 400; b++)
    {
      PxBlock *block = g_ptr_array_index (page->blocks, b);
      g_autoptr(GMatchInfo) match = NULL;

      if (block->chars > 100)
        continue;
      if (g_regex_match (byline, block->text, 0, &match))
        {
          g_autofree char *names = g_match_info_fetch (match, 1);
          g_auto(GStrv) parts = g_regex_split_simple ("\\s*(?:,|\\sand\\s|&)\\s*", names, 0, 0);

          for (guint i = 0; parts[i] != NULL; i++)
            if (px_text_count_words (parts[i]) >= 2 && px_text_count_words (parts[i]) <= 4)
              px_article_add_author (article, parts[i]);
          block->keep = FALSE;
          return;
        }
    }
}

/* ---- entry points ---------------------------------------------------------- */

static void
px_page_init (PxPage     *page,
              xmlNode    *root,
              const char *language)
{
  page->infos = g_array_new (FALSE, TRUE, sizeof (PxNodeInfo));
  page->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) px_block_free);
  page->language = language;
  page->stopwords_known = language != NULL && px_language_is_stopword (language, "the") +
                          px_language_is_stopword (language, "и") + px_language_is_stopword (language, "de") +
                          px_language_is_stopword (language, "la") + px_language_is_stopword (language, "der") > 0;
  if (root == NULL)
    return;
  px_page_index (page, root);
  px_page_resolve_furniture (page);
  px_page_collect_blocks (page);
}

static void
px_page_clear (PxPage *page)
{
  g_clear_pointer (&page->infos, g_array_unref);
  g_clear_pointer (&page->texts, g_free);
  g_clear_pointer (&page->events, g_free);
  page->n_texts = page->texts_size = page->n_events = page->events_size = 0;
  g_clear_pointer (&page->blocks, g_ptr_array_unref);
}

static void
px_page_extract (PxPage     *page,
                 PxArticle  *article,
                 const char *title,
                 const char *description)
{
  guint kept = 0;
  guint classified;

  for (int attempt = 0; attempt < 2; attempt++)
    {
      gboolean strict = attempt == 0;
      guint top = px_page_score (page, strict);
      g_autoptr(GArray) ranges = NULL;

      if (top == PX_NONE)
        continue;
      top = px_page_refine_top (page, top);
      ranges = px_page_select (page, top);
      kept = px_page_mark (page, ranges, strict);
      /* Readability retries without removing unlikely boxes when it found
       * less than a short article. */
      if (kept >= 500)
        break;
    }

  /* The container search can land on a teaser or a single box; a
   * page-wide classification that finds far more prose wins. */
  {
    g_autofree gboolean *container_keep = g_new0 (gboolean, page->blocks->len + 1);
    guint bound = 0;

    for (guint b = 0; b < page->blocks->len; b++)
      container_keep[b] = ((PxBlock *) g_ptr_array_index (page->blocks, b))->keep;

    /* What the classification could keep at most: skip it when even that
     * would not win. */
    for (guint b = 0; b < page->blocks->len; b++)
      {
        PxBlock *block = g_ptr_array_index (page->blocks, b);

        if (block->unlikely == PX_NONE && block->link_chars * 3 <= block->chars &&
            block->role != PX_PARAGRAPH_CAPTION)
          bound += block->chars;
      }
    classified = (kept < 250 && bound > 2 * kept) || bound > 3 * kept + 500 ? px_page_mark_classified (page) : 0;
    if (!(kept < 250 && classified > 2 * kept) && !(classified > 3 * kept + 500))
      for (guint b = 0; b < page->blocks->len; b++)
        ((PxBlock *) g_ptr_array_index (page->blocks, b))->keep = container_keep[b];
  }
  px_page_keep_lead (page, title, description);
  if (px_article_get_authors (article)->len == 0)
    px_page_find_byline (page, article);
  px_page_emit (page, article, title);
}

/* Case-folded words of @text as a set. */
static GHashTable *
px_word_set (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (word && start == NULL)
        start = p;
      else if (!word && start != NULL)
        {
          g_hash_table_add (set, g_strndup (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return set;
}

/* The share of @text's distinct words found in @set. */
static double
px_words_covered (const char *text,
                  GHashTable *set)
{
  g_autoptr(GHashTable) words = px_word_set (text);
  GHashTableIter iter;
  gpointer word;
  guint found = 0;

  if (g_hash_table_size (words) == 0)
    return 1;
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (set, word))
      found++;
  return (double) found / g_hash_table_size (words);
}

/* Paywalled and script-rendered pages show a teaser and carry the whole
 * story in JSON-LD's articleBody. It replaces the page's text when that
 * text is much shorter and does not already hold it; paragraphs the
 * articleBody repeats (the teaser) go, others (a standfirst) stay. */
static void
px_html_use_article_body (PxArticle  *article,
                          const char *body)
{
  g_autofree char *extracted = NULL;
  g_autoptr(GHashTable) extracted_words = NULL;
  g_autoptr(GHashTable) body_words = NULL;
  GPtrArray *paragraphs;
  guint body_chars;

  if (body == NULL)
    return;
  body_chars = px_count_visible ((const xmlChar *) body);
  extracted = px_article_dup_text (article);
  if (body_chars < 200 || body_chars < 2 * px_count_visible ((const xmlChar *) extracted))
    return;
  extracted_words = px_word_set (extracted);
  if (px_words_covered (body, extracted_words) >= 0.6)
    return;

  body_words = px_word_set (body);
  paragraphs = px_article_get_paragraphs (article);
  for (guint i = paragraphs->len; i-- > 0;)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (px_words_covered (paragraph->text, body_words) >= 0.8)
        px_article_remove_paragraph (article, i);
    }
  if (strchr (body, '<') != NULL && strchr (body, '>') != NULL)
    {
      px_html_append_fragment (article, body, strlen (body));
      return;
    }
  {
    g_auto(GStrv) parts = g_regex_split_simple (strstr (body, "\n\n") != NULL ? "\n\\s*\n" : "\n", body, 0, 0);

    for (guint i = 0; parts[i] != NULL; i++)
      {
        g_autofree char *clean = px_text_normalize_space (parts[i], -1);

        if (*clean != '\0')
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, clean);
      }
  }
}

static htmlDocPtr
px_html_parse (const char *utf8,
               gsize       length)
{
  if (length > G_MAXINT)
    length = G_MAXINT;
  return htmlReadMemory (utf8, (int) length, NULL, "UTF-8", PX_HTML_PARSE_OPTIONS);
}

/**
 * px_html_append_fragment:
 * @article: the article to extend
 * @utf8_fragment: HTML, such as a feed item's content
 * @length: bytes of @utf8_fragment
 *
 * Appends the fragment's paragraphs with their roles. A fragment is all
 * article, so no container is searched; link lists and furniture still go.
 */
void
px_html_append_fragment (PxArticle  *article,
                         const char *utf8_fragment,
                         gsize       length)
{
  htmlDocPtr doc;
  PxPage page = { 0 };

  g_return_if_fail (PX_IS_ARTICLE (article));

  if (utf8_fragment == NULL || length == 0)
    return;
  doc = px_html_parse (utf8_fragment, length);
  if (doc == NULL)
    return;
  px_page_init (&page, xmlDocGetRootElement (doc), px_article_get_language (article));
  for (guint b = 0; b < page.blocks->len; b++)
    {
      PxBlock *block = g_ptr_array_index (page.blocks, b);

      block->keep = px_block_verdict (&page, block) == PX_VERDICT_KEEP;
      if (px_block_verdict (&page, block) == PX_VERDICT_END && b > 0)
        break;
    }
  px_page_emit (&page, article, NULL);
  px_page_clear (&page);
  xmlFreeDoc (doc);
}

/**
 * px_html_extract:
 * @utf8: the page, already converted to UTF-8
 * @length: bytes of @utf8
 * @path: the path to report
 * @error: where to say why nothing could be read
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
PxArticle *
px_html_extract (const char  *utf8,
                 gsize        length,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(PxArticle) article = px_article_new (path);
  PxHtmlMeta meta = { 0 };
  PxPage page = { 0 };
  htmlDocPtr doc;

  px_article_set_format (article, PX_FORMAT_HTML);
  doc = px_html_parse (utf8, length);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
                   _("The page could not be read as HTML."));
      return NULL;
    }
  px_html_meta_collect (article, doc, &meta);
  px_page_init (&page, xmlDocGetRootElement (doc), meta.language);
  px_page_extract (&page, article, meta.title, meta.description);
  px_html_use_article_body (article, meta.article_body);
  px_page_clear (&page);
  px_html_meta_clear (&meta);
  xmlFreeDoc (doc);
  return g_steal_pointer (&article);
}
