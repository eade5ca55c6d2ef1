/* test-events.c — grouping articles by event, corrections, incremental adds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "px-events.h"

/* Invented reports: two summits of the same two leaders in the same city a
 * year apart (one event each), a report and a later analysis of the first,
 * and a flood reported in English and Spanish. */
typedef struct {
  const char *path;
  const char *event;
  const char *language;
  const char *date;
  const char *title;
  const char *text;
} Fixture;

static const Fixture fixtures[] = {
  { "a1.txt", "summit-2030", "en", "2030-03-10", "Varga and Reyes agree border hotline at Vilnius summit",
    "Prime Minister Lena Varga and President Tomas Reyes agreed on Sunday to set up a hotline between their "
    "defence ministries after two hours of talks in Vilnius. Varga said the hotline would prevent incidents "
    "on the disputed Kessel ridge. Reyes called the meeting frank. Officials said the ministers would meet "
    "within a month to draft the hotline rules." },
  { "a2.txt", "summit-2030", "en", "2030-03-11", "Kessel ridge hotline: Reyes and Varga shake hands in Vilnius",
    "The leaders met in Vilnius on Sunday and agreed a hotline to stop shooting along the Kessel ridge, "
    "according to a statement from the office of President Tomas Reyes. Lena Varga told reporters the "
    "defence ministers would draft the rules. It was the first meeting of the two since the ridge clashes." },
  { "a3.txt", "summit-2030", "en", "2030-03-13", "Analysis: a hotline is not a peace deal",
    "Sunday's handshake in Vilnius between Varga and Reyes produced a hotline for the Kessel ridge, but no "
    "road map. Diplomats say the defence ministries must still agree who answers the hotline. Varga needs "
    "calm before the budget vote; Reyes needs the ridge quiet for the harvest." },
  { "b1.txt", "summit-2031", "en", "2031-03-14", "Varga and Reyes meet in Vilnius again, sign water accord",
    "Lena Varga and Tomas Reyes signed an accord on sharing the waters of the Oster river at a meeting in "
    "Vilnius on Friday, a year after their first summit. The accord sets quotas for irrigation and a joint "
    "commission on the dams. Reyes said the river deal would outlast both governments." },
  { "b2.txt", "summit-2031", "en", "2031-03-15", "Oster river accord: quotas, dams and a commission",
    "The water accord signed in Vilnius by Varga and Reyes on Friday gives each side half of the Oster "
    "river's summer flow and creates a joint commission on the dams. Farmers' unions welcomed the quotas. "
    "Varga said the commission would meet monthly." },
  { "c1.txt", "flood-2030", "en", "2030-03-11", "Floods cut off villages near Porto Alegre",
    "Heavy rain flooded dozens of villages around Porto Alegre on Monday, cutting roads and forcing "
    "thousands from their homes. The Guaiba river rose four metres overnight. Rescuers used boats to reach "
    "families on rooftops; the governor declared an emergency." },
  { "c2.txt", "flood-2030", "es", "2030-03-11", "Inundaciones aíslan aldeas cerca de Porto Alegre",
    "Las lluvias inundaron decenas de aldeas alrededor de Porto Alegre el lunes. El río Guaiba subió cuatro "
    "metros durante la noche y los rescatistas usaron botes para llegar a familias en los tejados. "
    "El gobernador declaró la emergencia." },
};

static PxAnalysis *
analyse (const Fixture *f)
{
  const char *paragraphs[] = { f->text, NULL };

  return px_analysis_new_from_text (f->path, f->title, paragraphs, f->language, f->date, NULL);
}

static PxEventGrouper *
grouper_with (guint n,
              double granularity)
{
  PxEventGrouper *g = px_event_grouper_new (granularity);

  for (guint i = 0; i < n; i++)
    px_event_grouper_add (g, analyse (&fixtures[i]));
  return g;
}

/* The events a full grouping makes of @n fixtures. */
static GPtrArray *
group_fixtures (const Fixture *list,
                guint          n)
{
  g_autoptr(PxEventGrouper) g = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);

  for (guint i = 0; i < n; i++)
    px_event_grouper_add (g, analyse (&list[i]));
  px_event_grouper_group (g);
  return px_event_grouper_get_events (g);
}

static const PxEvent *
event_of (GPtrArray  *events,
          const char *path)
{
  for (guint e = 0; e < events->len; e++)
    {
      const PxEvent *event = g_ptr_array_index (events, e);

      for (guint k = 0; k < event->articles->len; k++)
        if (strcmp (event->articles->pdata[k], path) == 0)
          return event;
    }
  return NULL;
}

static void
assert_each_in_one (GPtrArray *events,
                    guint      n)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint e = 0; e < events->len; e++)
    {
      const PxEvent *event = g_ptr_array_index (events, e);

      g_assert_cmpuint (event->articles->len, >, 0);
      for (guint k = 0; k < event->articles->len; k++)
        g_assert_true (g_hash_table_add (seen, event->articles->pdata[k]));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n);
}

/* Same event in the fixtures ⇔ same event in @events. */
static void
assert_matches_fixtures (GPtrArray *events,
                         guint      n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        gboolean same = strcmp (fixtures[i].event, fixtures[j].event) == 0;
        gboolean grouped = event_of (events, fixtures[i].path) == event_of (events, fixtures[j].path);

        if (same != grouped)
          g_error ("%s and %s: expected %s", fixtures[i].path, fixtures[j].path,
                   same ? "together" : "apart");
      }
}

static void
test_group (void)
{
  g_autoptr(PxEventGrouper) g = grouper_with (G_N_ELEMENTS (fixtures), PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(GPtrArray) events = NULL;
  const PxEvent *summit;

  px_event_grouper_group (g);
  events = px_event_grouper_get_events (g);
  assert_each_in_one (events, G_N_ELEMENTS (fixtures));
  assert_matches_fixtures (events, G_N_ELEMENTS (fixtures));

  /* Newest first. */
  g_assert_true (event_of (events, "b1.txt") == g_ptr_array_index (events, 0));
  summit = event_of (events, "a1.txt");
  g_assert_cmpstr (summit->date_first, ==, "2030-03-10");
  g_assert_nonnull (strstr (summit->label, "Reyes"));
  g_assert_nonnull (strstr (summit->label, "Varga"));
  g_assert_nonnull (strstr (summit->label, "Vilnius"));
  g_assert_nonnull (strstr (summit->label, "2030"));
  g_test_message ("summit label: %s", summit->label);
  /* What happened, in words a person uses: the kind of event, not a
   * stray word of the articles. */
  g_assert_true (strstr (summit->label, "meet") != NULL || strstr (summit->label, "summit") != NULL ||
                 strstr (summit->label, "talks") != NULL);
  g_assert_true (g_str_has_prefix (event_of (events, "c1.txt")->label, "Flood"));
  g_assert_nonnull (strstr (event_of (events, "c1.txt")->label, "Porto Alegre"));
}

/* Labels on invented reports, each its own event: a people is not a party
 * to anything, a place after a possessive is the place, a person named in
 * passing is not the second actor, and an army's push is an offensive. */
static const Fixture label_fixtures[] = {
  { "l1.txt", "offensive", "en", "2029-05-04", "Veskan army launches offensive in the Dorne valley",
    "The army of Veska launched an offensive in the Dorne valley on Friday, shelling villages held by the "
    "separatist Dorne council. Veskans in the capital cheered the news; President Amadi Corvin called it an "
    "anti-terror operation. Dorne residents said Veskans had cut the only road. Corvin said troops would "
    "stop once the council disbanded. Veskans abroad held rallies. Corvin will travel to a regional meeting "
    "later this year, where he may see Ilse Mirelle, officials said, though no meeting is planned yet." },
  { "l2.txt", "flood", "en", "2029-11-20", "Floods hit Kardia's Lessing as river bursts banks",
    "The Lessing river burst its banks on Tuesday and flooded the old town of Lessing, in Kardia's north. "
    "Hundreds of homes were flooded and rescuers moved families by boat. Kardia's Lessing had not seen "
    "such floods since 1971, the mayor said." },
  { "l3.txt", "meeting", "en", "2029-08-14", "Hallam and Ostrova meet in Tarnow to settle fishing quotas",
    "Chancellor Piet Hallam and Prime Minister Dana Ostrova met in Tarnow on Wednesday and agreed to split "
    "the herring quota evenly. Hallam said the meeting ended a decade of disputes; Ostrova said the fleets "
    "of both countries would share a single inspection service from next spring." },
  { "l4.txt", "meeting", "en", "2029-08-15", "Ostrova, Hallam end herring dispute at Tarnow meeting",
    "The herring quota will be split evenly, Dana Ostrova and Piet Hallam said after meeting in Tarnow on "
    "Wednesday. Fishermen in both countries welcomed the deal. Hallam called the talks the friendliest "
    "in years." },
  { "l5.txt", "deal", "en", "2029-02-03", "Ostland and Vermark sign river treaty in Halden",
    "Ostland and Vermark signed a treaty in Halden on Monday sharing the waters of the Lune river. Ostlandic "
    "farmers get two thirds of the summer flow; Vermarkian towns keep the winter floods in check with a new "
    "dam. A Vermarkian negotiator said the treaty, which Ostland first proposed, took six years." },
  { "l6.txt", "deal", "en", "2029-02-04", "Lune river treaty: what Ostland and Vermark agreed",
    "The treaty signed by Ostland and Vermark in Halden gives Ostlandic farmers most of the Lune river in "
    "summer. Vermarkian engineers will build the dam. Diplomats from both countries called the deal fair." },
};

static void
test_labels (void)
{
  g_autoptr(GPtrArray) events = group_fixtures (label_fixtures, G_N_ELEMENTS (label_fixtures));
  const PxEvent *offensive, *flood, *meeting;

  g_assert_cmpuint (events->len, ==, 4);
  offensive = event_of (events, "l1.txt");
  flood = event_of (events, "l2.txt");
  meeting = event_of (events, "l3.txt");
  g_test_message ("labels: %s | %s | %s", offensive->label, flood->label, meeting->label);

  /* The people of Veska are neither an actor nor the venue, the president
   * met no one, and what happened is the offensive, in the valley. */
  g_assert_null (strstr (offensive->label, "Veskan"));
  g_assert_null (strstr (offensive->label, "Mirelle"));
  g_assert_null (strstr (offensive->label, "meet"));
  g_assert_nonnull (strstr (offensive->label, "offensive"));
  g_assert_nonnull (strstr (offensive->label, "Dorne"));
  g_assert_nonnull (strstr (offensive->label, "May 2029"));

  g_assert_true (g_str_has_prefix (flood->label, "Flood"));
  g_assert_nonnull (strstr (flood->label, "Lessing"));
  g_assert_null (strstr (flood->label, "Kardia's"));

  g_assert_true (event_of (events, "l4.txt") == meeting);
  g_assert_true (g_str_has_prefix (meeting->label, "Hallam and Ostrova meet"));
  g_assert_nonnull (strstr (meeting->label, "Tarnow"));
  g_assert_nonnull (strstr (meeting->label, "Aug 2029"));

  /* No person acts: the two states do, not their peoples. */
  g_test_message ("state label: %s", event_of (events, "l5.txt")->label);
  g_assert_true (event_of (events, "l6.txt") == event_of (events, "l5.txt"));
  g_assert_true (g_str_has_prefix (event_of (events, "l5.txt")->label, "Ostland and Vermark sign deal"));
  g_assert_nonnull (strstr (event_of (events, "l5.txt")->label, "Halden"));
}

/* Invented reports of one signing: three write the ministers' names one
 * way, a German outlet transliterates both more shortly. */
static const Fixture spelling_fixtures[] = {
  { "s1.txt", "signing", "en", "2032-05-20", "Kirakossyan and Gassanov sign fisheries deal in Varna",
    "Foreign Minister Ashot Kirakossyan and his counterpart Rasul Gassanov signed a fisheries agreement in "
    "Varna on Thursday, ending a dispute over catches in the northern bay. Kirakossyan said the deal would "
    "let both fleets return to the bay by autumn. Gassanov called it a fair compromise." },
  { "s2.txt", "signing", "en", "2032-05-20", "Fisheries deal: Gassanov and Kirakossyan agree catch quotas",
    "The agreement signed in Varna by Rasul Gassanov and Ashot Kirakossyan sets catch quotas for the "
    "northern bay and a joint patrol. Gassanov told reporters the quotas would be reviewed each spring. "
    "Fishermen's unions on both sides welcomed the signing." },
  { "s3.txt", "signing", "en", "2032-05-21", "Kirakossyan defends bay deal after signing in Varna",
    "A day after signing the fisheries agreement with Rasul Gassanov in Varna, Ashot Kirakossyan defended "
    "the catch quotas before parliament. Opposition deputies said the bay deal gave away too much. "
    "Kirakossyan said Gassanov had made the larger concessions." },
  { "s4.txt", "signing", "de", "2032-05-20", "Kirakosjan und Gasanow unterzeichnen Fischereiabkommen in Warna",
    "Der Außenminister Aschot Kirakosjan und sein Amtskollege Rasul Gasanow haben am Donnerstag in Warna ein "
    "Fischereiabkommen unterzeichnet. Damit endet der Streit um die Fangmengen in der nördlichen Bucht. "
    "Kirakosjan sagte, beide Flotten könnten im Herbst zurückkehren." },
};

/* Most of the articles write "Kirakossyan" and "Gassanov": the label
 * does too, though one outlet's spellings are shorter. */
static void
test_label_majority_spelling (void)
{
  g_autoptr(GPtrArray) events = group_fixtures (spelling_fixtures, G_N_ELEMENTS (spelling_fixtures));
  const PxEvent *signing;

  signing = event_of (events, "s1.txt");
  g_test_message ("spelling label: %s", signing->label);
  for (guint i = 1; i < G_N_ELEMENTS (spelling_fixtures); i++)
    g_assert_true (event_of (events, spelling_fixtures[i].path) == signing);
  g_assert_true (g_str_has_prefix (signing->label, "Gassanov and Kirakossyan"));
  g_assert_null (strstr (signing->label, "Gasanow"));
  g_assert_null (strstr (signing->label, "Kirakosjan"));
}

/* Invented reports in Russian of one flood: both say where it happened
 * ("в Ольховке"), one names the town as subject ("Ольховка"). */
static const Fixture case_fixtures[] = {
  { "r1.txt", "flood", "ru", "2032-06-02", "Наводнение в Ольховке: эвакуированы сотни жителей",
    "В Ольховке в понедельник река вышла из берегов после сильных дождей. Спасатели эвакуировали более "
    "трехсот жителей, затоплены десятки домов. Губернатор объявил режим чрезвычайной ситуации в Ольховке." },
  { "r2.txt", "flood", "ru", "2032-06-02", "Ольховка осталась без света после наводнения",
    "Вся Ольховка осталась без электричества: в понедельник река затопила подстанцию. В Ольховке работают "
    "спасатели, эвакуированы сотни жителей. Губернатор объявил режим чрезвычайной ситуации." },
};

/* The town is named as the nominative names it, though both articles
 * also write it in the prepositional. */
static void
test_label_nominative (void)
{
  g_autoptr(GPtrArray) events = group_fixtures (case_fixtures, G_N_ELEMENTS (case_fixtures));
  const PxEvent *flood;

  flood = event_of (events, "r1.txt");
  g_test_message ("case label: %s", flood->label);
  g_assert_true (event_of (events, "r2.txt") == flood);
  g_assert_nonnull (strstr (flood->label, "Ольховка"));
  g_assert_null (strstr (flood->label, "Ольховке"));
}

static void
test_hard_negative_needs_time (void)
{
  g_autoptr(PxEventGrouper) g = grouper_with (G_N_ELEMENTS (fixtures), PX_EVENTS_DEFAULT_GRANULARITY);

  px_event_grouper_group (g);
  /* The two summits share names and place; only the year apart parts them. */
  g_assert_cmpfloat (px_event_grouper_similarity (g, "a1.txt", "b1.txt"), <,
                     px_event_grouper_similarity (g, "a1.txt", "a3.txt"));
  g_assert_cmpfloat (px_event_grouper_similarity (g, "a1.txt", "b1.txt"), <, 0.01);
  g_assert_cmpfloat (px_event_grouper_similarity (g, "a1.txt", "nowhere.txt"), ==, -1);
}

static void
test_granularity (void)
{
  g_autoptr(PxEventGrouper) g = grouper_with (G_N_ELEMENTS (fixtures), 0.0);
  g_autoptr(GPtrArray) finest = NULL;
  g_autoptr(GPtrArray) coarsest = NULL;

  px_event_grouper_group (g);
  finest = px_event_grouper_get_events (g);
  px_event_grouper_set_granularity (g, 1.0);
  px_event_grouper_group (g);
  coarsest = px_event_grouper_get_events (g);
  g_assert_cmpuint (finest->len, >=, coarsest->len);
  assert_each_in_one (finest, G_N_ELEMENTS (fixtures));
  assert_each_in_one (coarsest, G_N_ELEMENTS (fixtures));
}

static void
test_corrections (void)
{
  g_autoptr(PxEventGrouper) g = grouper_with (G_N_ELEMENTS (fixtures), PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(PxEventConstraints) c = px_event_constraints_new ();
  g_autoptr(GPtrArray) events = NULL;
  const PxEvent *moved;

  /* Move a3 into the 2031 summit's event (pins), split c2 off on its own,
   * keep a1 and a2 apart, rename. */
  px_event_constraints_pin (c, "a3.txt", "my-summit");
  px_event_constraints_pin (c, "b1.txt", "my-summit");
  px_event_constraints_pin (c, "b2.txt", "my-summit");
  px_event_constraints_pin (c, "c2.txt", "spanish-flood");
  px_event_constraints_pin (c, "c1.txt", "english-flood");
  px_event_constraints_cannot_link (c, "a1.txt", "a2.txt");
  px_event_constraints_set_label (c, "my-summit", "Summits, as I see them");

  for (double granularity = 0.0; granularity <= 1.0; granularity += 0.5)
    {
      px_event_grouper_set_granularity (g, granularity);
      px_event_grouper_set_constraints (g, c);
      px_event_grouper_group (g);
      g_clear_pointer (&events, g_ptr_array_unref);
      events = px_event_grouper_get_events (g);
      assert_each_in_one (events, G_N_ELEMENTS (fixtures));

      moved = event_of (events, "a3.txt");
      g_assert_cmpstr (moved->id, ==, "my-summit");
      g_assert_cmpstr (moved->label, ==, "Summits, as I see them");
      g_assert_true (moved->corrected);
      g_assert_true (event_of (events, "b1.txt") == moved);
      g_assert_cmpstr (event_of (events, "c2.txt")->id, ==, "spanish-flood");
      g_assert_true (event_of (events, "c1.txt") != event_of (events, "c2.txt"));
      g_assert_true (event_of (events, "a1.txt") != event_of (events, "a2.txt"));
    }

  /* Merge by must-link; the flood and the summit have nothing in common. */
  px_event_constraints_must_link (c, "a1.txt", "c1.txt");
  px_event_grouper_set_constraints (g, c);
  px_event_grouper_group (g);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = px_event_grouper_get_events (g);
  g_assert_true (event_of (events, "a1.txt") == event_of (events, "c1.txt"));
}

/* A correction made after an earlier one: the same grouper regroups with
 * the new pins, not with the pins of the grouping before. */
static void
test_corrections_change (void)
{
  g_autoptr(PxEventGrouper) g = grouper_with (G_N_ELEMENTS (fixtures), PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(PxEventConstraints) first = px_event_constraints_new ();
  g_autoptr(PxEventConstraints) second = px_event_constraints_new ();
  g_autoptr(GPtrArray) events = NULL;

  px_event_grouper_group (g);
  px_event_constraints_pin (first, "b1.txt", "summit");
  px_event_constraints_pin (first, "b2.txt", "summit");
  px_event_grouper_set_constraints (g, first);
  px_event_grouper_group (g);

  /* Split b2 off: b1 keeps the old id, b2 gets a new one. */
  px_event_constraints_pin (second, "b1.txt", "summit");
  px_event_constraints_pin (second, "b2.txt", "summit-split");
  px_event_grouper_set_constraints (g, second);
  px_event_grouper_group (g);
  events = px_event_grouper_get_events (g);
  assert_each_in_one (events, G_N_ELEMENTS (fixtures));
  g_assert_true (event_of (events, "b1.txt") != event_of (events, "b2.txt"));
  g_assert_cmpstr (event_of (events, "b2.txt")->id, ==, "summit-split");
}

static void
test_incremental (void)
{
  g_autoptr(PxEventGrouper) g = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *summit_id = NULL;
  g_autofree char *flood_id = NULL;

  /* a1, a2, b1, c1 first; then a3, b2, c2 arrive. */
  px_event_grouper_add (g, analyse (&fixtures[0]));
  px_event_grouper_add (g, analyse (&fixtures[1]));
  px_event_grouper_add (g, analyse (&fixtures[3]));
  px_event_grouper_add (g, analyse (&fixtures[5]));
  px_event_grouper_group (g);
  before = px_event_grouper_get_events (g);
  g_assert_cmpuint (before->len, ==, 3);
  summit_id = g_strdup (event_of (before, "a1.txt")->id);
  flood_id = g_strdup (event_of (before, "c1.txt")->id);

  px_event_grouper_add (g, analyse (&fixtures[2]));
  px_event_grouper_add (g, analyse (&fixtures[4]));
  px_event_grouper_add (g, analyse (&fixtures[6]));
  px_event_grouper_update (g);
  after = px_event_grouper_get_events (g);
  assert_each_in_one (after, G_N_ELEMENTS (fixtures));
  assert_matches_fixtures (after, G_N_ELEMENTS (fixtures));
  /* Events keep their ids as articles join them. */
  g_assert_cmpstr (event_of (after, "a3.txt")->id, ==, summit_id);
  g_assert_cmpstr (event_of (after, "c2.txt")->id, ==, flood_id);
}

static void
test_empty (void)
{
  g_autoptr(PxEventGrouper) g = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(GPtrArray) events = NULL;
  const char *nothing[] = { "", NULL };

  px_event_grouper_group (g);
  events = px_event_grouper_get_events (g);
  g_assert_cmpuint (events->len, ==, 0);
  g_clear_pointer (&events, g_ptr_array_unref);

  /* An article with no words still gets an event of its own. */
  px_event_grouper_add (g, px_analysis_new_from_text ("empty.txt", NULL, nothing, NULL, NULL, NULL));
  px_event_grouper_add (g, analyse (&fixtures[0]));
  px_event_grouper_group (g);
  events = px_event_grouper_get_events (g);
  assert_each_in_one (events, 2);
  g_assert_cmpuint (events->len, ==, 2);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  const char *paths[2] = { seeds, NULL };
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) px_analysis_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the seed articles are not here");
      return;
    }
  result = px_load_paths_sync (paths, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < result->articles->len; i++)
    g_ptr_array_add (analyses, px_analysis_new (g_ptr_array_index (result->articles, i)));
  events = px_events_group (analyses, PX_EVENTS_DEFAULT_GRANULARITY, NULL);

  /* Each event as its articles' three-digit prefixes, e.g. "000 001". */
  for (guint e = 0; e < events->len; e++)
    {
      PxEvent *event = g_ptr_array_index (events, e);
      GString *group = g_string_new (NULL);

      for (guint k = 0; k < event->articles->len; k++)
        {
          g_autofree char *base = g_path_get_basename (event->articles->pdata[k]);

          g_string_append_printf (group, "%s%.3s", k > 0 ? " " : "", base);
        }
      g_ptr_array_add (groups, g_string_free (group, FALSE));
    }
  g_ptr_array_sort (groups, compare_strings);
  g_assert_cmpuint (groups->len, ==, 3);
  g_assert_cmpstr (groups->pdata[0], ==, "000 001");
  g_assert_cmpstr (groups->pdata[1], ==, "002 004");
  g_assert_cmpstr (groups->pdata[2], ==, "003");
}

/* B-cubed F1 of @predicted against @gold, both path → group id. */
static double
bcubed_f1 (GHashTable *gold,
           GHashTable *predicted)
{
  double precision = 0, recall = 0;
  GHashTableIter iter, other;
  gpointer path, label, path2, label2;

  g_hash_table_iter_init (&iter, gold);
  while (g_hash_table_iter_next (&iter, &path, &label))
    {
      const char *cluster = g_hash_table_lookup (predicted, path);
      guint same_cluster = 0, same_label = 0, both = 0;

      g_hash_table_iter_init (&other, gold);
      while (g_hash_table_iter_next (&other, &path2, &label2))
        {
          gboolean in_cluster = g_strcmp0 (cluster, g_hash_table_lookup (predicted, path2)) == 0;
          gboolean in_label = g_strcmp0 (label, label2) == 0;

          same_cluster += in_cluster;
          same_label += in_label;
          both += in_cluster && in_label;
        }
      precision += (double) both / MAX (same_cluster, 1);
      recall += (double) both / MAX (same_label, 1);
    }
  precision /= MAX (g_hash_table_size (gold), 1);
  recall /= MAX (g_hash_table_size (gold), 1);
  return 2 * precision * recall / MAX (precision + recall, 1e-9);
}

static GHashTable *
events_by_path (GPtrArray *events)
{
  GHashTable *by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint e = 0; e < events->len; e++)
    {
      PxEvent *event = g_ptr_array_index (events, e);

      for (guint k = 0; k < event->articles->len; k++)
        g_hash_table_insert (by_path, g_strdup (event->articles->pdata[k]), g_strdup_printf ("%u", e));
    }
  return by_path;
}

/* Articles arriving a few at a time end up grouped (nearly) as they would
 * be all at once, on the labelled development corpora: first half at once
 * then tenths (updates that regroup when the folder has grown enough), and
 * four fifths at once then one by one (updates within the bound, that only
 * place the newcomers). */
static void
test_incremental_corpus (void)
{
  const char *names[] = { "full-caucasus", "full-europe-mideast", "short-wire" };
  guint tested = 0;

  for (guint c = 0; c < G_N_ELEMENTS (names); c++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", "events", "dev", names[c], "articles", NULL);
      const char *paths[2] = { dir, NULL };
      g_autoptr(PxLoadResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) all_events = NULL;
      g_autoptr(GHashTable) all = NULL;
      guint n;

      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        continue;
      result = px_load_paths_sync (paths, NULL, &error);
      g_assert_no_error (error);
      n = result->articles->len;
      {
        g_autoptr(PxEventGrouper) g = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);

        for (guint i = 0; i < n; i++)
          px_event_grouper_add (g, px_analysis_new (g_ptr_array_index (result->articles, i)));
        px_event_grouper_group (g);
        all_events = px_event_grouper_get_events (g);
        all = events_by_path (all_events);
      }
      for (guint scenario = 0; scenario < 2; scenario++)
        {
          g_autoptr(PxEventGrouper) g = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);
          g_autoptr(GPtrArray) events = NULL;
          g_autoptr(GHashTable) incremental = NULL;
          guint first = scenario == 0 ? n / 2 : n * 4 / 5;
          guint step = scenario == 0 ? MAX (n / 10, 1) : 1;
          double agreement;

          for (guint i = 0; i < first; i++)
            px_event_grouper_add (g, px_analysis_new (g_ptr_array_index (result->articles, i)));
          px_event_grouper_group (g);
          for (guint i = first; i < n; i += step)
            {
              for (guint k = i; k < MIN (i + step, n); k++)
                px_event_grouper_add (g, px_analysis_new (g_ptr_array_index (result->articles, k)));
              px_event_grouper_update (g);
            }
          events = px_event_grouper_get_events (g);
          assert_each_in_one (events, n);
          incremental = events_by_path (events);
          agreement = bcubed_f1 (all, incremental);
          g_test_message ("%s, %s: B-cubed F1 of the incremental grouping against the grouping at once %.3f",
                          names[c], scenario == 0 ? "half then tenths" : "four fifths then one by one", agreement);
          g_assert_cmpfloat (agreement, >=, 0.95);
        }
      tested++;
    }
  if (tested == 0)
    g_test_skip ("no labelled corpora here");
}

/* The bundled example folder: three outlets that name the island, the
 * protest and its cause differently, on the same day. However differently
 * they frame it, it is one event. */
static void
test_examples_one_event (void)
{
  const char *examples = g_getenv ("PARALLAX_EXAMPLES");
  const char *paths[2] = { examples, NULL };
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) px_analysis_free);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  PxEvent *event;

  g_assert_nonnull (examples);
  result = px_load_paths_sync (paths, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->articles->len, ==, 3);
  for (guint i = 0; i < result->articles->len; i++)
    g_ptr_array_add (analyses, px_analysis_new (g_ptr_array_index (result->articles, i)));
  events = px_events_group (analyses, PX_EVENTS_DEFAULT_GRANULARITY, NULL);

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpuint (event->articles->len, ==, 3);
  g_assert_cmpuint (event->outlets->len, ==, 3);
  g_assert_cmpstr (event->date_first, ==, "2025-03-14");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/events/group", test_group);
  g_test_add_func ("/parallax/events/labels", test_labels);
  g_test_add_func ("/parallax/events/label-majority-spelling", test_label_majority_spelling);
  g_test_add_func ("/parallax/events/label-nominative", test_label_nominative);
  g_test_add_func ("/parallax/events/hard-negative", test_hard_negative_needs_time);
  g_test_add_func ("/parallax/events/granularity", test_granularity);
  g_test_add_func ("/parallax/events/corrections", test_corrections);
  g_test_add_func ("/parallax/events/corrections-change", test_corrections_change);
  g_test_add_func ("/parallax/events/incremental", test_incremental);
  g_test_add_func ("/parallax/events/incremental-corpus", test_incremental_corpus);
  g_test_add_func ("/parallax/events/empty", test_empty);
  g_test_add_func ("/parallax/events/seeds", test_seeds);
  g_test_add_func ("/parallax/events/examples-one-event", test_examples_one_event);
  return g_test_run ();
}
