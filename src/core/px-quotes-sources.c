/* px-quotes-sources.c — the source next to a cue, and who it stands for
 *
 * Steps 3 and 4 of the quote finder (px-quotes.c): in a sentence, find a cue
 * (a reporting verb, "according to", a colon after a name) and the source
 * next to it — a name, a pronoun, a role ("the prime minister"), an
 * institution or a document — then resolve that source to the fullest name
 * the article gives: a surname or title back to the full name, a role to
 * the person introduced with it, a pronoun to the last person, a
 * spokesperson to the institution. Russian agency prose ("сообщил ТАСС",
 * "сказал РИА Новости") gets its own cues at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-quotes"

#include "config.h"

#include <string.h>

#include "px-quotes-private.h"

/* "according to X" and its kin: the source follows the cue. */
static const char * const according_cues[][3] = {
  { "according", "to", NULL }, { "selon", NULL, NULL }, { "laut", NULL, NULL },
  { "según", NULL, NULL }, { "по", "словам", NULL }, { "d'après", NULL, NULL }, { "d’après", NULL, NULL },
  { "по", "данным", NULL }, { "по", "мнению", NULL }, { "по", "информации", NULL },
  /* "По версии следствия, …": the account the investigators give */
  { "по", "версии", NULL },
  /* "По оценке аналитика, …", "По прогнозу синоптиков, …": an estimate or
   * a forecast is its author's word */
  { "по", "оценке", NULL }, { "по", "оценкам", NULL }, { "по", "прогнозу", NULL }, { "по", "прогнозам", NULL },
  { "nach", "angaben", NULL }, { "nach", "informationen", NULL }, { "de", "acuerdo", "con" },
  { "nach", "einschätzung", NULL }, { "nach", "ansicht", NULL }, { "nach", "darstellung", NULL },
  { "nach", "auffassung", NULL },
  /* figures as a source: "Nach Zahlen des Landeskriminalamts gab es …" */
  { "nach", "zahlen", NULL }, { "nach", "schätzungen", NULL }, { "nach", "berechnungen", NULL },
  { "a", "juicio", "de" }, { "aux", "yeux", "de" },
  /* "En palabras de la científica, «…»" */
  { "en", "palabras", "de" },
};

/* ---- 4. Sources next to a cue ---- */

void
px_quotes_source_clear (Source *source)
{
  g_clear_pointer (&source->speaker, g_free);
  g_clear_pointer (&source->description, g_free);
}

gboolean
px_quotes_allowed_token (Doc  *doc,
                         guint i,
                         gint  sentence)
{
  return i < doc->tokens->len && doc->span_of[i] < 0 && (gint) doc->token_sentence[i] == sentence;
}

/* The token of @person's last mention before @before outside any
 * quotation, or G_MAXUINT: a name only inside a quotation ("“El Betis
 * tiene una plantilla muy larga”, señaló") is spoken of, not speaking. */
static guint
last_mention_outside_quotes (Doc    *doc,
                             Person *person,
                             guint   before)
{
  guint seen = G_MAXUINT;

  for (guint m = 0; m < person->mentions->len; m++)
    {
      guint token = g_array_index (person->mentions, guint, m);

      if (token < before && doc->span_of[token] < 0)
        seen = token;
    }
  return seen;
}

/* Makes @person the *@best when it was mentioned outside quotations before
 * @before, later than *@best was (at *@best_seen). */
static void
keep_latest_mentioned (Doc     *doc,
                       Person  *person,
                       guint    before,
                       Person **best,
                       guint   *best_seen)
{
  guint seen = last_mention_outside_quotes (doc, person, before);

  if (seen != G_MAXUINT && (*best == NULL || seen > *best_seen))
    {
      *best = person;
      *best_seen = seen;
    }
}

/* The person (or, for "they", the institution) mentioned last before
 * @before, of @gender when known. */
static Person *
last_person_before_gender (Doc      *doc,
                           guint     before,
                           gboolean  org,
                           char      gender)
{
  Person *best = NULL;
  guint best_seen = 0;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->org != org || (gender != 0 && person->gender != 0 && person->gender != gender))
        continue;
      /* "Skerry Point", "Mill Road": a place is nobody's pronoun */
      if (!org && person->lower_last != NULL)
        {
          static const char * const places[] = {
            "point", "island", "bay", "street", "road", "avenue", "lane", "square", "bridge", "harbour", "valley",
            "river", "lake", "hill", "park", "beach", "airport", "station",
          };

          /* "River Skell", "Mount Kenya", "Elmstead Primary" */
          static const char * const place_heads[] = {
            "river", "lake", "mount", "port", "cape", "fort", "primary", "school", "college", "academy",
            "hospital", "church", "stadium",
          };
          g_autofree char *head = g_utf8_strdown (person->name, -1);
          char *space = strchr (head, ' ');

          if (space != NULL)
            *space = '\0';
          if (px_text_list_contains (places, G_N_ELEMENTS (places), person->lower_last)
              || px_text_list_contains (place_heads, G_N_ELEMENTS (place_heads), person->lower_last)
              || (space != NULL && px_text_list_contains (place_heads, G_N_ELEMENTS (place_heads), head)))
            continue;
        }
      keep_latest_mentioned (doc, person, before, &best, &best_seen);
    }
  return best;
}

Person *
px_quotes_last_person_before (Doc      *doc,
                              guint     before,
                              gboolean  org)
{
  return last_person_before_gender (doc, before, org, 0);
}

/* "the CEO" for the "chief executive", "the PM" for the "prime minister":
 * an acronym of a role matches the head word of the role written out. */
static gboolean
role_acronym_of (const char *acronym,
                 const char *word)
{
  static const char * const pairs[][2] = {
    { "ceo", "executive" }, { "cfo", "financial" }, { "pm", "prime" }, { "coo", "operating" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    if (strcmp (acronym, pairs[p][0]) == 0 && strcmp (word, pairs[p][1]) == 0)
      return TRUE;
  return FALSE;
}

/* A role phrase ("the Armenian prime minister") names the person the article
 * introduced with those words. */
static gboolean role_family_match (const char *word, const char *described);

static Person *
find_person_by_role (Doc  *doc,
                     guint first,
                     guint last,
                     guint before)
{
  Person *best = NULL;
  guint best_seen = 0;

  /* "a indiqué la métropole": an institution, not the person serving it;
   * but "the spokeswoman" after "Sarah Quinn, a spokeswoman for …" is the
   * spokeswoman the article named */
  if (first == last && IN (institution_nouns, lower (doc, last)) && !IN (spokes, lower (doc, last)))
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      guint seen = px_quotes_mention_before (person, before);

      if (seen == G_MAXUINT)
        continue;
      for (guint d = 0; d < person->descriptions->len; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
          g_autoptr(GArray) words = px_lexicon_tokenize (description, strlen (description));
          gboolean all = TRUE;
          guint n_role = 0;
          gboolean former = FALSE, role_former = FALSE, state_rep = FALSE;

          /* "the minister" is not the "former health minister" */
          for (guint w = 0; w < words->len; w++)
            {
              const char *word = g_array_index (words, PxLexiconToken, w).lower;

              former = former || (word != NULL && (strcmp (word, "former") == 0 || strcmp (word, "ex") == 0
                                                   || strcmp (word, "ancien") == 0 || strcmp (word, "ancienne") == 0
                                                   || strcmp (word, "ehemalige") == 0 || strcmp (word, "ehemaliger") == 0
                                                   || strcmp (word, "exministro") == 0 || strcmp (word, "бывший") == 0));
            }
          for (guint i = first; i <= last; i++)
            role_former = role_former || (is_word (doc, i) && (lower_is (doc, i, "former", "ex", "ancien", "ancienne", NULL)
                                                               || g_str_has_prefix (lower (doc, i), "ehemalig")
                                                               || strcmp (lower (doc, i), "бывший") == 0));
          if (former && !role_former)
            all = FALSE;
          /* "le représentant de l'État": French news's second reference
           * to the préfet, whose description holds none of its words */
          for (guint i = first; i + 2 <= last && all; i++)
            if (is_word (doc, i) && lower_is (doc, i, "représentant", "représentante", NULL) && is_word (doc, i + 2)
                && strcmp (lower (doc, i + 1), "de") == 0 && lower_is (doc, i + 2, "l'état", "l’état", NULL))
              {
                gboolean prefect = FALSE;

                for (guint w = 0; w < words->len; w++)
                  {
                    const char *word = g_array_index (words, PxLexiconToken, w).lower;

                    prefect = prefect || (word != NULL && (strcmp (word, "préfet") == 0 || strcmp (word, "préfète") == 0));
                  }
                if (prefect)
                  state_rep = TRUE;
                all = prefect;
                i = last;
              }
          if (state_rep)
            n_role = 1;
          for (guint i = first; i <= last && all && !state_rep; i++)
            {
              gboolean found = FALSE;

              /* "the college’s president": the possessor only narrows the role */
              if (!is_word (doc, i) || IN (stop_words, lower (doc, i))
                  || (i < last && (g_str_has_suffix (lower (doc, i), "'s") || g_str_has_suffix (lower (doc, i), "s'"))))
                continue;
              n_role++;
              for (guint w = 0; w < words->len && !found; w++)
                {
                  const char *word = g_array_index (words, PxLexiconToken, w).lower;

                  found = word != NULL && (strcmp (word, lower (doc, i)) == 0 || role_acronym_of (lower (doc, i), word)
                                           /* "die Ministerin" for the "Gesundheitsministerin":
                                            * a German compound ends in its head */
                                           || (doc->capital_nouns && strlen (lower (doc, i)) >= 5
                                               && g_str_has_suffix (word, lower (doc, i)))
                                           /* "гособвинитель" for the "помощник прокурора",
                                            * "наставник" for the "главный тренер": Russian
                                            * second references by a word of the role's family */
                                           || (doc->inflecting && px_quotes_is_cyrillic_word (doc, i)
                                               && role_family_match (lower (doc, i), word)));
                }
              all = found;
            }
          for (guint w = 0; w < words->len; w++)
            g_free (g_array_index (words, PxLexiconToken, w).lower);
          if (all && n_role > 0 && (best == NULL || seen > best_seen))
            {
              best = person;
              best_seen = seen;
            }
        }
    }
  return best;
}

/* "„…“, so der Sprecher", "the spokeswoman added": a definite spokesperson
 * speaks for the institution the article last gave a spokesperson ("Ein
 * Sprecher des Verbands der Universitätsklinika", "a spokesman for the
 * Treasury"). Returns that institution as written, or NULL. */
static char *
spokesperson_institution (Doc  *doc,
                          guint before)
{
  guint stop_paragraph = doc->token_segment[before] > 1 ? doc->token_segment[before] - 2 : 0;

  for (guint t = before; t > 0; t--)
    {
      guint k = t - 1;
      guint from, end;

      if (doc->token_segment[k] < stop_paragraph)
        break;
      if (doc->span_of[k] >= 0 || !is_word (doc, k) || !IN (spokes, lower (doc, k)))
        continue;
      /* "A Number 10 spokesman said … . “…,” the spokesman added": the
       * name before an unnamed spokesperson, after "a" or "the" */
      if (k > 1 && px_quotes_is_name_word (doc, k - 1) && !px_quotes_is_name_word (doc, k + 1))
        {
          guint run = px_quotes_run_start_back (doc, k - 1);

          if (run > 0 && is_word (doc, run - 1)
              && lower_is (doc, run - 1, "a", "an", "the", NULL))
            return px_quotes_slice (doc, run, k - 1);
        }
      if (!is_word (doc, k + 1) || !(IN (of_words, lower (doc, k + 1)) || lower_is (doc, k + 1, "for", "des", NULL)))
        continue;
      from = k + 2;
      if (is_word (doc, from) && IN (determiners, lower (doc, from)))
        from++;
      end = from;
      while (end < doc->tokens->len && end < from + 6 && is_word (doc, end) && doc->span_of[end] < 0
             && doc->token_segment[end] == doc->token_segment[k] && !IN (speech_verbs, lower (doc, end))
             && (!IN (stop_words, lower (doc, end)) || IN (of_words, lower (doc, end))))
        end++;
      while (end > from && is_word (doc, end - 1) && IN (of_words, lower (doc, end - 1)))
        end--;
      /* "a spokeswoman for the Ministry of Agriculture, Fisheries and
       * Food": a name with the commas of a list in it is read as a name */
      if (end > from && px_quotes_is_name_word (doc, from))
        end = MAX (end, px_quotes_run_end_forward (doc, from) + 1);
      if (end > from)
        return px_quotes_slice (doc, from, end - 1);
    }
  return NULL;
}

/* Heads of roles that lead something: the article may introduce a "finance
 * chief" as "director of finance" or a "chair" as "head of the body". */
static const char * const leading_roles[] = {
  "chief", "head", "director", "boss", "chair", "chairman", "chairwoman", "chairperson", "president",
  "leader", "executive", "directeur", "directrice", "président", "présidente", "presidente", "director",
  "directora", "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "vorsitzende",
  "vorsitzender", "глава", "директор", "руководитель", "председатель",
};

/* Heads of roles a person holds ("minister", "mayor", "coach"): a definite
 * mention of one names the person the article gave it. */
static const char * const person_roles[] = {
  "minister", "secretary", "mayor", "governor", "manager", "coach", "captain", "treasurer", "commissioner",
  "superintendent", "founder", "owner", "principal", "headteacher", "editor", "ambassador", "envoy",
  "councillor", "leader", "chancellor", "inspector", "officer", "speaker", "ministre", "maire", "préfet", "préfète",
  "ministro", "ministra", "alcalde", "alcaldesa", "minister", "ministerin", "bürgermeister",
  "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat", "landrätin", "ortsvorsteher",
  "ortsvorsteherin", "trainer", "министр", "мэр", "губернатор",
  /* Spanish offices: "la gerente de la Empresa de Aguas de Ocaña, X" */
  "gerente", "presidenta", "secretario", "secretaria", "consejero", "consejera", "gobernador", "gobernadora",
  "delegado", "delegada", "coordinador", "coordinadora", "rector", "rectora", "decano", "decana", "intendente",
};

/* Two word forms the same word: "finance" and "financial", "ministre" and
 * "ministres" share all but a short ending. */
static gboolean
role_word_match (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b), common = 0;

  while (common < la && common < lb && a[common] == b[common])
    common++;
  if (common == la && common == lb)
    return TRUE;
  return common >= 5 && la - common <= 3 && lb - common <= 3;
}

static gboolean
is_role_head (const char *word)
{
  return word != NULL && (px_text_list_contains (leading_roles, G_N_ELEMENTS (leading_roles), word)
                          || px_text_list_contains (person_roles, G_N_ELEMENTS (person_roles), word));
}

/* "the borough's finance chief", "the association's chair": a definite
 * role names the person the article introduced with that role anywhere,
 * before or after ("Martin Cole, the council's director of finance"), the
 * head matched by kind (chief ~ director ~ head) and every modifier
 * present. With nobody so described, a role with a possessor points
 * forward to the person the paragraph names next ("The association's chair
 * has said … . Kevin Hart, who has led the body …"). */
static Person *
find_person_by_role_index (Doc  *doc,
                           guint first,
                           guint last,
                           guint at)
{
  const char *head;
  gboolean leading;
  gboolean possessed = FALSE;
  Person *best = NULL;
  guint best_distance = G_MAXUINT;

  /* "the speaker of parliament": the head comes before "of" */
  for (guint i = first + 1; i < last; i++)
    if (is_word (doc, i) && IN (of_words, lower (doc, i)) && is_role_head (lower (doc, i - 1)))
      {
        guint head_at = i - 1;

          {
            Person *found = NULL;
            guint found_distance = G_MAXUINT;

            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *person = g_ptr_array_index (doc->people, p);
                gboolean fits = FALSE;
                guint seen, distance;

                if (person->org || strchr (person->name, ' ') == NULL || person->mentions->len == 0)
                  continue;
                for (guint d = 0; d < person->descriptions->len && !fits; d++)
                  {
                    g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
                    g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);

                    for (guint w = 0; words[w] != NULL && !fits; w++)
                      fits = role_word_match (words[w], lower (doc, head_at));
                  }
                if (!fits)
                  continue;
                seen = px_quotes_mention_before (person, at);
                distance = seen != G_MAXUINT ? at - seen : (person->first_token > at ? (person->first_token - at) * 2 : G_MAXUINT);
                if (distance < found_distance)
                  {
                    found = person;
                    found_distance = distance;
                  }
              }
            return found;
          }
      }
  head = lower (doc, last);
  leading = px_text_list_contains (leading_roles, G_N_ELEMENTS (leading_roles), head);
  if (!is_role_head (head))
    return NULL;
  for (guint i = first; i < last; i++)
    if (is_word (doc, i) && px_quotes_role_possessor (doc, i))
      possessed = TRUE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint distance;
      gboolean fits = FALSE;

      if (person->org || strchr (person->name, ' ') == NULL || person->mentions->len == 0)
        continue;
      for (guint d = 0; d < person->descriptions->len && !fits; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
          g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);
          gboolean head_found = FALSE;
          gboolean all = TRUE;
          guint n_matched = 0;

          for (guint w = 0; words[w] != NULL && !head_found; w++)
            head_found = role_word_match (words[w], head)
                         || (leading && px_text_list_contains (leading_roles, G_N_ELEMENTS (leading_roles), words[w]));
          for (guint i = first; i < last && all && head_found; i++)
            {
              gboolean found = FALSE;
              g_autofree char *word = NULL;

              if (!is_word (doc, i) || IN (stop_words, lower (doc, i)))
                continue;
              word = g_strdup (lower (doc, i));
              /* the possessor only narrows the role: "the borough's" may be
               * the article's "the council's" */
              if (px_quotes_role_possessor (doc, i))
                {
                  if (g_str_has_suffix (word, "'s") || g_str_has_suffix (word, "’s"))
                    word[strlen (word) - (g_str_has_suffix (word, "'s") ? 2 : strlen ("’s"))] = '\0';
                  for (guint w = 0; words[w] != NULL && !found; w++)
                    found = role_word_match (words[w], word);
                  n_matched += found;
                  continue;
                }
              for (guint w = 0; words[w] != NULL && !found; w++)
                found = role_word_match (words[w], word);
              n_matched += found;
              all = found;
            }
          /* a bare head ("the president") is find_person_by_role's */
          fits = head_found && all && n_matched > 0;
        }
      if (!fits)
        continue;
      {
        guint seen = px_quotes_mention_before (person, at);
        guint after = person->first_token;

        distance = seen != G_MAXUINT ? at - seen : (after > at ? (after - at) * 2 : G_MAXUINT);
      }
      if (distance < best_distance)
        {
          best = person;
          best_distance = distance;
        }
    }
  if (best != NULL || !possessed)
    return best;
  /* cataphora: the next person named in this paragraph, not named before */
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint first_seen;

      if (person->org || strchr (person->name, ' ') == NULL || person->mentions->len == 0)
        continue;
      first_seen = person->first_token;
      if (first_seen <= last || doc->token_segment[first_seen] != doc->token_segment[at] || doc->span_of[first_seen] >= 0)
        continue;
      if (best == NULL || first_seen < best->first_token)
        best = person;
    }
  return best;
}

/* Role nouns that news uses for one another when it refers back to a
 * person: "the Rovers manager" for "Rovers boss X", "the lawyer" for "the
 * defendant's barrister, X". */
static const char * const role_families[][12] = {
  { "manager", "boss", "coach", "gaffer", NULL },
  { "lawyer", "barrister", "counsel", "solicitor", "attorney", "advocate", "kc", NULL },
  { "avocat", "avocate", "pénaliste", "conseil", "me", NULL },
  { "spokesman", "spokeswoman", "spokesperson", NULL },
  /* a player's or artist's "agent" is the "representative" the body names */
  { "agent", "representative", NULL },
  { "prosecutor", "prosecution", "prosecuting", NULL },
  { "teenager", "teenage", "teen", NULL },
  { "doctor", "dr", "gp", "physician", "surgeon", "doctora", "médico", "médica", "facultativo", "facultativa", NULL },
  /* "l'édile" for the mayor, "el regidor" for the alcalde, "der
   * Rathauschef" for the Bürgermeister */
  { "mayor", "maire", "édile", "alcalde", "alcaldesa", "regidor", "regidora", NULL },
  { "bürgermeister", "bürgermeisterin", "rathauschef", "rathauschefin", "stadtoberhaupt", NULL },
  { "chair", "chairman", "chairwoman", "chairperson", NULL },
  /* "The officer said" for "Detective Chief Inspector Rachel Amos" */
  { "officer", "detective", "inspector", "superintendent", "constable", "sergeant", "det", "supt", NULL },
  { "general", "commander", NULL },
  { "minister", "ministre", "ministro", "ministra", "titular", "minister's", "ministerin", "secretary", NULL },
  { "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "rathauschef", "rathauschefin", NULL },
  /* "l'élue" for "la députée", "the MP" */
  { "député", "députée", "élu", "élue", "parlementaire", "mp", "lawmaker", NULL },
  { "синоптик", "метеоролог", NULL },
  /* "el letrado" for "su abogado", "der Anwalt" for "Verteidiger … Rechtsanwalt" */
  { "abogado", "abogada", "letrado", "letrada", NULL },
  { "anwalt", "anwältin", "rechtsanwalt", "rechtsanwältin", "verteidiger", "verteidigerin", NULL },
  /* "el técnico" for "el entrenador", "der Coach" for "Trainer" */
  { "entrenador", "entrenadora", "técnico", "técnica", "míster", "estratega", "timonel", "preparador", "preparadora",
    NULL },
  /* Spanish second references: "la magistrada" for "la jueza", "el
   * edil" for "el concejal", "el mediocampista" for "el volante", "la
   * científica" for "la investigadora" */
  { "juez", "jueza", "magistrado", "magistrada", NULL },
  { "concejal", "concejala", "edil", "edila", NULL },
  /* "la parlamentaria" for "la diputada de <group>" */
  { "diputado", "diputada", "parlamentario", "parlamentaria", NULL },
  { "volante", "mediocampista", "centrocampista", "mediocentro", NULL },
  { "delantero", "ariete", "atacante", NULL },
  { "investigador", "investigadora", "científico", "científica", NULL },
  /* "el mandatario" for the president, "el profesor" for "el
   * catedrático", "el dirigente" for a party's leader, "la representante
   * social" for Mexico's "agente del Ministerio Público" */
  { "presidente", "presidenta", "mandatario", "mandataria", NULL },
  { "catedrático", "catedrática", "profesor", "profesora", "docente", NULL },
  { "líder", "dirigente", NULL },
  { "agente", "representante", NULL },
  { "trainer", "trainerin", "cheftrainer", "coach", NULL },
  { "entraîneur", "entraîneuse", "technicien", "coach", NULL },
  /* "le magistrat" for the procureur or the juge: a word for either */
  { "procureur", "procureure", "magistrat", "magistrate", NULL },
  { "juge", "magistrat", "magistrate", NULL },
  { "juez", "jueza", "magistrado", "magistrada", NULL },
  { "staatsanwalt", "staatsanwältin", "ankläger", "anklägerin", NULL },
  /* ru: "гособвинитель" for "помощник прокурора", "наставник" for the
   * "главный тренер"; a description keeps its case ("прокурора") */
  { "прокурор", "прокурора", "гособвинитель", "гособвинителя", "обвинитель", "обвинителя", NULL },
  { "тренер", "тренера", "наставник", "наставника", "рулевой", NULL },
  { "адвокат", "адвоката", "защитник", "защитника", "юрист", NULL },
};

/* Whether @word and @described are two words of one role family. */
static gboolean
role_family_match (const char *word,
                   const char *described)
{
  for (gsize f = 0; f < G_N_ELEMENTS (role_families); f++)
    {
      gboolean a = FALSE, b = FALSE;

      for (guint k = 0; role_families[f][k] != NULL; k++)
        {
          a = a || strcmp (role_families[f][k], word) == 0;
          b = b || strcmp (role_families[f][k], described) == 0;
        }
      if (a && b)
        return TRUE;
    }
  return FALSE;
}

/* Definite articles before a role that refers back ("the minister", "l'édile", "der Rathauschef"). */
static gboolean
is_definite (const char *word)
{
  static const char * const articles[] = { "the", "le", "la", "l'", "l’", "der", "die", "das", "el" };

  return word != NULL && px_text_list_contains (articles, G_N_ELEMENTS (articles), word);
}

/* Nationality nouns whose adjective is another word ("the Spaniard" for
 * a "Spanish" player); nouns like "Austrian" are their own adjective. */
static const char * const demonym_nouns[][2] = {
  { "spaniard", "spanish" }, { "swede", "swedish" }, { "dane", "danish" }, { "finn", "finnish" },
  { "pole", "polish" }, { "scot", "scottish" }, { "scotsman", "scottish" }, { "briton", "british" },
  { "brit", "british" }, { "frenchman", "french" }, { "frenchwoman", "french" }, { "dutchman", "dutch" },
  { "dutchwoman", "dutch" }, { "irishman", "irish" }, { "irishwoman", "irish" }, { "welshman", "welsh" },
  { "welshwoman", "welsh" }, { "englishman", "english" }, { "englishwoman", "english" }, { "turk", "turkish" },
  { "kiwi", "zealand" }, { "aussie", "australian" },
  /* nationalities whose ending looks like no demonym */
  { "argentine", "argentinian" }, { "argentine", "argentine" }, { "greek", "greek" }, { "swiss", "swiss" },
  { "thai", "thai" }, { "cypriot", "cypriot" }, { "basque", "basque" }, { "portuguese", "portuguese" },
};

/* Words for any elected office, each with the offices it covers: "l'élu"
 * for the mayor, "the Green member" for a councillor. One way only: "le
 * maire" is no deputy. */
static const char * const elected_hypernyms[] = { "élu", "élue", "member", "lawmaker", "politician" };
static const char * const elected_offices[] = {
  "maire", "député", "députée", "sénateur", "sénatrice", "conseiller", "conseillère", "adjoint", "adjointe",
  "édile", "mayor", "councillor", "councilor", "mp", "senator", "mep", "msp", "assemblyman", "assemblywoman",
  "alderman",
};

/* "le dirigeant", "the boss", "der Firmenchef", "el responsable": a word
 * for whoever heads something refers back to a head of a firm or body by
 * the title of the office (one way only: a "directeur" is not any
 * "dirigeant" met before). */
static const char * const leader_hypernyms[] = {
  "dirigeant", "dirigeante", "patron", "patronne", "boss", "chef", "cheffin", "firmenchef", "firmenchefin",
  "unternehmenschef", "unternehmenschefin", "executive", "responsable", "руководитель", "глава",
  /* "el dirigente" for a union's "secretario general", "la funcionaria"
   * for the "gerente" of a public company */
  "dirigente", "funcionario", "funcionaria",
};
static const char * const leader_offices[] = {
  "directeur", "directrice", "pdg", "président", "présidente", "gérant", "gérante", "ceo", "director", "chairman",
  "chairwoman", "chief", "geschäftsführer", "geschäftsführerin", "vorstandschef", "vorstandschefin",
  "vorstandsvorsitzende", "vorstandsvorsitzender", "leiter", "leiterin", "directora", "presidente", "presidenta",
  "gerente", "директор", "директора", "гендиректор", "председатель", "secretario", "secretaria", "jefe", "jefa",
};

gboolean
px_quotes_descriptor_word_fits (const char *word,
                                const char *described)
{
  gsize described_len = strlen (described);

  /* "the authors said" is not "the study's lead author": a plural role
   * is a group, never the one person the singular describes */
  if (strlen (word) == described_len + 1 && g_str_has_prefix (word, described) && word[described_len] == 's')
    return FALSE;
  if (role_word_match (word, described))
    return TRUE;
  if (px_text_list_contains (leader_hypernyms, G_N_ELEMENTS (leader_hypernyms), word)
      && px_text_list_contains (leader_offices, G_N_ELEMENTS (leader_offices), described))
    return TRUE;
  if (px_text_list_contains (elected_hypernyms, G_N_ELEMENTS (elected_hypernyms), word)
      && px_text_list_contains (elected_offices, G_N_ELEMENTS (elected_offices), described))
    return TRUE;
  for (gsize f = 0; f < G_N_ELEMENTS (role_families); f++)
    {
      gboolean a = FALSE, b = FALSE;

      for (guint k = 0; role_families[f][k] != NULL; k++)
        {
          a = a || strcmp (role_families[f][k], word) == 0;
          b = b || strcmp (role_families[f][k], described) == 0;
        }
      if (a && b)
        return TRUE;
    }
  for (gsize n = 0; n < G_N_ELEMENTS (demonym_nouns); n++)
    if (strcmp (demonym_nouns[n][0], word) == 0 && strcmp (demonym_nouns[n][1], described) == 0)
      return TRUE;
  return FALSE;
}

/* Court roles: each names a participant of its own, never the person a
 * court report is about ("the prosecutor" is not the defendant just
 * named). */
static const char * const legal_roles[] = {
  "barrister", "solicitor", "lawyer", "attorney", "counsel", "prosecutor", "judge", "coroner", "magistrate",
  "avocat", "avocate", "procureur", "procureure", "juge", "anwalt", "anwältin", "verteidiger", "verteidigerin",
  "richter", "richterin", "staatsanwalt", "staatsanwältin", "abogado", "abogada", "fiscal", "juez", "jueza",
  "прокурор", "гособвинитель", "обвинитель", "адвокат", "защитник", "судья",
};

static gboolean may_cue_at (Doc *doc, guint i);
static Person *find_defendant (Doc *doc);

/* The prosecutor of a court report: the person named within a few words
 * of "prosecutor", "prosecuting" or "for the prosecution", first in the
 * article. */
static Person *
find_prosecutor (Doc *doc)
{
  Person *defendant = find_defendant (doc);

  for (guint t = 0; t < doc->tokens->len; t++)
    {
      Person *best = NULL;
      guint best_distance = G_MAXUINT;

      if (!is_word (doc, t) || doc->span_of[t] >= 0 || !g_str_has_prefix (lower (doc, t), "prosecut"))
        continue;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org || strchr (person->name, ' ') == NULL || person == defendant)
            continue;
          for (guint m = 0; m < person->mentions->len; m++)
            {
              guint at = g_array_index (person->mentions, guint, m);
              guint distance = at > t ? at - t : t - at;

              gboolean reported = FALSE;

              /* "the prosecutor told jurors that Mr Dalton had …": a
               * person the prosecutor's words speak of is not the
               * prosecutor */
              for (guint k = t + 1; k < at && !reported; k++)
                reported = may_cue_at (doc, k) || (is_word (doc, k) && strcmp (lower (doc, k), "that") == 0);
              if (doc->token_segment[at] == doc->token_segment[t] && distance <= 10 && distance < best_distance
                  && !reported)
                {
                  best = person;
                  best_distance = distance;
                }
            }
        }
      if (best != NULL)
        return best;
    }
  return NULL;
}

/* The tokens of ", of <street>, <town>," after a name at @at (the name
 * and an age skipped), 0 when none: a court report's address. */
static guint
address_length (Doc  *doc,
                guint at)
{
  guint k = at;

  while (k + 1 < doc->tokens->len && is_word (doc, k + 1) && (tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
    k++;
  if (is_punct (doc, k + 1, ',') && is_word (doc, k + 2) && (tok (doc, k + 2)->flags & PX_LEXICON_TOKEN_NUMBER)
      && is_punct (doc, k + 3, ','))
    k += 2;
  if (!is_punct (doc, k + 1, ',') || !is_word (doc, k + 2) || strcmp (lower (doc, k + 2), "of") != 0)
    return 0;
  for (guint t = k + 3; t < doc->tokens->len && t < k + 14 && doc->token_sentence[t] == doc->token_sentence[at]; t++)
    if (is_word (doc, t) && !(tok (doc, t)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_NUMBER)))
      return t - at;
  return 0;
}

/* The defendant of a court report: the first person named as the subject
 * of "denied", "admitted" or "pleaded" ("Kwame Asante, 29, had denied
 * attacking …"), whom the report then calls "the defendant". */
static Person *
find_defendant (Doc *doc)
{
  static const char * const pleas[] = {
    "denied", "denies", "admitted", "admits", "pleaded", "pleads", "negó", "niega", "admitió", "nie", "nié",
    "reconnu", "bestreitet", "bestritt", "gestand",
    /* perfect tenses: "ha negado", "hat bestritten", "a contesté" */
    "negado", "admitido", "reconocido", "bestritten", "gestanden", "contesté", "conteste", "denying",
    /* the sentence sought: "X, de 52 años, se enfrenta a seis años de
     * cárcel", "X faces up to ten years", "X encourt vingt ans" */
    "enfrenta", "faces", "encourt",
    /* the sentence passed: "X a été condamné jeudi à un an avec sursis",
     * "X was jailed for six years", "X wurde zu … verurteilt" */
    "condamné", "condamnée", "sentenced", "convicted", "jailed", "verurteilt", "condenado", "condenada",
  };
  Person *best = NULL;
  guint best_at = G_MAXUINT;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      /* "Marek Nowak, 34, of Station Road, had denied": the address is no defendant */
      static const char * const places[] = { "road", "street", "lane", "avenue", "close", "drive", "way", "square" };

      if (person->org || strchr (person->name, ' ') == NULL
          || (person->lower_last != NULL && px_text_list_contains (places, G_N_ELEMENTS (places), person->lower_last)))
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        {
          guint at = g_array_index (person->mentions, guint, m);

          /* "La exalcaldesa de Villanueva del Río, Rosa María Gallardo, ha
           * negado": a place after "de" or "of" is no defendant */
          static const char * const place_links[] = { "of", "de", "del", "du", "des", "in", "en", "von", "aus", "from", "d'" };

          if (doc->span_of[at] >= 0 || at >= best_at
              || (at > 0 && is_word (doc, at - 1) && px_text_list_contains (place_links, G_N_ELEMENTS (place_links), lower (doc, at - 1))))
            continue;
          /* "Daniel Hurst, 39, of Wellbrook Road, Tanfield, has pleaded":
           * an age, a street and a town may stand between */
          for (guint k = at + 1; k < doc->tokens->len && k < at + 12 + address_length (doc, at)
                                 && doc->token_sentence[k] == doc->token_sentence[at]; k++)
            if (is_word (doc, k) && px_text_list_contains (pleas, G_N_ELEMENTS (pleas), lower (doc, k)))
              {
                best = person;
                best_at = at;
                break;
              }
            else if (is_word (doc, k) && IN (speech_verbs, lower (doc, k)))
              break;
        }
    }
  /* "L'avocat général a requis quinze ans contre Frédéric Lemaire", "the
   * case against Fred Lane": with no plea written, the one the
   * prosecution is against, named first */
  if (best == NULL)
    {
      static const char * const against[] = { "against", "contre", "gegen", "contra", "против" };

      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);
          guint at = person->first_token;

          if (person->org || strchr (person->name, ' ') == NULL || at == 0 || doc->span_of[at] >= 0 || at >= best_at
              || !is_word (doc, at - 1) || !px_text_list_contains (against, G_N_ELEMENTS (against), lower (doc, at - 1)))
            continue;
          best = person;
          best_at = at;
        }
    }
  return best;
}

/* The witness of a hearing: the person the article names giving evidence
 * ("Deborah Kane, who ran the home, was giving evidence", "Giving
 * evidence, Kane said"), mentioned last before @before, whom the report
 * then calls "the witness". NULL when nobody is said to give evidence. */
static Person *
find_witness (Doc   *doc,
              guint  before)
{
  Person *best = NULL;
  guint best_at = 0;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->org || strchr (person->name, ' ') == NULL)
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        {
          guint at = g_array_index (person->mentions, guint, m);
          gboolean giving = FALSE;
          guint opening;

          if (doc->span_of[at] >= 0 || at >= before || (best != NULL && at <= best_at))
            continue;
          opening = g_array_index (doc->sentences, Sentence, doc->token_sentence[at]).first;

          /* the subject, opening its sentence, of "was giving evidence",
           * "gave evidence", "testified" later in it, or named right after
           * an opening "Giving evidence," */
          for (guint k = opening; k < doc->tokens->len && k < at + 40 && !giving; k++)
            if (doc->token_sentence[k] == doc->token_sentence[at] && is_word (doc, k) && doc->span_of[k] < 0
                && ((k > at && at <= opening + 2) || (k < at && at <= opening + 4)))
              giving = lower_is (doc, k, "testified", "testifying", NULL)
                       || (lower_is (doc, k, "evidence", NULL) && k > 0 && is_word (doc, k - 1)
                           && lower_is (doc, k - 1, "giving", "gave", "give", "given", NULL));
          if (giving)
            {
              best = person;
              best_at = at;
            }
        }
    }
  return best;
}

/* "l'accusé", "L’accusée": the French accused with its elided article. */
static gboolean
elided_defendant (Doc  *doc,
                  guint i)
{
  const char *word = lower (doc, i);
  const char *head;

  if (word == NULL)
    return FALSE;
  if (g_str_has_prefix (word, "l'"))
    head = word + strlen ("l'");
  else if (g_str_has_prefix (word, "l’"))
    head = word + strlen ("l’");
  else
    return FALSE;
  return strcmp (head, "accusé") == 0 || strcmp (head, "accusée") == 0;
}

/* Whether the name of @person opens at token @i (no title or domain run
 * before it: "la ministre de la Santé Anne Durand" opens at "Santé"). */
static gboolean
name_opens_at (Doc    *doc,
               Person *person,
               guint   i)
{
  const char *space = strchr (person->name, ' ');
  gsize length = space != NULL ? (gsize) (space - person->name) : strlen (person->name);

  return is_word (doc, i) && tok (doc, i)->end - tok (doc, i)->start == length
         && strncmp (doc->text + tok (doc, i)->start, person->name, length) == 0;
}

/* "el entrenador donostiarra", "el preparador vasco", "el dirigente
 * metalúrgico": a Spanish adjective after the role noun that says where
 * the holder is from or what sector they work in adds nothing another
 * person of that role could be told apart by. Adjectives that set two
 * holders of one role apart ("el técnico local" / "visitante", "el
 * presidente anterior") are not among them. */
static gboolean
spanish_origin_adjective (const char *word)
{
  static const char * const suffixes[] = {
    "arra", "ense", "eño", "eña", "ano", "ana", "és", "esa", "ino", "ina", "ego", "ega", "ico", "ica", "al",
  };
  static const char * const bare[] = { "vasco", "vasca", "andaluz", "andaluza", "catalán", "catalana" };
  static const char * const contrastive[] = {
    "local", "rival", "republicano", "republicana", "anterior", "actual", "principal", "general", "federal",
    "provincial", "nacional", "internacional", "adjunto", "adjunta", "interino", "interina", "único", "única",
    "político", "política", "técnico", "técnica", "jurídico", "jurídica", "médico", "médica", "española", "español",
  };

  if (word == NULL || g_utf8_strlen (word, -1) < 5 || px_text_list_contains (contrastive, G_N_ELEMENTS (contrastive), word))
    return FALSE;
  return px_text_list_contains (bare, G_N_ELEMENTS (bare), word)
         || px_text_list_has_suffix (suffixes, G_N_ELEMENTS (suffixes), word);
}

/* "su homólogo boliviano, Marcelo Quispe": the adjective is part of how
 * the article introduced someone other than @person, so it tells them
 * apart and cannot be left aside. */
static gboolean
origin_adjective_describes_other (Doc        *doc,
                                  Person     *person,
                                  const char *word)
{
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *other = g_ptr_array_index (doc->people, p);

      if (other == person)
        continue;
      for (guint d = 0; d < other->descriptions->len; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (other->descriptions, d), -1);
          g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);

          if (g_strv_contains ((const char * const *) words, word))
            return TRUE;
        }
    }
  return FALSE;
}

/* "the Spaniard", "the 31-year-old striker", "the Rovers manager", "the
 * teenager": a definite noun phrase made only of words that describe
 * someone (nationality, age, role, team) points back to the person named
 * last whose introduction gave all of them, roles matched by family. An
 * age fits a person of that age or, for 13 to 19, one described as a
 * teenager; it rules out a person the article gave another age. A phrase
 * nobody fits is left alone. */
static Person *
find_person_by_descriptor (Doc  *doc,
                           guint first,
                           guint last,
                           guint at)
{
  Person *best = NULL;
  guint best_seen = 0;
  char article_gender = 0;
  guint n_origin_fits = 0;

  if (IN (institution_nouns, lower (doc, last)) || IN (org_words, lower (doc, last))
      || IN (group_nouns, lower (doc, last)) || IN (document_nouns, lower (doc, last)))
    return NULL;
  if (is_word (doc, at))
    {
      const char *article = lower (doc, at);

      if (strcmp (article, "la") == 0 || g_str_has_prefix (article, "la ") || strcmp (article, "die") == 0)
        article_gender = 'f';
      else if (strcmp (article, "le") == 0 || strcmp (article, "el") == 0 || strcmp (article, "der") == 0)
        article_gender = 'm';
    }
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint seen = px_quotes_mention_before (person, at);
      gboolean all = TRUE;
      guint n_positive = 0;
      gboolean teen = FALSE;
      gboolean after_comma = FALSE, content = FALSE, origin_skipped = FALSE;
      g_autoptr(GPtrArray) described = g_ptr_array_new_with_free_func (g_free);

      if (person->org || seen == G_MAXUINT || strchr (person->name, ' ') == NULL)
        continue;
      /* "la agricultora", "le maire": a gendered article rules out the
       * people of the other gender */
      if (person->gender != 0 && article_gender != 0 && person->gender != article_gender)
        continue;
      for (guint d = 0; d < person->descriptions->len; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
          g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);
          g_auto(GStrv) original = g_strsplit_set (g_ptr_array_index (person->descriptions, d), " ,", -1);
          guint kept = described->len;

          for (guint w = 0; words[w] != NULL; w++)
            {
              char *word = words[w];
              gsize len = strlen (word);

              /* "the French winger's agent": the words up to a possessive
               * describe the possessor, not the agent */
              if ((len >= 2 && g_str_has_suffix (word, "'s")) || (len >= strlen ("’s") && g_str_has_suffix (word, "’s")))
                {
                  /* a country or an institution as possessor ("Jordan's
                   * water minister") still says where the holder is from */
                  if (!g_unichar_isupper (g_utf8_get_char (original[w])))
                    {
                      g_ptr_array_set_size (described, kept);
                      teen = FALSE;
                      continue;
                    }
                  word[len - (g_str_has_suffix (word, "'s") ? 2 : strlen ("’s"))] = '\0';
                }
              if (*word == '\0')
                continue;
              if (strcmp (word, "teenager") == 0 || strcmp (word, "teenage") == 0)
                teen = TRUE;
              g_ptr_array_add (described, g_strdup (word));
            }
        }
      /* "Rovers boss Neil Ashworth": the words just before the name at its
       * introduction describe it too, team or organisation included */
      for (guint k = person->first_token, n = 0; k > 0 && n < 6; k--, n++)
        {
          guint t = k - 1;

          /* "le maire de la commune, Bernard Faure": over the comma of an
           * apposition and the article and preposition inside the role */
          if (n == 0 && is_punct (doc, t, ',') && t > 0)
            {
              after_comma = TRUE;
              continue;
            }
          if (doc->token_segment[t] != doc->token_segment[person->first_token] || doc->span_of[t] >= 0
              || !is_word (doc, t))
            break;
          /* "Der Bürgermeister der Gemeinde Talheim", "the head of the
           * Kessler Institute": a role whose complement the name is
           * describes the role's holder, not the name */
          if ((IN (of_words, lower (doc, t)) || IN (determiners, lower (doc, t))) && !after_comma && !content
              && t > 0 && is_word (doc, t - 1) && !IN (of_words, lower (doc, t - 1))
              && !IN (determiners, lower (doc, t - 1)) && !IN (stop_words, lower (doc, t - 1))
              && (IN (of_words, lower (doc, t)) || doc->capital_nouns)
              && (name_opens_at (doc, person, person->first_token)
                  || (person->gender == 0 && px_quotes_given_name_gender (person->name) == 0)))
            break;
          if (IN (of_words, lower (doc, t)) || IN (determiners, lower (doc, t)))
            continue;
          content = TRUE;
          if (IN (stop_words, lower (doc, t)) || px_quotes_headline_verb (doc, t))
            break;
          g_ptr_array_add (described, g_strdup (lower (doc, t)));
        }
      /* "the minister" is not the "former health minister" */
      {
        gboolean was = FALSE, role_was = FALSE;

        for (guint w = 0; w < described->len; w++)
          was = was || strcmp (g_ptr_array_index (described, w), "former") == 0
                || strcmp (g_ptr_array_index (described, w), "ancien") == 0
                || strcmp (g_ptr_array_index (described, w), "ancienne") == 0;
        for (guint i = first; i <= last; i++)
          role_was = role_was || (is_word (doc, i) && lower_is (doc, i, "former", "ancien", "ancienne", "ex", NULL));
        if (was && !role_was)
          continue;
      }
      for (guint i = first; i <= last && all; i++)
        {
          const char *word = lower (doc, i);
          guint age;
          gboolean found = FALSE;

          /* "l'édile": the elided article is no part of the role */
          if (word != NULL && (g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’")) && word[2] != '\0')
            word = g_utf8_next_char (g_utf8_next_char (word));
          /* "the former skipper": what someone was, not another description */
          if (!is_word (doc, i) || IN (stop_words, word) || IN (determiners, word)
              || strcmp (word, "former") == 0 || strcmp (word, "ex") == 0)
            continue;
          if ((age = px_quotes_age_in_word (word)) != 0)
            {
              if (person->age != 0)
                {
                  all = person->age == age;
                  n_positive += all;
                }
              else if (teen)
                {
                  all = age >= 13 && age <= 19;
                  n_positive += all;
                }
              continue;
            }
          for (guint w = 0; w < described->len && !found; w++)
            found = px_quotes_descriptor_word_fits (word, g_ptr_array_index (described, w));
          if (!found && person->age >= 13 && person->age <= 19)
            found = px_quotes_descriptor_word_fits (word, "teenager");
          /* "el máximo responsable del centro": a degree before the head
           * and the generic body it heads add nothing to tell people apart */
          if (!found && doc->pro_drop && i < last && lower_is (doc, i, "máximo", "máxima", NULL))
            continue;
          if (!found && doc->pro_drop && i == last && i > first + 1 && n_positive > 0 && lower_is (doc, i - 1, "del", "de", NULL)
              && lower_is (doc, i, "centro", "hospital", "complejo", "organismo", "entidad", "empresa", "compañía", "club",
                           "institución", "servicio", "departamento", NULL))
            continue;
          if (!found && doc->pro_drop && i == last && i > first && n_positive > 0 && spanish_origin_adjective (word)
              && !IN (institution_nouns, lower (doc, i - 1)) && !IN (org_words, lower (doc, i - 1))
              && !IN (group_nouns, lower (doc, i - 1)) && !g_unichar_isupper (tok_char (doc, i - 1))
              && !origin_adjective_describes_other (doc, person, word))
            {
              origin_skipped = TRUE;
              continue;
            }
          n_positive += found;
          all = found;
        }
      if (all && n_positive > 0)
        {
          /* "el canciller boliviano" with two foreign ministers about: the
           * adjective left aside would have told them apart */
          n_origin_fits += origin_skipped;
          if (best == NULL || seen > best_seen)
            {
              best = person;
              best_seen = seen;
            }
        }
    }
  if (n_origin_fits > 1)
    return NULL;
  return best;
}

/* "Mayor denies …", "« … », annonce le préfet": a role in the headline
 * names the person the lead introduces with it, further down. */
static Person *
find_person_by_role_in_lead (Doc  *doc,
                             guint first,
                             guint last)
{
  guint end = first;

  if (doc->token_segment[first] != 0)
    return NULL;
  while (end < doc->tokens->len && doc->token_segment[end] <= 2)
    end++;
  return find_person_by_role (doc, first, last, end);
}

/* "Agent says Moreau …" in the headline, "the French winger's agent
 * says …" in the lead: a role the top of a story gives before the body
 * introduces its holder ("Moreau's representative, Karim Haddad") names
 * the first person the next paragraphs describe with a role of the same
 * family. Only the role's head noun is compared: the lead's modifiers
 * ("French winger's") describe the client, not the holder. */
static Person *
find_person_by_role_family_in_lead (Doc  *doc,
                                    guint first,
                                    guint last)
{
  const char *head = lower (doc, last);
  Person *best = NULL;

  if (doc->token_segment[first] > 1 || !is_word (doc, last) || IN (institution_nouns, head) || IN (org_words, head)
      || IN (group_nouns, head) || IN (document_nouns, head) || IN (stop_words, head))
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->org || person->first_token <= last || doc->token_segment[person->first_token] > 4
          || strchr (person->name, ' ') == NULL || (best != NULL && best->first_token < person->first_token))
        continue;
      for (guint d = 0; d < person->descriptions->len; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
          g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);
          guint n = g_strv_length (words);

          /* the description's own head: its last word */
          while (n > 0 && *words[n - 1] == '\0')
            n--;
          if (n > 0 && px_quotes_descriptor_word_fits (head, words[n - 1]))
            {
              best = person;
              break;
            }
        }
    }
  return best;
}

void
px_quotes_source_from_person (Source *source,
                              Person *person)
{
  /* a role or surname that names someone counts as a mention, for pronouns after it */
  px_quotes_add_mention (person, source->first);
  source->person = person;
  g_free (source->speaker);
  source->speaker = g_strdup (person->name);
  g_free (source->description);
  source->description = person->descriptions->len > 0
                        ? g_strdup (g_ptr_array_index (person->descriptions, 0)) : g_strdup (person->relative);
}

/* A phrase right before an auxiliary is the subject of a reported clause
 * ("said the union’s demands would add …"), not the speaker. */
static gboolean
starts_clause (Doc  *doc,
               guint after)
{
  static const char * const auxiliaries[] = {
    "would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should", "may",
    "might", "must", "can", "did", "does", "do",
  };

  if (after >= doc->tokens->len || !is_word (doc, after) || doc->span_of[after] >= 0)
    return FALSE;
  for (gsize a = 0; a < G_N_ELEMENTS (auxiliaries); a++)
    if (strcmp (lower (doc, after), auxiliaries[a]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean source_forward_phrase (Doc *doc, guint i, gint sentence, Source *source);

static guint according_length (Doc *doc, guint i);
static gboolean russian_genitive_institution (Doc *doc, guint i, gint sentence, Source *source);
static gboolean romance_institution_forward (Doc *doc, guint i, gint sentence, Source *source);
static char *russian_reported_institution (Doc *doc, gint sentence);
static gboolean russian_genitive_like (const char *word);
static gboolean source_forward_phrase (Doc *doc, guint i, gint sentence, Source *source);

/* Reads a source phrase that starts at @i and goes forward ("said the prime
 * minister", "according to Laurence Broers"). */
gboolean
px_quotes_source_forward (Doc    *doc,
                          guint   i,
                          gint    sentence,
                          Source *source)
{
  /* "y acusó al Gobierno de esconder …": in Spanish, a phrase after the
   * verb that opens on "a" or "al" is its object or its listener, never
   * an inverted subject */
  if (doc->pro_drop && is_word (doc, i) && lower_is (doc, i, "a", "al", NULL))
    return FALSE;
  if (!source_forward_phrase (doc, i, sentence, source))
    return FALSE;
  /* "deslizó un funcionario del Palacio de Hacienda que pidió …", "dijo
   * la gerente antes de levantarse de la mesa": in Spanish a relative or
   * a time clause after the inverted subject is no part of it */
  if (doc->pro_drop && !source->pronoun)
    for (guint k = source->first + 1; k <= source->last; k++)
      if (is_word (doc, k) && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL)
          && lower_is (doc, k, "que", "quien", "quienes", "antes", "después", "tras", "mientras", "cuando", "donde", NULL))
        {
          source->last = k - 1;
          while (source->last > source->first && is_punct (doc, source->last, ','))
            source->last--;
          break;
        }
  if (!source->pronoun && source->first == i && starts_clause (doc, source->last + 1))
    return FALSE;
  /* "only to concede an hour later that …": a span of time after the verb
   * says when, and is no inverted subject */
  if (!doc->capital_nouns && !source->pronoun && source->first < source->last && is_word (doc, source->last)
      && lower_is (doc, source->last, "later", "earlier", "ago", NULL)
      && (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    return FALSE;
  /* "D'après la Fédération française de sauvetage et de secourisme, …",
   * "Según Ecologistas en Acción, …": after "according to", a name runs on
   * over a conjunction up to the comma */
  if (!source->pronoun && i > 0 && (according_length (doc, i - 1) > 0 || (i > 1 && according_length (doc, i - 2) == 2))
      && is_word (doc, source->last + 1))
    {
      static const char * const joins[] = { "and", "et", "y", "en", "und", "&" };
      guint t = source->last + 1;

      if (px_text_list_contains (joins, G_N_ELEMENTS (joins), lower (doc, t)))
        for (guint k = t + 1; k < t + 7 && px_quotes_allowed_token (doc, k, sentence); k++)
          {
            /* "…, según la Delegación del Gobierno en Castilla y León.": up
             * to the comma or the end of the sentence */
            if (is_punct (doc, k, ',') || (is_punct (doc, k, '.') && !px_quotes_allowed_token (doc, k + 1, sentence)))
              {
                if (k > t + 1)
                  source->last = k - 1;
                break;
              }
            if (!is_word (doc, k) || !(px_quotes_is_name_word (doc, k) || IN (name_particles, lower (doc, k))
                                       || (k > t + 1 && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                                           && !IN (stop_words, lower (doc, k)) && !IN (speech_verbs, lower (doc, k)))))
              break;
          }
    }
  /* "according to a person familiar with the matter, who asked …": an
   * unnamed source's "familiar with", "close to" runs on to the comma or
   * the sentence's end; the phrase tells which source */
  if (!source->pronoun && source->person == NULL && !doc->capital_nouns && i > 0
      && (according_length (doc, i - 1) > 0 || (i > 1 && according_length (doc, i - 2) == 2))
      && is_word (doc, source->last) && is_word (doc, source->last + 1)
      && ((lower_is (doc, source->last, "familiar", NULL) && lower_is (doc, source->last + 1, "with", NULL))
          || (lower_is (doc, source->last, "close", NULL) && lower_is (doc, source->last + 1, "to", NULL))
          || (lower_is (doc, source->last, "briefed", NULL) && lower_is (doc, source->last + 1, "on", NULL))))
    for (guint k = source->last + 2; k < source->last + 10 && px_quotes_allowed_token (doc, k, sentence); k++)
      {
        if (is_punct (doc, k, ',') || is_punct (doc, k, '.'))
          {
            source->last = k - 1;
            g_clear_pointer (&source->speaker, g_free);
            break;
          }
        if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
          break;
      }
  return TRUE;
}

/* Prepositions that end a role phrase after the verb: "erklärte der
 * 39-Jährige bei seiner ersten Pressekonferenz", "a dit la maire lors d’un
 * point presse". */
static const char * const phrase_prepositions[] = {
  "bei", "beim", "während", "gegenüber", "lors", "pendant", "devant", "durante", "ante", "tras",
  "при", "после", "перед",
  /* "a déclaré le ministre sur France Inter", "said the minister on BBC Radio 4" */
  "sur", "dans", "on", "en",
  /* "dijo la anciana entre lágrimas", "a lancé la maire avec colère" */
  "entre", "avec", "con",
  /* "declaró el delantero al término del encuentro", "… desde el banquillo" */
  "al", "desde", "después", "hasta", "sin", "junto",
};

/* "a déclaré l'ancien maire à la presse", "a confié la maire au Parisien",
 * "a dit le préfet à l'AFP": a French listener after a role, which ends
 * the role ("une source à Matignon", "l'adjointe à la culture" go on). */
static gboolean
french_listener_at (Doc  *doc,
                    guint j)
{
  static const char * const media[] = {
    "presse", "journalistes", "journaliste", "médias", "journal", "radio", "télévision", "micro", "quotidien",
    "hebdomadaire", "agence",
  };

  if (!is_word (doc, j) || !lower_is (doc, j, "à", "au", "aux", NULL))
    return FALSE;
  for (guint k = j + 1; k <= j + 3 && k < doc->tokens->len && is_word (doc, k); k++)
    {
      const char *word = lower (doc, k);

      if (px_text_list_contains (media, G_N_ELEMENTS (media), word))
        return TRUE;
      /* "à l'AFP", "au JDD": an agency or paper by its initials */
      if ((tok (doc, k)->flags & PX_LEXICON_TOKEN_ALL_CAPS)
          || ((g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’"))
              && g_utf8_strlen (word, -1) <= 6 && g_unichar_isupper (g_utf8_get_char (g_utf8_offset_to_pointer (doc->text + tok (doc, k)->start, 2)))
              && g_unichar_isupper (g_utf8_get_char (g_utf8_offset_to_pointer (doc->text + tok (doc, k)->start, 3)))))
        return TRUE;
      if (!IN (stop_words, word) && !IN (determiners, word))
        return FALSE;
    }
  return FALSE;
}

/* Flags for name_after_comma(). */
enum {
  COMMA_STOP_AT_CAPITAL = 1 << 0,  /* a capitalised word on the way ends the search */
  COMMA_SKIP_TITLE      = 1 << 1,  /* "…, Me Pierre Lacoste": a title may open the name */
};

/* "said one of them, Tom Reed", "said a farmer from near Ludlow, Tom
 * Reed": past a few words that tell which one, up to @reach tokens from
 * @from, the name after the comma speaks. Words only on the way, and no
 * verb of speech. */
static gboolean
name_after_comma (Doc    *doc,
                  guint   from,
                  guint   reach,
                  gint    sentence,
                  guint   flags,
                  Source *source)
{
  for (guint c = from; c < from + reach && px_quotes_allowed_token (doc, c, sentence); c++)
    {
      guint start = c + 1;

      if (!is_punct (doc, c, ','))
        {
          if (!is_word (doc, c) || ((flags & COMMA_STOP_AT_CAPITAL) && (tok (doc, c)->flags & PX_LEXICON_TOKEN_CAPITAL))
              || IN (speech_verbs, lower (doc, c)))
            return FALSE;
          continue;
        }
      if (c == from)
        return FALSE;
      if ((flags & COMMA_SKIP_TITLE) && px_quotes_allowed_token (doc, start, sentence) && px_quotes_is_title (doc, start)
          && px_quotes_allowed_token (doc, start + 1, sentence) && px_quotes_is_name_word (doc, start + 1))
        start++;
      if (px_quotes_allowed_token (doc, start, sentence) && px_quotes_is_name_word (doc, start))
        {
          guint end = px_quotes_run_end_forward (doc, start);

          if (end > start && !px_quotes_run_is_org (doc, start, end))
            {
              source->first = start;
              source->last = end;
              return TRUE;
            }
        }
      return FALSE;
    }
  return FALSE;
}

/* "said a woman who gave her name only as Maria", "repetía desde el
 * balcón la mujer, que solo quiso identificarse como Rosario": after the
 * verb, someone who gives only a name speaks by that name, whatever
 * describes them before it. Only a word that says a name is being given
 * ("name", "identified", "identificarse", "prénom") before "as"/"como"/
 * "comme" makes the name after it the speaker. */
static gboolean
name_given_as (Doc    *doc,
               guint   i,
               gint    sentence,
               Source *source)
{
  static const char * const naming[] = {
    "name", "names", "identified", "identify", "identifying", "herself", "himself",
    "identificarse", "identificó", "identificada", "identificado", "nombre", "presentó",
    "prénom", "nom", "identifier", "présentée", "présenté", "présenter",
  };
  static const char * const as_words[] = { "as", "como", "comme" };
  static const char * const relatives[] = { "who", "que", "qui", "quien" };
  gboolean relative = FALSE;

  /* "said that the man identified himself as …" reports, not names */
  if (!is_word (doc, i) || lower_is (doc, i, "that", "que", "qu'", "qu’", "dass", NULL))
    return FALSE;
  for (guint k = i + 1; k < i + 16 && px_quotes_allowed_token (doc, k, sentence); k++)
    {
      guint end;

      if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
        {
          if (is_word (doc, k) || is_punct (doc, k, ','))
            continue;
          return FALSE;
        }
      if (px_text_list_contains (relatives, G_N_ELEMENTS (relatives), lower (doc, k)))
        relative = TRUE;
      if (!px_text_list_contains (as_words, G_N_ELEMENTS (as_words), lower (doc, k)))
        continue;
      /* the name is the speaker's own: given in a relative clause on
       * them ("who gave her name as"), or "a man identified only as" */
      if (!relative && !lower_is (doc, k - 1, "identified", NULL) && !(k >= 2 && lower_is (doc, k - 2, "identified", NULL)))
        return FALSE;
      if (!(is_word (doc, k - 1) && px_text_list_contains (naming, G_N_ELEMENTS (naming), lower (doc, k - 1)))
          && !(k >= 2 && is_word (doc, k - 2) && px_text_list_contains (naming, G_N_ELEMENTS (naming), lower (doc, k - 2)))
          && !(k >= 3 && is_word (doc, k - 3) && px_text_list_contains (naming, G_N_ELEMENTS (naming), lower (doc, k - 3))))
        continue;
      if (!px_quotes_allowed_token (doc, k + 1, sentence) || !px_quotes_is_name_word (doc, k + 1))
        return FALSE;
      end = px_quotes_run_end_forward (doc, k + 1);
      if (px_quotes_run_is_org (doc, k + 1, end))
        return FALSE;
      source->first = k + 1;
      source->last = end;
      return TRUE;
    }
  return FALSE;
}

/* "selon l'entourage de Mme Vautrin", "glisse un proche du chef de
 * l'État": a French circle around someone speaks as the whole phrase, its
 * genitives included ("de", "du", "des", "d'", each with one word and its
 * article), not as its bare noun. */
static const char * const french_circles[] = {
  "entourage", "l'entourage", "l’entourage", "proche", "proches", "intime", "intimes",
};

static gboolean
french_circle_forward (Doc    *doc,
                       guint   i,
                       gint    sentence,
                       Source *source)
{
  static const char * const links[] = { "de", "du", "des" };
  static const char * const articles[] = { "le", "la", "les" };
  guint head = i, k;

  if (doc->capital_nouns || doc->pro_drop || doc->inflecting || !is_word (doc, i))
    return FALSE;
  if (lower_is (doc, i, "un", "une", "des", "l'un", "l’un", "l'une", "l’une", "ses", "son", "sa", "leur", NULL))
    head = i + 1;
  if (!px_quotes_allowed_token (doc, head, sentence) || !is_word (doc, head)
      || !px_text_list_contains (french_circles, G_N_ELEMENTS (french_circles), lower (doc, head)))
    return FALSE;
  k = head + 1;
  while (px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k))
    {
      guint w = k;

      if (px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, k)))
        {
          w = k + 1;
          if (px_quotes_allowed_token (doc, w, sentence) && is_word (doc, w)
              && px_text_list_contains (articles, G_N_ELEMENTS (articles), lower (doc, w)))
            w++;
        }
      else if (!(g_str_has_prefix (lower (doc, k), "d'") || g_str_has_prefix (lower (doc, k), "d’")))
        break;
      if (!px_quotes_allowed_token (doc, w, sentence) || !is_word (doc, w) || IN (speech_verbs, lower (doc, w)))
        break;
      /* "Mme Vautrin", "M. Lecornu": a title and the name it goes with */
      while (px_quotes_allowed_token (doc, w + 1, sentence) && is_word (doc, w + 1) && px_quotes_is_name_word (doc, w + 1)
             && px_quotes_is_name_word (doc, w))
        w++;
      k = w + 1;
    }
  if (k == head + 1)
    return FALSE;
  source->first = head;
  source->last = k - 1;
  return TRUE;
}

static guint russian_occasion_after_verb (Doc *doc, guint i, gint sentence);

/* Whether a speech verb and the occasion of the words stand right before
 * @i: "сказала в прениях | гособвинитель" */
static gboolean
russian_occasion_before (Doc  *doc,
                         guint i,
                         gint  sentence)
{
  for (guint n = 3; n <= 4 && i >= n; n++)
    if (is_word (doc, i - n) && IN (speech_verbs, lower (doc, i - n))
        && russian_occasion_after_verb (doc, i - n + 1, sentence) == i)
      return TRUE;
  return FALSE;
}

/* "sagte der Wirtschaftsminister dem BR", "sagte die Expertin der
 * Mittelbayerischen Zeitung": after the head of a German inverted subject, a
 * dative article opens the listener, never a part of the subject; "der" does
 * too when what follows is a paper, an agency or a broadcaster (a genitive
 * "der" — "der Sprecher der Stadt" — belongs to the subject). @j is the
 * article. */
static gboolean
german_listener_at (Doc  *doc,
                    guint j,
                    gint  sentence)
{
  static const char * const media[] = {
    "zeitung", "agentur", "presse-agentur", "nachrichtenagentur", "post", "rundschau", "zeitschrift",
  };

  if (!doc->capital_nouns || !is_word (doc, j))
    return FALSE;
  if (lower_is (doc, j, "dem", "einem", NULL))
    return px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j + 1)
           && (tok (doc, j + 1)->flags & PX_LEXICON_TOKEN_CAPITAL);
  if (!lower_is (doc, j, "der", "unserer", NULL))
    return FALSE;
  for (guint k = j + 1; k <= j + 3 && px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k); k++)
    {
      const char *word = lower (doc, k);

      if (!(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
        return FALSE;
      for (guint m = 0; m < G_N_ELEMENTS (media); m++)
        if (g_str_has_suffix (word, media[m]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
source_forward_phrase (Doc    *doc,
                       guint   i,
                       gint    sentence,
                       Source *source)
{
  const char *word = lower (doc, i);

  if (!px_quotes_allowed_token (doc, i, sentence) || word == NULL)
    return FALSE;
  source->first = i;
  /* "По данным Главного управления МЧС России по Тверской области, …" */
  if (i > 1 && according_length (doc, i - 2) == 2 && russian_genitive_institution (doc, i, sentence, source))
    return TRUE;
  /* "Selon la préfecture d'Ille-et-Vilaine, …", "según el Ministerio de
   * Sanidad, …" */
  if (romance_institution_forward (doc, i, sentence, source))
    return TRUE;
  if (french_circle_forward (doc, i, sentence, source))
    return TRUE;
  /* "lamentó una de ellas, Carmen Ortiz", "said one of them, Tom Reed",
   * "a raconté l'une d'elles, Anne Roy": one of a group, then the name
   * after the comma speaks */
  {
    static const char * const one[] = { "one", "una", "uno", "l'une", "l’une", "l'un", "l’un", "eine", "einer", "одна", "один" };

    if (px_text_list_contains (one, G_N_ELEMENTS (one), word)
        && name_after_comma (doc, i + 1, 5, sentence, COMMA_STOP_AT_CAPITAL, source))
      return TRUE;
  }
  if (name_given_as (doc, i, sentence, source))
    return TRUE;
  /* "Selon lui", "d'après eux", "according to him": after a preposition
   * the pronoun is in its object form */
  if (IN (pronouns_person, word) || IN (pronouns_group, word)
      || (((i > 0 && is_word (doc, i - 1) && according_length (doc, i - 1) > 0)
           || (i > 1 && is_word (doc, i - 2) && according_length (doc, i - 2) == 2))
          && (strcmp (word, "lui") == 0 || strcmp (word, "him") == 0 || strcmp (word, "her") == 0)))
    {
      source->last = i;
      source->pronoun = TRUE;
      return TRUE;
    }
  if (px_quotes_is_name_word (doc, i) || px_quotes_is_title (doc, i))
    {
      guint last = px_quotes_run_end_forward (doc, i);

      source->last = last;
      /* "said Liberal Democrat group leader Anil Mehta", "said Labour
       * councillor Jo Hart": a capitalised modifier, a lower-case role and
       * then the person's own name, which speaks. */
      {
        guint j = last + 1;

        while (!doc->capital_nouns && j < last + 4 && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j)
               && (tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, lower (doc, j))
               && !IN (speech_verbs, lower (doc, j)))
          j++;
        if (j > last + 1 && px_quotes_allowed_token (doc, j, sentence) && px_quotes_is_name_word (doc, j))
          {
            guint end = px_quotes_run_end_forward (doc, j);

            if (end > j && !px_quotes_run_is_org (doc, j, end))
              {
                source->first = j;
                source->last = end;
                return TRUE;
              }
          }
      }
      /* "said Tuvalu’s climate envoy, Losana Fifita": the name after the
       * possessive role speaks. */
      if (is_word (doc, last) && g_str_has_suffix (lower (doc, last), "'s"))
        {
          guint j = last + 1;

          while (j < last + 6 && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j)
                 && (tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, lower (doc, j)))
            j++;
          if (j > last + 1 && is_punct (doc, j, ',') && px_quotes_allowed_token (doc, j + 1, sentence) && px_quotes_is_name_word (doc, j + 1))
            {
              guint end = px_quotes_run_end_forward (doc, j + 1);

              if (end > j + 1 && !px_quotes_run_is_org (doc, j + 1, end))
                {
                  source->first = j + 1;
                  source->last = end;
                }
            }
        }
      return TRUE;
    }
  /* "according to figures published by NHS England", "according to
   * council figures", "según datos del INE": figures speak for whoever
   * published them, named after them or before them */
  if (i > 0 && (according_length (doc, i - 1) > 0 || (i > 1 && according_length (doc, i - 2) == 2)))
    {
      static const char * const data_nouns[] = {
        "figures", "data", "statistics", "estimates", "records", "numbers", "chiffres", "données",
        "statistiques", "calculs", "estimations", "zahlen", "daten", "datos", "cifras", "estadísticas",
      };
      static const char * const publisher_links[] = { "du", "des", "de", "del", "der", "des", "d'" };
      static const char * const published[] = {
        "published", "released", "compiled", "issued", "publiés", "publiées", "veröffentlichten", "publicados",
      };
      guint j = IN (determiners, word) ? i + 1 : i;
      guint h = j;

      while (h < j + 4 && px_quotes_allowed_token (doc, h, sentence) && is_word (doc, h)
             && !px_text_list_contains (data_nouns, G_N_ELEMENTS (data_nouns), lower (doc, h))
             && !IN (stop_words, lower (doc, h)) && !IN (speech_verbs, lower (doc, h)))
        h++;
      /* "according to a report by the National Audit Office", "according
       * to a statement from Hallam Police": a document speaks for its
       * author as figures do */
      {
        /* "selon un rapport de la Cour des comptes", "según un informe del
         * Banco de España", "laut einem Bericht des Landesamts" */
        static const char * const indefinite[] = { "a", "an", "the", "un", "une", "einem", "einer", "eines", "dem", "der" };
        guint d = px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), word) ? i + 1 : j;
        guint n = d + 2;

        if (px_quotes_allowed_token (doc, d, sentence) && is_word (doc, d) && IN (document_nouns, lower (doc, d))
            && px_quotes_allowed_token (doc, d + 1, sentence) && is_word (doc, d + 1)
            && (lower_is (doc, d + 1, "by", "from", NULL)
                || px_text_list_contains (publisher_links, G_N_ELEMENTS (publisher_links), lower (doc, d + 1))))
          {
            gboolean genitive = strcmp (lower (doc, d + 1), "by") != 0 && strcmp (lower (doc, d + 1), "from") != 0;

            /* a genitive names the author only when a name follows ("un
             * rapport de la Cour", not "un rapport de trente pages") */
            if (genitive && is_word (doc, n) && IN (determiners, lower (doc, n)))
              n++;
            if (px_quotes_allowed_token (doc, n, sentence) && (!genitive || px_quotes_is_name_word (doc, n))
                && source_forward_phrase (doc, n, sentence, source))
              return TRUE;
            /* "según un comunicado de la dirección": an author named by a
             * common noun with its article speaks as itself */
            if (genitive && n > d + 2 && px_quotes_allowed_token (doc, n, sentence) && is_word (doc, n)
                && !(tok (doc, n)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, n))
                && !IN (speech_verbs, lower (doc, n)))
              {
                px_quotes_source_clear (source);
                memset (source, 0, sizeof *source);
                if (source_forward_phrase (doc, n - 1, sentence, source))
                  return TRUE;
              }
          }
      }
      if (px_quotes_allowed_token (doc, h, sentence) && is_word (doc, h) && px_text_list_contains (data_nouns, G_N_ELEMENTS (data_nouns), lower (doc, h)))
        {
          guint a = h + 1;

          if (px_quotes_allowed_token (doc, a, sentence) && is_word (doc, a) && px_text_list_contains (published, G_N_ELEMENTS (published), lower (doc, a)))
            a++;
          if (px_quotes_allowed_token (doc, a, sentence) && is_word (doc, a)
              && (lower_is (doc, a, "by", "from", NULL)
                  || (a > h + 1 && lower_is (doc, a, "par", "por", NULL)))
              && source_forward_phrase (doc, a + 1, sentence, source))
            return TRUE;
          /* "D'après les calculs du Haut Conseil des finances publiques",
           * "según datos del Ministerio de Sanidad" */
          if (a == h + 1 && px_quotes_allowed_token (doc, a, sentence) && is_word (doc, a)
              && px_text_list_contains (publisher_links, G_N_ELEMENTS (publisher_links), lower (doc, a))
              && px_quotes_allowed_token (doc, a + 1, sentence))
            {
              guint n = a + 1;

              if (is_word (doc, n) && IN (determiners, lower (doc, n)))
                n++;
              if (px_quotes_allowed_token (doc, n, sentence) && px_quotes_is_name_word (doc, n))
                {
                  guint end = n;

                  /* "Haut Conseil des finances publiques": lower-case words of the name run to the comma */
                  while (px_quotes_allowed_token (doc, end + 1, sentence) && is_word (doc, end + 1) && end < n + 8
                         && !IN (speech_verbs, lower (doc, end + 1)))
                    end++;
                  if (px_quotes_allowed_token (doc, end + 1, sentence) && is_punct (doc, end + 1, ','))
                    {
                      source->first = n;
                      source->last = end;
                      return TRUE;
                    }
                  source->first = n;
                  source->last = px_quotes_run_end_forward (doc, n);
                  return TRUE;
                }
            }
          if (h > j)
            {
              source->first = j;
              source->last = h - 1;
              return TRUE;
            }
        }
      source->first = i;
    }
  /* "According to two employees who spoke on condition of anonymity, …":
   * an unnamed group after "according to", with the relative clause that
   * tells which, up to the comma; the head noun is what is looked up */
  if (i > 0 && (according_length (doc, i - 1) > 0 || (i > 1 && according_length (doc, i - 2) == 2))
      && !(tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL))
    {
      static const char * const counts[] = {
        "two", "three", "four", "five", "several", "some", "many", "dozens", "hundreds",
      };
      static const char * const relatives[] = { "who", "that" };
      guint n = px_text_list_contains (counts, G_N_ELEMENTS (counts), word) ? i + 1 : i;
      guint h = n;

      while (h < n + 3 && px_quotes_allowed_token (doc, h + 1, sentence) && is_word (doc, h + 1)
             && !(tok (doc, h + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, h + 1))
             && !IN (speech_verbs, lower (doc, h + 1)))
        h++;
      if (n > i && px_quotes_allowed_token (doc, h, sentence) && is_word (doc, h) && !IN (stop_words, lower (doc, n))
          && !(tok (doc, n)->flags & PX_LEXICON_TOKEN_CAPITAL) && g_str_has_suffix (lower (doc, h), "s")
          && px_quotes_allowed_token (doc, h + 1, sentence) && is_word (doc, h + 1)
          && px_text_list_contains (relatives, G_N_ELEMENTS (relatives), lower (doc, h + 1)))
        for (guint k = h + 2; k < h + 14 && px_quotes_allowed_token (doc, k, sentence); k++)
          {
            if (is_punct (doc, k, ','))
              {
                if (k > h + 3)
                  {
                    source->first = n;
                    source->last = h;
                    source->modifier_last = k - 1;
                    return TRUE;
                  }
                break;
              }
            if (!is_word (doc, k) || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
              break;
          }
      /* "according to (two) people familiar with the talks", "according
       * to sources close to the player": a bare plural and what it is
       * familiar with or close to, up to the comma or the sentence's end */
      h = n + 1;
      if (!doc->capital_nouns && px_quotes_allowed_token (doc, h + 1, sentence) && is_word (doc, n)
          && !IN (stop_words, lower (doc, n)) && is_word (doc, h) && is_word (doc, h + 1)
          && (g_str_has_suffix (lower (doc, n), "s") || lower_is (doc, n, "people", NULL))
          && ((lower_is (doc, h, "familiar", NULL) && lower_is (doc, h + 1, "with", NULL))
              || (lower_is (doc, h, "close", NULL) && lower_is (doc, h + 1, "to", NULL))
              || (lower_is (doc, h, "briefed", NULL) && lower_is (doc, h + 1, "on", NULL))))
        for (guint k = h + 2; k < h + 10; k++)
          {
            if (!px_quotes_allowed_token (doc, k, sentence) || is_punct (doc, k, ',') || is_punct (doc, k, '.'))
              {
                if (k > h + 2)
                  {
                    source->first = n;
                    source->last = k - 1;
                    return TRUE;
                  }
                break;
              }
            if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
              break;
          }
    }
  /* "Según fuentes de la Guardia Urbana", "according to sources at the
   * ministry": unnamed sources speak for the institution */
  {
    static const char * const source_words[] = { "fuentes", "sources", "источники", "kreise", "kreisen" };

    if (px_text_list_contains (source_words, G_N_ELEMENTS (source_words), word) && is_word (doc, i + 1)
        && (IN (of_words, lower (doc, i + 1)) || lower_is (doc, i + 1, "at", "in", NULL)))
      {
        guint j = i + 2;

        if (is_word (doc, j) && IN (determiners, lower (doc, j)))
          j++;
        if (px_quotes_allowed_token (doc, j, sentence) && px_quotes_is_name_word (doc, j))
          {
            source->first = j;
            source->last = px_quotes_run_end_forward (doc, j);
            return TRUE;
          }
      }
  }
  /* "…, informaron fuentes diplomáticas de ambos países.": unnamed Spanish
   * sources described by an adjective are a group of their own, as
   * written up to the end of the sentence */
  if (doc->pro_drop && lower_is (doc, i, "fuentes", NULL) && is_word (doc, i + 1)
      && !(tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, i + 1))
      && !IN (of_words, lower (doc, i + 1)))
    {
      guint last = i + 1;

      while (last < i + 8 && px_quotes_allowed_token (doc, last + 1, sentence) && is_word (doc, last + 1)
             && doc->span_of[last + 1] < 0 && !IN (speech_verbs, lower (doc, last + 1)))
        last++;
      if (!px_quotes_allowed_token (doc, last + 1, sentence) || is_punct (doc, last + 1, '.'))
        {
          source->first = i;
          source->last = last;
          source->speaker = px_quotes_slice (doc, i, last);
          return TRUE;
        }
    }
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, word) && !IN (speech_verbs, word)
      && strcmp (word, "à") != 0 && strcmp (word, "au") != 0 && strcmp (word, "auprès") != 0)
    {
      /* "said club captain Josh Reilly": a bare description, then the name */
      for (guint j = i + 1; j < i + 5 && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j); j++)
        {
          if (px_quotes_is_name_word (doc, j))
            {
              guint last = px_quotes_run_end_forward (doc, j);

              if (last == j && !px_quotes_run_is_org (doc, j, last) && px_quotes_find_person_by_part (doc, lower (doc, j), j) == NULL)
                break;
              source->first = j;
              source->last = last;
              return TRUE;
            }
          if (IN (stop_words, lower (doc, j)) || IN (speech_verbs, lower (doc, j)))
            break;
        }
    }
  /* "— сказал губернатор", "— отметил эксперт", "— пожаловалась
   * женщина": Russian has no article; any person noun right after the verb
   * (not a preposition, not a listener in the dative plural) is the source */
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && g_unichar_get_script (g_utf8_get_char (word)) == G_UNICODE_SCRIPT_CYRILLIC
      && (px_quotes_is_title (doc, i)
          /* "По мнению парламентария, …" */
          || (i > 1 && according_length (doc, i - 2) == 2 && g_utf8_strlen (word, -1) > 4)
          || (i > 0 && is_word (doc, i - 1) && (IN (speech_verbs, lower (doc, i - 1)) || russian_occasion_before (doc, i, sentence))
              && g_utf8_strlen (word, -1) > 4
              && !IN (stop_words, word) && !g_str_has_suffix (word, "ам") && !g_str_has_suffix (word, "ям")
              && !g_str_has_suffix (word, "у") && !g_str_has_suffix (word, "ю")
              && !IN (pronouns_person, word) && !IN (pronouns_group, word))))
    {
      guint last = i;

      while (last < i + 3 && px_quotes_allowed_token (doc, last + 1, sentence) && is_word (doc, last + 1)
             && (tok (doc, last + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
             && !IN (stop_words, lower (doc, last + 1)) && !IN (speech_verbs, lower (doc, last + 1)))
        last++;
      /* "— рассказал собеседник «Ъ» в правительстве", "источник
       * агентства в отрасли": the paper an unnamed source talked to, in
       * marks or as a noun, sits between the source and where it works */
      if ((g_str_has_prefix (word, "источник") || g_str_has_prefix (word, "собеседни")) && i + 2 < doc->tokens->len)
        {
          guint listener = G_MAXUINT;

          if (doc->span_of[i + 1] >= 0 && (gint) doc->token_sentence[i + 1] == sentence
              && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[i + 1])))
            listener = g_array_index (doc->spans, Span, doc->span_of[i + 1]).close;
          else if (last == i + 1 && lower_is (doc, i + 1, "агентства", "издания", "газеты", "телеканала", NULL))
            listener = i + 1;
          if (listener != G_MAXUINT && is_word (doc, listener + 1) && lower_is (doc, listener + 1, "в", "из", "на", NULL)
              && px_quotes_allowed_token (doc, listener + 2, sentence) && is_word (doc, listener + 2))
            {
              last = listener + 2;
              while (last < listener + 7 && px_quotes_allowed_token (doc, last + 1, sentence) && is_word (doc, last + 1)
                     && !IN (speech_verbs, lower (doc, last + 1)) && !lower_is (doc, last + 1, "что", "и", NULL))
                last++;
            }
        }
      /* "Как сообщил источник в региональном дорожном управлении, …": an
       * unnamed source runs on over where it sits, to the comma */
      if (g_str_has_prefix (word, "источник") && is_word (doc, last + 1)
          && lower_is (doc, last + 1, "в", "из", "на", NULL))
        {
          for (guint k = last + 2; k < last + 8 && px_quotes_allowed_token (doc, k, sentence); k++)
            {
              if (is_punct (doc, k, ','))
                {
                  last = k - 1;
                  break;
                }
              if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
                break;
            }
        }
      source->last = last;
      return TRUE;
    }
  /* "Selon l'accusation", "a dit l'avocat général": the elided article is
   * in the noun's token */
  if ((g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’")) && !(tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL)
      && g_utf8_strlen (word, -1) > 4)
    {
      const char *noun = g_utf8_next_char (g_utf8_next_char (word));
      guint j = i + 1;

      if (g_unichar_isupper (g_utf8_get_char (doc->text + tok (doc, i)->start + (noun - word))))
        return FALSE;
      while (px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && j < i + 4 && !IN (stop_words, lower (doc, j))
             && !(tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (speech_verbs, lower (doc, j))
             && !px_text_list_contains (phrase_prepositions, G_N_ELEMENTS (phrase_prepositions), lower (doc, j))
             && !french_listener_at (doc, j)
             && strcmp (lower (doc, j), "de") != 0 && strcmp (lower (doc, j), "du") != 0)
        j++;
      source->first = i;
      source->last = j - 1;
      /* "Selon l'avocat de la famille, Me Pierre Lacoste, …": past the
       * complement that tells whose, the name in apposition speaks */
      if (is_word (doc, j) && lower_is (doc, j, "de", "du", "des", NULL)
          && name_after_comma (doc, j + 1, 6, sentence, COMMA_SKIP_TITLE, source))
        return TRUE;
      /* "a soutenu l'avocat général, Bertrand Roussel, devant les
       * jurés": the name in apposition speaks, as after "le procureur," */
      if (is_punct (doc, j, ',') && px_quotes_allowed_token (doc, j + 1, sentence) && px_quotes_is_name_word (doc, j + 1))
        {
          guint end = px_quotes_run_end_forward (doc, j + 1);

          if (end > j + 1 && !px_quotes_run_is_org (doc, j + 1, end))
            {
              source->first = j + 1;
              source->last = end;
            }
        }
      return TRUE;
    }
  /* Spanish "declaró a EFE": "a" is the preposition of the listener there */
  if ((IN (determiners, word) && !(doc->pro_drop && strcmp (word, "a") == 0))
      || strcmp (word, "one") == 0 || strcmp (word, "another") == 0)
    {
      guint j = i + 1;

      /* "according to the Northern Nurses Union", "dijo a EFE Antonio
       * Ruiz", "s'indigne la Dr Nathalie Roux": a name after the article
       * is the source. */
      if (px_quotes_allowed_token (doc, j, sentence)
          && (px_quotes_is_name_word (doc, j) || (px_quotes_is_title (doc, j) && (tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL)
                                        && px_quotes_allowed_token (doc, j + 1, sentence) && px_quotes_is_name_word (doc, j + 1))))
        {
          guint end = px_quotes_run_end_forward (doc, j);

          /* "the UN refugee agency": a name that only modifies a role */
          if ((end > j || px_quotes_run_is_org (doc, j, end))
              && !(i > 1 && according_length (doc, i - 2) == 2
                   && px_quotes_allowed_token (doc, end + 1, sentence) && is_word (doc, end + 1)
                   && (tok (doc, end + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !doc->capital_nouns
                   && !IN (stop_words, lower (doc, end + 1)) && !IN (speech_verbs, lower (doc, end + 1))
                   && !px_text_list_contains (phrase_prepositions, G_N_ELEMENTS (phrase_prepositions), lower (doc, end + 1))
                   && g_unichar_get_script (g_utf8_get_char (lower (doc, end + 1))) == G_UNICODE_SCRIPT_LATIN))
            {
              source->first = j;
              source->last = end;
              return TRUE;
            }
        }
      while (px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && j < i + 8
             && !IN (stop_words, lower (doc, j))
             /* "a déploré une mère d'élève qui a souhaité garder
              * l'anonymat": a relative pronoun ends the phrase */
             && !lower_is (doc, j, "qui", "who", "which", "quien", NULL)
             && !px_text_list_contains (phrase_prepositions, G_N_ELEMENTS (phrase_prepositions), lower (doc, j))
             && !french_listener_at (doc, j)
             && !(j > i + 1 && german_listener_at (doc, j, sentence))
             && !(doc->capital_nouns && IN (german_adjunct_words, lower (doc, j)))
             /* "Nach Einschätzung der Meteorologen lässt der Wind …": the
              * German phrase ends before a lower-case verb */
             && !(doc->capital_nouns && j > i + 1 && !(tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL)
                  && !IN (german_articles, lower (doc, j)) && !(is_word (doc, j + 1) && (tok (doc, j + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)))
             && (!IN (speech_verbs, lower (doc, j)) || IN (document_nouns, lower (doc, j))))
        {
          /* "a draft text seen by Climate Desk": the participle ends the phrase */
          if (j > i + 1 && is_word (doc, j + 1) && IN (agent_words, lower (doc, j + 1)))
            break;
          j++;
        }
      if (j == i + 1)
        return FALSE;
      /* "the press service of the Azerbaijani presidential administration",
       * "el presidente de la CHG" */
      if (px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && IN (of_words, lower (doc, j))
          && !german_listener_at (doc, j, sentence))
        {
          guint k = j + 1;

          if (is_word (doc, k) && IN (determiners, lower (doc, k)))
            k++;
          while (px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k) && k < j + 8
                 && (!IN (stop_words, lower (doc, k)) || px_quotes_is_name_word (doc, k)) && !IN (speech_verbs, lower (doc, k))
                 /* "aseguró la ministra de Trabajo en un acto en Madrid" */
                 && !(k > j + 1 && px_text_list_contains (phrase_prepositions, G_N_ELEMENTS (phrase_prepositions), lower (doc, k)))
                 && !(k > j + 1 && german_listener_at (doc, k, sentence))
                 /* "Laut einer Sprecherin der Stadtverwaltung sollen …": German
                  * writes the phrase's nouns in capitals; a lower-case word
                  * other than an adjective before one is the clause's verb */
                 && !(doc->capital_nouns && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL)
                      && !IN (german_articles, lower (doc, k))
                      && !(is_word (doc, k + 1) && (tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))))
            k++;
          if (k > j + 1)
            j = k;
        }
      source->last = j - 1;
      /* "said a farmer from near Ludlow, Tom Reed", "said a spokesman for
       * the firm, John Hart": past the phrase that places the role, the
       * name after the comma speaks */
      if (px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && !doc->capital_nouns
          && lower_is (doc, j, "from", "at", "in", "near", "for", "with", NULL)
          && name_after_comma (doc, j + 1, 8, sentence, 0, source))
        return TRUE;
      /* "said the authority’s chief executive, Martin Hale", "said the
       * study's lead author, Dr Hannah Obi": the name speaks */
      if (is_punct (doc, j, ',') && px_quotes_allowed_token (doc, j + 1, sentence)
          && (px_quotes_is_name_word (doc, j + 1)
              || (px_quotes_is_title (doc, j + 1) && (tok (doc, j + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
                  && px_quotes_allowed_token (doc, j + 2, sentence) && px_quotes_is_name_word (doc, j + 2))))
        {
          guint start = px_quotes_is_name_word (doc, j + 1) ? j + 1 : j + 2;
          guint end = px_quotes_run_end_forward (doc, start);

          if ((end > start || start > j + 1) && !px_quotes_run_is_org (doc, start, end))
            {
              source->first = start;
              source->last = end;
            }
        }
      return TRUE;
    }
  return FALSE;
}

/* Whether tokens @first … @last name a person the article knows (the
 * name itself, titles before it dropped). */
static gboolean
known_person_at (Doc  *doc,
                 guint first,
                 guint last)
{
  guint name = px_quotes_name_start (doc, first, last);
  g_autofree char *text = NULL;
  Person *person;

  if (name >= last)
    return FALSE;
  text = px_quotes_slice (doc, name, last);
  person = px_quotes_find_person_exact (doc, text);
  return person != NULL && !person->org;
}

/* A name read backwards may only complete a phrase: "Mihai Dobre of the
 * Cantacuzino Institute warned" (the person speaks), "the separatist
 * leadership in Karabakh announced", "Local officials in Tavush said",
 * "A customs officer at Sadakhlo" (the place completes a role). */
static void
extend_back_over_place (Doc    *doc,
                        Source *source,
                        gint    sentence)
{
  guint k = source->first;
  guint prep, j;
  const char *word;

  if (k < 2 || !px_quotes_allowed_token (doc, k - 1, sentence) || !is_word (doc, k - 1))
    return;
  prep = k - 1;
  if ((IN (determiners, lower (doc, prep)) || (doc->capital_nouns && IN (german_articles, lower (doc, prep))))
      && prep >= 2 && is_word (doc, prep - 1))
    prep--;
  word = lower (doc, prep);
  /* "Analyst Florian Weidner von der Landesbank Rheinhessen nannte",
   * "Tom Whitcombe at Barrow Capital said": a person the article named,
   * then where they work; the person speaks, not the institution */
  if (prep >= 1 && px_quotes_allowed_token (doc, prep - 1, sentence) && px_quotes_is_name_word (doc, prep - 1)
      && (strcmp (word, "at") == 0 || strcmp (word, "von") == 0 || strcmp (word, "vom") == 0)
      && known_person_at (doc, px_quotes_run_start_back (doc, prep - 1), prep - 1))
    {
      guint start = px_quotes_run_start_back (doc, prep - 1);

      if (!px_quotes_run_is_org (doc, start, prep - 1))
        {
          source->first = start;
          source->last = prep - 1;
        }
      return;
    }
  prep = k - 1;
  if (IN (determiners, lower (doc, prep)) && prep >= 2 && is_word (doc, prep - 1))
    prep--;
  word = lower (doc, prep);
  /* "La titular de Sanidad añadió" */
  if (strcmp (word, "in") != 0 && strcmp (word, "of") != 0 && strcmp (word, "at") != 0 && strcmp (word, "on") != 0 && strcmp (word, "near") != 0
      && strcmp (word, "from") != 0 && strcmp (word, "with") != 0 && strcmp (word, "de") != 0
      && strcmp (word, "del") != 0 && strcmp (word, "du") != 0)
    return;
  if (prep == 0 || !px_quotes_allowed_token (doc, prep - 1, sentence))
    return;
  /* a person before an institution ("Ben Carter of Peel Research") */
  if (px_quotes_is_name_word (doc, prep - 1) && strcmp (word, "of") == 0
      && (px_quotes_run_is_org (doc, source->first, source->last) || known_person_at (doc, px_quotes_run_start_back (doc, prep - 1), prep - 1)))
    {
      guint start = px_quotes_run_start_back (doc, prep - 1);

      if (start < prep - 1 && !px_quotes_run_is_org (doc, start, prep - 1))
        {
          source->first = start;
          source->last = prep - 1;
        }
      return;
    }
  j = prep - 1;
  while (j > 0 && j + 6 > prep && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j)
         && !IN (stop_words, lower (doc, j)) && !IN (speech_verbs, lower (doc, j)) && !IN (determiners, lower (doc, j))
         && !(doc->capital_nouns && IN (german_articles, lower (doc, j)))
         && ((tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 || (tok (doc, j)->flags & PX_LEXICON_TOKEN_SENT_START)
             /* "the separatist Armenian leadership in Karabakh" */
             || (!doc->capital_nouns && px_quotes_looks_demonym (doc, j))
             /* German capitalises its nouns: "Das Gesundheitsministerium in Mainz" */
             || (doc->capital_nouns && j + 1 == prep && px_quotes_run_is_org (doc, j, j))))
    j--;
  if (j + 1 < prep && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j)
      && (IN (determiners, lower (doc, j)) || (doc->capital_nouns && IN (german_articles, lower (doc, j)))))
    source->first = j;
  else if ((IN (group_nouns, lower (doc, prep - 1))
            /* "Shopkeepers on Bridge Street said": a plural noun opening
             * the clause, completed by the place */
            || (j + 2 == prep && g_str_has_suffix (lower (doc, prep - 1), "s") && !g_str_has_suffix (lower (doc, prep - 1), "ss")
                && g_utf8_strlen (lower (doc, prep - 1), -1) > 4 && strcmp (word, "of") != 0 && strcmp (word, "with") != 0
                && !IN (institution_nouns, lower (doc, prep - 1))))
           && (j + 1 < prep))
    source->first = px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && !IN (stop_words, lower (doc, j)) ? j : j + 1;
}

/* "A resident of the area said", "Un conseiller régional de la majorité
 * reconnaît", "Eine Bewohnerin des Viertels sagte", "Una vecina del barrio
 * dijo": a source read back to the determiner of a place or group that
 * completes an unnamed person, opened by an indefinite article, is that
 * whole phrase; the place or group does not speak. Spokespeople are left
 * to speak for their institution. */
static void
extend_back_over_complement (Doc    *doc,
                             Source *source,
                             gint    sentence)
{
  static const char * const prepositions[] = {
    "of", "from", "at", "in", "near", "on", "de", "d'", "du", "des", "del", "der", "aus", "von", "vom", "im",
  };
  static const char * const contracted[] = { "du", "des", "del", "der", "vom", "im" };
  static const char * const indefinite[] = {
    "a", "an", "one", "another", "un", "une", "una", "uno", "ein", "eine", "einer", "eines",
  };
  guint prep, k;

  if (source->first < 2 || source->pronoun || !is_word (doc, source->first))
    return;
  /* German reads "Bewohnerin des Viertels" as one run of capitalised
   * words: the indefinite article before it makes it an unnamed person */
  if (doc->capital_nouns && px_quotes_allowed_token (doc, source->first - 1, sentence) && is_word (doc, source->first - 1)
      && px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), lower (doc, source->first - 1))
      && !IN (spokes, lower (doc, source->first)) && !IN (institution_nouns, lower (doc, source->first)))
    for (guint h = source->first + 1; h < source->last; h++)
      if (is_word (doc, h) && px_text_list_contains (prepositions, G_N_ELEMENTS (prepositions), lower (doc, h)))
        {
          source->first--;
          return;
        }
  /* the article that contracts the preposition ("du quartier", "des
   * Viertels") opens the source itself */
  if (px_text_list_contains (contracted, G_N_ELEMENTS (contracted), lower (doc, source->first)))
    prep = source->first;
  else if (px_quotes_allowed_token (doc, source->first - 1, sentence) && is_word (doc, source->first - 1)
           && px_text_list_contains (prepositions, G_N_ELEMENTS (prepositions), lower (doc, source->first - 1)))
    prep = source->first - 1;
  else
    return;
  if (prep < 2)
    return;
  /* the person's noun, with up to two adjectives after it ("conseiller
   * régional") or before it ("ältere Bewohnerin") */
  for (k = prep - 1; k > 0 && k + 3 >= prep && px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k)
                     && !IN (stop_words, lower (doc, k)) && !IN (speech_verbs, lower (doc, k))
                     && !IN (spokes, lower (doc, k))
                     /* German writes the person's noun with a capital */
                     && (doc->capital_nouns || !px_quotes_is_name_word (doc, k))
                     && !px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), lower (doc, k));
       k--)
    ;
  if (k + 1 >= prep || !px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k)
      || !px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), lower (doc, k)))
    return;
  for (guint h = k + 1; h < prep; h++)
    if (IN (spokes, lower (doc, h)) || IN (institution_nouns, lower (doc, h)))
      return;
  source->first = k;
}

/* "two people familiar with the negotiations", "a source close to the
 * player": an anonymous source is the noun the phrase modifies, not the
 * last noun of its modifier. */
static void
extend_back_over_familiar (Doc    *doc,
                           Source *source,
                           gint    sentence)
{
  static const char * const links[][2] = {
    { "familiar", "with" }, { "close", "to" }, { "briefed", "on" }, { "involved", "in" },
    { "knowledgeable", "about" }, { "близкий", "к" }, { "proche", "du" }, { "proches", "du" },
    { "proche", "de" }, { "cercana", "a" }, { "cercanas", "a" }, { "cercanos", "a" },
  };
  static const char * const counts[] = {
    "one", "two", "three", "four", "five", "several", "some", "many", "deux", "trois", "plusieurs",
    "dos", "tres", "varias", "varios", "два", "три", "несколько",
  };
  static const char * const heads[] = {
    "source", "sources", "person", "people", "official", "officials", "insider", "insiders", "aide",
    "aides", "ally", "allies", "diplomat", "diplomats", "figure", "figures", "executive", "executives",
    "fuente", "fuentes", "источник", "источники",
  };
  guint f = source->first, head, k;

  if (f < 3 || !px_quotes_allowed_token (doc, f - 3, sentence) || !is_word (doc, f - 1) || !is_word (doc, f - 2))
    return;
  for (k = 0; k < G_N_ELEMENTS (links); k++)
    if (strcmp (lower (doc, f - 2), links[k][0]) == 0 && strcmp (lower (doc, f - 1), links[k][1]) == 0)
      break;
  if (k == G_N_ELEMENTS (links))
    return;
  head = f - 3;
  if (!is_word (doc, head) || !px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, head)))
    return;

  k = head;
  /* the speaker is the kind of source, not how many of them spoke */
  while (k > 0 && k + 3 > head && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
         && !IN (stop_words, lower (doc, k - 1)) && !IN (speech_verbs, lower (doc, k - 1))
         && !px_text_list_contains (counts, G_N_ELEMENTS (counts), lower (doc, k - 1))
         && (tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_NUMBER) == 0)
    k--;
  if (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1) && IN (determiners, lower (doc, k - 1)))
    k--;
  source->first = k;
}

/* "family", "ally", "assembly": a noun in -ly, not an adverb between the
 * subject and its verb; after a determiner ("her family said") always so. */
static gboolean
ly_noun (Doc  *doc,
         guint i)
{
  static const char * const nouns[] = {
    "family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "reply", "italy",
  };

  if (px_text_list_contains (nouns, G_N_ELEMENTS (nouns), lower (doc, i)))
    return TRUE;
  return i > 0 && is_word (doc, i - 1) && IN (determiners, lower (doc, i - 1));
}

/* Participles of being quoted that stand between a source and its verb
 * ("cité par Le Monde", "quoted by", "consultado por"). */
static const char * const reported_participles[] = {
  "cité", "citée", "cités", "citées", "interrogé", "interrogée", "joint", "jointe", "contacté", "contactée",
  "quoted", "cited", "contacted", "interviewed", "citado", "citada", "consultado", "consultada",
  /* "the rebels, led by Margaret Ellison, argue": who leads a group is no speaker of its own */
  "led", "backed", "headed", "joined", "supported", "represented",
};

/* "Un incendio forestal declarado este martes": a participle right after
 * its noun, with no auxiliary between, qualifies the noun; it reports
 * nothing. @noun is the subject's last word, @verb the cue. */
static gboolean
adjectival_participle (Doc  *doc,
                       guint noun,
                       guint verb)
{
  static const char * const endings[] = { "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "é", "ée", "és", "ées" };
  const char *word = lower (doc, verb);

  if (noun + 1 != verb || word == NULL)
    return FALSE;
  return px_text_list_has_suffix (endings, G_N_ELEMENTS (endings), word);
}

/* Articles and possessives that open a French, Spanish or Italian subject. */
static const char * const romance_determiners[] = {
  "le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "cet",
  "el", "los", "las", "una", "su", "sus", "este", "esta", "il", "lo", "gli",
};

/* "Parents interviewed by the researchers said": an unnamed group that
 * opens the sentence, told apart by a participle whose agent is no name,
 * is labelled with that participle phrase (the article's noun phrase);
 * "sources quoted by Reuters" are only relayed by the outlet named, and
 * "Fuentes del Ministerio consultadas por …" speak for the institution.
 * @noun is the word before the participle, @agent the first token after
 * "by", @end the token after the phrase. */
static gboolean
anonymous_with_participle (Doc    *doc,
                           guint   noun,
                           guint   agent,
                           guint   end,
                           gint    sentence,
                           Source *source)
{
  static const char * const openers[] = { "a", "an", "one", "two", "three", "several", "some", "many" };
  static const char * const relayed[] = { "source", "sources", "fuente", "fuentes", "official", "officials" };
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  guint d = noun;

  if (doc->capital_nouns || (px_quotes_is_name_word (doc, noun) && noun != range->first)
      || px_text_list_contains (relayed, G_N_ELEMENTS (relayed), lower (doc, noun))
      || IN (institution_nouns, lower (doc, noun)) || IN (org_words, lower (doc, noun)))
    return FALSE;
  for (guint a = agent; a < end; a++)
    if (!is_word (doc, a) || (tok (doc, a)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_NUMBER))
        || IN (speech_verbs, lower (doc, a)))
      return FALSE;
  /* back to the sentence's first word, over a few lower-case modifiers */
  while (d > range->first && d + 3 > noun && is_word (doc, d - 1) && !IN (stop_words, lower (doc, d - 1))
         && (tok (doc, d - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    d--;
  if (d > range->first && d == range->first + 1 && is_word (doc, d - 1)
      && px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, d - 1)))
    d--;
  if (d != range->first || !px_quotes_allowed_token (doc, d, sentence)
      || (d == noun && !g_str_has_suffix (lower (doc, noun), "s")))
    return FALSE;
  source->first = d;
  source->last = end - 1;
  return TRUE;
}

static const char *bare_head (const char *word);

/* Heads of French and Spanish institutions' names, which these languages
 * write in lower case ("le ministère de …", "la fédération des …"). */
static const char * const romance_bodies[] = {
  "ministère", "fédération", "confédération", "association", "direction", "gendarmerie", "préfecture",
  "parquet", "conseil", "agence", "office", "commission", "syndicat", "union", "chambre", "cour", "tribunal",
  "ministerio", "federación", "confederación", "asociación", "dirección", "consejería", "delegación",
  "agencia", "comisión", "sindicato", "cámara", "tribunal", "departamento", "fiscalía", "guardia",
  /* "le service départemental d'incendie et de secours", "el servicio provincial de" */
  "service", "servicio", "institut", "instituto",
  /* "El Colegio de Médicos de la provincia", "la Secretaría de Planeación
   * municipal" */
  "colegio", "secretaría", "defensoría", "superintendencia", "subdelegación", "universidad", "coordinadora",
  "plataforma",
  /* "El Centro de Coordinación de Emergencias de la Generalitat", "el
   * Consorcio Provincial de Bomberos" */
  "centro", "consorcio",
};

static gboolean
romance_body (const char *word)
{
  return px_text_list_contains (romance_bodies, G_N_ELEMENTS (romance_bodies), bare_head (word));
}

/* The links inside a French or Spanish institution's name ("Ministère de
 * la Transition", "Delegación del Gobierno y de …") and the articles
 * that open it. */
static const char * const romance_links[] = { "de", "du", "des", "del", "et", "y", "la", "le", "les", "el", "los", "las" };
static const char * const romance_articles[] = { "le", "la", "el", "les", "los", "las" };

/* "Le ministère de l'Agriculture et de la Souveraineté alimentaire a
 * rappelé", "La Fédération départementale des syndicats d'exploitants
 * agricoles d'Ille-et-Vilaine a appelé": French and Spanish link the words
 * of an institution's name with "de", "du", "des", "del" and an article,
 * and join two complements with "et de", "y de"; read back from @end over
 * such a chain to the institution's noun and its article. Returns the
 * article's token, or G_MAXUINT. */
static guint
romance_institution_start (Doc  *doc,
                           guint end,
                           gint  sentence)
{
  static const char * const prepositions[] = {
    "pour", "par", "avec", "sans", "sur", "dans", "en", "à", "au", "aux", "contre", "chez", "devant", "depuis",
    "para", "por", "con", "sin", "sobre", "entre", "a", "al", "desde", "ante", "que", "qui",
  };
  gboolean linked = FALSE;

  if (doc->capital_nouns || doc->inflecting)
    return G_MAXUINT;
  for (guint k = end; k > 0 && k + 16 > end; k--)
    {
      const char *word;

      if (!px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k))
        return G_MAXUINT;
      word = lower (doc, k);
      if (linked && romance_body (word))
        {
          guint start = G_MAXUINT;

          /* "L'association …", "le ministère …" */
          if (g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’"))
            start = k;
          else if (px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
                   && px_text_list_contains (romance_articles, G_N_ELEMENTS (romance_articles), lower (doc, k - 1)))
            start = k - 1;
          /* the subject, not the object of "Desde la …", "devant le …";
           * but "Fuentes de la Consejería de Sanidad de la Junta …" speak
           * for the whole institution, not for the last body its name
           * holds */
          if (start != G_MAXUINT && start > 0 && px_quotes_allowed_token (doc, start - 1, sentence)
              && is_word (doc, start - 1) && !lower_is (doc, start - 1, "et", "y", "mais", "pero", NULL)
              && !(doc->pro_drop && start > 1 && strcmp (lower (doc, start - 1), "de") == 0
                   && px_quotes_allowed_token (doc, start - 2, sentence) && is_word (doc, start - 2)
                   && lower_is (doc, start - 2, "fuentes", NULL)))
            start = G_MAXUINT;
          return start;
        }
      if (px_text_list_contains (romance_links, G_N_ELEMENTS (romance_links), word))
        {
          linked |= lower_is (doc, k, "de", "du", "des", "del", NULL);
          continue;
        }
      if (g_str_has_prefix (word, "d'") || g_str_has_prefix (word, "d’"))
        {
          linked = TRUE;
          continue;
        }
      /* a verb or a pronoun ends the chain: only nouns and adjectives,
       * capitalised or not, stand between its links */
      if (IN (speech_verbs, word) || IN (stop_words, word) || IN (pronouns_person, word)
          || px_text_list_contains (prepositions, G_N_ELEMENTS (prepositions), word))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* Russian institutions' heads in the nominative, and the endings of
 * words in the genitive (or of adjectives agreeing with one) that complete
 * their names. */
static const char * const russian_bodies[] = {
  "прокуратура", "управление", "министерство", "служба", "пресс-служба", "администрация", "палата",
  "комитет", "департамент", "суд", "ведомство", "правительство", "дума", "совет", "центр", "инспекция",
  "комиссия", "мэрия", "полиция", "главк", "штаб", "агентство", "фонд", "союз", "профсоюз",
  /* "сообщила инициативная группа «Наш сквер»" */
  "группа",
};
/* Documents a body speaks through, in the prepositional case: "говорится
 * в заявлении …", "уточняется в документе". */
static const char * const russian_document_nouns[] = {
  "заявлении", "документе", "пресс-релизе", "релизе", "отчетности", "отчётности", "отчете", "отчёте",
  "обращении", "публикации", "письме", "сообщении",
};
static const char * const russian_genitive_endings[] = {
  "ого", "его", "ой", "ей", "ых", "их", "ии", "ия", "а", "я", "ы", "и", "ов", "ев", "ей",
};

/* Whether a Russian stem ends in ж, ш, щ or ч, after which a soft
 * adjective ending is spelt with "а" ("управляющая", "общая"). */
static gboolean
russian_hushing_end (const char *stem)
{
  return g_str_has_suffix (stem, "ж") || g_str_has_suffix (stem, "ш") || g_str_has_suffix (stem, "щ")
         || g_str_has_suffix (stem, "ч");
}

static gboolean
russian_genitive_like (const char *word)
{
  return px_text_list_has_suffix (russian_genitive_endings, G_N_ELEMENTS (russian_genitive_endings), word);
}

/* "Прокуратура Липецкой области заявила", "Главное управление МЧС
 * России по Тверской области сообщило": a Russian institution that opens
 * the sentence, with the adjectives before its head and the genitive
 * chain after it (adjectives and nouns in the genitive, names, acronyms,
 * "по" and the region it serves), up to the verb at @end + 1. Returns the
 * first token, or G_MAXUINT. */
static guint
russian_institution_subject (Doc  *doc,
                             guint end,
                             gint  sentence)
{
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  guint head = G_MAXUINT;

  if (!doc->inflecting || end < range->first || end > range->first + 12 || !px_quotes_is_cyrillic_word (doc, end))
    return G_MAXUINT;
  for (guint k = range->first; k <= end; k++)
    {
      if (!px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k))
        return G_MAXUINT;
      if (head == G_MAXUINT)
        {
          const char *word = lower (doc, k);

          if (px_text_list_contains (russian_bodies, G_N_ELEMENTS (russian_bodies), word))
            head = k;
          /* only nominative adjectives before the head: "Главное",
           * "Общественная", "Региональное" */
          else if (!(g_str_has_suffix (word, "ое") || g_str_has_suffix (word, "ая") || g_str_has_suffix (word, "ый")
                     || g_str_has_suffix (word, "ий") || g_str_has_suffix (word, "ой")))
            return G_MAXUINT;
          continue;
        }
      /* after the head: its genitive chain */
      if ((tok (doc, k)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_ALL_CAPS)) != 0)
        continue;
      if (lower_is (doc, k, "по", "и", NULL) && k < end)
        continue;
      if (!russian_genitive_like (lower (doc, k)) || IN (speech_verbs, lower (doc, k)))
        return G_MAXUINT;
    }
  return head != G_MAXUINT && head < end ? range->first : G_MAXUINT;
}

/* The last word of the genitive chain that completes a Russian
 * institution's noun at @head: capitalised words, genitives, and "по" or
 * "и" with a word after them ("прокуратура Липецкой области",
 * "управление МЧС России по Тверской области"), at most eight words. */
static guint
russian_chain_end (Doc  *doc,
                   guint head,
                   gint  sentence)
{
  guint last = head;

  while (last + 1 < doc->tokens->len && last < head + 8 && px_quotes_allowed_token (doc, last + 1, sentence)
         && px_quotes_is_cyrillic_word (doc, last + 1) && !IN (speech_verbs, lower (doc, last + 1)))
    {
      guint next = last + 1;

      if ((tok (doc, next)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_ALL_CAPS)) != 0
          || (russian_genitive_like (lower (doc, next)) && !IN (stop_words, lower (doc, next))))
        last = next;
      else if (lower_is (doc, next, "по", "и", NULL) && px_quotes_allowed_token (doc, next + 1, sentence)
               && px_quotes_is_cyrillic_word (doc, next + 1))
        last = next;
      else
        break;
    }
  while (last > head && lower_is (doc, last, "по", "и", NULL))
    last--;
  return last;
}

/* "По данным Главного управления МЧС России по Тверской области",
 * "по данным прокуратуры Липецкой области": an institution in the
 * genitive, its adjectives and head put back in the nominative, the chain
 * after it kept as written, up to the comma that closes the cue. */
static gboolean
russian_genitive_institution (Doc    *doc,
                              guint   i,
                              gint    sentence,
                              Source *source)
{
  static const char * const heads[][2] = {
    { "прокуратуры", "прокуратура" }, { "управления", "управление" }, { "министерства", "министерство" },
    { "службы", "служба" }, { "пресс-службы", "пресс-служба" }, { "администрации", "администрация" },
    { "палаты", "палата" }, { "комитета", "комитет" }, { "департамента", "департамент" }, { "суда", "суд" },
    { "ведомства", "ведомство" }, { "правительства", "правительство" }, { "центра", "центр" },
    { "инспекции", "инспекция" }, { "комиссии", "комиссия" }, { "мэрии", "мэрия" }, { "полиции", "полиция" },
    { "фонда", "фонд" }, { "агентства", "агентство" }, { "штаба", "штаб" },
  };
  GString *built;
  guint head = i, last;
  const char *nominative = NULL;
  char gender;

  if (!doc->inflecting)
    return FALSE;
  while (head < i + 2 && px_quotes_allowed_token (doc, head, sentence) && px_quotes_is_cyrillic_word (doc, head)
         && (g_str_has_suffix (lower (doc, head), "ого") || g_str_has_suffix (lower (doc, head), "его")
             || g_str_has_suffix (lower (doc, head), "ой")))
    head++;
  if (!px_quotes_allowed_token (doc, head, sentence) || !px_quotes_is_cyrillic_word (doc, head))
    return FALSE;
  for (gsize h = 0; h < G_N_ELEMENTS (heads) && nominative == NULL; h++)
    if (strcmp (lower (doc, head), heads[h][0]) == 0)
      nominative = heads[h][1];
  if (nominative == NULL)
    return FALSE;
  last = russian_chain_end (doc, head, sentence);
  /* the cue closes with a comma; a bare noun ("По данным ведомства")
   * refers back to an institution, which its own reading finds */
  if (!is_punct (doc, last + 1, ',') || (head == i && last == head))
    return FALSE;
  /* "По данным регионального управления": a word for where a body works
   * before a bare noun names no body; it refers back like the bare noun */
  if (last == head && head == i + 1 && lower_is (doc, i, "регионального", "областного", "краевого", "городского", "районного", "местного", NULL))
    return FALSE;
  gender = g_str_has_suffix (nominative, "о") || g_str_has_suffix (nominative, "е") ? 'n'
           : g_str_has_suffix (nominative, "а") || g_str_has_suffix (nominative, "я") ? 'f' : 'm';
  built = g_string_new (NULL);
  for (guint k = i; k < head; k++)
    {
      const char *written = doc->text + tok (doc, k)->start;
      gsize len = tok (doc, k)->end - tok (doc, k)->start;
      const char *word = lower (doc, k);
      gsize cut = g_str_has_suffix (word, "ой") ? strlen ("ой") : strlen ("ого");
      gboolean soft = g_str_has_suffix (word, "его");
      gboolean sk = len > cut && (g_str_has_suffix (word, "ского") || g_str_has_suffix (word, "цкого"));
      g_autofree char *stem = g_strndup (word, strlen (word) > cut ? strlen (word) - cut : 0);

      g_string_append_len (built, written, len - cut);
      if (gender == 'n')
        g_string_append (built, soft ? "ее" : "ое");
      else if (gender == 'f')
        g_string_append (built, soft && !russian_hushing_end (stem) ? "яя" : "ая");
      else
        g_string_append (built, sk ? "ий" : soft ? "ий" : "ый");
      g_string_append_c (built, ' ');
    }
  /* the head keeps a capital the text gave it */
  if (tok (doc, head)->flags & PX_LEXICON_TOKEN_CAPITAL)
    {
      gunichar first = g_unichar_toupper (g_utf8_get_char (nominative));
      char buffer[8];

      g_string_append_len (built, buffer, g_unichar_to_utf8 (first, buffer));
      g_string_append (built, g_utf8_next_char (nominative));
    }
  else
    g_string_append (built, nominative);
  if (last > head)
    {
      g_string_append_c (built, ' ');
      g_string_append_len (built, doc->text + tok (doc, head + 1)->start, tok (doc, last)->end - tok (doc, head + 1)->start);
    }
  source->first = i;
  source->last = last;
  source->speaker = g_string_free (built, FALSE);
  return TRUE;
}

/* An institution's head noun in the genitive singular put back in the
 * nominative ("пресс-службы" → "пресс-служба", "управления" →
 * "управление", "администрации" → "администрация", "комитета" →
 * "комитет"), or NULL when @word is no such noun. */
static char *
russian_body_nominative (const char *word)
{
  static const char * const endings[][2] = {
    /* genitive ending, nominative ending, in this order of trial */
    { "ения", "ение" }, { "ания", "ание" }, { "ства", "ство" }, { "ии", "ия" }, { "ы", "а" }, { "а", "" },
  };
  g_autofree char *candidate = NULL;

  for (guint e = 0; e < G_N_ELEMENTS (endings) && candidate == NULL; e++)
    if (g_str_has_suffix (word, endings[e][0]))
      {
        g_autofree char *stem = g_strndup (word, strlen (word) - strlen (endings[e][0]));

        candidate = g_strconcat (stem, endings[e][1], NULL);
      }
  if (candidate == NULL || !px_text_list_contains (russian_bodies, G_N_ELEMENTS (russian_bodies), candidate))
    return NULL;
  return g_steal_pointer (&candidate);
}

/* "— сообщила пресс-служба регионального управления Росприроднадзора",
 * "заявили в …" aside: an institution in the nominative after the verb,
 * with its genitive chain, ending the sentence or its clause. */
static gboolean
russian_institution_after_verb (Doc    *doc,
                                guint   j,
                                gint    sentence,
                                Source *source)
{
  guint head = j, last;

  if (!doc->inflecting)
    return FALSE;
  while (head < j + 2 && px_quotes_allowed_token (doc, head, sentence) && px_quotes_is_cyrillic_word (doc, head)
         && !px_text_list_contains (russian_bodies, G_N_ELEMENTS (russian_bodies), lower (doc, head))
         && (g_str_has_suffix (lower (doc, head), "ое") || g_str_has_suffix (lower (doc, head), "ая")
             || g_str_has_suffix (lower (doc, head), "ый") || g_str_has_suffix (lower (doc, head), "ий")))
    head++;
  if (!px_quotes_allowed_token (doc, head, sentence) || !px_quotes_is_cyrillic_word (doc, head)
      || !px_text_list_contains (russian_bodies, G_N_ELEMENTS (russian_bodies), lower (doc, head)))
    return FALSE;
  last = russian_chain_end (doc, head, sentence);
  /* "инициативная группа «Наш сквер»": the body's own name in marks */
  if (last + 1 < doc->tokens->len && doc->span_of[last + 1] >= 0 && (gint) doc->token_sentence[last + 1] == sentence
      && g_array_index (doc->spans, Span, doc->span_of[last + 1]).open == last + 1
      && g_array_index (doc->spans, Span, doc->span_of[last + 1]).closed
      && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[last + 1])))
    last = g_array_index (doc->spans, Span, doc->span_of[last + 1]).close;
  /* the chain ends the clause: no other words follow it */
  if (last + 1 < doc->tokens->len && px_quotes_allowed_token (doc, last + 1, sentence) && is_word (doc, last + 1))
    return FALSE;
  source->first = j;
  source->last = last;
  source->speaker = px_quotes_slice (doc, j, last);
  return TRUE;
}

/* French and Spanish adjectives for a level of government or service:
 * "départemental", "régionale", "nacional", "provincial", "municipal". */
static gboolean
romance_level_adjective (const char *word)
{
  static const char * const levels[] = {
    "départemental", "départementale", "régional", "régionale", "national", "nationale", "municipal",
    "municipale", "interdépartemental", "interdépartementale", "territorial", "territoriale", "général",
    "générale", "provincial", "nacional", "autonómico", "autonómica", "comarcal", "insular", "estatal",
  };

  return px_text_list_contains (levels, G_N_ELEMENTS (levels), word);
}

/* "Selon la préfecture d'Ille-et-Vilaine, …", "a indiqué la gendarmerie
 * du Finistère.": a French or Spanish institution's lower-case noun after
 * its article, and the chain of links and names that completes it, up to
 * the comma or full stop that closes the phrase, speaks as written (without
 * the article). */
static gboolean
romance_institution_forward (Doc    *doc,
                             guint   i,
                             gint    sentence,
                             Source *source)
{
  guint head = i, last;

  if (doc->capital_nouns || doc->inflecting || !is_word (doc, i))
    return FALSE;
  if (px_text_list_contains (romance_articles, G_N_ELEMENTS (romance_articles), lower (doc, i)))
    head = i + 1;
  else if (!(g_str_has_prefix (lower (doc, i), "l'") || g_str_has_prefix (lower (doc, i), "l’")))
    return FALSE;
  if (!px_quotes_allowed_token (doc, head, sentence) || !is_word (doc, head) || !romance_body (lower (doc, head))
      || (tok (doc, head)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    return FALSE;
  last = head;
  /* "le service départemental d'incendie", "la dirección provincial de":
   * an adjective of the level of government between the noun and its
   * complement */
  while (last < head + 2 && px_quotes_allowed_token (doc, last + 1, sentence) && is_word (doc, last + 1)
         && romance_level_adjective (lower (doc, last + 1)))
    last++;
  /* it must be linked to a complement: "la préfecture" alone is read elsewhere */
  if (!px_quotes_allowed_token (doc, last + 1, sentence) || !is_word (doc, last + 1)
      || !(lower_is (doc, last + 1, "de", "du", "des", "del", NULL)
           || g_str_has_prefix (lower (doc, last + 1), "d'") || g_str_has_prefix (lower (doc, last + 1), "d’")))
    return FALSE;
  while (last + 1 < doc->tokens->len && last < head + 12 && px_quotes_allowed_token (doc, last + 1, sentence)
         && is_word (doc, last + 1))
    {
      const char *word = lower (doc, last + 1);

      if (px_text_list_contains (romance_links, G_N_ELEMENTS (romance_links), word) || g_str_has_prefix (word, "d'")
          || g_str_has_prefix (word, "d’") || g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’")
          || (tok (doc, last + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
          /* a lower-case noun after a link: "d'incendie et de secours" */
          || (last > head && lower_is (doc, last, "de", NULL) && is_word (doc, last - 1) && lower_is (doc, last - 1, "et", "y", NULL)
              && !IN (stop_words, word) && !IN (speech_verbs, word))
          /* a lower-case adjective after a name: "Transition écologique" */
          || ((tok (doc, last)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0 && !IN (stop_words, word) && !IN (speech_verbs, word)))
        last++;
      else
        break;
    }
  while (last > head && lower_is (doc, last, "de", "du", "des", "del", "et", "y", "la", "le", "les", "el", "los", "las", NULL))
    last--;
  if (last == head || !(is_punct (doc, last + 1, ',') || is_punct (doc, last + 1, '.')))
    return FALSE;
  source->first = i;
  source->last = last;
  source->speaker = px_quotes_slice (doc, head == i ? i : head, last);
  return TRUE;
}

/* Whether @word (lower case) is a German weekday, alone or as the first
 * part of a compound ("montag", "montagabend", "freitagmorgen"). */
static gboolean
german_weekday (const char *word)
{
  static const char * const days[] = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  };

  return px_text_list_has_prefix (days, G_N_ELEMENTS (days), word);
}

/* Whether the word at @i names a time in German: a month, a weekday
 * ("Montagabend" too), or a span of the calendar. */
static gboolean
german_time_noun (Doc  *doc,
                  guint i)
{
  static const char * const times[] = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "woche", "wochenende", "monat", "jahr", "jahres", "frühjahr", "sommer", "herbst",
    "winter", "vormittag", "nachmittag", "abend", "morgen", "tag", "tage", "wochen", "monaten", "jahren",
    /* the spring of Swiss and Austrian papers ("hatte im Frühling erklärt") */
    "frühling", "frühlings",
  };

  return is_word (doc, i)
         && (px_text_list_contains (times, G_N_ELEMENTS (times), lower (doc, i)) || german_weekday (lower (doc, i)));
}

/* "Seidl hatte noch im Mai argumentiert", "hatte am Montag erklärt",
 * "hat vergangene Woche gesagt", "hatte gestern betont": how many tokens
 * before @i make a time adjunct between a German auxiliary of the perfect
 * and its participle, or 0. The month or day is no subject; the subject
 * stands before the auxiliary. */
static guint
german_time_adjunct_before (Doc  *doc,
                            guint i,
                            gint  sentence)
{
  static const char * const adverbs[] = {
    "gestern", "vorgestern", "heute", "zuletzt", "zuvor", "vorher", "damals", "kürzlich", "jüngst", "einst",
    "seinerzeit", "noch", "schon", "erst", "bereits", "zunächst", "ursprünglich",
  };
  static const char * const openers[] = {
    "im", "am", "in", "vor", "seit", "anfang", "ende", "mitte", "vergangene", "vergangenen", "letzte",
    "letzten", "vorige", "vorigen", "diese", "dieser", "diesen", "kommende", "kommenden", "nächste",
  };
  static const char * const auxiliaries[] = { "hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten" };
  guint k = i;

  if (!doc->capital_nouns)
    return 0;
  /* "im Mai 2024" */
  if (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && (tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_NUMBER))
    k--;
  if (k > 1 && px_quotes_allowed_token (doc, k - 1, sentence) && german_time_noun (doc, k - 1))
    {
      guint head = k - 1;

      k = head;
      /* "im vergangenen Mai", "in der vergangenen Woche", "Anfang Mai" */
      while (k > 0 && k + 4 > head && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
             && (px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, k - 1))
                 || lower_is (doc, k - 1, "der", "dem", "den", "einer", "einem", NULL)))
        k--;
      if (k == head)
        return 0;
    }
  while (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
         && px_text_list_contains (adverbs, G_N_ELEMENTS (adverbs), lower (doc, k - 1)))
    k--;
  if (k == i || k == 0 || !px_quotes_allowed_token (doc, k - 1, sentence) || !is_word (doc, k - 1))
    return 0;
  if (px_text_list_contains (auxiliaries, G_N_ELEMENTS (auxiliaries), lower (doc, k - 1)))
    return i - k;
  /* "Das hat Präsident Urs Kälin am Montag erklärt", "…, hatte die
   * Ministerin im Mai gesagt": after an auxiliary in second place the
   * subject stands between it and the time; a name must end there */
  if (px_quotes_is_name_word (doc, k - 1))
    for (guint a = k - 1; a > 0 && a + 5 > k && px_quotes_allowed_token (doc, a - 1, sentence) && is_word (doc, a - 1); a--)
      if (px_text_list_contains (auxiliaries, G_N_ELEMENTS (auxiliaries), lower (doc, a - 1)))
        return i - k;
  return 0;
}

/* "Wie das Landratsamt auf Nachfrage mitteilte", "teilte die Stadt auf
 * Anfrage unserer Zeitung mit": how many tokens before @i make an "on
 * request" adjunct between a German subject and its verb, or 0. The
 * request is no speaker; the subject stands before it. */
static guint
german_request_adjunct_before (Doc  *doc,
                               guint i,
                               gint  sentence)
{
  guint k = i;

  if (!doc->capital_nouns || k < 3)
    return 0;
  /* "… unserer Zeitung", "… der Deutschen Presse-Agentur", "… des SWR" */
  for (guint reader = 1; reader <= 3 && k - reader >= 3; reader++)
    if (px_quotes_allowed_token (doc, k - reader - 1, sentence) && is_word (doc, k - reader - 1)
        && lower_is (doc, k - reader - 1, "unserer", "unserem", "der", "des", "dieser", NULL))
      {
        gboolean capitals = TRUE;

        for (guint c = k - reader; c < k && capitals; c++)
          capitals = px_quotes_allowed_token (doc, c, sentence) && is_word (doc, c)
                     && (tok (doc, c)->flags & PX_LEXICON_TOKEN_CAPITAL);
        if (capitals && is_word (doc, k - reader - 2) && lower_is (doc, k - reader - 2, "nachfrage", "anfrage", NULL))
          {
            k -= reader + 1;
            break;
          }
      }
  if (k < 3 || !px_quotes_allowed_token (doc, k - 2, sentence) || !is_word (doc, k - 1) || !is_word (doc, k - 2)
      || !lower_is (doc, k - 1, "nachfrage", "anfrage", NULL) || !lower_is (doc, k - 2, "auf", NULL))
    return 0;
  return i - (k - 2);
}

/* "…, the trust that runs it has said.", "…, the council which owns
 * the site said.": after the clause and its comma, a definite noun with a
 * relative clause of its own before the verb; the noun is the subject, not
 * the relative clause's last word. @i is the first token of the verb
 * group. */
static gboolean
subject_with_relative_after_clause (Doc    *doc,
                                    guint   i,
                                    gint    sentence,
                                    Source *source)
{
  for (guint r = i - 1; r >= 3 && r + 6 > i; r--)
    {
      if (!px_quotes_allowed_token (doc, r, sentence) || !is_word (doc, r) || doc->span_of[r] >= 0)
        return FALSE;
      if (!lower_is (doc, r, "that", "which", "who", NULL))
        continue;
      if (r + 1 >= i || !is_word (doc, r - 1) || !is_word (doc, r - 2) || !lower_is (doc, r - 2, "the", NULL)
          || !is_punct (doc, r - 3, ',') || (tok (doc, r - 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
          || IN (speech_verbs, lower (doc, r - 1)))
        return FALSE;
      source->first = r - 2;
      source->last = r - 1;
      return TRUE;
    }
  return FALSE;
}

/* "…, a study by the University of Norbridge has found.", "…, a new
 * report by Kelso University says.": the document's author is named; the
 * phrase opens at the document's determiner, after the comma that closes
 * the finding, and the author speaks. */
static void
study_by_name (Doc    *doc,
               Source *source,
               gint    sentence)
{
  guint k = source->first, by, d;
  Person *person;

  if (k < 3 || !px_quotes_allowed_token (doc, k - 1, sentence) || !is_word (doc, k - 1))
    return;
  by = k - 1;
  if (lower_is (doc, by, "the", NULL))
    by--;
  if (by < 2 || !px_quotes_allowed_token (doc, by, sentence) || !is_word (doc, by) || !lower_is (doc, by, "by", NULL)
      || !is_word (doc, by - 1) || !IN (document_nouns, lower (doc, by - 1)))
    return;
  /* the determiner, over a few adjectives ("a new study", "a large
   * government-funded report") */
  d = by - 1;
  while (d > 0 && d + 4 > by && px_quotes_allowed_token (doc, d - 1, sentence) && is_word (doc, d - 1)
         && !IN (determiners, lower (doc, d - 1)) && !IN (stop_words, lower (doc, d - 1))
         && !IN (speech_verbs, lower (doc, d - 1)) && (tok (doc, d - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    d--;
  if (d == 0 || !px_quotes_allowed_token (doc, d - 1, sentence) || !is_word (doc, d - 1) || !IN (determiners, lower (doc, d - 1))
      || d - 1 == 0 || !is_punct (doc, d - 2, ','))
    return;
  person = NULL;
  {
    g_autofree char *name = px_quotes_slice (doc, source->first, source->last);

    person = px_quotes_find_person_exact (doc, name);
    if (person == NULL)
      source->speaker = g_steal_pointer (&name);
  }
  if (person != NULL)
    px_quotes_source_from_person (source, person);
  source->first = d - 1;
}

/* How many tokens before @i make "pour sa part", "de son côté", "quant à
 * elle", "por su parte", "a su vez": 3, or 0. */
static guint
discourse_adverbial_before (Doc  *doc,
                            guint i,
                            gint  sentence)
{
  static const char * const turn[][3] = {
    { "pour", "sa", "part" }, { "pour", "leur", "part" }, { "de", "son", "côté" }, { "de", "leur", "côté" },
    { "quant", "à", "lui" }, { "quant", "à", "elle" }, { "quant", "à", "eux" }, { "por", "su", "parte" },
    { "a", "su", "vez" },
  };

  if (i < 3)
    return 0;
  for (gsize t = 0; t < G_N_ELEMENTS (turn); t++)
    {
      gboolean match = TRUE;

      for (guint n = 0; n < 3 && match; n++)
        match = px_quotes_allowed_token (doc, i - 3 + n, sentence) && is_word (doc, i - 3 + n)
                && strcmp (lower (doc, i - 3 + n), turn[t][n]) == 0;
      if (match)
        return 3;
    }
  return 0;
}

/* Whether the words of @sentence before the verb at @i are only a
 * Spanish adverbial of time or degree ("Solo al final", "Más tarde",
 * "Luego", "Ya en la calle"): at most four words, the first an adverb,
 * none after it capitalised. */
static gboolean
spanish_adverbial_opener_before (Doc  *doc,
                                 guint i,
                                 gint  sentence)
{
  static const char * const openers[] = {
    "solo", "sólo", "luego", "después", "entonces", "finalmente", "más", "incluso", "tampoco", "también",
    "además", "ya", "al",
  };
  guint f = g_array_index (doc->sentences, Sentence, sentence).first;

  if (i <= f || i > f + 4 || !is_word (doc, f) || doc->span_of[f] >= 0
      || !px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, f)))
    return FALSE;
  /* "Al final", "Más tarde": a second word is needed after "al" and "más" */
  if (lower_is (doc, f, "al", "más", NULL) && i == f + 1)
    return FALSE;
  for (guint k = f + 1; k < i; k++)
    if (!is_word (doc, k) || doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
      return FALSE;
  return TRUE;
}

/* "La empresa minera, por su parte, negó que …", "El Gobierno, sin
 * embargo, aseguró …": a Spanish connector between commas right before
 * the verb stands between the subject and its verb. Returns how many
 * tokens it takes before @i, commas included, or 0. */
static guint
spanish_connector_incise_before (Doc  *doc,
                                 guint i,
                                 gint  sentence)
{
  static const char * const connectors[][3] = {
    { "por", "su", "parte" }, { "a", "su", "vez" }, { "por", "otra", "parte" }, { "por", "otro", "lado" },
    { "sin", "embargo", NULL }, { "en", "cambio", NULL }, { "no", "obstante", NULL }, { "mientras", "tanto", NULL },
    { "en", "tanto", NULL }, { "además", NULL, NULL }, { "asimismo", NULL, NULL }, { "también", NULL, NULL },
  };

  if (!doc->pro_drop || i < 3 || !px_quotes_allowed_token (doc, i - 1, sentence) || !is_punct (doc, i - 1, ','))
    return 0;
  for (gsize c = 0; c < G_N_ELEMENTS (connectors); c++)
    {
      guint n = connectors[c][2] != NULL ? 3 : connectors[c][1] != NULL ? 2 : 1;
      gboolean match = i >= n + 3;

      for (guint k = 0; k < n && match; k++)
        match = px_quotes_allowed_token (doc, i - 1 - n + k, sentence) && is_word (doc, i - 1 - n + k)
                && strcmp (lower (doc, i - 1 - n + k), connectors[c][k]) == 0;
      if (match && px_quotes_allowed_token (doc, i - 2 - n, sentence) && is_punct (doc, i - 2 - n, ',')
          && px_quotes_allowed_token (doc, i - 3 - n, sentence) && is_word (doc, i - 3 - n))
        return n + 2;
    }
  return 0;
}

/* "An internal audit from March 2022 found …", "A report dated 3 May
 * said …": a document opening the sentence, then only the date it bears
 * before the verb. The date is no speaker; the document is. (A "from"
 * that names a body, "a report from the UN", is left to the author rules.) */
static gboolean
dated_document_subject (Doc    *doc,
                        guint   verb,
                        gint    sentence,
                        Source *source)
{
  static const char * const links[] = { "from", "dated", "of" };
  static const char * const times[] = {
    "last", "this", "next", "earlier", "later", "that", "the", "year", "month", "week", "spring", "summer",
    "autumn", "winter", "fall", "ago", "early", "late", "mid", "in",
  };
  guint f = g_array_index (doc->sentences, Sentence, sentence).first;
  guint d = f, link = G_MAXUINT;

  if (is_word (doc, d) && IN (determiners, lower (doc, d)))
    d++;
  /* the document noun, after at most two lower-case modifiers */
  for (guint k = d; k < verb && k < d + 3; k++)
    {
      if (!is_word (doc, k) || !px_quotes_allowed_token (doc, k, sentence))
        return FALSE;
      if (IN (document_nouns, lower (doc, k)) && is_word (doc, k + 1)
          && px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, k + 1)))
        {
          link = k + 1;
          break;
        }
      if (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL && k > f)
        return FALSE;
    }
  if (link == G_MAXUINT || link + 1 >= verb)
    return FALSE;
  for (guint k = link + 1; k < verb; k++)
    {
      const char *w = lower (doc, k);

      if (!is_word (doc, k) || !px_quotes_allowed_token (doc, k, sentence) || w == NULL)
        return FALSE;
      if (!(g_ascii_isdigit (w[0]) || IN (not_name_words, w) || px_text_list_contains (times, G_N_ELEMENTS (times), w)))
        return FALSE;
    }
  /* at least one word that tells a time, not just "of the" */
  {
    gboolean dated = FALSE;

    for (guint k = link + 1; k < verb && !dated; k++)
      {
        const char *w = lower (doc, k);

        /* every token here is a word (checked above); the NULL test says so to the compiler */
        dated = w != NULL && (g_ascii_isdigit (w[0]) || IN (not_name_words, w)
                              || lower_is (doc, k, "year", "month", "week", "spring", "summer", "autumn", "winter", NULL));
      }
    if (!dated)
      return FALSE;
  }
  source->first = d;
  source->last = link - 1;
  return TRUE;
}

/* "La route du col, en Savoie, restera fermée, a annoncé le conseil": a
 * place after a preposition between commas is an adjunct, never the
 * subject; the source is then read after the verb. Clears @source when
 * it is one. */
static gboolean
place_in_incise (Doc    *doc,
                 Source *source,
                 gint    sentence,
                 Cue    *cue)
{
  static const char * const preps[] = { "en", "à", "au", "aux", "dans", "in", "im", "en", "a" };
  guint f = source->first;

  if (source->pronoun || f < 2 || f > source->last || !is_word (doc, f - 1)
      || !px_text_list_contains (preps, G_N_ELEMENTS (preps), lower (doc, f - 1)) || !is_punct (doc, f - 2, ',')
      || !is_punct (doc, source->last + 1, ',') || source->last + 2 >= cue->first
      || !px_quotes_allowed_token (doc, f - 2, sentence))
    return FALSE;
  px_quotes_source_clear (source);
  memset (source, 0, sizeof *source);
  return TRUE;
}

/* "Sáez de Tejada, que calificó de «teatro» la salida de la oposición,
 * aseguró …": a relative clause between the name and its verb may hold a
 * short quoted word in Spanish; reading back over the clause passes it. */
static gboolean
short_quote_in_incise (Doc  *doc,
                       guint k,
                       gint  sentence)
{
  const Span *span;

  if (doc->capital_nouns || doc->inflecting || !doc->pro_drop || doc->span_of[k] < 0
      || doc->token_sentence[k] != (guint) sentence)
    return FALSE;
  span = &g_array_index (doc->spans, Span, doc->span_of[k]);
  return span->closed && span->n_words <= 4;
}

/* "Источник, знакомый с ходом переговоров, утверждает", "Андрей
 * Кочетков, который первым обратил внимание на рост платежей, считает":
 * a Russian subject opening the sentence, then a participle or a
 * "который" clause between commas, then the verb @i. When @source is not
 * NULL, it gets the subject, with the clause as the modifier that tells
 * which unnamed source speaks (dropped for a named one). */
static gboolean
russian_subject_with_clause (Doc    *doc,
                             guint   i,
                             gint    sentence,
                             Source *source)
{
  static const char * const adjectival[] = { "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие" };
  guint f = g_array_index (doc->sentences, Sentence, sentence).first;
  guint c = f + 1;
  const char *opener;
  gboolean clause, plain = TRUE;

  if (i < f + 5 || !is_punct (doc, i - 1, ',') || !px_quotes_is_cyrillic_word (doc, i) || !px_quotes_is_cyrillic_word (doc, f)
      || !px_quotes_allowed_token (doc, f, sentence) || IN (stop_words, lower (doc, f)) || IN (pronouns_person, lower (doc, f)))
    return FALSE;
  while (c < f + 7 && c < i && is_word (doc, c) && px_quotes_allowed_token (doc, c, sentence))
    c++;
  if (c + 2 >= i - 1 || !is_punct (doc, c, ',') || !px_quotes_is_cyrillic_word (doc, c + 1)
      || (tok (doc, c + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return FALSE;
  opener = lower (doc, c + 1);
  clause = g_str_has_prefix (opener, "котор");
  for (guint e = 0; e < G_N_ELEMENTS (adjectival) && !clause; e++)
    clause = g_str_has_suffix (opener, adjectival[e]) && g_utf8_strlen (opener, -1) > 5;
  for (guint k = c + 1; k < i - 1 && plain; k++)
    {
      /* "Собеседник, близкий к «Хлебосолу», …": a name in marks inside
       * the clause, with its marks */
      gboolean named = doc->span_of[k] >= 0 && (gint) doc->token_sentence[k] == sentence
                       && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[k]));

      if (named || (!is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE)))
        continue;
      plain = px_quotes_allowed_token (doc, k, sentence)
              && (is_punct (doc, k, '-') || (is_word (doc, k) && !IN (speech_verbs, lower (doc, k))));
    }
  if (!clause || !plain)
    return FALSE;
  if (source != NULL)
    {
      source->first = f;
      source->last = c - 1;
      source->modifier_last = i - 2;
      /* one common noun the article names nobody by ("Источник"): an
       * unnamed source, labelled with the clause */
      if (c - 1 == f && px_quotes_find_person_by_part (doc, lower (doc, f), f) == NULL)
        {
          source->last = i - 2;
          source->speaker = px_quotes_slice (doc, f, i - 2);
          g_ptr_array_add (doc->anonymous, g_strdup (source->speaker));
        }
      /* "Источник в федерации, пожелавший остаться неизвестным, …": an
       * unnamed source placed by a preposition is that phrase; the clause
       * only says why it is unnamed */
      else if (c - 1 > f + 1 && lower_is (doc, f, "источник", "собеседник", "собеседница", NULL)
               && is_word (doc, f + 1) && lower_is (doc, f + 1, "в", "во", "из", "на", "среди", NULL)
               && (g_str_has_prefix (opener, "пожелав") || g_str_has_prefix (opener, "попросив")))
        {
          source->speaker = px_quotes_slice (doc, f, c - 1);
          g_ptr_array_add (doc->anonymous, g_strdup (source->speaker));
        }
      /* "Собеседник РБК, знакомый с ходом переговоров, …", "Источник в
       * правительстве, знакомый с обсуждением, …": a clause that tells
       * which source it is stays in its label, as after "Источник" alone */
      else if (c - 1 > f && lower_is (doc, f, "источник", "собеседник", "собеседница", NULL)
               && (c - 1 == f + 1 || (is_word (doc, f + 1) && lower_is (doc, f + 1, "в", "во", "из", "на", "среди", NULL))))
        {
          source->last = i - 2;
          source->speaker = px_quotes_slice (doc, f, i - 2);
          g_ptr_array_add (doc->anonymous, g_strdup (source->speaker));
        }
    }
  return TRUE;
}

/* Whether the words from @first to before @end hold a place's or a
 * body's possessive ("South Africa's"), not a person's ("Transport
 * Minister Ewan Castell's office" is his). */
static gboolean
possessive_in (Doc   *doc,
               guint  first,
               guint  end)
{
  for (guint t = first; t < end; t++)
    if (is_word (doc, t) && g_str_has_suffix (lower (doc, t), "'s") && (tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL))
      {
        g_autofree char *name = px_quotes_slice (doc, first, t);

        for (guint u = first; u <= t; u++)
          if (px_quotes_is_title (doc, u))
            return FALSE;
        return px_quotes_given_name_gender (name) == 0;
      }
  return FALSE;
}

/* Reads the source phrase that ends just before @verb ("Kazimov told",
 * "the Armenian prime minister added", "Azerbaijani authorities confirmed"). */
static gboolean
source_backward (Doc    *doc,
                 guint   verb,
                 gint    sentence,
                 Source *source)
{
  guint i = verb;
  const char *word;

  i -= spanish_connector_incise_before (doc, i, sentence);
  while (i > 0 && px_quotes_allowed_token (doc, i - 1, sentence) && is_word (doc, i - 1))
    {
      /* "hatte noch im Mai argumentiert", "wie das Landratsamt auf
       * Nachfrage mitteilte", and "La préfecture a pour sa part rappelé",
       * "El sindicato ha por su parte señalado": a time adjunct, a
       * request or a discourse adverbial between the subject and the verb
       * is no subject */
      guint adjunct = german_time_adjunct_before (doc, i, sentence);

      if (adjunct == 0)
        adjunct = german_request_adjunct_before (doc, i, sentence);
      if (adjunct == 0)
        adjunct = discourse_adverbial_before (doc, i, sentence);
      if (adjunct > 0)
        {
          i -= adjunct;
          continue;
        }
      if (!IN (between_words, lower (doc, i - 1))
          && !(g_str_has_suffix (lower (doc, i - 1), "ly") && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
               && !ly_noun (doc, i - 1)))
        break;
      i--;
      /* "a par ailleurs indiqué" */
      if (strcmp (lower (doc, i), "ailleurs") == 0 && i > 0 && px_quotes_allowed_token (doc, i - 1, sentence)
          && is_word (doc, i - 1) && strcmp (lower (doc, i - 1), "par") == 0)
        i--;
    }
  /* "Марина Ветрова в комментарии изданию «…» пояснила", "Мальцева в
   * последнем слове сказала": a Russian prepositional adjunct between a
   * name and its verb says where or how, not who */
  if (px_quotes_is_cyrillic_word (doc, verb) && i > 2)
    for (guint k = i - 1; k > 0 && k + 8 > i; k--)
      {
        if (doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE))
          {
            gint span = doc->span_of[k] >= 0 ? doc->span_of[k] : (k > 0 ? doc->span_of[k - 1] : -1);

            if (span < 0 || (gint) doc->token_sentence[k] != sentence
                || !px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, span)))
              break;
            continue;
          }
        if (!px_quotes_allowed_token (doc, k, sentence) || !px_quotes_is_cyrillic_word (doc, k)
            || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (speech_verbs, lower (doc, k)))
          break;
        if (lower_is (doc, k, "в", "во", "на", "после", "перед", NULL) && k + 1 < i && px_quotes_allowed_token (doc, k - 1, sentence)
            && px_quotes_is_name_word (doc, k - 1) && px_quotes_is_cyrillic_word (doc, k - 1)
            /* a capital opening the sentence names someone known */
            && (!(tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_SENT_START)
                || px_quotes_find_person_by_part (doc, lower (doc, k - 1), k - 1) != NULL))
          {
            i = k;
            break;
          }
      }
  /* "un portavoz del Govern se limitó a señalar que …", "se ha limitado a
   * decir que …": the subject stands before "se limitó a" */
  if (doc->pro_drop && i >= 2 && verb > i && is_word (doc, i - 1) && g_str_has_prefix (lower (doc, i - 1), "limit")
      && px_quotes_allowed_token (doc, i - 1, sentence))
    {
      i--;
      while (i > 0 && px_quotes_allowed_token (doc, i - 1, sentence) && is_word (doc, i - 1)
             && lower_is (doc, i - 1, "se", "ha", "han", "había", NULL))
        i--;
    }
  if (i == 0 || !px_quotes_allowed_token (doc, i - 1, sentence))
    return FALSE;
  /* "valoró el anuncio, pero reclamó que …", "celebró el acuerdo, aunque
   * pidió que …": a Spanish verb right after "pero" or "aunque" has no
   * subject of its own; the conjunction is none */
  if (doc->pro_drop && is_word (doc, i - 1) && lower_is (doc, i - 1, "pero", "aunque", NULL))
    return FALSE;
  /* "Un juez vinculó a proceso al exdirector, Gerardo Zúñiga, por …,
   * informó este sábado la Fiscalía.": a Spanish verb right after a comma,
   * followed by a subject that runs to the end of the sentence with no
   * "que", reports the clause before it; nobody before the comma speaks */
  if (doc->pro_drop && verb == i && is_punct (doc, i - 1, ',') && i >= 2
      /* "El entrenador del Alcora, Íñigo Berasategui, reconoció …": a name
       * between commas is the subject in apposition */
      && !(px_quotes_is_name_word (doc, i - 2) && px_quotes_run_start_back (doc, i - 2) > 0
           && is_punct (doc, px_quotes_run_start_back (doc, i - 2) - 1, ',')))
    {
      guint end = verb + 1;
      gboolean inverted = TRUE;

      while (px_quotes_allowed_token (doc, end, sentence) && !is_punct (doc, end, '.'))
        {
          if (doc->span_of[end] >= 0 || (tok (doc, end)->flags & PX_LEXICON_TOKEN_QUOTE)
              || is_punct (doc, end, ':') || (is_word (doc, end) && lower_is (doc, end, "que", NULL)))
            inverted = FALSE;
          end++;
        }
      if (inverted && end > verb + 2 && is_punct (doc, end, '.') && is_word (doc, verb + 1)
          && !lower_is (doc, verb + 1, "a", "al", "de", "del", "en", "con", "por", "para", NULL))
        return FALSE;
    }
  /* "El trabajo, que siguió … a menores de Temuco, Osorno y Valdivia,
   * encontró que …": the study opening the sentence finds, not the last
   * name of the relative clause between */
  if (doc->pro_drop && lower_is (doc, verb, "encontró", "halló", "concluye", "revela", "reveló", "constata", "constató", NULL))
    {
      guint f = g_array_index (doc->sentences, Sentence, sentence).first;

      if (f + 2 < i && is_word (doc, f) && IN (determiners, lower (doc, f)) && is_word (doc, f + 1)
          && (IN (document_nouns, lower (doc, f + 1)) || lower_is (doc, f + 1, "trabajo", "análisis", "investigación", NULL))
          && is_punct (doc, f + 2, ','))
        {
          source->first = f;
          source->last = f + 1;
          source->document = TRUE;
          return TRUE;
        }
    }
  /* "Durante la vista declaró también la viuda …", "En la sesión
   * intervino …": a Spanish sentence opening on a preposition's phrase
   * with no comma before the verb puts its subject after the verb; the
   * phrase's noun is none */
  if (!doc->capital_nouns && !doc->inflecting)
    {
      static const char * const openers[] = {
        "durante", "tras", "en", "ante", "desde", "hasta", "con", "sin", "después", "antes",
      };
      guint f = g_array_index (doc->sentences, Sentence, sentence).first;

      if (f + 2 < i && i <= f + 6 && is_word (doc, f) && (tok (doc, f)->flags & PX_LEXICON_TOKEN_CAPITAL)
          && px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, f)))
        {
          gboolean plain = TRUE;

          for (guint k = f + 1; k < i && plain; k++)
            plain = px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k)
                    && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL);
          if (plain)
            return FALSE;
        }
    }
  if (russian_subject_with_clause (doc, i, sentence, source))
    return TRUE;
  if (subject_with_relative_after_clause (doc, i, sentence, source))
    return TRUE;
  if (dated_document_subject (doc, i, sentence, source))
    return TRUE;
  /* "Fuentes de la gerencia del hospital han reconocido …": unnamed
   * sources speak for the lower-case body they are of, as written */
  {
    guint f = g_array_index (doc->sentences, Sentence, sentence).first;
    guint b = f + 2;

    if (!doc->capital_nouns && i > f + 3 && i < f + 10 && is_word (doc, f) && lower_is (doc, f, "fuentes", NULL)
        && is_word (doc, f + 1) && lower_is (doc, f + 1, "de", "del", NULL))
      {
        if (is_word (doc, b) && IN (determiners, lower (doc, b)))
          b++;
        if (b + 1 < i && is_word (doc, b) && !(tok (doc, b)->flags & PX_LEXICON_TOKEN_CAPITAL)
            && !IN (stop_words, lower (doc, b)))
          {
            gboolean plain = TRUE;

            guint end = i;

            for (guint k = b; k < i && plain; k++)
              plain = is_word (doc, k) && px_quotes_allowed_token (doc, k, sentence) && doc->span_of[k] < 0;
            /* "Fuentes de la entidad consultadas por este periódico": a
             * feminine plural participle agrees with "fuentes", not with
             * the body, and ends it */
            for (guint k = b + 1; k < i && plain && end == i; k++)
              if (g_str_has_suffix (lower (doc, k), "adas") || g_str_has_suffix (lower (doc, k), "idas")
                  || lower_is (doc, k, "cercanas", "próximas", "conocedoras", NULL))
                end = k;
            if (plain)
              {
                source->first = b;
                source->last = end - 1;
                source->speaker = px_quotes_slice (doc, b, end - 1);
                return TRUE;
              }
          }
      }
  }
  /* "The documents, which include inspection notes and emails, suggest
   * that …": a subject opening the sentence, then a relative clause
   * between commas, then the verb */
  if (is_punct (doc, i - 1, ',') && !doc->capital_nouns)
    {
      guint f = g_array_index (doc->sentences, Sentence, sentence).first;
      /* "L'association Anticor, qui s'était constituée partie civile, a
       * salué …": the article elided onto the noun */
      gboolean elided = is_word (doc, f) && (g_str_has_prefix (lower (doc, f), "l'") || g_str_has_prefix (lower (doc, f), "l’"))
                        && g_utf8_strlen (lower (doc, f), -1) > 3;

      if (is_word (doc, f) && (IN (determiners, lower (doc, f)) || elided))
        for (guint c = f + (elided ? 1 : 2); c <= f + 4 && c + 3 < i; c++)
          {
            gboolean plain = TRUE;

            if (!is_punct (doc, c, ','))
              {
                if (!is_word (doc, c) || IN (stop_words, lower (doc, c)) || IN (speech_verbs, lower (doc, c)))
                  break;
                continue;
              }
            if (!is_word (doc, c + 1) || !(lower_is (doc, c + 1, "which", "who", "qui", "quien", NULL)
                                           || (doc->pro_drop && lower_is (doc, c + 1, "que", NULL))
                                           /* "The report, published by the think tank X, found" */
                                           || (!doc->pro_drop && !doc->inflecting
                                               && lower_is (doc, c + 1, "published", "commissioned", "released",
                                                            "seen", "obtained", "written", "carried", "led", NULL))))
              break;
            /* the relative runs to the comma before the verb, with no
             * quotation or other cue in it */
            for (guint k = c + 2; k < i - 1 && plain; k++)
              plain = doc->span_of[k] < 0 && px_quotes_allowed_token (doc, k, sentence)
                      && !(is_word (doc, k) && lower_is (doc, k, "said", "says", "told", NULL));
            if (!plain)
              break;
            source->first = f;
            source->last = c - 1;
            /* "The report, published by the think tank Northfield
             * Institute, found": a document whose issuer the clause
             * names speaks for that issuer, its name read from its first
             * capital */
            if (IN (document_nouns, lower (doc, c - 1)) && is_word (doc, c + 2) && lower_is (doc, c + 2, "by", NULL)
                && !lower_is (doc, c + 1, "which", "who", "qui", "quien", "que", NULL))
              {
                guint name = c + 3;

                while (name + 1 < i - 1 && is_word (doc, name) && !(tok (doc, name)->flags & PX_LEXICON_TOKEN_CAPITAL))
                  name++;
                if (name < i - 1 && px_quotes_is_name_word (doc, name))
                  {
                    guint end = px_quotes_run_end_forward (doc, name);

                    if (end == i - 2)
                      {
                        source->first = name;
                        source->last = end;
                      }
                  }
              }
            return TRUE;
          }
    }
  /* "Un agente de la Guardia Civil que participó en la investigación
   * explicó que …": a Spanish subject opening the sentence with an
   * indefinite article, then a restrictive relative clause with no comma
   * up to the verb; the noun the clause ends on is no subject */
  if (!doc->capital_nouns && !doc->inflecting && is_word (doc, i - 1))
    {
      guint f = g_array_index (doc->sentences, Sentence, sentence).first;

      if (f + 3 < i && i <= f + 18 && is_word (doc, f) && lower_is (doc, f, "un", "una", "unos", "unas", NULL)
          && doc->span_of[f] < 0)
        for (guint q = f + 2; q + 2 < i; q++)
          {
            if (!px_quotes_allowed_token (doc, q, sentence) || !is_word (doc, q) || IN (speech_verbs, lower (doc, q)))
              break;
            if (lower_is (doc, q, "que", NULL))
              {
                gboolean plain = TRUE;

                for (guint k = q + 1; k < i && plain; k++)
                  plain = is_word (doc, k) && px_quotes_allowed_token (doc, k, sentence) && !lower_is (doc, k, "que", NULL);
                if (plain)
                  {
                    source->first = f;
                    source->last = q - 1;
                    return TRUE;
                  }
                break;
              }
          }
    }
  /* "ha emitido un comunicado en el que advierte …", "a publié un
   * communiqué dans lequel elle estime …" with no subject of its own: the
   * relative speaks for whoever issued the document */
  if (i >= 6 && is_word (doc, i - 1) && lower_is (doc, i - 1, "que", "cual", "lequel", "laquelle", NULL)
      && is_word (doc, i - 2) && lower_is (doc, i - 2, "el", "la", "los", "las", NULL)
      && is_word (doc, i - 3) && lower_is (doc, i - 3, "en", NULL)
      && is_word (doc, i - 4) && IN (document_nouns, lower (doc, i - 4))
      && is_word (doc, i - 5) && IN (determiners, lower (doc, i - 5))
      && is_word (doc, i - 6) && !IN (stop_words, lower (doc, i - 6))
      && px_quotes_allowed_token (doc, i - 6, sentence))
    return source_backward (doc, i - 6, sentence, source);
  {
    guint start = romance_institution_start (doc, i - 1, sentence);

    if (start != G_MAXUINT && start + 2 <= i - 1)
      {
        source->first = start;
        source->last = i - 1;
        /* as written, without its article: not a person one of its words
         * may name ("d'Ille-et-Vilaine" after "Pollution de la Vilaine") */
        source->speaker = px_quotes_slice (doc, romance_body (lower (doc, start)) ? start : start + 1, i - 1);
        /* "L'association …" is the association */
        if (g_str_has_prefix (source->speaker, "L'") || g_str_has_prefix (source->speaker, "l'"))
          memmove (source->speaker, source->speaker + 2, strlen (source->speaker + 2) + 1);
        else if (g_str_has_prefix (source->speaker, "L’") || g_str_has_prefix (source->speaker, "l’"))
          memmove (source->speaker, source->speaker + 4, strlen (source->speaker + 4) + 1);
        return TRUE;
      }
    start = russian_institution_subject (doc, i - 1, sentence);
    if (start != G_MAXUINT)
      {
        source->first = start;
        source->last = i - 1;
        source->speaker = px_quotes_slice (doc, start, i - 1);
        return TRUE;
      }
  }
  /* "Ein Hafenarbeiter am Burchardkai sagte", "Eine Anwohnerin aus
   * Hamburg sagte": a German indefinite noun opening the sentence, with the
   * place phrase that tells which one; the place is no speaker */
  if (doc->capital_nouns)
    {
      static const char * const indefinite[] = { "ein", "eine", "einer" };
      static const char * const places[] = { "am", "im", "aus", "vom", "von", "in", "bei", "an", "auf" };
      guint f = g_array_index (doc->sentences, Sentence, sentence).first;

      if (i >= f + 4 && is_word (doc, f) && px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), lower (doc, f))
          && is_word (doc, f + 1) && (tok (doc, f + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && doc->span_of[f + 1] < 0
          && is_word (doc, f + 2) && px_text_list_contains (places, G_N_ELEMENTS (places), lower (doc, f + 2))
          && !IN (spokes, lower (doc, f + 1)) && i <= f + 7)
        {
          gboolean plain = TRUE;

          for (guint k = f + 3; k < i && plain; k++)
            plain = is_word (doc, k) && px_quotes_allowed_token (doc, k, sentence)
                    && ((tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (german_articles, lower (doc, k)));
          if (plain)
            {
              source->first = f;
              source->last = f + 1;
              source->modifier_last = i - 1;
              return TRUE;
            }
        }
    }
  /* "… a forensic collision investigator, PC Lee Marsh, who said the car
   * …", "spoke to Anna Price, who told the BBC …": a relative pronoun
   * after a comma speaks for the name just before it */
  if (i > 3 && is_word (doc, i - 1) && strcmp (lower (doc, i - 1), "who") == 0 && is_punct (doc, i - 2, ',')
      && px_quotes_allowed_token (doc, i - 3, sentence) && px_quotes_is_name_word (doc, i - 3)
      && !IN (determiners, lower (doc, i - 3)))
    {
      static const char * const places[] = { "at", "in", "from", "of", "near", "outside", "inside", "on" };
      guint start = px_quotes_run_start_back (doc, i - 3);

      /* not "A customs officer at Sadakhlo, who asked not to be named,
       * said": a place, and a wish not to be named, tell nobody's words */
      if (start <= i - 3 && px_quotes_allowed_token (doc, start, sentence)
          && !(start > 0 && is_word (doc, start - 1) && px_text_list_contains (places, G_N_ELEMENTS (places), lower (doc, start - 1)))
          && !(is_word (doc, i + 1) && lower_is (doc, i + 1, "not", "to", NULL)))
        {
          source->first = start;
          source->last = i - 3;
          return TRUE;
        }
    }
  /* "Her death was announced by her family, who said …", "was backed by
   * the council, which said …": after a passive's "by", the noun before
   * the relative pronoun speaks */
  if (i > 5 && is_word (doc, i - 1) && lower_is (doc, i - 1, "who", "which", NULL) && is_punct (doc, i - 2, ',')
      && px_quotes_allowed_token (doc, i - 4, sentence) && is_word (doc, i - 3) && is_word (doc, i - 4)
      && (tok (doc, i - 3)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, lower (doc, i - 3))
      && (px_quotes_role_possessor (doc, i - 4) || lower_is (doc, i - 4, "the", NULL))
      && is_word (doc, i - 5) && strcmp (lower (doc, i - 5), "by") == 0)
    {
      source->first = i - 4;
      source->last = i - 3;
      return TRUE;
    }
  /* "Friends of the Earth said", "Save the Children said": a name of
   * capitalised words and lower-case links that fills the sentence up to
   * its verb is one institution, not its last word */
  {
    guint f = g_array_index (doc->sentences, Sentence, sentence).first;
    gboolean link = FALSE, plain = TRUE;

    for (guint k = f; k < i && plain; k++)
      {
        /* "Ecologistas en Acción criticó", "Médecins du Monde a dénoncé" */
        static const char * const links[] = {
          "the", "of", "for", "and", "without", "on", "en", "de", "del", "y", "du", "des", "sans", "pour",
        };

        if (!px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k))
          plain = FALSE;
        else if (!(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
          {
            plain = k > f && px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, k));
            link = TRUE;
          }
      }
    if (plain && link && i >= f + 3 && i <= f + 7 && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && !IN (determiners, lower (doc, f)) && !IN (not_name_words, lower (doc, f))
        && px_quotes_given_name_gender (lower (doc, f)) == 0 && px_quotes_find_person_by_part (doc, lower (doc, f), f) == NULL)
      {
        source->first = f;
        source->last = i - 1;
        return TRUE;
      }
  }
  /* "Fuentes del Ministerio consultadas por este periódico recordaron",
   * "sources quoted by Reuters said": a participle and its agent between
   * the subject and the verb */
  for (guint k = i - 1; k > 1 && k + 6 > i && px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k); k--)
    {
      const char *agent = lower (doc, k);
      const char *participle = lower (doc, k - 1);
      static const char * const endings[] = { "adas", "ados", "ada", "ado", "idas", "idos", "ées", "és", "ée", "ed" };
      gboolean past = FALSE;

      for (gsize e = 0; e < G_N_ELEMENTS (endings) && participle != NULL && !past; e++)
        past = g_str_has_suffix (participle, endings[e]) && strlen (participle) > strlen (endings[e]) + 3;
      if ((strcmp (agent, "por") == 0 || strcmp (agent, "par") == 0 || strcmp (agent, "by") == 0)
          && past && px_quotes_allowed_token (doc, k - 1, sentence) && k - 1 > 0 && px_quotes_allowed_token (doc, k - 2, sentence)
          && is_word (doc, k - 2) && !IN (stop_words, lower (doc, k - 2)))
        {
          if (anonymous_with_participle (doc, k - 2, k + 1, i, sentence, source))
            return TRUE;
          i = k - 1;
          break;
        }
    }
  /* "Jane Doe (Labour) said", "Sven Reuter (SPD) forderte": a bracketed
   * party or place label between the name and the verb */
  if (i >= 4 && is_punct (doc, i - 1, ')'))
    {
      guint k = i - 2;

      while (k > 0 && k + 5 > i && px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k))
        k--;
      if (k > 0 && is_punct (doc, k, '(') && k + 2 < i && px_quotes_allowed_token (doc, k - 1, sentence)
          && px_quotes_is_name_word (doc, k - 1))
        i = k;
    }
  /* "Miriam Okafor KC told": the letters after the name are no part of it */
  if (i >= 3 && is_word (doc, i - 1) && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_ALL_CAPS)
      && IN (post_nominals, lower (doc, i - 1))
      && px_quotes_allowed_token (doc, i - 2, sentence) && px_quotes_is_name_word (doc, i - 2) && px_quotes_is_name_word (doc, i - 3))
    i--;
  /* "A neighbour who raised the alarm said", "A man who lives opposite
   * said": an indefinite noun opening the sentence, and the relative
   * clause that tells which one, before the verb */
  {
    const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
    guint end = i;

    /* "A neighbour who filmed part of it on her phone, and who asked not
     * to be named, said": the clause between commas is no part of which
     * neighbour */
    if (i > range->first + 4 && is_punct (doc, i - 1, ','))
      for (guint c = i - 2; c > range->first && c + 14 > i && px_quotes_allowed_token (doc, c, sentence); c--)
        {
          if (!is_punct (doc, c, ','))
            {
              if (!is_word (doc, c))
                break;
              continue;
            }
          if (is_word (doc, c + 1) && (strcmp (lower (doc, c + 1), "who") == 0
                                       || (strcmp (lower (doc, c + 1), "and") == 0 && is_word (doc, c + 2)
                                           && strcmp (lower (doc, c + 2), "who") == 0)))
            end = c;
          break;
        }
    for (guint w = end - 1; w > range->first && w + 12 > end; w--)
      {
        guint d;

        gboolean participle;

        if (!px_quotes_allowed_token (doc, w, sentence) || !is_word (doc, w))
          break;
        /* "A man unloading garden waste at the site on Friday said": a
         * participle after the noun tells which one as a relative clause
         * does */
        participle = g_str_has_suffix (lower (doc, w), "ing") && g_utf8_strlen (lower (doc, w), -1) > 5
                     && (tok (doc, w)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, lower (doc, w));
        if (strcmp (lower (doc, w), "who") != 0 && !participle)
          continue;
        if (participle && !(w == range->first + 2 || (w == range->first + 3 && is_word (doc, w - 2)
                                                      && (tok (doc, w - 2)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)))
          continue;
        d = w - 1;
        while (d > range->first && d + 4 > w && is_word (doc, d) && (tok (doc, d)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
               && !IN (stop_words, lower (doc, d)) && !IN (determiners, lower (doc, d)))
          d--;
        if (d == range->first && d + 1 < w && is_word (doc, d)
            && lower_is (doc, d, "a", "an", "one", "another", NULL)
            && w + 2 < end)
          {
            source->first = d;
            source->last = end - 1;
            return TRUE;
          }
        break;
      }
  }
  /* "the father of three said", "a mother of two told": the count of
   * children belongs to the kin noun that is the subject */
  if (i >= 4 && px_quotes_allowed_token (doc, i - 3, sentence) && is_word (doc, i - 1) && is_word (doc, i - 2)
      && is_word (doc, i - 3) && strcmp (lower (doc, i - 2), "of") == 0)
    {
      static const char * const counts[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
      static const char * const kin[] = { "mother", "father", "parent", "grandmother", "grandfather", "mum", "dad", "mom" };

      if ((px_text_list_contains (counts, G_N_ELEMENTS (counts), lower (doc, i - 1))
           || (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_NUMBER) != 0)
          && px_text_list_contains (kin, G_N_ELEMENTS (kin), lower (doc, i - 3)))
        i -= 2;
    }
  i--;
  word = lower (doc, i);
  if (word == NULL)
    {
      /* "Laurence Broers, associate fellow at Chatham House, called …":
       * skip the apposition back to the name. */
      /* "He laughed, then added that …", "She paused, and said …": a
       * verb of gesture with no object between the subject and the cue
       * (the cue is the second verb of that subject) */
      if (is_punct (doc, i, ',') && !doc->capital_nouns && i >= 2 && i < verb && is_word (doc, i - 1)
          && px_quotes_allowed_token (doc, i - 2, sentence) && is_word (doc, i - 2)
          && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && g_str_has_suffix (lower (doc, i - 1), "ed")
          && !IN (speech_verbs, lower (doc, i - 1))
          && lower_is (doc, i - 1, "laughed", "smiled", "paused", "sighed", "shrugged", "nodded", "grinned", "winced",
                       "frowned", "hesitated", "chuckled", NULL)
          && (lower_is (doc, i - 2, "he", "she", "they", NULL)
              || (px_quotes_is_name_word (doc, i - 2) && !px_quotes_run_is_org (doc, px_quotes_run_start_back (doc, i - 2), i - 2))))
        {
          source->last = i - 2;
          if (lower_is (doc, i - 2, "he", "she", "they", NULL))
            {
              source->first = i - 2;
              source->pronoun = TRUE;
            }
          else
            source->first = px_quotes_run_start_back (doc, i - 2);
          return TRUE;
        }
      if (is_punct (doc, i, ',') || is_punct (doc, i, 0x2014))
        {
          guint k = i;

          /* "Margaret Doyle, whose father, Tom, was a client, said": the
           * relative clause may name someone in an apposition of its own;
           * the name before ", whose" is the subject */
          for (guint w = i; w > 2 && w + 30 > i && px_quotes_allowed_token (doc, w - 1, sentence); w--)
            if (is_word (doc, w - 1) && strcmp (lower (doc, w - 1), "whose") == 0)
              {
                if (w >= 4 && is_punct (doc, w - 2, ',') && px_quotes_allowed_token (doc, w - 3, sentence)
                    && px_quotes_is_name_word (doc, w - 3) && !px_quotes_run_is_org (doc, px_quotes_run_start_back (doc, w - 3), w - 3))
                  {
                    source->last = w - 3;
                    source->first = px_quotes_run_start_back (doc, w - 3);
                    return TRUE;
                  }
                break;
              }
          while (k > 0 && (px_quotes_allowed_token (doc, k - 1, sentence) || short_quote_in_incise (doc, k - 1, sentence))
                 && k + 26 > i && !is_punct (doc, k - 1, ',') && !is_punct (doc, k - 1, 0x2014))
            k--;
          /* "La concejala Valeria Ruiz Díaz, del bloque Rosario Posible,
           * sostuvo": a Spanish or French apposition opening on "de" tells
           * where the person is from; the capitalised words in it name
           * their party or body, and the name before the comma speaks */
          if (!doc->capital_nouns && !doc->inflecting && k > 2 && is_punct (doc, k - 1, ',') && is_word (doc, k)
              && lower_is (doc, k, "del", "de", "du", "des", NULL) && px_quotes_allowed_token (doc, k - 2, sentence)
              && px_quotes_is_name_word (doc, k - 2)
              && !px_quotes_run_is_org (doc, px_quotes_run_start_back (doc, k - 2), k - 2))
            {
              source->last = k - 2;
              source->first = px_quotes_run_start_back (doc, k - 2);
              return TRUE;
            }
          /* "Karen Ellis, 46, of Station Road, Dunmore, told": an address
           * in two parts, street then town, after the name and its age */
          if (k > 5 && is_punct (doc, k - 1, ',') && px_quotes_is_name_word (doc, k)
              && px_quotes_run_end_forward (doc, k) == i - 1)
            {
              guint c = k - 2;

              while (c > 0 && c + 8 > k && px_quotes_allowed_token (doc, c, sentence) && !is_punct (doc, c, ','))
                c--;
              if (c > 1 && c + 2 < k - 1 && is_punct (doc, c, ',') && is_word (doc, c + 1)
                  && lower_is (doc, c + 1, "of", "from", NULL)
                  && px_quotes_is_name_word (doc, c + 2))
                {
                  guint n = c - 1;

                  if (n >= 3 && (tok (doc, n)->flags & PX_LEXICON_TOKEN_NUMBER) && is_punct (doc, n - 1, ','))
                    n -= 2;
                  if (px_quotes_allowed_token (doc, n, sentence) && px_quotes_is_name_word (doc, n))
                    {
                      source->last = n;
                      source->first = px_quotes_run_start_back (doc, n);
                      return TRUE;
                    }
                }
            }
          /* "Tom Baker, 45, a bus driver from Leeds, said", "Amy Lee, 19,
           * who uses the route daily, said": an age between the name and
           * its description */
          if (k > 4 && is_punct (doc, k - 1, ',') && px_quotes_allowed_token (doc, k - 2, sentence)
              && (tok (doc, k - 2)->flags & PX_LEXICON_TOKEN_NUMBER) && is_punct (doc, k - 3, ',')
              && px_quotes_allowed_token (doc, k - 4, sentence) && px_quotes_is_name_word (doc, k - 4))
            {
              source->last = k - 4;
              source->first = px_quotes_run_start_back (doc, k - 4);
              return TRUE;
            }
          /* "Rep. Maria Delgado, D-Calif., who chairs …, said": a US
           * party and state tag between the name and its description */
          if (k > 3 && is_punct (doc, k - 1, ','))
            {
              guint c = k - 2;

              while (c > 0 && c + 5 > k && px_quotes_allowed_token (doc, c, sentence) && !is_punct (doc, c, ','))
                c--;
              if (c >= 2 && c + 2 < k && is_punct (doc, c, ',') && px_quotes_allowed_token (doc, c - 1, sentence)
                  && px_quotes_is_name_word (doc, c - 1))
                {
                  g_autofree char *tag = px_quotes_slice (doc, c + 1, k - 2);

                  if (strlen (tag) >= 3 && strlen (tag) <= 10 && strchr ("DRI", tag[0]) != NULL && tag[1] == '-'
                      && g_ascii_isupper (tag[2]))
                    {
                      source->last = c - 1;
                      source->first = px_quotes_run_start_back (doc, c - 1);
                      return TRUE;
                    }
                }
            }
          if (k > 1 && (is_punct (doc, k - 1, ',') || is_punct (doc, k - 1, 0x2014))
              && px_quotes_allowed_token (doc, k - 2, sentence) && is_word (doc, k - 2))
            {
              /* "its director, Gemma Shah, said": the name between the commas
               * speaks; "Der Landrat des Kreises Kusel, Thomas Albrecht
               * (CDU), kündigte an": with its party in brackets */
              guint end = i - 1;

              if (is_punct (doc, end, ')') && end > k + 2)
                {
                  guint open = end - 1;

                  while (open > k && open + 5 > end && !is_punct (doc, open, '('))
                    open--;
                  if (is_punct (doc, open, '(') && open > k)
                    end = open - 1;
                }
              if ((px_quotes_is_name_word (doc, k) || px_quotes_is_title (doc, k)) && px_quotes_run_end_forward (doc, k) == end
                  && (end > k || (px_quotes_is_name_word (doc, k) && (tok (doc, k - 2)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
                      || (px_quotes_is_name_word (doc, k) && (tok (doc, k - 2)->flags & PX_LEXICON_TOKEN_ALL_CAPS) != 0)))
                {
                  source->first = k;
                  source->last = end;
                  return TRUE;
                }
              /* "Another analyst, Tom Whitcombe at Barrow Capital, said": the
               * name between the commas speaks, where it works does not */
              if (px_quotes_is_name_word (doc, k))
                {
                  guint run_end = px_quotes_run_end_forward (doc, k);

                  if (run_end > k && run_end + 2 <= end && is_word (doc, run_end + 1)
                      && lower_is (doc, run_end + 1, "at", "of", "von", "vom", NULL)
                      && !px_quotes_run_is_org (doc, k, run_end))
                    {
                      source->first = k;
                      source->last = run_end;
                      return TRUE;
                    }
                }
              /* "The leader of the opposition, Conservative councillor Mark
               * Felton, replied": a described name between the commas */
              if (px_quotes_is_name_word (doc, i - 1) && !doc->capital_nouns)
                {
                  guint r = px_quotes_run_start_back (doc, i - 1);
                  /* "A second rebel, the backbencher Helen Cartwright, said";
                   * "El técnico de Halcones, el argentino Martín
                   * Echeverría, reconoció" */
                  guint opening = k + (is_word (doc, k) && lower_is (doc, k, "the", "a", "an", "his", "her", "its", "their",
                                                                     "el", "la", "un", "una", "le", "une", NULL) ? 1 : 0);
                  gboolean plain = (r > opening || (r == opening && opening > k)) && r <= k + 4;

                  /* but "Le géologue Antoine Bellamy, chercheur à
                   * l'université Savoie Mont Blanc, rappelle": a name after
                   * a preposition is where the person works, and the name
                   * before the comma speaks */
                  for (guint w = opening; w < r && plain; w++)
                    plain = is_word (doc, w) && !IN (stop_words, lower (doc, w)) && !IN (speech_verbs, lower (doc, w))
                            && !IN (agent_words, lower (doc, w))
                            && !lower_is (doc, w, "à", "au", "aux", "chez", "auprès", "en", "l", "l'", "l’", "d", "d'", "d’",
                                          "sur", "pour", "par", "al", "con", "para", NULL)
                            && !g_str_has_prefix (lower (doc, w), "l'") && !g_str_has_prefix (lower (doc, w), "l’");
                  if (plain && r < i - 1)
                    {
                      source->first = r;
                      source->last = i - 1;
                      return TRUE;
                    }
                }
              /* "TREND, citing the press service of …, reported": the cited source speaks. */
              if (lower_is (doc, k, "citing", NULL) && px_quotes_source_forward (doc, k + 1, sentence, source))
                return TRUE;
              if (px_quotes_is_name_word (doc, k - 2) || (tok (doc, k - 2)->flags & PX_LEXICON_TOKEN_ALL_CAPS))
                {
                  source->last = k - 2;
                  source->first = px_quotes_run_start_back (doc, k - 2);
                  extend_back_over_place (doc, source, sentence);
                  return TRUE;
                }
              /* "Officials at the ministry, speaking on condition of
               * anonymity, said": the phrase that opens the sentence.
               * "Un conseiller de l'Élysée, cité par Le Monde, affirme" */
              if (is_word (doc, k) && (g_str_has_suffix (lower (doc, k), "ing")
                                       || px_text_list_contains (reported_participles, G_N_ELEMENTS (reported_participles), lower (doc, k)))
                  && !doc->capital_nouns)
                {
                  guint head = k - 2;
                  guint d = head;

                  while (d > 0 && d + 6 > head && px_quotes_allowed_token (doc, d - 1, sentence) && is_word (doc, d - 1)
                         && !IN (speech_verbs, lower (doc, d - 1)))
                    d--;
                  if ((d == 0 || !px_quotes_allowed_token (doc, d - 1, sentence))
                      && (IN (group_nouns, lower (doc, d)) || IN (group_nouns, lower (doc, head))
                          /* "A senior administration official, speaking on condition of anonymity, said" */
                          || (d < head && lower_is (doc, d, "a", "an", "one", "two", "un", "une", "another", "uno", "una", NULL))
                          /* "The tenants, led by Joan Whitby, say": a group named by a plural */
                          || (d < head && lower_is (doc, d, "the", NULL) && g_str_has_suffix (lower (doc, head), "s")
                              && (tok (doc, head)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)))
                    {
                      source->first = d;
                      source->last = head;
                      return TRUE;
                    }
                }
              /* "A senior EU diplomat, who spoke on condition of anonymity, said" */
              if (is_word (doc, k) && lower_is (doc, k, "who", "which", "que", "qui", "quien", NULL))
                {
                  guint head = k - 2;
                  guint d = head;

                  /* "A SkyLark pilot with twelve years at the airline, who
                   * asked not to be named, described": an indefinite noun
                   * opening the sentence, with the phrases that tell which
                   * one, up to the comma */
                  {
                    static const char * const indefinite[] = { "a", "an", "one", "another", "un", "une", "uno", "una" };
                    const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
                    guint e = head;

                    gboolean preposition = FALSE;

                    while (e > range->first && e + 12 > head && px_quotes_allowed_token (doc, e - 1, sentence)
                           && (is_word (doc, e - 1) || (tok (doc, e - 1)->flags & PX_LEXICON_TOKEN_NUMBER))
                           && !IN (speech_verbs, lower (doc, e - 1)) && !IN (pronouns_person, lower (doc, e - 1))
                           && !IN (pronouns_group, lower (doc, e - 1)))
                      {
                        e--;
                        preposition = preposition || (e > range->first && IN (stop_words, lower (doc, e)));
                      }
                    if (e == range->first && preposition && e + 3 < head && is_word (doc, e)
                        && px_text_list_contains (indefinite, G_N_ELEMENTS (indefinite), lower (doc, e))
                        && !IN (stop_words, lower (doc, e + 1)) && !px_quotes_is_name_word (doc, head))
                      {
                        guint noun = e + 1;

                        /* the head noun is the one before the first preposition */
                        while (noun + 1 < head && !IN (stop_words, lower (doc, noun + 1)))
                          noun++;
                        source->first = e;
                        source->last = noun;
                        source->modifier_last = head;
                        return TRUE;
                      }
                  }
                  /* "Una conductora de 52 años, que …": back over the
                   * complement to the article */
                  {
                    guint e = head;

                    while (e > 0 && e + 6 > head && px_quotes_allowed_token (doc, e - 1, sentence) && is_word (doc, e - 1)
                           && !IN (determiners, lower (doc, e - 1)) && !IN (speech_verbs, lower (doc, e - 1))
                           && (!IN (stop_words, lower (doc, e - 1)) || IN (of_words, lower (doc, e - 1))))
                      e--;
                    if ((e < head || (e == head && e > 0 && is_word (doc, e - 1) && lower_is (doc, e - 1, "another", NULL)))
                        && e > 0 && px_quotes_allowed_token (doc, e - 1, sentence) && is_word (doc, e - 1)
                        && IN (determiners, lower (doc, e - 1)) && !IN (of_words, lower (doc, e)))
                      {
                        source->first = e - 1;
                        source->last = head;
                        return TRUE;
                      }
                  }

                  while (d > 0 && d + 6 > head && px_quotes_allowed_token (doc, d - 1, sentence) && is_word (doc, d - 1)
                         && !IN (stop_words, lower (doc, d - 1)))
                    d--;
                  if (d > 0 && px_quotes_allowed_token (doc, d - 1, sentence) && is_word (doc, d - 1)
                      && IN (stop_words, lower (doc, d - 1)))
                    {
                      source->first = d - 1;
                      source->last = head;
                      return TRUE;
                    }
                }
              /* "La fille d'une résidente, partie civile, a expliqué", "The
               * driver's sister, a nurse, said": a short apposition in lower
               * case between commas after a phrase that opens the sentence
               * with its article; that phrase speaks */
              if (k + 4 >= i && k + 1 < i && k >= 3)
                {
                  gboolean plain = TRUE;
                  guint head = k - 2, e = head;

                  for (guint w = k; w < i && plain; w++)
                    plain = is_word (doc, w) && (tok (doc, w)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                            && !IN (speech_verbs, lower (doc, w)) && !IN (agent_words, lower (doc, w))
                            && !g_str_has_suffix (lower (doc, w), "ing") && strcmp (lower (doc, w), "qui") != 0
                            && strcmp (lower (doc, w), "que") != 0 && strcmp (lower (doc, w), "who") != 0;
                  while (plain && e > 0 && e + 6 > head && px_quotes_allowed_token (doc, e - 1, sentence) && is_word (doc, e - 1)
                         && !IN (determiners, lower (doc, e - 1)) && !IN (speech_verbs, lower (doc, e - 1))
                         && (tok (doc, e - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                         && (!IN (stop_words, lower (doc, e - 1)) || IN (of_words, lower (doc, e - 1))))
                    e--;
                  if (plain && e <= head && e > 0 && is_word (doc, e - 1) && IN (determiners, lower (doc, e - 1))
                      && (tok (doc, e - 1)->flags & PX_LEXICON_TOKEN_SENT_START) && !IN (of_words, lower (doc, e))
                      && (tok (doc, head)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
                    {
                      source->first = e - 1;
                      source->last = head;
                      return TRUE;
                    }
                }
            }
        }
      return FALSE;
    }
  if (IN (pronouns_person, word) || IN (pronouns_group, word))
    {
      source->first = source->last = i;
      source->pronoun = TRUE;
      return TRUE;
    }
  /* "…, ha añadido la regidora, que ha pedido …", "the mayor, who said":
   * a relative pronoun's speaker is the phrase before its comma */
  if ((strcmp (word, "que") == 0 || strcmp (word, "qui") == 0 || strcmp (word, "quien") == 0)
      && i > 1 && is_punct (doc, i - 1, ',') && px_quotes_allowed_token (doc, i - 2, sentence) && is_word (doc, i - 2))
    return source_backward (doc, i - 1, sentence, source);
  /* "…, it added", "It said": an institution speaking again */
  if (strcmp (word, "it") == 0 && (i == 0 || !px_quotes_allowed_token (doc, i - 1, sentence) || is_punct (doc, i - 1, ',')
                                   || (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START)
                                   /* '"…," it reads' */
                                   || ((doc->span_of[i - 1] >= 0 || (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_QUOTE))
                                       && i + 1 < doc->tokens->len && lower_is (doc, i + 1, "reads", "read", NULL))))
    {
      source->first = source->last = i;
      source->pronoun = TRUE;
      return TRUE;
    }
  if (px_quotes_is_name_word (doc, i) || ((tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && !IN (not_name_words, word)))
    {
      guint k;

      source->last = i;
      source->first = px_quotes_run_start_back (doc, i);
      (void) k;
      extend_back_over_place (doc, source, sentence);
      extend_back_over_complement (doc, source, sentence);
      study_by_name (doc, source, sentence);
      return TRUE;
    }
  /* "the report said": a noun that is also a verb, after an article */
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (stop_words, word)
      && (!IN (speech_verbs, word) || (IN (document_nouns, word) && i > 0 && is_word (doc, i - 1)
                                       && IN (determiners, lower (doc, i - 1))))
      /* "Die 54-Jährige kündigte an": an age noun is a role */
      && ((tok (doc, i)->flags & PX_LEXICON_TOKEN_NUMBER) == 0 || px_quotes_age_in_word (word) != 0))
    {
      /* A role or group: read back to its determiner, over the apostrophe
       * of a plural possessive ("the parents' groups said"). */
      guint k = i;
      gboolean opener = FALSE;

      while (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && k + 6 > i
             && ((is_word (doc, k - 1) && !IN (stop_words, lower (doc, k - 1)) && !IN (speech_verbs, lower (doc, k - 1)))
                 || (k > 1 && !is_word (doc, k - 1) && (tok_char (doc, k - 1) == '\'' || tok_char (doc, k - 1) == 0x2019)
                     && is_word (doc, k - 2) && g_str_has_suffix (lower (doc, k - 2), "s")
                     && tok (doc, k - 2)->end == tok (doc, k - 1)->start && space_after (doc, k - 1))))
        k--;
      /* "Une habitante du quartier a déclaré", "Una vecina del barrio
       * dijo", "Un élu de l'opposition estime": a preposition fused with
       * its article, or an article elided onto its noun, opens the source
       * only when an unnamed person before it completes the phrase */
      if (i > 1 && px_quotes_allowed_token (doc, i - 1, sentence) && is_word (doc, i - 1)
          && (lower_is (doc, i - 1, "du", "des", "del", NULL)
              || ((g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "l’")) && lower_is (doc, i - 1, "de", NULL))))
        {
          guint first = source->first, last = source->last;

          source->first = lower_is (doc, i - 1, "de", NULL) ? i : i - 1;
          source->last = i;
          extend_back_over_complement (doc, source, sentence);
          if (source->first + 1 < i)
            return TRUE;
          source->first = first;
          source->last = last;
        }
      if (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
          && (lower_is (doc, k - 1, "the", "its", "his", "her", "a", "an", "their", "one", NULL)
              /* "Die 54-Jährige", "Der Sprecher" */
              || (doc->capital_nouns && IN (german_articles, lower (doc, k - 1)))
              /* "Le syndicat a assuré que", "El ministerio ha explicado
               * que", "Los sindicatos han denunciado que": a Romance
               * subject before its verb */
              || (px_text_list_contains (romance_determiners, G_N_ELEMENTS (romance_determiners), lower (doc, k - 1))
                  && !adjectival_participle (doc, i, verb))))
        {
          source->first = k - 1;
          source->last = i;
          /* "a move consumer groups say": "a" cannot determine a plural
           * group; it belonged to the noun before it */
          if ((IN (group_nouns, word) || (g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss"))) && k + 1 < i
              && lower_is (doc, k - 1, "a", "an", "one", NULL))
            {
              source->first = k + 1;
              return TRUE;
            }
          /* "Armenians in the region", "the press service of the ministry" */
          if (source->first >= 2 && px_quotes_allowed_token (doc, source->first - 2, sentence)
              && is_word (doc, source->first - 1)
              && lower_is (doc, source->first - 1, "of", "in", NULL))
            {
              guint head = source->first - 2;

              if (px_quotes_is_name_word (doc, head) || IN (group_nouns, lower (doc, head)))
                source->first = px_quotes_is_name_word (doc, head) ? px_quotes_run_start_back (doc, head) : head;
            }
          extend_back_over_complement (doc, source, sentence);
          /* "She and her colleagues wrote", "Obi and her team said": the
           * person named first leads the group and speaks */
          if (source->first >= 2 && px_quotes_allowed_token (doc, source->first - 2, sentence) && is_word (doc, source->first - 1)
              && strcmp (lower (doc, source->first - 1), "and") == 0
              && lower_is (doc, source->first, "his", "her", NULL)
              && (IN (pronouns_person, lower (doc, source->first - 2)) || px_quotes_is_name_word (doc, source->first - 2)))
            {
              guint who = source->first - 2;

              if (IN (pronouns_person, lower (doc, who)))
                {
                  source->first = source->last = who;
                  source->pronoun = TRUE;
                }
              else
                {
                  source->last = who;
                  source->first = px_quotes_run_start_back (doc, who);
                }
              return TRUE;
            }
          extend_back_over_familiar (doc, source, sentence);
          return TRUE;
        }
      /* "even ministers concede": a focus adverb is not part of the group */
      {
        static const char * const focus[] = { "even", "only", "also", "still", "now", "too", "just" };

        while (k < i && px_text_list_contains (focus, G_N_ELEMENTS (focus), lower (doc, k)))
          k++;
        /* ", a move consumer groups say": "a" cannot determine a plural
         * group; it and its noun are the clause before */
        if (IN (group_nouns, word) && k + 2 < i
            && lower_is (doc, k, "a", "an", NULL))
          k += 2;
      }
      /* "after a group of conservative senators said", "when opposition
       * lawmakers said": a plural noun phrase right after a collective
       * noun and "of", or opening a clause after a subordinator, is the
       * subject of the verb */
      if (k > 2 && g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss")
          && px_quotes_allowed_token (doc, k - 3, sentence) && is_word (doc, k - 1) && is_word (doc, k - 2) && is_word (doc, k - 3)
          && strcmp (lower (doc, k - 1), "of") == 0
          && lower_is (doc, k - 2, "group", "number", "coalition", "delegation", "handful", "couple", "majority", "minority", "bloc", NULL)
          && lower_is (doc, k - 3, "a", "an", "the", "one", "another", NULL))
        {
          source->first = k - 3;
          source->last = i;
          return TRUE;
        }
      if (k > 0 && k < i && g_str_has_suffix (word, "s") && !g_str_has_suffix (word, "ss")
          && px_quotes_allowed_token (doc, k - 1, sentence) && is_word (doc, k - 1)
          && lower_is (doc, k - 1, "after", "as", "when", "because", "while", "since", "before", "although", "though",
                       "until", "once", "but", NULL)
          && (tok (doc, k)->flags & (PX_LEXICON_TOKEN_NUMBER | PX_LEXICON_TOKEN_CAPITAL)) == 0)
        {
          source->first = k;
          source->last = i;
          return TRUE;
        }
      /* "При этом наставник признал", "Однако наставник отметил", "В итоге
       * тренер добавил": a Russian connective opening the sentence is no
       * part of the role after it */
      if (px_quotes_is_cyrillic_word (doc, i))
        while (k < i && is_word (doc, k)
               && lower_is (doc, k, "при", "этом", "кроме", "того", "вместе", "с", "тем", "в", "то", "же", "время",
                            "однако", "также", "впрочем", "итоге", "свою", "очередь", "затем", "потом", "позже",
                            "позднее", "тогда", NULL))
          {
            k++;
            opener = TRUE;
          }
      /* "In a written response, police headquarters said": a bare noun
       * phrase opening the clause is its subject; a possessive name
       * makes it longer ("South Africa's transport ministry said"). */
      if ((k + 3 > i || (k + 5 > i && possessive_in (doc, k, i)))
          && (k == 0 || !px_quotes_allowed_token (doc, k - 1, sentence) || is_punct (doc, k - 1, ',') || opener)
          && (tok (doc, k)->flags & PX_LEXICON_TOKEN_NUMBER) == 0 && !g_str_has_suffix (word, "ing"))
        {
          source->first = k;
          source->last = i;
          return TRUE;
        }
      if (IN (group_nouns, word) || (k < i && px_quotes_looks_demonym (doc, k)) || (k > 0 && px_quotes_looks_demonym (doc, k - 1)))
        {
          source->first = (k > 0 && px_quotes_allowed_token (doc, k - 1, sentence) && px_quotes_looks_demonym (doc, k - 1)) ? k - 1 : k;
          source->last = i;
          return IN (group_nouns, word);
        }
    }
  return FALSE;
}


/* "a annoncé jeudi la préfecture", "ha explicado este lunes el alcalde":
 * a day between an inverted verb and its subject. Returns the token after
 * it, or @i. */
/* "— сказала в прениях гособвинитель", "— заявил на пресс-конференции
 * тренер", "— сказал после матча Name": a Russian phrase naming the
 * occasion of the words between the verb and its subject says when or
 * where, not who. Returns the token after it when a word follows, or @i. */
static guint
russian_occasion_after_verb (Doc  *doc,
                             guint i,
                             gint  sentence)
{
  static const char * const occasions[] = {
    "прени", "заседани", "суде", "пресс-конференци", "конференци", "брифинг", "интервью", "комментари",
    "бесед", "эфир", "допрос", "совещани", "планерк", "встреч", "матч", "игры", "игре", "разговор",
    "выступлени", "слове", "трансляци",
  };
  guint k = i;

  if (!px_quotes_is_cyrillic_word (doc, k) || !px_quotes_allowed_token (doc, k, sentence)
      || !lower_is (doc, k, "в", "во", "на", "после", "перед", NULL))
    return i;
  k++;
  /* one adjective: "на послематчевой пресс-конференции", "в последнем слове" */
  for (guint n = 0; n < 2; n++, k++)
    {
      if (!px_quotes_allowed_token (doc, k, sentence) || !px_quotes_is_cyrillic_word (doc, k)
          || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
        return i;
      if (px_text_list_has_prefix (occasions, G_N_ELEMENTS (occasions), lower (doc, k)))
        break;
      if (n == 1)
        return i;
    }
  k++;
  return px_quotes_allowed_token (doc, k, sentence) && px_quotes_is_cyrillic_word (doc, k) ? k : i;
}

static guint
skip_time_words (Doc  *doc,
                 guint i,
                 gint  sentence)
{
  static const char * const days[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer",
  };
  static const char * const parts[] = { "matin", "soir", "après-midi", "midi", "dernier", "mañana", "tarde", "noche", "pasado" };
  /* "estime pour sa part le président …", "a réagi de son côté …",
   * "señaló por su parte el alcalde", "sagte seinerseits …": a discourse
   * adverbial between the verb and its inverted subject */
  static const char * const turn[][4] = {
    { "pour", "sa", "part", NULL }, { "pour", "leur", "part", NULL }, { "de", "son", "côté", NULL },
    { "de", "leur", "côté", NULL }, { "quant", "à", "lui", NULL }, { "quant", "à", "elle", NULL },
    { "por", "su", "parte", NULL }, { "a", "su", "vez", NULL }, { "seinerseits", NULL, NULL, NULL },
    { "ihrerseits", NULL, NULL, NULL }, { "in", "turn", NULL, NULL },
  };
  guint k = i;

  if (doc->inflecting)
    {
      k = russian_occasion_after_verb (doc, i, sentence);
      if (k != i)
        return k;
    }
  for (gsize t = 0; t < G_N_ELEMENTS (turn); t++)
    {
      guint n = 0;

      while (n < 3 && turn[t][n] != NULL && px_quotes_allowed_token (doc, k + n, sentence) && is_word (doc, k + n)
             && strcmp (lower (doc, k + n), turn[t][n]) == 0)
        n++;
      if (n > 0 && (n == 3 || turn[t][n] == NULL) && px_quotes_allowed_token (doc, k + n, sentence) && is_word (doc, k + n))
        {
          k += n;
          i = k;
          break;
        }
    }

  if (px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k)
      /* "lamentaba el domingo un agricultor": the article before a day too */
      && lower_is (doc, k, "este", "esta", "ce", "el", NULL)
      && px_quotes_allowed_token (doc, k + 1, sentence) && is_word (doc, k + 1)
      && px_text_list_contains (days, G_N_ELEMENTS (days), lower (doc, k + 1)))
    k++;
  if (!px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k) || !px_text_list_contains (days, G_N_ELEMENTS (days), lower (doc, k)))
    return i;
  k++;
  while (px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k) && px_text_list_contains (parts, G_N_ELEMENTS (parts), lower (doc, k)))
    k++;
  return px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k) ? k : i;
}
static gboolean may_cue_at (Doc *doc, guint i);

/* Role nouns a sentence may open with when it speaks of someone ("The
 * mayor was unimpressed."), besides titles */
static const char * const role_heads_plain[] = {
  "mayor", "minister", "judge", "coach", "manager", "captain", "striker", "doctor", "prosecutor", "lawyer",
  "chairman", "chairwoman", "chair", "director", "teacher", "officer", "detective", "president", "governor",
  "édile", "maire", "ministre", "juge", "entraîneur", "procureur", "avocat", "avocate", "préfet", "préfète",
};
static GHashTable *role_heads_plain_set;

/* Whether a person other than @speaker is named, outside quotation marks,
 * in the sentences strictly between tokens @from and @to. */
static gboolean
other_person_between (Doc        *doc,
                      const char *speaker,
                      guint       from,
                      guint       to)
{
  guint first_sentence = doc->token_sentence[from] + 1;
  guint last_sentence = doc->token_sentence[to];

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->org || g_strcmp0 (person->name, speaker) == 0)
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        {
          guint token = g_array_index (person->mentions, guint, m);

          if (token > from && token < to && doc->span_of[token] < 0
              && doc->token_sentence[token] >= first_sentence && doc->token_sentence[token] < last_sentence)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether token @i, outside any quote, is a reporting verb or opens an
 * "according to": where a walk back for the last speaker looks for cues. */
static gboolean
may_cue_at (Doc  *doc,
            guint i)
{
  return doc->span_of[i] < 0 && is_word (doc, i)
         && (IN (speech_verbs, lower (doc, i)) || according_length (doc, i) > 0
             /* German verbs that report only in one construction, which
              * px_quotes_is_speech_verb() checks: "sprach von „…“",
              * "rief … auf, …", "warf … vor, …" */
             || (doc->capital_nouns
                 && lower_is (doc, i, "sprach", "spricht", "sprachen", "rief", "riefen", "ruft", "warf", "warfen", "wirft", NULL)));
}

/* Gives @out the speaker, description and person @from resolved to. */
static void
source_take_speaker (Source *out,
                     Source *from)
{
  g_free (out->speaker);
  g_free (out->description);
  out->speaker = g_steal_pointer (&from->speaker);
  out->description = g_steal_pointer (&from->description);
  out->person = from->person;
}

/* The person sentence @sentence opens with, when it reports no speech,
 * holds no quotation and is in the paragraph of token @at: "The mayor was
 * unimpressed.", "L'édile, lui, reste prudent.", "Shaw disagreed." */
static Person *
sentence_topic (Doc  *doc,
                gint  sentence,
                guint at)
{
  const Sentence *range;
  Source subject = { 0, };
  Person *person = NULL;

  if (sentence < 0 || (guint) sentence >= doc->sentences->len)
    return NULL;
  range = &g_array_index (doc->sentences, Sentence, sentence);
  if (doc->token_segment[range->first] != doc->token_segment[at] || range->last >= at)
    return NULL;
  for (guint k = range->first; k <= range->last; k++)
    {
      /* "L'accusé, lui, nie toujours les faits": denying the charges
       * reports no words, whatever else the verb may cue */
      static const char * const denials[] = { "nie", "denies", "denied", "niega", "bestreitet", "bestritt" };
      static const char * const clause_starts[] = { "que", "qu'", "qu’", "that", "dass", "avoir", "having", "haber" };

      if (is_word (doc, k) && px_text_list_contains (denials, G_N_ELEMENTS (denials), lower (doc, k))
          && k + 2 <= range->last && is_word (doc, k + 1) && is_word (doc, k + 2)
          && !px_text_list_contains (clause_starts, G_N_ELEMENTS (clause_starts), lower (doc, k + 1)))
        continue;
      if (doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE) || may_cue_at (doc, k))
        return NULL;
    }
  /* "The mayor", "L'édile": a definite role of one or two words */
  if (is_word (doc, range->first) && (is_definite (lower (doc, range->first))
                                      || g_str_has_prefix (lower (doc, range->first), "l'")
                                      || g_str_has_prefix (lower (doc, range->first), "l’")))
    {
      guint last = range->first;

      if (!g_str_has_prefix (lower (doc, range->first), "l'") && !g_str_has_prefix (lower (doc, range->first), "l’"))
        last++;
      /* German writes every noun with a capital: "Der Angeklagte hatte …" */
      /* "L'accusé" opening the sentence: the capital is the article's */
      if (last > range->last || !is_word (doc, last)
          || ((tok (doc, last)->flags & PX_LEXICON_TOKEN_CAPITAL) && !doc->capital_nouns && last != range->first)
          || !(px_quotes_is_title (doc, last) || IN_SET (role_heads_plain, lower (doc, last))
               || (doc->capital_nouns && lower_is (doc, last, "angeklagte", "beschuldigte", NULL))
               || g_str_has_prefix (lower (doc, range->first), "l'") || g_str_has_prefix (lower (doc, range->first), "l’")))
        return NULL;
      subject.first = range->first;
      subject.last = last;
      px_quotes_resolve_source (doc, &subject);
      person = subject.person;
      px_quotes_source_clear (&subject);
      return person;
    }
  return NULL;
}

static gboolean refers_to_person (Doc *doc, guint first, guint last);
static gboolean is_role_head (const char *word);
static gboolean coordinated_subject (Doc *doc, guint i, gint sentence, Source *out);

/* "the local fishermen's cooperative": the last phrase before @before,
 * outside quotation marks and in an earlier sentence, that ends in the
 * lower-case noun at @head with one to four modifiers before it (no
 * article, no verb); without its article. With @bare, the noun alone
 * after its article ("the council") will do too. */
static char *
earlier_phrase_with_head (Doc      *doc,
                          guint     before,
                          guint     head,
                          gboolean  bare)
{
  const char *noun = lower (doc, head);
  guint sentence = doc->token_sentence[before];

  for (guint t = before; t > 1; t--)
    {
      guint h = t - 1;
      guint start = h;

      if (doc->token_sentence[h] == sentence || !is_word (doc, h) || doc->span_of[h] >= 0
          || (tok (doc, h)->flags & PX_LEXICON_TOKEN_CAPITAL) || strcmp (lower (doc, h), noun) != 0)
        continue;
      while (start > 0 && start + 4 > h && is_word (doc, start - 1) && doc->token_sentence[start - 1] == doc->token_sentence[h]
             && !IN (determiners, lower (doc, start - 1)) && !IN (stop_words, lower (doc, start - 1))
             && !IN (speech_verbs, lower (doc, start - 1)) && !IN (of_words, lower (doc, start - 1))
             && !(tok (doc, start - 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
        start--;
      if ((start == h && !bare) || start == 0 || !is_word (doc, start - 1) || !IN (determiners, lower (doc, start - 1)))
        return NULL;
      return px_quotes_slice (doc, start, h);
    }
  return NULL;
}

/* The name the article last wrote after a definite article ("Der VfL
 * Bochum", "the BBC"), in this paragraph or the one before: people's names
 * take no article, so that is an institution. */
static Person *
last_name_with_article (Doc   *doc,
                        guint  before)
{
  Person *best = NULL;
  guint best_at = 0;
  guint paragraph = doc->token_segment[before];

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person->gender != 0)
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        {
          guint at = g_array_index (person->mentions, guint, m);

          if (at >= before || at == 0 || doc->span_of[at] >= 0 || doc->token_segment[at] + 1 < paragraph
              || !is_word (doc, at - 1) || !is_definite (lower (doc, at - 1)) || (best != NULL && at < best_at))
            continue;
          best = person;
          best_at = at;
        }
    }
  return best;
}

/* Whether token @i is where the article names someone or something:
 * "Kettering", "Fleming" open a sentence as a surname, not as a
 * participle ("Speaking, …"). */
static gboolean
person_mentioned_at (Doc  *doc,
                     guint i)
{
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      for (guint m = 0; m < person->mentions->len; m++)
        if (g_array_index (person->mentions, guint, m) == i)
          return TRUE;
    }
  return FALSE;
}

/* What a sentence opens with as its grammatical subject, for the salience
 * walk below. */
typedef enum {
  OPENING_OTHER,    /* a thing, an institution, nothing readable: no person */
  OPENING_PRONOUN,  /* "She accepted …": the person talked of before goes on */
  OPENING_PERSON,   /* a person named or described */
  OPENING_QUOTE,    /* quotation marks: who speaks there is the cue's business */
  OPENING_ANONYMOUS, /* someone unnamed: "A neighbour who …" */
} Opening;

/* The subject a sentence opens with, past a fronted adjunct ("In a post on
 * X, …", "Under cross-examination by Y, …", "Giving evidence, …") and a
 * leading conjunction: a person's name, with the titles before it ("Mayor
 * Sven Reuter"), or a definite description of a person ("The Frenchman
 * himself", "L'accusé, lui,", "the 45-year-old"). A possessor ("Smith's
 * lawyer") is not the subject. */
static Opening
sentence_opening (Doc     *doc,
                  gint     sentence,
                  Person **out)
{
  static const char * const conjunctions[] = {
    "but", "and", "yet", "so", "mais", "et", "aber", "und", "doch", "pero", "y", "но", "а", "и",
  };
  static const char * const adjunct_openers[] = {
    "in", "on", "at", "under", "after", "before", "during", "since", "with", "outside", "inside", "speaking",
    "asked", "when", "while", "later", "earlier", "dans", "après", "avant", "lors", "pendant", "devant",
    "interrogé", "interrogée", "in", "nach", "vor", "bei", "während", "en", "tras", "durante", "ante", "desde",
  };
  static const char * const indefinites[] = { "a", "an", "one", "un", "une", "ein", "eine", "una", "another" };
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  guint k = range->first;
  guint marks = range->last + 1;

  *out = NULL;
  for (guint t = range->first; t <= range->last && marks > range->last; t++)
    if (doc->span_of[t] >= 0 || (tok (doc, t)->flags & PX_LEXICON_TOKEN_QUOTE))
      marks = t;
  /* "“…,” he said": who speaks there is the cue's business; marks later
   * in the sentence leave its subject readable */
  if (marks <= range->first + 1)
    return OPENING_QUOTE;
  range = &(Sentence) { range->first, marks - 1 };
  if (is_word (doc, k) && px_text_list_contains (conjunctions, G_N_ELEMENTS (conjunctions), lower (doc, k)))
    k++;
  if (k <= range->last && is_word (doc, k)
      && (px_text_list_contains (adjunct_openers, G_N_ELEMENTS (adjunct_openers), lower (doc, k))
          || (g_str_has_suffix (lower (doc, k), "ing") && strlen (lower (doc, k)) > 5 && !person_mentioned_at (doc, k))))
    {
      guint comma = k;

      while (comma <= range->last && comma < k + 14 && !is_punct (doc, comma, ','))
        comma++;
      if (comma > range->last || comma >= k + 14)
        return OPENING_OTHER;
      k = comma + 1;
      /* "…, defending, he accepted": a second adjunct of one word */
      if (k + 1 <= range->last && is_word (doc, k) && is_punct (doc, k + 1, ',') && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
        k += 2;
    }
  if (k > range->last || !is_word (doc, k))
    return OPENING_OTHER;
  if (IN (pronouns_person, lower (doc, k)) || IN (pronouns_group, lower (doc, k)))
    return OPENING_PRONOUN;
  /* "A neighbour who filmed it said …": someone unnamed is talked of */
  if (px_text_list_contains (indefinites, G_N_ELEMENTS (indefinites), lower (doc, k)) && k + 1 <= range->last
      && refers_to_person (doc, k + 1, k + 1))
    return OPENING_ANONYMOUS;
  /* a name, maybe after titles: the first mention of someone within four
   * words, with no punctuation before it and no possessive after it */
  for (guint t = k; t <= range->last && t < k + 4 && is_word (doc, t); t++)
    {
      /* a pronoun resolved before is a mention too, but no name ("Her
       * colleague, Olof Berg, disagreed") */
      gboolean named = (tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (determiners, lower (doc, t))
                       && !IN (pronouns_person, lower (doc, t)) && px_quotes_pronoun_gender (lower (doc, t)) == 0;

      for (guint p = 0; p < doc->people->len && named; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          for (guint m = 0; m < person->mentions->len; m++)
            if (g_array_index (person->mentions, guint, m) == t)
              {
                guint end = t;

                while (end < range->last && is_word (doc, end + 1) && px_quotes_is_name_word (doc, end + 1))
                  end++;
                if (px_quotes_role_possessor (doc, end) || (end + 1 <= range->last && is_word (doc, end + 1) && px_quotes_role_possessor (doc, end + 1)
                                                  && !IN (determiners, lower (doc, end + 1))))
                  return OPENING_OTHER;
                /* "Athletic manager Gary Linton": a name before a title
                 * qualifies the person named after it */
                if (end + 1 <= range->last && is_word (doc, end + 1)
                    && (px_quotes_is_title (doc, end + 1) || is_role_head (lower (doc, end + 1))))
                  continue;
                *out = person;
                return person->org ? OPENING_OTHER : OPENING_PERSON;
              }
        }
      if (!(tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL) && !px_quotes_is_title (doc, t))
        break;
    }
  /* "Владелец склада, предприниматель Андрей Волков, заявил", "The owner
   * of the site, Geoff Tull, said": a role, a comma and a name in
   * apposition */
  for (guint c = k + 1; c <= range->last && c < k + 9 && is_word (doc, c - 1)
                        && (IN (determiners, lower (doc, k)) || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL)); c++)
    if (is_punct (doc, c, ','))
      {
        for (guint t = c + 1; t <= range->last && t < c + 4 && is_word (doc, t); t++)
          for (guint p = 0; p < doc->people->len && (tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL); p++)
            {
              Person *person = g_ptr_array_index (doc->people, p);
              guint end = t;

              if (px_quotes_mention_before (person, t + 1) != t)
                continue;
              while (end < range->last && is_word (doc, end + 1) && px_quotes_is_name_word (doc, end + 1))
                end++;
              /* "La patronal del sector, la Asociación de Empresas de Frío
               * y Logística (Afrilog), evitó …": a Spanish institution's
               * name runs on over its lower-case links and may carry its
               * acronym in brackets */
              if (doc->pro_drop && person->org)
                {
                  while (end + 2 <= range->last && is_word (doc, end + 1) && is_word (doc, end + 2)
                         && lower_is (doc, end + 1, "de", "del", "y", "e", "para", NULL)
                         && (tok (doc, end + 2)->flags & PX_LEXICON_TOKEN_CAPITAL))
                    {
                      end += 2;
                      while (end < range->last && is_word (doc, end + 1) && px_quotes_is_name_word (doc, end + 1))
                        end++;
                    }
                  if (end + 3 <= range->last && is_punct (doc, end + 1, '(') && is_word (doc, end + 2) && is_punct (doc, end + 3, ')'))
                    end += 3;
                }
              if (end + 1 <= range->last && is_punct (doc, end + 1, ','))
                {
                  *out = person;
                  return person->org ? OPENING_OTHER : OPENING_PERSON;
                }
            }
        break;
      }
  /* a definite description: "The Frenchman", "L'accusé", "the 45-year-old" */
  if (is_definite (lower (doc, k)) || g_str_has_prefix (lower (doc, k), "l'") || g_str_has_prefix (lower (doc, k), "l’"))
    {
      gboolean elided = !is_definite (lower (doc, k));
      guint head = elided ? k : k + 1;

      if (head > range->last || !is_word (doc, head))
        return OPENING_OTHER;
      /* the head, at most two words on, before a comma, an intensifier or
       * the verb */
      for (guint h = head; h <= range->last && h < head + 3 && is_word (doc, h); h++)
        {
          Source description = { 0, };

          if (!(elided ? h == k : refers_to_person (doc, head, h)))
            continue;
          description.first = k;
          description.last = h;
          px_quotes_resolve_source (doc, &description);
          *out = description.person;
          px_quotes_source_clear (&description);
          return *out != NULL && !(*out)->org ? OPENING_PERSON : OPENING_OTHER;
        }
    }
  return OPENING_OTHER;
}

/* "Her nephew, Paul Kettering, … . Kettering herself is practical. She
 * …": a surname two people share, read as one of them, may be the other,
 * of the gender the pronoun after it needs, named before @before. */
static Person *
same_surname_of_gender (Doc    *doc,
                        Person *read,
                        char    gender,
                        guint   before)
{
  Person *best = NULL;
  guint best_seen = 0;

  if (read->lower_last == NULL || strchr (read->name, ' ') == NULL)
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint seen = px_quotes_mention_before (person, before);

      if (person == read || person->org || person->lower_last == NULL || strcmp (person->lower_last, read->lower_last) != 0
          || strchr (person->name, ' ') == NULL || person->gender != gender || seen == G_MAXUINT)
        continue;
      if (best == NULL || seen > best_seen)
        {
          best = person;
          best_seen = seen;
        }
    }
  return best;
}

/* The person the text just before @before is about: the subject of the
 * nearest of @max_sentences sentences, in this paragraph or the one
 * before, that opens with a person of @gender (0: any). Sentences that open with a pronoun carry the
 * same person on, those about things are passed over, and quotation marks
 * stop the walk (the last speaker rules there). A person named only inside
 * an adjunct, an object or a quotation never outranks a subject. */
static Person *
salient_subject (Doc   *doc,
                 guint  before,
                 char   gender,
                 guint  max_sentences)
{
  gint s = doc->token_sentence[before];
  guint paragraph = doc->token_segment[before];

  /* "« … », a-t-il répété": a cue after a quotation looks back from where
   * the quotation opens */
  for (guint k = before, n = 0; k > 0 && n < 4; k--, n++)
    if (doc->span_of[k - 1] >= 0)
      {
        s = doc->token_sentence[g_array_index (doc->spans, Span, doc->span_of[k - 1]).open];
        break;
      }
    else if (is_word (doc, k - 1) && !IN (speech_verbs, lower (doc, k - 1)) && px_quotes_incise_base (lower (doc, k - 1)) == 0)
      break;
  for (gint b = s - 1, n = 0; b >= 0 && (guint) n < max_sentences; b--, n++)
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, b);
      Person *person = NULL;

      if (doc->token_segment[range->first] + 1 < paragraph)
        break;
      switch (sentence_opening (doc, b, &person))
        {
        case OPENING_QUOTE:
        case OPENING_ANONYMOUS:
          return NULL;
        case OPENING_PERSON:
          if (gender == 0 || person->gender == 0 || person->gender == gender)
            return person;
          person = same_surname_of_gender (doc, person, gender, range->first);
          if (person != NULL)
            return person;
          break;
        case OPENING_PRONOUN:
        case OPENING_OTHER:
        default:
          break;
        }
    }
  return NULL;
}

/* "Hume said he and Lang had been friends. “…,” he said.": a pronoun or a
 * bare role refers to whoever was last reported speaking, in its paragraph
 * or the one before, unless someone else was named in between. */
static gboolean
last_speaker_before (Doc    *doc,
                     guint   before,
                     char    gender,
                     Source *out)
{
  guint paragraph = doc->token_segment[before];
  guint stop_paragraph = paragraph > 0 ? paragraph - 1 : 0;

  for (guint t = before; t > 0; t--)
    {
      guint i = t - 1;
      Cue cue;
      gboolean found, quoted = FALSE;

      if (doc->token_segment[i] < stop_paragraph)
        break;
      if (!may_cue_at (doc, i))
        continue;
      /* "A pilot described the mood as “…”. “…,” he said": a verb that
       * reports speech only before a quotation (described, called) is a
       * cue when its sentence holds one */
      for (guint k = i + 1; k < doc->tokens->len && k < before && doc->token_sentence[k] == doc->token_sentence[i] && !quoted; k++)
        quoted = doc->span_of[k] >= 0;
      found = px_quotes_cue_at (doc, i, doc->token_sentence[i], quoted, &cue) && !cue.source.document
              && cue.source.first < before
              /* "He said …. “…,” the minister said": a pronoun speaker counts,
               * read in turn from before it */
              && (!cue.source.pronoun || (IN (pronouns_person, lower (doc, cue.source.first)) && !cue.source.implicit));
      /* "Tom de Vries said the service had asked the council for …": a
       * verb inside the clause another cue of the sentence reports is no
       * cue of its own; that earlier cue is read in turn */
      if (found)
        {
          guint opening = g_array_index (doc->sentences, Sentence, doc->token_sentence[i]).first;

          for (guint j = opening; j < cue.source.first && j < i && found; j++)
            {
              Cue outer;

              if (!may_cue_at (doc, j) || doc->span_of[j] >= 0)
                continue;
              if (px_quotes_cue_at (doc, j, doc->token_sentence[j], FALSE, &outer) && !outer.source.document
                  && !outer.source.pronoun && outer.source.last < j && outer.source.first < cue.source.first)
                found = FALSE;
              px_quotes_source_clear (&outer.source);
            }
        }
      if (found)
        {
          /* "A spokeswoman for the ministry said …. She added …": the
           * pronoun is the spokesperson, who speaks for the institution */
          char spoke = 0;
          /* "сообщил ТАСС представитель пресс-службы аэропорта": an
           * institution the cue reader built whole after the verb */
          gboolean built = cue.source.speaker != NULL && px_quotes_is_cyrillic_word (doc, cue.source.first);

          for (guint k = cue.source.first >= 4 ? cue.source.first - 4 : 0;
               k <= cue.source.last && k < doc->tokens->len && spoke == 0; k++)
            if (is_word (doc, k) && doc->token_sentence[k] == doc->token_sentence[i]
                && IN (spokes, lower (doc, k)))
              spoke = g_str_has_suffix (lower (doc, k), "woman") || g_str_has_suffix (lower (doc, k), "erin") ? 'f'
                      : g_str_has_suffix (lower (doc, k), "man") || g_str_has_suffix (lower (doc, k), "er") ? 'm' : '?';
          px_quotes_resolve_source (doc, &cue.source);
          /* "insisted the trip was irrelevant": a phrase after the verb
           * speaks only when it names someone, or when the verb closes a
           * quotation ("«…», — рассказал источник в правительстве. По его
           * словам, …", "“…,” said a senior diplomat. He added …"), where
           * whatever follows the verb is who spoke */
          if (cue.source.speaker != NULL && cue.source.first > i && cue.source.person == NULL && !quoted)
            {
              guint k = i;

              /* only punctuation between the closing mark and the verb */
              while (k > 0 && k + 3 > i && doc->span_of[k - 1] < 0 && !is_word (doc, k - 1))
                k--;
              quoted = k > 0 && k < i && doc->span_of[k - 1] >= 0;
            }
          found = cue.source.speaker != NULL && (cue.source.first < i || cue.source.person != NULL || quoted || built)
                  && !(cue.source.person != NULL && ((cue.source.person->org && (spoke == 0 || (gender != 0 && spoke != '?' && spoke != gender)))
                       || (!cue.source.person->org && gender != 0 && cue.source.person->gender != 0 && cue.source.person->gender != gender)))
                  && !IN (group_nouns, lower (doc, cue.source.last));
        }
      if (!found)
        {
          px_quotes_source_clear (&cue.source);
          continue;
        }
      found = !other_person_between (doc, cue.source.speaker, i, before);
      /* a speaker in the paragraph before yields to anyone named in this one */
      if (found && doc->token_segment[i] != paragraph)
        {
          Person *other = px_quotes_last_person_before (doc, before, FALSE);
          guint seen = other != NULL ? px_quotes_mention_before (other, before) : G_MAXUINT;

          if (seen != G_MAXUINT && doc->token_segment[seen] == paragraph && other != cue.source.person)
            found = FALSE;
        }
      if (found)
        {
          source_take_speaker (out, &cue.source);
        }
      px_quotes_source_clear (&cue.source);
      return found;
    }
  return FALSE;
}

/* Whether a cue's source, resolved, is the kind of speaker a search back
 * wants. @head is the last word as written; @built is whether the cue
 * reader built the speaker whole before it was resolved. */
typedef gboolean (*SpeakerTest) (Doc          *doc,
                                 const Source *resolved,
                                 const char   *head,
                                 gboolean      built,
                                 gpointer      data);

static gboolean last_speaker_of_kind_before (Doc         *doc,
                                             guint        before,
                                             SpeakerTest  accept,
                                             gpointer     data,
                                             Source      *out);
static gboolean is_institution_speaker (Doc          *doc,
                                        const Source *resolved,
                                        const char   *head,
                                        gboolean      built,
                                        gpointer      read_whole);

/* "Парламентарий пообещал …": a Russian noun for one person that opens
 * its sentence has its capital from the sentence, not from a name, when no
 * one the article names bears it and it has no surname's ending (-ов,
 * -ева, -ин, -ский …). */
static gboolean
russian_common_noun_opening (Doc   *doc,
                             guint  i)
{
  static const char * const surname_endings[] = {
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая", "ых", "их",
    "енко", "ко", "ук", "юк", "ян", "дзе", "швили", "ович", "евич", "овна", "евна", "ична",
  };
  const char *word = lower (doc, i);

  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START) == 0 || doc->span_of[i] >= 0)
    return FALSE;
  /* one person: "Жители …" (plural, in -и or -ы) are a group */
  if (g_str_has_suffix (word, "и") || g_str_has_suffix (word, "ы") || IN (group_nouns, word))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (surname_endings); k++)
    if (g_str_has_suffix (word, surname_endings[k]))
      return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      g_autofree char *folded = g_utf8_strdown (person->name, -1);

      if (strstr (folded, word) != NULL && person->first_token != i)
        return FALSE;
    }
  return TRUE;
}

/* The speaker last reported before @before, in its paragraph or the one
 * before, that @accept takes. */
static gboolean
last_speaker_of_kind_before (Doc         *doc,
                             guint        before,
                             SpeakerTest  accept,
                             gpointer     data,
                             Source      *out)
{
  guint paragraph = doc->token_segment[before];
  guint stop_paragraph = paragraph > 0 ? paragraph - 1 : 0;

  for (guint t = before; t > 0; t--)
    {
      guint i = t - 1;
      Cue cue;
      gboolean found;

      if (doc->token_segment[i] < stop_paragraph)
        break;
      if (!may_cue_at (doc, i))
        continue;
      found = px_quotes_cue_at (doc, i, doc->token_sentence[i], FALSE, &cue) && !cue.source.pronoun && !cue.source.document
              && cue.source.first < before;
      if (found)
        {
          const char *head = lower (doc, cue.source.last);
          gboolean built = cue.source.speaker != NULL;

          px_quotes_resolve_source (doc, &cue.source);
          found = accept (doc, &cue.source, head, built, data);
        }
      if (found)
        source_take_speaker (out, &cue.source);
      px_quotes_source_clear (&cue.source);
      if (found)
        return TRUE;
    }
  return FALSE;
}

/* An institution. With @read_whole, also a speaker the cue reader built
 * whole (a Russian institution put back in the nominative, "ГУ МЧС по
 * Московской области"), whose last word is no institution noun. */
static gboolean
is_institution_speaker (Doc          *doc,
                        const Source *resolved,
                        const char   *head,
                        gboolean      built,
                        gpointer      read_whole)
{
  gboolean whole = read_whole != NULL && built;

  /* "по данным ведомства" resolved in turn to the institution */
  if (read_whole != NULL && !whole && resolved->speaker != NULL && resolved->person == NULL
      && resolved->first == resolved->last && px_quotes_is_cyrillic_word (doc, resolved->first))
    {
      g_autofree char *written = px_quotes_slice (doc, resolved->first, resolved->last);

      whole = strcmp (written, resolved->speaker) != 0;
    }
  return resolved->speaker != NULL
         && (resolved->person != NULL ? resolved->person->org
             : (whole || IN (institution_nouns, head) || IN (org_words, head)));
}

/* "В ведомстве также напомнили", "заявили в ведомстве": the institution
 * last reported speaking before @before, two paragraphs at a time back to
 * the top of the article; the generic noun never stands for a person,
 * however long ago the body spoke. */
static gboolean
russian_institution_speaker_earlier (Doc    *doc,
                                     guint   before,
                                     Source *out)
{
  guint at = before;

  while (TRUE)
    {
      guint paragraph;

      if (last_speaker_of_kind_before (doc, at, is_institution_speaker, GINT_TO_POINTER (TRUE), out))
        return TRUE;
      paragraph = doc->token_segment[at];
      if (paragraph < 2)
        return FALSE;
      /* on to the first token of the paragraph before the one searched */
      while (at > 0 && doc->token_segment[at - 1] + 1 >= paragraph)
        at--;
      if (at == 0)
        return FALSE;
    }
}

/* "…, it added": the institution last reported speaking, in this
 * paragraph or the one before. */
static gboolean
last_institution_speaker_before (Doc    *doc,
                                 guint   before,
                                 Source *out)
{
  return last_speaker_of_kind_before (doc, before, is_institution_speaker, NULL, out);
}

/* An institution, or a name that is nobody's, of no gender and no given
 * name ("Downing Street", "the Kremlin"), which the name reader keeps
 * apart from institutions. */
static gboolean
is_body_speaker (Doc          *doc,
                 const Source *resolved,
                 const char   *head,
                 gboolean      built,
                 gpointer      data)
{
  if (resolved->person != NULL)
    return resolved->person->org
           || (resolved->person->gender == 0 && resolved->person->age == 0
               && strchr (resolved->person->name, ' ') != NULL
               && px_quotes_given_name_gender (resolved->person->name) == 0
               && !px_quotes_is_title (doc, resolved->first));
  /* "Según la Cancillería paraguaya, … . El organismo precisó": a Spanish
   * office's name in "-ía" (Cancillería, Fiscalía, Procuraduría,
   * Alcaldía) with a lower-case word after it, an adjective or "de", is a
   * body, whatever its last word */
  if (doc->pro_drop && resolved->speaker != NULL && resolved->first < resolved->last)
    {
      g_auto(GStrv) words = g_strsplit (resolved->speaker, " ", 3);

      if (g_strv_length (words) >= 2 && g_unichar_isupper (g_utf8_get_char (words[0]))
          && g_str_has_suffix (words[0], "ía") && g_utf8_strlen (words[0], -1) > 6
          && g_unichar_islower (g_utf8_get_char (words[1])))
        return TRUE;
    }
  return resolved->speaker != NULL && (IN (institution_nouns, head) || IN (org_words, head));
}

/* The institution last reported speaking before @before, in its paragraph
 * or the one before, or a body with a name of its own (is_body_speaker()). */
static gboolean
last_body_speaker_before (Doc    *doc,
                          guint   before,
                          Source *out)
{
  return last_speaker_of_kind_before (doc, before, is_body_speaker, NULL, out);
}

/* Nouns news uses for an institution whose name holds another word of the
 * same kind: "the force" for "Thames Valley Police", "the watchdog" for
 * "the Financial Conduct Authority". */
static const char * const institution_kins[][6] = {
  { "force", "police", "constabulary", NULL },
  { "regulator", "watchdog", "authority", "commission", NULL },
  { "ministry", "department", NULL },
  { "airline", "airways", "airlines", "air", NULL },
  { "broadcaster", "tv", "television", "radio", NULL },
  /* "a human rights group" for the "Border Monitoring Network" */
  { "group", "network", "coalition", "alliance", "campaign", NULL },
  /* "el departamento", "la cartera" for the "Consejería de Sanidad", "el
   * gremio" for the "Unión Obrera Metalúrgica", "la organización
   * colegial" for the "Colegio de Enfermería" */
  { "departamento", "cartera", "consejería", NULL },
  { "departamento", "cartera", "ministerio", NULL },
  { "departamento", "cartera", "secretaría", NULL },
  { "departamento", "cartera", "conselleria", NULL },
  { "gremio", "sindicato", "unión", "sindical", NULL },
  { "colegial", "colegio", NULL },
};

static gboolean
institution_kin (const char         *noun,
                 const char * const *name_words)
{
  for (gsize f = 0; f < G_N_ELEMENTS (institution_kins); f++)
    {
      gboolean noun_in = FALSE;

      for (guint k = 0; institution_kins[f][k] != NULL; k++)
        noun_in = noun_in || strcmp (institution_kins[f][k], noun) == 0;
      if (!noun_in)
        continue;
      for (guint k = 0; institution_kins[f][k] != NULL; k++)
        if (strcmp (institution_kins[f][k], noun) != 0 && g_strv_contains (name_words, institution_kins[f][k]))
          return TRUE;
    }
  return FALSE;
}

/* Institution nouns for a business. */
static const char * const company_nouns[] = {
  "company", "firm", "group", "carmaker", "retailer", "airline", "manufacturer", "insurer", "maker",
  "operator", "lender", "supermarket", "chain", "developer", "entreprise", "société", "groupe",
  "unternehmen", "konzern", "firma", "empresa", "compañía", "компания", "brewer", "housebuilder", "miner",
  /* transport: "the carrier" for an airline, a shipping or a haulage firm */
  "carrier",
  /* "el grupo", "la firma" */
  "grupo", "firma",
};

static gboolean
is_company_noun (const char *word)
{
  return px_text_list_contains (company_nouns, G_N_ELEMENTS (company_nouns), word) || px_quotes_is_business_noun (word);
}

/* "l'entreprise", "d'Aéroports": a French noun without its elided
 * article, for looking it up in the word lists. */
static const char *
bare_head (const char *word)
{
  if (word != NULL && (g_str_has_prefix (word, "l'") || g_str_has_prefix (word, "d'")) && word[2] != '\0')
    return word + 2;
  return word;
}

/* Whether the article puts "a subsidiary of …" in apposition after a
 * mention of @person ("Minera Sol, a subsidiary of …"): then the name is a
 * firm's, whatever the name reader made of it. */
static gboolean
named_subsidiary (Doc                *doc,
                  Person             *person,
                  const char * const *marks,
                  gsize               n_marks)
{
  for (guint m = 0; m < person->mentions->len; m++)
    {
      guint at = g_array_index (person->mentions, guint, m);
      gboolean comma = FALSE;

      for (guint k = at + 1; k < doc->tokens->len && k <= at + 6 && doc->token_sentence[k] == doc->token_sentence[at]; k++)
        {
          if (!is_word (doc, k))
            {
              comma = comma || doc->text[tok (doc, k)->start] == ',';
              continue;
            }
          if (comma && px_text_list_contains (marks, n_marks, lower (doc, k)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether every mention of @org before @before lies earlier in the
 * sentence of @before (the clause a cue after it reports). */
static gboolean
named_only_in_clause_before (Doc    *doc,
                             Person *org,
                             guint   before)
{
  gboolean any = FALSE;

  for (guint m = 0; m < org->mentions->len; m++)
    {
      guint at = g_array_index (org->mentions, guint, m);

      if (at >= before)
        continue;
      if (doc->token_sentence[at] != doc->token_sentence[before])
        return FALSE;
      /* "Halvern Nutrition is recalling …, the company said": the body
       * the clause opens with is the one reporting on itself */
      if (at <= g_array_index (doc->sentences, Sentence, doc->token_sentence[at]).first + 1)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Whether the words from @first up to @head are lower-case adjectives
 * and the like ("mobile", "low-cost"), none a name, number or noun for
 * an institution. */
static gboolean
business_adjectives_only (Doc  *doc,
                          guint first,
                          guint head)
{
  for (guint w = first; w < head; w++)
    if (!is_word (doc, w) || (tok (doc, w)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_NUMBER))
        || IN (institution_nouns, lower (doc, w)) || is_company_noun (lower (doc, w)) || IN (stop_words, lower (doc, w)))
      return FALSE;
  return TRUE;
}

/* "la empresa minera", "la Fiscalía estatal", "el ministerio
 * español": Spanish puts a body's adjectives after its noun, so the
 * noun right after the determiner at @first is the head when only
 * lower-case adjectives follow it up to @last. A generic noun for any
 * body counts with an adjective after it ("la organización colegial",
 * "la institución colegial"). */
static gboolean
spanish_body_head_first (Doc  *doc,
                         guint first,
                         guint last)
{
  if (!doc->pro_drop || first >= last || last > first + 2 || !is_word (doc, first)
      || !(IN (institution_nouns, lower (doc, first)) || is_company_noun (lower (doc, first))
           || lower_is (doc, first, "organización", "institución", "corporación", NULL)))
    return FALSE;
  for (guint w = first + 1; w <= last; w++)
    if (!is_word (doc, w) || (tok (doc, w)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_NUMBER))
        || doc->span_of[w] >= 0 || IN (stop_words, lower (doc, w)) || IN (institution_nouns, lower (doc, w))
        || IN (speech_verbs, lower (doc, w)))
      return FALSE;
  return TRUE;
}

/* "The company later said …" after "The Food Standards Agency said …": a
 * company noun refers back to the last business named, passing over public
 * bodies, unions and associations named since (and over a lone letter such
 * as the "D" of "vitamin D"). NULL when no business was named. */
static Person *
last_business_before (Doc  *doc,
                      guint before)
{
  static const char * const public_words[] = {
    "agency", "ministry", "authority", "council", "department", "commission", "court", "police", "government",
    "parliament", "service", "office", "association", "union", "federation", "society", "board", "inspectorate",
    "regulator", "university", "hospital", "school", "party", "league", "trust", "institute", "committee",
    "ministère", "préfecture", "mairie", "syndicat", "ministerio", "ministerium", "behörde", "amt",
    "министерство", "администрация",
    /* "la compañía comunicó a la Comisión Nacional del Mercado de Valores":
     * a regulator, never the firm */
    "comisión", "consejería", "ayuntamiento", "gobierno", "agencia", "asociación", "federación",
    "confederación", "sindicato", "unión", "universidad", "tribunal", "juzgado", "fiscalía", "policía",
    "partido", "instituto", "fundación", "junta", "xunta", "generalitat", "consejo", "comité",
  };
  static const char * const german_public_endings[] = {
    "gericht", "ministerium", "behörde", "amt", "verband", "gewerkschaft", "polizei", "verwaltung", "kammer",
    "rat", "regierung", "partei", "fraktion", "stadt", "gemeinde", "kreis",
  };
  static const char * const cause_nouns[] = {
    "charity", "ngo", "network", "coalition", "watchdog", "movement", "foundation", "campaign", "organisation",
    "organization", "alliance", "collective",
  };
  static const char * const cause_modifiers[] = {
    "campaign", "campaigning", "environmental", "environment", "rights", "pressure", "advocacy", "lobby",
    "activist", "conservation", "residents", "residents'", "community", "protest", "green", "civic",
  };
  static const char * const parent_marks[] = {
    "subsidiary", "subsidiaries", "division", "filiale", "tochter", "tochterfirma", "tochtergesellschaft",
    "filial", "subsidiaria", "дочерняя", "дочерней",
  };
  Person *best = NULL;
  guint best_seen = 0;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      g_autofree char *folded = NULL;
      g_auto(GStrv) words = NULL;
      gboolean public_body = FALSE;
      guint seen;

      if ((!person->org && !(person->gender == 0 && named_subsidiary (doc, person, parent_marks, G_N_ELEMENTS (parent_marks))))
          || g_utf8_strlen (person->name, -1) < 3)
        continue;
      folded = g_utf8_strdown (person->name, -1);
      words = g_strsplit (folded, " ", -1);
      for (guint w = 0; words[w] != NULL && !public_body; w++)
        public_body = px_text_list_contains (public_words, G_N_ELEMENTS (public_words), words[w]);
      /* German compounds: "Verwaltungsgericht", "Landesamt", "Gemeinderat" */
      for (guint w = 0; words[w] != NULL && !public_body && doc->capital_nouns; w++)
        public_body = px_text_list_has_suffix (german_public_endings, G_N_ELEMENTS (german_public_endings), words[w]);
      /* "the environmental group EcoWatch Caucasus": what the article
       * calls it may say it is no business when its name does not */
      for (guint d = 0; d < person->descriptions->len && !public_body; d++)
        {
          g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
          g_auto(GStrv) dwords = g_strsplit_set (description, " ,", -1);
          guint n = g_strv_length (dwords);

          while (n > 0 && *dwords[n - 1] == '\0')
            n--;
          if (n == 0)
            continue;
          public_body = px_text_list_contains (public_words, G_N_ELEMENTS (public_words), dwords[n - 1])
                        || px_text_list_contains (cause_nouns, G_N_ELEMENTS (cause_nouns), dwords[n - 1]);
          /* a group is a business ("the mining group") unless it stands for a cause */
          for (guint w = 0; w + 1 < n && !public_body; w++)
            public_body = strcmp (dwords[n - 1], "group") == 0
                          && px_text_list_contains (cause_modifiers, G_N_ELEMENTS (cause_modifiers), dwords[w]);
        }
      if (public_body)
        continue;
      seen = last_mention_outside_quotes (doc, person, before);
      if (seen == G_MAXUINT)
        continue;
      /* "Cobre Andino, a subsidiary of the Canadian group Northreach
       * Resources. The company said": a parent named only to place the
       * firm the sentence is about ranks as early as that sentence, so the
       * firm named before it in the sentence is the one meant */
      for (guint k = seen; k > 0 && k + 6 > seen && doc->token_sentence[k - 1] == doc->token_sentence[seen]; k--)
        if (is_word (doc, k - 1) && px_text_list_contains (parent_marks, G_N_ELEMENTS (parent_marks), lower (doc, k - 1)))
          {
            seen = g_array_index (doc->sentences, Sentence, doc->token_sentence[seen]).first;
            break;
          }
      if (best == NULL || seen > best_seen)
        {
          best = person;
          best_seen = seen;
        }
    }
  return best;
}

/* Whether @name is a news agency's ("Deutsche Presse-Agentur", "Agence
 * France-Presse"): an agency relays what others say to it and speaks for
 * nobody's spokesperson. */
static gboolean
is_news_agency (const char *name)
{
  static const char * const marks[] = {
    "presse-agentur", "nachrichtenagentur", "press agency", "news agency", "agence france-presse", "агентств",
  };
  g_autofree char *folded = g_utf8_strdown (name, -1);

  for (gsize m = 0; m < G_N_ELEMENTS (marks); m++)
    if (strstr (folded, marks[m]) != NULL)
      return TRUE;
  return FALSE;
}

/* "Chipmaker Veltrion shares slump … . Shares in Veltrion fell … after
 * the chipmaker warned", "Der Stuttgarter Maschinenbauer Hallberg will …
 * . Das teilte der Konzern mit": a firm whose one-word name the finder
 * keeps for nobody, named right after a noun for a business. The last
 * such name before @before, or NULL. */
static char *
firm_after_business_noun (Doc  *doc,
                          guint before)
{
  char *found = NULL;

  for (guint t = 0; t + 1 < before; t++)
    {
      guint end;

      /* "Shares in Hartwell & Sons fell …": what has shares is a firm */
      gboolean shares = t > 0 && is_word (doc, t - 1) && strcmp (lower (doc, t - 1), "shares") == 0 && is_word (doc, t)
                        && lower_is (doc, t, "in", "of", NULL);

      guint name = t + 1;

      if (!is_word (doc, t) || doc->span_of[t] >= 0 || !(is_company_noun (lower (doc, t)) || shares))
        continue;
      /* "le groupe agroalimentaire Valdor", "la empresa conservera Arbo":
       * French and Spanish put the business's adjectives after the noun */
      if (lower_is (doc, t, "groupe", "entreprise", "société", "grupo", "empresa", "compañía", NULL))
        while (name < t + 3 && is_word (doc, name) && !(tok (doc, name)->flags & PX_LEXICON_TOKEN_CAPITAL)
               && !IN (stop_words, lower (doc, name)) && !IN (speech_verbs, lower (doc, name)))
          name++;
      if (!px_quotes_is_name_word (doc, name) || doc->token_segment[name] != doc->token_segment[t])
        continue;
      end = px_quotes_run_end_forward (doc, name);
      if (end >= before)
        continue;
      g_free (found);
      found = px_quotes_slice (doc, name, end);
    }
  return found;
}

/* Nouns for one person that news uses to refer back to someone it has
 * named, whatever words introduced them: "the striker", "the skipper". */
static const char * const person_nouns[] = {
  "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "rider", "player", "driver",
  "skipper", "veteran", "doctor", "teenager", "champion", "politician", "diplomat", "official",
  "campaigner", "activist", "executive", "businessman", "businesswoman", "chairman", "chairwoman",
  "boss", "member", "singer", "actor", "actress", "writer", "author", "novelist", "star", "athlete",
  /* sport and work: "the former Carlton trainee", "the new signing" */
  "trainee", "youngster", "signing", "loanee", "debutant", "substitute", "newcomer", "keeper", "scorer",
  "rookie", "graduate", "apprentice", "recruit",
};

/* The person a definite back-reference most likely means when no
 * description fits: "the Spaniard" (nationality never given), "the former
 * Davis Cup captain", "the union boss". A reader takes the person who was
 * the topic just before: the first named person, not a possessor, in the
 * nearest sentence that names one outside quotation marks (the sentence of
 * the cue counts up to the cue), at most a paragraph back. */
Person *
px_quotes_prominent_person_before (Doc  *doc,
                                   guint before)
{
  guint paragraph = doc->token_segment[before];
  guint sentence = doc->token_sentence[before];
  guint limit = paragraph > 0 ? paragraph - 1 : 0;

  for (guint s = sentence + 1; s > 0; s--)
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, s - 1);
      Person *best = NULL;
      guint best_at = G_MAXUINT;

      if (doc->token_segment[range->first] < limit)
        break;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org)
            continue;
          for (guint m = 0; m < person->mentions->len; m++)
            {
              guint at = g_array_index (person->mentions, guint, m);
              gboolean possessive = FALSE;

              if (at < range->first || at > range->last || at >= before || doc->span_of[at] >= 0)
                continue;
              /* "Aasen's coach, … Tomas Berg": the possessor is not the topic */
              for (guint k = at; k <= range->last && k < at + 4 && is_word (doc, k); k++)
                {
                  if (px_quotes_role_possessor (doc, k) && !IN (determiners, lower (doc, k)))
                    possessive = TRUE;
                  if (k + 1 > range->last || !px_quotes_is_name_word (doc, k + 1))
                    break;
                }
              /* "Liberal Democrat councillor Tom Reyes": a run before a
               * title and a name qualifies the person named after it */
              {
                guint after = at;

                for (const char *c = person->name; *c != '\0'; c++)
                  after += *c == ' ';
                after++;
                if (after + 1 <= range->last && px_quotes_is_title (doc, after) && px_quotes_is_name_word (doc, after + 1))
                  possessive = TRUE;
              }
              if (!possessive && at < best_at)
                {
                  best = person;
                  best_at = at;
                }
            }
        }
      if (best != NULL)
        return best;
    }
  return NULL;
}

/* Heads whose group speaks for the place after "at" ("Analysts at X",
 * "Sources at the ministry"), as the corpus labels them: not anonymous
 * groups of their own. */
static const char * const source_nouns_en[] = { "sources", "analysts", "officials", "spokespeople", "representatives" };

/* Whether the phrase @first..@last, after "the", refers to one person
 * rather than a group, an institution or a document: a nationality, an
 * age, a title or a noun for a person at its end. */
static gboolean
refers_to_person (Doc  *doc,
                  guint first,
                  guint last)
{
  const char *head = lower (doc, last);

  if (head == NULL || IN (institution_nouns, head) || IN (group_nouns, head) || IN (document_nouns, head)
      || IN (org_words, head))
    return FALSE;
  for (guint i = first; i <= last; i++)
    if (px_quotes_age_in_word (lower (doc, i)) != 0)
      return TRUE;
  for (gsize n = 0; n < G_N_ELEMENTS (demonym_nouns); n++)
    if (strcmp (demonym_nouns[n][0], head) == 0)
      return TRUE;
  if (first == last && px_quotes_looks_demonym (doc, last) && (tok (doc, last)->flags & PX_LEXICON_TOKEN_ALL_CAPS) == 0)
    return TRUE;
  if (px_text_list_contains (person_nouns, G_N_ELEMENTS (person_nouns), head))
    return TRUE;
  /* a bare office ("the president", "the headteacher") has a holder of its
   * own; a qualified one ("the union boss") describes someone named */
  return first < last && (is_role_head (head) || px_text_list_contains (person_nouns, G_N_ELEMENTS (person_nouns), head)
                          || strcmp (head, "captain") == 0);
}


/* "Delegación del Gobierno en Castilla y León" ends in a place that is
 * named on its own elsewhere: the institution is not the place. */
static gboolean
full_is_place_of (const char *name,
                  const char *found)
{
  static const char * const links[] = { "en", "de", "del", "of", "in", "für", "du", "des", "for", "de la" };
  gsize n = strlen (name), m = strlen (found);

  if (n <= m + 1 || strcmp (name + n - m, found) != 0 || name[n - m - 1] != ' ')
    return FALSE;
  for (gsize l = 0; l < G_N_ELEMENTS (links); l++)
    {
      gsize k = strlen (links[l]);

      if (n >= m + k + 2 && strncmp (name + n - m - 1 - k, links[l], k) == 0 && name[n - m - 2 - k] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* "местное издание «Тихорецкие вести» … . По данным издания, …": the
 * name in guillemets the article last wrote right after the same noun (in
 * any case: "издание", "издания", "изданию"), before @before; or NULL. */
static char *
russian_kind_named_before (Doc        *doc,
                           guint       before,
                           const char *word)
{
  gsize stem = strlen (word) - strlen ("а");

  for (guint t = before; t > 0; t--)
    {
      guint noun = t - 1;
      guint open = noun + 1;
      guint close;

      if (!is_word (doc, noun) || doc->span_of[noun] >= 0 || strncmp (lower (doc, noun), word, stem) != 0
          || strlen (lower (doc, noun)) > stem + 2 * strlen ("а") || open >= before || is_word (doc, open)
          || strncmp (doc->text + tok (doc, open)->start, "«", strlen ("«")) != 0)
        continue;
      for (close = open + 1; close < before && close < open + 8; close++)
        if (!is_word (doc, close))
          break;
      if (close == open + 1 || close >= before || strncmp (doc->text + tok (doc, close)->start, "»", strlen ("»")) != 0)
        continue;
      return g_strndup (doc->text + tok (doc, open + 1)->start, tok (doc, close - 1)->end - tok (doc, open + 1)->start);
    }
  return NULL;
}

/* "По данным ведомства", "по данным издания", "по данным минздрава":
 * Russian news names an institution once, then refers back to it by a
 * bare common noun in the genitive. Such a noun, with no name after it,
 * is the institution last quoted; "министерства" and a "мин…" compound
 * ("минздрава", "минобороны") only when that institution is a ministry of
 * the same field. */
static gboolean
russian_institution_anaphor (Doc    *doc,
                             Source *source)
{
  static const char * const generic[] = {
    "ведомства", "издания", "агентства", "учреждения", "ведомстве", "управления", "управлении",
  };
  /* "По данным регионального управления": a word for where the body works
   * says no more than the bare noun */
  static const char * const scopes[] = {
    "регионального", "областного", "краевого", "республиканского", "городского", "районного", "местного",
    "региональном", "областном", "краевом", "республиканском", "городском", "районном", "местном",
  };
  /* "По данным перевозчика", "по данным компании": a business, which
   * its press service spoke for */
  static const char * const business[] = {
    "компании", "перевозчика", "оператора", "предприятия", "холдинга", "концерна",
  };
  const char *word;
  g_autofree char *field = NULL;
  Source back = { 0, };
  gboolean fits, firm;

  if (source->pronoun || source->document || source->person != NULL
      || !px_quotes_is_cyrillic_word (doc, source->last) || (tok (doc, source->first)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return FALSE;
  if (source->first != source->last
      && !(source->first + 1 == source->last && px_text_list_contains (scopes, G_N_ELEMENTS (scopes), lower (doc, source->first))))
    return FALSE;
  word = lower (doc, source->last);
  /* "По данным следствия": the investigation speaks as itself, under no
   * name the article gives it */
  if (source->first == source->last && strcmp (word, "следствия") == 0)
    {
      source->speaker = g_strdup ("следствие");
      return TRUE;
    }
  /* "по словам организаторов", "По прогнозу синоптиков": a group named
   * by a plural noun in the genitive speaks as that group, in the
   * nominative, not as one person with a like role */
  if (source->first == source->last && source->first > 0 && is_word (doc, source->first - 1)
      && lower_is (doc, source->first - 1, "словам", "данным", "мнению", "оценке", "оценкам", "прогнозу", "прогнозам", NULL)
      && g_utf8_strlen (word, -1) >= 7
      && (g_str_has_suffix (word, "ов") || g_str_has_suffix (word, "ей")))
    {
      g_autofree char *stem = g_strndup (word, strlen (word) - strlen ("ов"));
      gboolean soft = g_str_has_suffix (word, "ей") || g_str_has_suffix (stem, "к") || g_str_has_suffix (stem, "г")
                      || g_str_has_suffix (stem, "х") || g_str_has_suffix (stem, "ж") || g_str_has_suffix (stem, "ш")
                      || g_str_has_suffix (stem, "ч") || g_str_has_suffix (stem, "щ");

      source->speaker = g_strconcat (stem, soft ? "и" : "ы", NULL);
      return TRUE;
    }
  firm = px_text_list_contains (business, G_N_ELEMENTS (business), word);
  if (!px_text_list_contains (generic, G_N_ELEMENTS (generic), word) && strcmp (word, "министерства") != 0 && !firm)
    {
      gsize len = strlen (word);

      /* "минздрава" → "здрав", "минобороны" → "оборон": the field */
      if (!g_str_has_prefix (word, "мин") || len <= strlen ("мин") + 2 * strlen ("а")
          || !(g_str_has_suffix (word, "а") || g_str_has_suffix (word, "ы")))
        return FALSE;
      field = g_strndup (word + strlen ("мин"), len - strlen ("мин") - strlen ("а"));
    }
  /* "издание «Тихорецкие вести»": the article gave the kind with a name */
  if (field == NULL && strcmp (word, "министерства") != 0)
    {
      char *named = russian_kind_named_before (doc, source->first, word);

      if (named != NULL)
        {
          source->speaker = named;
          return TRUE;
        }
    }
  if (!last_speaker_of_kind_before (doc, source->first, is_institution_speaker, GINT_TO_POINTER (TRUE), &back))
    {
      /* "сообщили в ГУ МЧС … . «…», — уточнили в ведомстве. По данным
       * регионального управления, …": a paragraph whose voice only
       * referred back carries the body on, one paragraph further */
      guint start = source->first;
      guint paragraph = doc->token_segment[source->first];

      while (start > 0 && doc->token_segment[start - 1] + 1 >= paragraph)
        start--;
      if (paragraph < 2 || start == 0
          || !last_speaker_of_kind_before (doc, start, is_institution_speaker, GINT_TO_POINTER (TRUE), &back))
        return FALSE;
    }
  {
    g_autofree char *folded = g_utf8_strdown (back.speaker, -1);

    if (field != NULL)
      {
        g_autofree char *prefix = g_strconcat ("министерство ", field, NULL);

        fits = g_str_has_prefix (folded, prefix);
      }
    else if (strcmp (word, "министерства") == 0)
      fits = g_str_has_prefix (folded, "министерство");
    else
      fits = TRUE;
  }
  if (fits)
    {
      source->speaker = g_steal_pointer (&back.speaker);
      source->description = g_steal_pointer (&back.description);
      source->person = back.person;
      /* "пресс-служба МЖД" for "перевозчика": the company itself, when
       * the press service's owner is an acronym */
      if (firm && g_str_has_prefix (source->speaker, "пресс-служба "))
        {
          const char *owner = source->speaker + strlen ("пресс-служба ");
          gboolean acronym = *owner != '\0';

          for (const char *c = owner; *c != '\0' && acronym; c = g_utf8_next_char (c))
            acronym = g_unichar_isupper (g_utf8_get_char (c));
          if (acronym)
            {
              char *company = g_strdup (owner);

              g_free (source->speaker);
              source->speaker = company;
            }
        }
    }
  px_quotes_source_clear (&back);
  return fits;
}

/* Whether a German noun, lower-cased, names a person by its ending
 * ("Mediziner", "Krankenschwester", "Rathauschef", "Polizistin",
 * "Kandidat"), not a body ("Krisenstab", "Betriebsrat"). */
static gboolean
german_person_noun (const char *word)
{
  static const char * const endings[] = {
    "er", "erin", "chef", "chefin", "ist", "istin", "ent", "entin", "ant", "antin", "eur", "eurin", "at",
    "atin", "schwester", "mann", "frau",
  };
  static const char * const bodies[] = { "rat", "amt", "stab", "staat", "senat", "apparat", "verbraucher" };

  return !px_text_list_has_suffix (bodies, G_N_ELEMENTS (bodies), word)
         && px_text_list_has_suffix (endings, G_N_ELEMENTS (endings), word);
}

/* "Kowalczyk is twenty years younger … . The Polish-born physicist
 * insists …": a definite description (@first to @last, after its article)
 * that fits nobody, has a word besides its head and follows no speaker tells
 * more of the person the article has just named, in this sentence or the one
 * before, outside quotation marks, when the gendered article allows. */
static Person *
person_just_named (Doc  *doc,
                   guint article_at,
                   guint first,
                   guint last)
{
  Person *latest = NULL;
  guint latest_at = 0;
  char article_gender = 0;
  const char *article = lower (doc, article_at);
  /* "versicherte der Mediziner": German writes a lone noun for a person
   * with a capital, and its article gives the gender */
  gboolean german_noun = doc->capital_nouns && first == last && is_word (doc, first)
                         && (tok (doc, first)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
                         && german_person_noun (lower (doc, first));

  if ((first >= last && !german_noun) || px_quotes_is_title (doc, last) || article == NULL)
    return NULL;
  if (strcmp (article, "la") == 0 || strcmp (article, "die") == 0)
    article_gender = 'f';
  else if (strcmp (article, "le") == 0 || strcmp (article, "el") == 0 || strcmp (article, "der") == 0)
    article_gender = 'm';
  /* "Le Rassemblement national": a capitalised word other than a
   * nationality makes it a name, not a description */
  for (guint k = first; k <= last && !german_noun; k++)
    if (is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
        && !px_quotes_looks_demonym (doc, k) && px_quotes_age_in_word (lower (doc, k)) == 0
        && !g_str_has_suffix (lower (doc, k), "-born"))
      return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);

      /* "in Brenz": a German noun looks past single words, mostly places */
      if (german_noun && (candidate->org || strchr (candidate->name, ' ') == NULL))
        continue;
      for (guint m = candidate->mentions->len; m > 0; m--)
        {
          guint at = g_array_index (candidate->mentions, guint, m - 1);

          if (at >= article_at || doc->span_of[at] >= 0)
            continue;
          if (latest == NULL || at > latest_at)
            {
              latest = candidate;
              latest_at = at;
            }
          break;
        }
    }
  if (latest != NULL && !latest->org && strchr (latest->name, ' ') != NULL
      && doc->token_sentence[latest_at] + 1 >= doc->token_sentence[article_at]
      && !(article_gender != 0 && latest->gender != 0 && latest->gender != article_gender)
      /* a German noun alone needs the person's gender known to agree */
      && !(german_noun && (latest->gender == 0 || latest->gender != article_gender)))
    return latest;
  return NULL;
}

/* The gender a kin noun gives the relative it names, 0 when it is no kin
 * noun. */
static char
kin_noun_gender (const char *word)
{
  static const char * const female[] = {
    "wife", "mother", "daughter", "sister", "grandmother", "widow", "mum", "mom", "aunt", "niece",
    "femme", "épouse", "mère", "fille", "sœur", "grand-mère", "veuve",
    "frau", "ehefrau", "mutter", "tochter", "schwester", "großmutter", "witwe",
    "mujer", "esposa", "madre", "hija", "hermana", "abuela", "viuda",
  };
  static const char * const male[] = {
    "husband", "father", "son", "brother", "grandfather", "widower", "dad", "uncle", "nephew",
    "mari", "époux", "père", "fils", "frère", "grand-père", "veuf",
    "mann", "ehemann", "vater", "sohn", "bruder", "großvater", "witwer",
    "marido", "esposo", "padre", "hijo", "hermano", "abuelo", "viudo",
  };

  if (word == NULL)
    return 0;
  return px_text_list_contains (female, G_N_ELEMENTS (female), word) ? 'f'
         : px_text_list_contains (male, G_N_ELEMENTS (male), word) ? 'm' : 0;
}

/* "Mr Asante's mother, Grace, said … . The club's owner said": a role
 * that belongs to a possessor named by a common noun ("the club's owner",
 * "the firm's boss") is someone the article has not named, not @person,
 * who was merely spoken of or spoke last. A kin noun ("the boy's mother")
 * is left to the readers of relatives. */
static gboolean
possessed_role_not (Doc    *doc,
                    Person *person,
                    guint   first,
                    guint   last)
{
  gboolean possessed = FALSE;

  if (person == NULL)
    return FALSE;
  for (guint k = first; k < last && !possessed; k++)
    possessed = is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                && (g_str_has_suffix (lower (doc, k), "'s") || g_str_has_suffix (lower (doc, k), "’s"));
  return possessed && is_word (doc, last) && kin_noun_gender (lower (doc, last)) == 0;
}

/* "Giving evidence, the mother of three said …": a parent written with the
 * count of their children is an epithet news gives the person the story is
 * about, never a new person: the first one of that gender the article
 * named before, outside quotation marks (the defendant of a court report,
 * the subject of a profile), not the last one named. */
static gboolean
parent_of_count (Doc    *doc,
                 Source *source)
{
  static const char * const parents[] = { "mother", "father", "mum", "dad", "mère", "père", "madre", "padre" };
  static const char * const of_count[] = { "of", "de" };
  static const char * const counts[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq",
    "dos", "tres", "cuatro", "cinco",
  };
  guint n = source->last + 2;
  char gender;
  Person *best = NULL;
  guint best_first = G_MAXUINT;

  if (source->pronoun || source->last != source->first + 1 || !is_word (doc, source->first)
      || !is_definite (lower (doc, source->first)) || !is_word (doc, source->last)
      || !px_text_list_contains (parents, G_N_ELEMENTS (parents), lower (doc, source->last))
      || n >= doc->tokens->len || !is_word (doc, source->last + 1)
      || !px_text_list_contains (of_count, G_N_ELEMENTS (of_count), lower (doc, source->last + 1))
      || !(is_word (doc, n) && (px_text_list_contains (counts, G_N_ELEMENTS (counts), lower (doc, n))
                                || (tok (doc, n)->flags & PX_LEXICON_TOKEN_NUMBER))))
    return FALSE;
  gender = kin_noun_gender (lower (doc, source->last));
  /* "Worker Gareth Hughes said …. “…,” the father of three said": in the
   * paragraph of someone of that gender who spoke, it tells more of them */
  {
    Source back = { 0, };
    gboolean same = last_speaker_before (doc, source->first, gender, &back) && back.person != NULL
                    && !back.person->org && back.person->gender == gender
                    && px_quotes_mention_before (back.person, source->first) != G_MAXUINT
                    && doc->token_segment[px_quotes_mention_before (back.person, source->first)]
                       == doc->token_segment[source->first];

    if (same)
      best = back.person;
    px_quotes_source_clear (&back);
  }
  for (guint p = 0; p < doc->people->len && best == NULL; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      /* where the article first wrote the name: later mentions include
       * cues a rule gave them, which may come earlier in the text */
      if (person->org || person->gender != gender || person->first_token >= source->first
          || doc->span_of[person->first_token] >= 0)
        continue;
      if (person->first_token < best_first)
        {
          best = person;
          best_first = person->first_token;
        }
    }
  if (best == NULL)
    return FALSE;
  px_quotes_add_mention (best, source->first);
  px_quotes_source_from_person (source, best);
  return TRUE;
}

/* "Liam's father said", "His wife added", "cuenta su mujer": a kin noun
 * with a possessor names the relative of the person the possessor is.
 * Among the people named before, of the kin noun's gender, that relative
 * is the one the article described with the same kin noun, else the one
 * who shares the possessor's surname (a family in local news). */
static gboolean
kin_of_possessor (Doc    *doc,
                  Source *source)
{
  const char *owner_word = lower (doc, source->first);
  char kin, owner_gender = 0;
  Person *owner = NULL, *by_description = NULL, *by_surname = NULL;
  guint n_description = 0, n_surname = 0;

  if (!is_word (doc, source->first) || source->last < source->first + 1)
    return FALSE;
  kin = kin_noun_gender (lower (doc, source->last));
  if (kin == 0)
    return FALSE;
  /* "The boy's grandmother, who lives near the quarry, said": the
   * relative of someone the article never names is an anonymous source,
   * with the relative clause that tells who she is */
  if (source->last == source->first + 2 && IN (determiners, owner_word)
      && (tok (doc, source->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && is_word (doc, source->first + 1) && g_str_has_suffix (lower (doc, source->first + 1), "'s"))
    {
      guint end = source->last;
      g_autofree char *relation = px_quotes_slice (doc, source->first + 1, source->last);
      g_autofree char *folded_relation = g_utf8_casefold (relation, -1);

      /* "The boy's mother, Donna Carver, said … . The boy's mother added":
       * the person introduced so */
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org || px_quotes_mention_before (person, source->first) == G_MAXUINT)
            continue;
          for (guint d = 0; d < person->descriptions->len; d++)
            {
              g_autofree char *folded = g_utf8_casefold (g_ptr_array_index (person->descriptions, d), -1);

              if (strstr (folded, folded_relation) != NULL)
                {
                  px_quotes_add_mention (person, source->first);
                  px_quotes_source_from_person (source, person);
                  return TRUE;
                }
            }
        }
      if (is_punct (doc, end + 1, ',') && is_word (doc, end + 2)
          && lower_is (doc, end + 2, "who", "whose", NULL))
        {
          guint k = end + 3;

          while (k < doc->tokens->len && k < end + 20 && doc->token_sentence[k] == doc->token_sentence[end]
                 && !is_punct (doc, k, ','))
            k++;
          if (is_punct (doc, k, ','))
            end = k - 1;
        }
      source->speaker = px_quotes_slice (doc, source->first + 1, end);
      return TRUE;
    }
  if (source->last != source->first + 1)
    return FALSE;
  if (strcmp (owner_word, "his") == 0 || strcmp (owner_word, "sein") == 0 || strcmp (owner_word, "seine") == 0)
    owner_gender = 'm';
  else if (strcmp (owner_word, "her") == 0 || strcmp (owner_word, "ihr") == 0 || strcmp (owner_word, "ihre") == 0)
    owner_gender = 'f';
  if (owner_gender != 0 || strcmp (owner_word, "their") == 0 || strcmp (owner_word, "son") == 0
      || strcmp (owner_word, "sa") == 0 || strcmp (owner_word, "su") == 0)
    owner = last_person_before_gender (doc, source->first, FALSE, owner_gender);
  else if (g_str_has_suffix (owner_word, "'s") && (tok (doc, source->first)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    {
      g_autofree char *given = g_strndup (owner_word, strlen (owner_word) - 2);

      for (guint p = 0; p < doc->people->len && owner == NULL; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);
          g_autoptr(GPtrArray) words = px_quotes_name_words (person->name);

          if (!person->org && words->len > 1 && px_quotes_mention_before (person, source->first) != G_MAXUINT
              && (strcmp (g_ptr_array_index (words, 0), given) == 0 || g_strcmp0 (person->lower_last, given) == 0))
            owner = person;
        }
    }
  if (owner == NULL)
    return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (person == owner || person->org || (person->gender != 0 && person->gender != kin)
          || px_quotes_mention_before (person, source->first) == G_MAXUINT)
        continue;
      for (guint d = 0; d < person->descriptions->len; d++)
        {
          g_auto(GStrv) words = g_strsplit (g_ptr_array_index (person->descriptions, d), " ", -1);
          gboolean has = FALSE;

          for (guint w = 0; words[w] != NULL && !has; w++)
            {
              g_autofree char *folded = g_utf8_strdown (words[w], -1);

              has = strcmp (folded, lower (doc, source->last)) == 0;
            }
          if (has)
            {
              n_description += by_description != person;
              by_description = person;
              break;
            }
        }
      if (owner->lower_last != NULL && g_strcmp0 (person->lower_last, owner->lower_last) == 0
          && strchr (person->name, ' ') != NULL)
        {
          n_surname++;
          by_surname = person;
        }
    }
  if (n_description == 1)
    owner = by_description;
  else if (n_surname == 1)
    owner = by_surname;
  else
    return FALSE;
  px_quotes_add_mention (owner, source->first);
  px_quotes_source_from_person (source, owner);
  return TRUE;
}

/* "Lee Dawson was sent off. His manager refused to criticise him. “…,” the
 * 47-year-old said": a sentence just before, in the paragraph, whose
 * subject is a possessive and a role noun ("His manager", "Her lawyer")
 * speaks of the one person the article described with that noun. */
static Person *
possessive_role_subject (Doc  *doc,
                         guint before)
{
  static const char * const possessives[] = { "his", "her", "their", "its", "son", "sa", "sein", "seine", "ihr", "ihre", "su" };
  guint sentence = doc->token_sentence[before];
  const Sentence *range;
  const char *noun;
  Person *found = NULL;

  if (sentence == 0)
    return NULL;
  range = &g_array_index (doc->sentences, Sentence, sentence - 1);
  if (range->first + 2 > range->last || doc->token_segment[range->first] != doc->token_segment[before]
      || !is_word (doc, range->first) || !is_word (doc, range->first + 1) || doc->span_of[range->first] >= 0
      || !px_text_list_contains (possessives, G_N_ELEMENTS (possessives), lower (doc, range->first))
      || (tok (doc, range->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    return NULL;
  noun = lower (doc, range->first + 1);
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      gboolean has = FALSE;

      if (person->org || px_quotes_mention_before (person, range->first) == G_MAXUINT)
        continue;
      for (guint d = 0; d < person->descriptions->len && !has; d++)
        {
          g_auto(GStrv) words = g_strsplit (g_ptr_array_index (person->descriptions, d), " ", -1);

          for (guint w = 0; words[w] != NULL && !has; w++)
            {
              g_autofree char *folded = g_utf8_strdown (words[w], -1);

              has = strcmp (folded, noun) == 0;
            }
        }
      if (has)
        {
          if (found != NULL && found != person)
            return NULL;
          found = person;
        }
    }
  return found;
}

/* "The Indian owner of the Carrick steelworks has rejected …, saying …" in
 * the lead, "Varun Steel said in a statement …" after it: the owner or
 * operator of something, described before the body names it, is the first
 * business named in the next two paragraphs. Reads the subject that opens
 * the sentence of @source when its head is such a noun followed by "of". */
static gboolean
owner_named_later (Doc    *doc,
                   Source *source)
{
  static const char * const owner_nouns[] = {
    "owner", "owners", "operator", "operators", "parent", "buyer", "maker", "developer", "landlord",
    "proprietor", "builder", "supplier", "manufacturer", "producer",
  };
  const Sentence *range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]);
  guint head = G_MAXUINT;

  if (doc->token_segment[source->first] > 1)
    return FALSE;
  /* "The factory will close, its owner has announced": the owner of
   * what the sentence is about, after the clause */
  if (source->last == source->first + 1 && is_word (doc, source->first) && lower_is (doc, source->first, "its", "their", NULL)
      && px_text_list_contains (owner_nouns, G_N_ELEMENTS (owner_nouns), lower (doc, source->last)))
    head = source->last;
  else
    {
      if (!is_word (doc, range->first) || strcmp (lower (doc, range->first), "the") != 0
          || source->first > range->first + 3)
        return FALSE;
      for (guint k = range->first + 1; k <= range->first + 3 && k + 1 <= range->last; k++)
        if (is_word (doc, k) && px_text_list_contains (owner_nouns, G_N_ELEMENTS (owner_nouns), lower (doc, k))
            && is_word (doc, k + 1) && strcmp (lower (doc, k + 1), "of") == 0)
          {
            head = k;
            break;
          }
      if (head == G_MAXUINT || source->first > head || source->last + 3 < head)
        return FALSE;
    }
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);
      guint at = G_MAXUINT;

      /* a business whose name holds no word of a kind ("Varun Steel"):
       * no pronoun has given it a gender, and it opens with no given name */
      if (!candidate->org && (candidate->gender != 0 || strchr (candidate->name, ' ') == NULL
                              || px_quotes_given_name_gender (candidate->name) != 0))
        continue;
      for (guint m = 0; m < candidate->mentions->len && at == G_MAXUINT; m++)
        {
          guint token = g_array_index (candidate->mentions, guint, m);

          if (token < range->first)
            break;
          if (token > range->last && doc->span_of[token] < 0)
            at = token;
        }
      if (at == G_MAXUINT || doc->token_segment[at] > doc->token_segment[range->first] + 2
          || px_quotes_mention_before (candidate, range->first) != G_MAXUINT)
        continue;
      /* the first such name after the sentence */
      for (guint q = p + 1; q < doc->people->len; q++)
        {
          Person *other = g_ptr_array_index (doc->people, q);

          if (other->first_token > range->last && other->first_token < at
              && px_quotes_mention_before (other, range->first) == G_MAXUINT)
            at = G_MAXUINT;
        }
      if (at == G_MAXUINT)
        continue;
      if (head != source->last)
        source->first = range->first + 1;
      source->last = head;
      px_quotes_source_from_person (source, candidate);
      return TRUE;
    }
  return FALSE;
}

/* "another source" is someone else; "one resident", "a neighbour",
 * "une habitante" bring in someone new, whom no fuller phrase of an
 * earlier unnamed source describes. */
static gboolean
introduces_someone_new (Doc  *doc,
                        guint first)
{
  return is_word (doc, first)
         && lower_is (doc, first, "another", "a", "an", "one", "un", "une", "ein", "eine", "einer", "uno", "una",
                      "otro", "otra", "autre", NULL);
}

/* The head noun of an unnamed source's label: the word before the phrase
 * that tells which one ("man" of "man from the back of the hall",
 * "employees" of "employees who spoke on condition of anonymity"), else
 * the last word ("senior EU diplomat"). */
static char *
anonymous_head (const char *phrase)
{
  static const char * const starters[] = {
    "from", "at", "near", "in", "of", "on", "with", "who", "that", "which", "interviewed", "questioned",
    "familiar", "close", "am", "im", "aus", "vom", "an", "bei",
  };
  g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0)
    return g_strdup (phrase);
  for (guint w = 1; w < n; w++)
    if (px_text_list_contains (starters, G_N_ELEMENTS (starters), words[w]))
      return g_strdup (words[w - 1]);
  return g_strdup (words[n - 1]);
}

/* "said a pensioner who lives on the estate", "a raconté une voisine
 * qui habite en face": a relative pronoun right after an unnamed person's
 * noun, with no comma before it, tells which person is meant, so the
 * clause belongs to the label (after a comma it only adds to it). */
static gboolean
restrictive_relative_at (Doc  *doc,
                         guint at)
{
  return at > 0 && is_word (doc, at) && is_word (doc, at - 1) && lower_is (doc, at, "who", "whose", "qui", "que", "dont", NULL);
}

/* "une mère d'élève qui a souhaité garder l'anonymat": a relative clause
 * on why the person goes unnamed tells nothing of who they are. */
static gboolean
relative_about_anonymity (const char *word)
{
  static const char * const stems[] = { "anonym", "named", "nommé", "nombre", "identif", "name" };

  return px_text_list_has_prefix (stems, G_N_ELEMENTS (stems), word);
}

static guint cue_skip_listener (Doc *doc, guint i, gint sentence);
static guint spanish_adjunct_after_verb (Doc *doc, guint i, gint sentence);

/* Whether a speech verb stands right before the phrase at @first, or
 * before a listener after it ("a raconté à l'AFP une voisine", "said to
 * reporters one man"). */
static gboolean
speech_verb_before_phrase (Doc  *doc,
                           guint first)
{
  gint sentence = doc->token_sentence[first];

  if (first > 0 && is_word (doc, first - 1) && IN (speech_verbs, lower (doc, first - 1)))
    return TRUE;
  for (guint v = first >= 5 ? first - 5 : 0; v + 2 < first; v++)
    if (doc->token_sentence[v] == doc->token_sentence[first] && is_word (doc, v) && IN (speech_verbs, lower (doc, v))
        && cue_skip_listener (doc, v + 1, sentence) == first)
      return TRUE;
  return FALSE;
}

/* "shouted one man from the back of the hall.", "sagte eine
 * Krankenschwester am Albertplatz.": an unnamed person after the verb keeps
 * the phrase that says where they stand, as the article wrote it, when it
 * runs to the end of the sentence or to a comma (a time or a medium ends
 * no such phrase: "said a resident on Tuesday" is the resident). Returns
 * the phrase's new last token, or @source->last. */
static guint
anonymous_postmodifier_end (Doc    *doc,
                            Source *source)
{
  static const char * const openers[] = {
    "a", "an", "one", "another", "ein", "eine", "einer", "un", "une", "una", "uno",
  };
  static const char * const places[] = { "from", "at", "near", "in", "of", "am", "im", "aus", "vom", "an" };
  static const char * const times[] = {
    "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
    "statement", "interview", "letter", "post", "message", "email", "video", "radio", "television",
    "podcast", "phone", "court", "hearing", "meeting", "conference", "briefing",
    "gestern", "heute", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "woche",
    "wochenende", "mitteilung", "erklärung", "gespräch", "telefon", "fernsehen", "radio", "video",
    "brief", "sitzung", "pressekonferenz", "prozess", "gericht",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember",
  };
  guint p = source->last + 1;
  gint sentence;
  guint k;

  if (source->pronoun || !is_word (doc, source->first)
      || !px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, source->first)))
    return source->last;
  sentence = doc->token_sentence[source->first];
  /* the verb came before the phrase, not after it */
  if (!speech_verb_before_phrase (doc, source->first))
    return source->last;
  if (!px_quotes_allowed_token (doc, p, sentence) || !is_word (doc, p)
      || !(px_text_list_contains (places, G_N_ELEMENTS (places), lower (doc, p))
           || restrictive_relative_at (doc, p)))
    return source->last;
  for (k = p + 1; k < p + 9 && px_quotes_allowed_token (doc, k, sentence); k++)
    {
      /* "said a farmer from near Ludlow, Tom Reed": the name after the
       * comma is who speaks; the phrase is no label then */
      if (is_punct (doc, k, ',') && px_quotes_allowed_token (doc, k + 1, sentence) && px_quotes_is_name_word (doc, k + 1))
        return source->last;
      if (is_punct (doc, k, ',') || (is_punct (doc, k, '.') && !px_quotes_allowed_token (doc, k + 1, sentence)))
        return k > p + 1 ? k - 1 : source->last;
      if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k))
          || (restrictive_relative_at (doc, p) && relative_about_anonymity (bare_head (lower (doc, k))))
          || (tok (doc, k)->flags & PX_LEXICON_TOKEN_NUMBER)
          || (IN (not_name_words, lower (doc, k)) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
          || px_text_list_contains (times, G_N_ELEMENTS (times), lower (doc, k))
          /* "am Montagmorgen", "am Freitagabend" */
          || german_weekday (lower (doc, k)))
        return source->last;
    }
  return source->last;
}

/* Makes @person, mentioned where @source starts, the source in place of
 * whatever the cue reader made of its words. */
static void
source_is_person (Source *source,
                  Person *person)
{
  px_quotes_add_mention (person, source->first);
  px_quotes_source_clear (source);
  px_quotes_source_from_person (source, person);
}

/* The person last reported speaking before @before, in its paragraph or
 * the one before, else the one the article last named prominently. */
static Person *
person_speaking_or_named_before (Doc   *doc,
                                 guint  before)
{
  Source back = { 0, };
  Person *person = NULL;

  if (last_speaker_before (doc, before, 0, &back) && back.person != NULL && !back.person->org)
    person = back.person;
  px_quotes_source_clear (&back);
  if (person == NULL)
    person = px_quotes_prominent_person_before (doc, before);
  return person;
}

/* 'f' or 'm' when @noun ends as French nouns for a person of that gender
 * do ("épicière", "habitante", "éleveuse", "agricultrice", "pharmacien"),
 * else 0. Endings shared with things ("-ant", "-eur") are left out. */
static char
french_person_noun_gender (const char *noun)
{
  static const char * const feminine[] = { "ière", "euse", "rice", "ienne", "ante", "iste" };
  static const char * const masculine[] = { "ier", "ien", "eux" };

  for (gsize e = 0; e < G_N_ELEMENTS (feminine); e++)
    if (g_str_has_suffix (noun, feminine[e]) && strlen (noun) > strlen (feminine[e]) + 2)
      return strcmp (feminine[e], "iste") == 0 ? 0 : 'f';
  for (gsize e = 0; e < G_N_ELEMENTS (masculine); e++)
    if (g_str_has_suffix (noun, masculine[e]) && strlen (noun) > strlen (masculine[e]) + 2)
      return 'm';
  return 0;
}

static void resolve_source_inner (Doc *doc, Source *source);

/* Whether a Spanish noun names a person by its ending ("doctora",
 * "investigadora", "portavoz" aside): "-ora", "-dor", "-ero", "-era",
 * "-ista", "-óloga", "-ólogo", "-ante", "-ente", and "doctor" itself. */
static gboolean
spanish_person_noun (const char *noun)
{
  static const char * const endings[] = { "ora", "dor", "ero", "era", "ista", "óloga", "ólogo", "ante", "ente", "enta", "ica", "ico" };

  if (noun == NULL)
    return FALSE;
  if (strcmp (noun, "doctor") == 0)
    return TRUE;
  for (gsize e = 0; e < G_N_ELEMENTS (endings); e++)
    if (g_str_has_suffix (noun, endings[e]) && strlen (noun) > strlen (endings[e]) + 3)
      return TRUE;
  return FALSE;
}


/* The person the pronoun @word at @at carries on from the sentence just
 * before, in its paragraph, when that sentence opens with the same
 * pronoun, holds no quotation and names someone else after it: "He looks
 * across at Morgan. “Give him ten years,” he says." NULL otherwise. */
static Person *
pronoun_chain (Doc        *doc,
               guint       at,
               const char *word)
{
  gint sentence = (gint) doc->token_sentence[at] - 1;
  const Sentence *range;
  Source subject = { 0, };
  Person *person;
  gboolean other = FALSE;

  /* "« … », a-t-il répété": a cue after a quotation looks back from where
   * the quotation opens */
  for (guint k = at; k > 0 && at - k < 4; k--)
    if (doc->span_of[k - 1] >= 0)
      {
        sentence = (gint) doc->token_sentence[g_array_index (doc->spans, Span, doc->span_of[k - 1]).open] - 1;
        break;
      }
  if (sentence < 0)
    return NULL;
  range = &g_array_index (doc->sentences, Sentence, sentence);
  if (doc->token_segment[range->first] != doc->token_segment[at] || range->first >= range->last
      || !is_word (doc, range->first) || strcmp (lower (doc, range->first), word) != 0)
    return NULL;
  for (guint k = range->first; k <= range->last; k++)
    {
      if (doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE) || may_cue_at (doc, k))
        return NULL;
      other = other || (k > range->first && px_quotes_is_name_word (doc, k));
    }
  if (!other)
    return NULL;
  subject.first = subject.last = range->first;
  subject.pronoun = TRUE;
  resolve_source_inner (doc, &subject);
  person = subject.person;
  px_quotes_source_clear (&subject);
  return person;
}

/* "The dockers' union, Havn, called …": the name set off by commas right
 * after the lower-case noun @noun, before token @before, which "the union"
 * refers back to later. NULL when there is none or more than one, or when
 * the name is a person's ("the club's owner, Dave Price,"). */
static char *
noun_named_in_apposition (Doc        *doc,
                          const char *noun,
                          guint       before)
{
  char *found = NULL;

  for (guint i = 0; i + 3 < doc->tokens->len && i < before; i++)
    {
      guint last;
      char *phrase;
      Person *person;

      /* "Skyvault, the cloud storage company, will cut …": the name
       * before the apposition that the noun heads */
      if (!doc->capital_nouns && i > 3 && is_word (doc, i) && strcmp (lower (doc, i), noun) == 0
          && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && is_punct (doc, i + 1, ','))
        {
          guint t = i;

          while (t > i - 3 && t > 2 && is_word (doc, t - 1) && (tok (doc, t - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                 && !lower_is (doc, t - 1, "the", NULL) && !IN (stop_words, lower (doc, t - 1)))
            t--;
          if (t > 2 && is_word (doc, t - 1) && lower_is (doc, t - 1, "the", NULL) && is_punct (doc, t - 2, ',')
              && px_quotes_is_name_word (doc, t - 3) && doc->token_sentence[t - 3] == doc->token_sentence[i])
            {
              guint first = px_quotes_run_start_back (doc, t - 3);

              phrase = px_quotes_slice (doc, first, t - 3);
              person = px_quotes_find_person_exact (doc, phrase);
              if (person != NULL && !person->org)
                g_free (phrase);
              else if (!px_quotes_keep_one_phrase (&found, phrase))
                return NULL;
              continue;
            }
        }
      if (!is_word (doc, i) || strcmp (lower (doc, i), noun) != 0 || (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
          || !is_punct (doc, i + 1, ',') || !px_quotes_is_name_word (doc, i + 2)
          || doc->token_sentence[i + 2] != doc->token_sentence[i])
        continue;
      last = i + 2;
      while (last < i + 7 && last + 1 < doc->tokens->len && px_quotes_is_name_word (doc, last + 1)
             && doc->token_sentence[last + 1] == doc->token_sentence[i])
        last++;
      if (last + 1 >= doc->tokens->len || !is_punct (doc, last + 1, ',') || last >= before)
        continue;
      phrase = px_quotes_slice (doc, i + 2, last);
      person = px_quotes_find_person_exact (doc, phrase);
      if (person != NULL && !person->org)
        {
          g_free (phrase);
          continue;
        }
      if (!px_quotes_keep_one_phrase (&found, phrase))
        return NULL;
    }
  return found;
}

/* Turns a mention into a speaker: a full name, or the phrase itself. */
static void
resolve_source_inner (Doc    *doc,
                      Source *source)
{
  Person *person = NULL;
  gboolean definite_role = FALSE;

  /* already read (a Russian institution put back in the nominative) */
  if (source->speaker != NULL)
    return;
  if (russian_institution_anaphor (doc, source))
    return;
  /* "— добавил собеседник агентства": the one the agency talked to is
   * whoever it last reported speaking, a person or an institution */
  if (!source->pronoun && source->first + 1 == source->last && is_word (doc, source->first)
      && g_str_has_prefix (lower (doc, source->first), "собеседни") && is_word (doc, source->last)
      && lower_is (doc, source->last, "агентства", "издания", "газеты", "телеканала", "портала", NULL))
    {
      Source earlier = { 0, };

      if (last_speaker_before (doc, source->first, 0, &earlier) && earlier.speaker != NULL)
        {
          source_take_speaker (source, &earlier);
          if (source->person != NULL)
            px_quotes_add_mention (source->person, source->first);
          px_quotes_source_clear (&earlier);
          return;
        }
      px_quotes_source_clear (&earlier);
    }
  if (source->pronoun && lower_is (doc, source->first, "it", NULL))
    {
      gint sentence = doc->token_sentence[source->first];

      /* "The report, by …, is based on … . It says …": the document the
       * sentence before is about */
      if (sentence > 0)
        {
          const Sentence *previous = &g_array_index (doc->sentences, Sentence, sentence - 1);
          guint head = previous->first + 1;

          if (head <= previous->last && is_word (doc, previous->first) && IN (determiners, lower (doc, previous->first))
              && is_word (doc, head) && IN (document_nouns, lower (doc, head)))
            {
              source->first = previous->first;
              source->last = head;
              source->pronoun = FALSE;
              source->document = TRUE;
              source->speaker = px_quotes_slice (doc, previous->first, head);
              return;
            }
          /* "Carrow Polymers has issued a statement. “…,” it reads": the
           * body that issued the document the sentence before speaks */
          for (guint t = previous->first; t <= previous->last; t++)
            if (is_word (doc, t) && doc->span_of[t] < 0 && IN (document_nouns, lower (doc, t)))
              {
                /* its first name, an institution's, before the document */
                for (guint n = previous->first; n < t; n++)
                  if (is_word (doc, n) && doc->span_of[n] < 0 && px_quotes_is_name_word (doc, n)
                      && px_quotes_allowed_token (doc, n, sentence - 1))
                    {
                      guint end = px_quotes_run_end_forward (doc, n);

                      if (end < t && (px_quotes_run_is_org (doc, n, end) || (end > n && !known_person_at (doc, n, end))))
                        {
                          source->first = n;
                          source->last = end;
                          source->pronoun = FALSE;
                          resolve_source_inner (doc, source);
                          return;
                        }
                      n = end;
                    }
                break;
              }
        }
      /* "Hartwell Borough Council will cut …, it announced on Thursday":
       * after the clause and its comma, "it" is the institution that
       * opens the sentence */
      {
        const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);

        if (source->first > range->first + 3 && is_punct (doc, source->first - 1, ',') && doc->span_of[range->first] < 0
            && px_quotes_is_name_word (doc, range->first))
          {
            guint end = px_quotes_run_end_forward (doc, range->first);

            g_autofree char *opening = px_quotes_slice (doc, range->first, end);

            /* "Skyvault will cut …, it said": "it" is no person, so a name
             * the article gives no person ("Skyvault") is the body too */
            if (end + 1 < source->first && end < range->first + 8
                && (px_quotes_run_is_org (doc, range->first, end)
                    || (!doc->capital_nouns && !known_person_at (doc, range->first, end)
                        && px_quotes_given_name_gender (opening) == 0
                        /* the name is the subject, not a modifier of one
                         * ("Rescue teams were searching …, it added"):
                         * an apposition or a verb follows it */
                        && (is_punct (doc, end + 1, ',')
                            || (is_word (doc, end + 1)
                                && (g_str_has_suffix (lower (doc, end + 1), "ed")
                                    || lower_is (doc, end + 1, "will", "would", "has", "had", "is", "was", "can", "could",
                                                 "may", "might", "should", "must", "plans", "expects", "intends", NULL)))))))
              {
                Source opener = { 0, };

                /* the mention stays where "it" is: the clause before it is
                 * what was said */
                opener.first = range->first;
                opener.last = end;
                resolve_source_inner (doc, &opener);
                if (opener.speaker != NULL)
                  {
                    source_take_speaker (source, &opener);
                    source->pronoun = FALSE;
                    px_quotes_source_clear (&opener);
                    return;
                  }
                px_quotes_source_clear (&opener);
              }
          }
      }
      last_institution_speaker_before (doc, source->first, source);
      return;
    }
  /* "Об этом ТАСС сообщили в министерстве … . «…», — уточнили в
   * ведомстве": the institution last reported speaking */
  if (source->pronoun && source->implicit && px_quotes_is_cyrillic_word (doc, source->first)
      && lower_is (doc, source->first, "ведомстве", "службе", NULL)
      && russian_institution_speaker_earlier (doc, source->first, source))
    return;
  /* "La Conselleria rebajó esa cifra y aseguró que …": a coordinated
   * verb with no subject has its sentence's */
  if (source->pronoun && source->implicit
      && coordinated_subject (doc, source->first, doc->token_sentence[source->first], source))
    return;
  if (source->pronoun)
    {
      const char *word = lower (doc, source->first);
      gboolean group = !source->implicit && (IN (pronouns_group, word)
                                             || g_str_has_suffix (word, "-ils") || g_str_has_suffix (word, "-elles"));

      {
        char gender = source->implicit ? 0 : px_quotes_pronoun_gender (word);

        if (gender == 0 && px_quotes_incise_base (word) > 0)
          gender = g_str_has_suffix (word, "il") ? 'm' : 'f';
        /* "The mayor was unimpressed. “…,” he said": a sentence just
         * before, in the paragraph, that speaks of someone without
         * reporting speech makes them the one the pronoun points to */
        if (!group && !source->implicit && gender != 0)
          {
            Person *topic = sentence_topic (doc, doc->token_sentence[source->first] - 1, source->first);

            /* "He looks across at Morgan. “…,” he says": the same pronoun
             * opening the sentence just before carries its person on,
             * whoever that sentence then names */
            if (topic == NULL)
              topic = pronoun_chain (doc, source->first, word);
            /* "The Frenchman himself broke his silence. In a post, he
             * wrote …": the subject of the sentence just before, even one
             * with a verb of speech that reports no clause */
            if (topic == NULL)
              topic = salient_subject (doc, source->first, gender, 1);

            if (topic != NULL && !topic->org && (topic->gender == 0 || topic->gender == gender))
              {
                px_quotes_add_mention (topic, source->first);
                if (topic->gender == 0)
                  topic->gender = gender;
                px_quotes_source_from_person (source, topic);
                return;
              }
          }
        /* "Arrieta no podrá contar con el lateral X ni con el delantero
         * Y. «…», zanjó.": a Spanish verb with no subject after a sentence
         * that opens with a person speaks for that person, not for the
         * people named in its objects */
        if (!group && source->implicit && doc->pro_drop)
          {
            Person *topic = salient_subject (doc, source->first, 0, 1);
            guint cue_sentence = doc->token_sentence[source->first];

            /* someone named in the cue's own sentence before it ("La
             * coautora, la bióloga X, advirtió") is nearer */
            for (guint p = 0; p < doc->people->len && topic != NULL; p++)
              {
                Person *other = g_ptr_array_index (doc->people, p);

                for (guint m = 0; m < other->mentions->len && other != topic; m++)
                  {
                    guint token = g_array_index (other->mentions, guint, m);

                    if (token < source->first && doc->token_sentence[token] == cue_sentence && doc->span_of[token] < 0)
                      topic = NULL;
                  }
              }
            /* only a subject that opens its sentence ("Preguntado por la
             * lesión del capitán, X, Pellegrino confirmó": X is none) */
            if (topic != NULL)
              {
                guint seen = px_quotes_mention_before (topic, source->first);
                gboolean opens = FALSE;

                if (seen != G_MAXUINT && doc->token_sentence[seen] + 1 >= cue_sentence)
                  {
                    guint first = g_array_index (doc->sentences, Sentence, doc->token_sentence[seen]).first;

                    opens = seen == first || (seen == first + 1 && is_word (doc, first) && IN (determiners, lower (doc, first)));
                  }
                if (!opens)
                  topic = NULL;
              }
            if (topic != NULL && !topic->org)
              {
                px_quotes_add_mention (topic, source->first);
                px_quotes_source_from_person (source, topic);
                return;
              }
          }
        if (!group && last_speaker_before (doc, source->first, gender, source))
          {
            if (source->person != NULL)
              {
                px_quotes_add_mention (source->person, source->first);
                /* "“…,” he said" resolved to Ekwueme: he is a man from now on */
                if (gender != 0 && source->person->gender == 0 && !source->person->org)
                  source->person->gender = gender;
              }
            return;
          }
        /* "The council's planning officers have recommended approval. In
         * their report, they state …": a group pronoun is the plural people
         * the sentence before opens with, in its paragraph */
        if (group && !source->implicit && doc->token_sentence[source->first] > 0)
          {
            const Sentence *range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first] - 1);
            guint k = range->first;
            guint head;

            if (doc->token_segment[k] == doc->token_segment[source->first] && is_word (doc, k)
                && strcmp (lower (doc, k), "the") == 0)
              {
                head = k + 1;
                while (head < k + 5 && head + 1 <= range->last && is_word (doc, head + 1) && doc->span_of[head + 1] < 0
                       && !IN (group_nouns, lower (doc, head)) && !IN (stop_words, lower (doc, head))
                       && !IN (speech_verbs, lower (doc, head)))
                  head++;
                if (IN (group_nouns, lower (doc, head)) && doc->span_of[head] < 0 && head + 1 <= range->last
                    && is_word (doc, head + 1) && !(tok (doc, head + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
                    && !IN (of_words, lower (doc, head + 1)) && strcmp (lower (doc, head + 1), "and") != 0
                    && strcmp (lower (doc, head + 1), "in") != 0 && strcmp (lower (doc, head + 1), "from") != 0)
                  {
                    g_free (source->speaker);
                    source->speaker = px_quotes_slice (doc, k + 1, head);
                    return;
                  }
              }
          }
        person = last_person_before_gender (doc, source->first, group, gender);
        /* "But under cross-examination by Thomas Greaves, defending, he
         * accepted …": a person named after a preposition in the clause's
         * opening adjunct is not its subject; the one before the sentence is */
        if (person != NULL && !group && !source->implicit)
          {
            guint seen = px_quotes_mention_before (person, source->first);
            static const char * const preps[] = { "by", "with", "from", "to", "against", "for", "par", "avec", "por", "con", "von", "mit" };

            if (seen != G_MAXUINT && seen > 0 && doc->token_sentence[seen] == doc->token_sentence[source->first]
                && is_word (doc, seen - 1) && px_text_list_contains (preps, G_N_ELEMENTS (preps), lower (doc, seen - 1)))
              {
                guint opening = g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]).first;
                Person *before = last_person_before_gender (doc, opening, FALSE, gender);

                if (before != NULL && before != person)
                  person = before;
              }
          }
        /* "Smith had lied to the board, she said": an inverted pronoun after
         * the clause is not someone the clause speaks of */
        if (person != NULL && !group && source->first > 1 && is_word (doc, source->first - 1)
            && IN (speech_verbs, lower (doc, source->first - 1)) && is_punct (doc, source->first - 2, ',')
            && doc->token_sentence[px_quotes_mention_before (person, source->first)] == doc->token_sentence[source->first])
          {
            Person *outside = NULL;
            guint outside_seen = 0;
            guint clause_first = g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]).first;

            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                guint seen = px_quotes_mention_before (candidate, clause_first);

                if (candidate->org || seen == G_MAXUINT
                    || (gender != 0 && candidate->gender != 0 && candidate->gender != gender))
                  continue;
                if (outside == NULL || seen > outside_seen)
                  {
                    outside = candidate;
                    outside_seen = seen;
                  }
              }
            if (outside != NULL)
              person = outside;
          }
        if (person != NULL && gender != 0 && person->gender == 0)
          person->gender = gender;
      }
      if (person != NULL)
        px_quotes_source_from_person (source, person);
      else if (!group)
        {
          /* "Le Premier ministre a défendu sa réforme. « … », a-t-il
           * martelé": nobody is named; the role the sentence before opens
           * with speaks */
          gint s = doc->token_sentence[source->first];

          for (gint b = s; b >= 0 && b + 2 > s && source->speaker == NULL; b--)
            {
              const Sentence *range = &g_array_index (doc->sentences, Sentence, b);
              guint k = range->first;

              if (doc->token_segment[k] + 1 < doc->token_segment[source->first] || !is_word (doc, k)
                  || !IN (determiners, lower (doc, k)))
                continue;
              k++;
              while (k <= range->last && k < range->first + 4 && is_word (doc, k) && doc->span_of[k] < 0
                     && (px_quotes_is_title (doc, k) || (!(tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, k))
                                               && !IN (speech_verbs, lower (doc, k)) && !IN (between_words, lower (doc, k))
                                               && k == range->first + 1)))
                k++;
              if (k > range->first + 1 && px_quotes_is_title (doc, k - 1) && !px_quotes_is_name_word (doc, k))
                source->speaker = px_quotes_slice (doc, range->first + 1, k - 1);
            }
        }
      return;
    }
  if (kin_of_possessor (doc, source))
    return;
  if (parent_of_count (doc, source))
    return;
  if (owner_named_later (doc, source))
    return;
  /* "Shopkeepers on Bridge Street said", "Residents near Mill Road
   * said": a plural noun capitalised only as the sentence's first word,
   * with the place that completes it, is an anonymous group */
  if (source->first + 1 < source->last && is_word (doc, source->first + 1)
      && (tok (doc, source->first)->flags & PX_LEXICON_TOKEN_SENT_START)
      && (tok (doc, source->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && lower_is (doc, source->first + 1, "on", "in", "near", "from", "at", NULL)
      && is_word (doc, source->first) && g_str_has_suffix (lower (doc, source->first), "s") && !g_str_has_suffix (lower (doc, source->first), "ss")
      && g_utf8_strlen (lower (doc, source->first), -1) > 4 && !IN (institution_nouns, lower (doc, source->first))
      && !px_text_list_contains (source_nouns_en, G_N_ELEMENTS (source_nouns_en), lower (doc, source->first)))
    {
      source->speaker = px_quotes_slice (doc, source->first, source->last);
      return;
    }
  /* "Analysts at Berenberg said": the group speaks for the firm after
   * "at", whatever its name looks like */
  if (source->first + 2 <= source->last && is_word (doc, source->first + 1)
      && px_text_list_contains (source_nouns_en, G_N_ELEMENTS (source_nouns_en), lower (doc, source->first))
      && lower_is (doc, source->first + 1, "at", "from", NULL)
      && px_quotes_is_name_word (doc, source->first + 2))
    source->first += 2;
  /* "Парламентарий пообещал …": a Russian noun for a person opening the
   * sentence, capitalised only for that, is the one last reported
   * speaking, or the one just spoken of, as "— отметил парламентарий" is */
  if (source->first == source->last && px_quotes_is_cyrillic_word (doc, source->first)
      && russian_common_noun_opening (doc, source->first))
    {
      person = person_speaking_or_named_before (doc, source->first);
      if (person != NULL)
        {
          px_quotes_add_mention (person, source->first);
          px_quotes_source_from_person (source, person);
          return;
        }
    }
  /* "Una conductora de 52 años": a capitalised article opens a role */
  if ((px_quotes_is_name_word (doc, source->first) && !(IN (determiners, lower (doc, source->first)) && source->first < source->last
                                               && (tok (doc, source->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0))
      || px_quotes_is_title (doc, source->first)
      || ((tok (doc, source->first)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && !IN (not_name_words, lower (doc, source->first))))
    {
      guint first_name = px_quotes_name_start (doc, source->first, source->last);
      g_autofree char *name = NULL;

      /* "Губернатор Ивановской области", "глава Заречного района": the
       * place a Russian role is of, its noun in lower case, is no name;
       * the role is read as a role */
      if (first_name > source->first && first_name < source->last && px_quotes_is_cyrillic_word (doc, source->last)
          && !(tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL) && px_quotes_is_title (doc, source->first))
        first_name = source->last + 1;
      if (first_name > source->last)
        {
          /* Titles only: "the Armenian Prime Minister" */
          person = find_person_by_role (doc, source->first, source->last, source->first);
          if (person == NULL)
            person = find_person_by_role_in_lead (doc, source->first, source->last);
          if (person == NULL)
            person = find_person_by_role_family_in_lead (doc, source->first, source->last);
          /* "— подчеркнул эксперт", "— добавил собеседник агентства": Russian
           * copy calls the person it last named by what they are to the
           * story, not by the title it introduced them with */
          if (person == NULL && source->first == source->last
              && is_word (doc, source->first) && (g_str_has_prefix (lower (doc, source->first), "эксперт")
                  || g_str_has_prefix (lower (doc, source->first), "собеседни")
                  /* "Как уточнил метеоролог" after "Синоптик Михаил Леус" */
                  || (px_quotes_is_cyrillic_word (doc, source->first) && !(tok (doc, source->first)->flags & PX_LEXICON_TOKEN_CAPITAL))))
            person = px_quotes_last_person_before (doc, source->first, FALSE);
          if (person == NULL && source->first + 1 < source->last && is_definite (lower (doc, source->first)))
            person = person_just_named (doc, source->first, source->first + 1, source->last);
          /* "The Chancellor is facing a revolt … . Rachel Hendry insisted
           * … . Speaking to the BBC, the Chancellor said": a title the
           * article gave nobody by apposition is the person its paragraph
           * names, when that person has no other description */
          if (person == NULL && (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL)
              && ((source->first < source->last && is_definite (lower (doc, source->first)))
                  || (source->first > 0 && is_word (doc, source->first - 1) && is_definite (lower (doc, source->first - 1)))))
            {
              Person *named = NULL;
              guint named_at = 0;

              for (guint p = 0; p < doc->people->len; p++)
                {
                  Person *candidate = g_ptr_array_index (doc->people, p);
                  guint seen = px_quotes_mention_before (candidate, source->first);

                  if (candidate->org || seen == G_MAXUINT || doc->token_segment[seen] != doc->token_segment[source->first]
                      || strchr (candidate->name, ' ') == NULL || doc->span_of[seen] >= 0)
                    continue;
                  if (named == NULL || seen > named_at)
                    {
                      named = candidate;
                      named_at = seen;
                    }
                }
              if (named != NULL && named->descriptions->len == 0)
                person = named;
            }
          if (person != NULL)
            px_quotes_source_from_person (source, person);
          else
            {
              guint from = source->first;

              /* "Una conductora de 52 años": without its article */
              if (from < source->last && IN (determiners, lower (doc, from)))
                from++;
              source->speaker = px_quotes_slice (doc, from, source->last);
            }
          return;
        }
      /* "Opposition councillors said", "Opposition lawmakers said": a
       * title word capitalised as the sentence's first word modifies the
       * plural group after it, which is no name; the group is both.
       * "Dravia's general staff said": a possessive name before a body
       * noun is part of the body's name too */
      if (first_name == source->last && first_name > source->first && is_word (doc, first_name)
          && (tok (doc, first_name)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !px_quotes_is_title (doc, first_name)
          && ((g_str_has_suffix (lower (doc, first_name), "s") && !g_str_has_suffix (lower (doc, first_name), "ss"))
              || IN (institution_nouns, lower (doc, first_name)) || strcmp (lower (doc, first_name), "staff") == 0)
          && !IN (determiners, lower (doc, source->first)))
        {
          gboolean modifiers = TRUE;

          for (guint k = source->first; k < first_name && modifiers; k++)
            modifiers = is_word (doc, k) && !px_quotes_is_name_word (doc, k + 1)
                        && (px_quotes_is_title (doc, k)
                            || (k == source->first && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL)
                                && (g_str_has_suffix (lower (doc, k), "'s") || g_str_has_suffix (lower (doc, k), "’s"))))
                        && (k == source->first || (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0);
          if (modifiers)
            {
              source->speaker = px_quotes_slice (doc, source->first, source->last);
              return;
            }
        }
      name = px_quotes_slice (doc, first_name, px_quotes_name_end (doc, first_name, source->last));
      person = px_quotes_find_person_exact (doc, name);
      /* "De Vries" at a sentence start for "Bram de Vries": the surname
       * with its particle names the fuller name */
      if (person != NULL && strchr (person->name, ' ') != NULL)
        for (guint p = 0; p < doc->people->len; p++)
          {
            Person *fuller = g_ptr_array_index (doc->people, p);
            gsize n = strlen (fuller->name), m = strlen (person->name);

            if (fuller != person && !fuller->org && n > m + 1 && fuller->name[n - m - 1] == ' '
                && g_ascii_strcasecmp (fuller->name + n - m, person->name) == 0)
              {
                person = fuller;
                break;
              }
          }
      /* an institution is not found by the last word of its name
       * ("Delegación del Gobierno en Castilla y León" is not "Castilla y León") */
      if (person == NULL || strchr (person->name, ' ') == NULL)
        {
          Person *full = px_quotes_find_person_by_part (doc, name, source->first);

          if (full != NULL && person == NULL && full_is_place_of (name, full->name))
            full = NULL;
          if (full != NULL)
            person = full;
        }
      /* "the Spaniard", "the Austrian": a nationality, not a name */
      if (person == NULL
          && ((first_name > source->first && is_word (doc, source->first) && is_definite (lower (doc, source->first)))
              || (source->first > 0 && is_word (doc, source->first - 1)
                  && g_ascii_strcasecmp (lower (doc, source->first - 1), "the") == 0)))
        person = find_person_by_descriptor (doc, first_name, source->last, source->first);
      /* "L'édile": a role with its elided article, of the same family as
       * one the article gave ("le maire de la commune, Bernard Faure") */
      if (person == NULL && source->first == source->last
          && is_word (doc, source->first) && (g_str_has_prefix (lower (doc, source->first), "l'") || g_str_has_prefix (lower (doc, source->first), "l’")))
        person = find_person_by_descriptor (doc, source->first, source->last, source->first);
      /* "the Italian" when the article never gave a nationality */
      if (person == NULL
          && ((first_name > source->first && lower_is (doc, source->first, "the", NULL))
              || (first_name == source->first && source->first > 0 && is_word (doc, source->first - 1)
                  && strcmp (lower (doc, source->first - 1), "the") == 0))
          && refers_to_person (doc, first_name, source->last)
          && !px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), lower (doc, source->last)))
        person = px_quotes_prominent_person_before (doc, source->first);
      /* "The Polish-born physicist" */
      if (person == NULL && first_name > source->first && is_word (doc, source->first)
          && is_definite (lower (doc, source->first)))
        person = person_just_named (doc, source->first, first_name, source->last);
      else if (person == NULL && first_name == source->first && source->first > 0 && is_word (doc, source->first - 1)
               && is_definite (lower (doc, source->first - 1)))
        person = person_just_named (doc, source->first - 1, first_name, source->last);
      /* "Der Klinikchef fügte hinzu", "sagte die Ministerin": German
       * capitalises the role noun, which names the person introduced with
       * it as it does in other languages */
      if (person == NULL && doc->capital_nouns && first_name == source->last)
        person = find_person_by_role (doc, first_name, source->last, source->first);
      /* "L'accusé, lui, nie toujours les faits": the capital is the
       * elided article's, and the accused is the defendant */
      if (person == NULL && source->first == source->last && elided_defendant (doc, source->first))
        person = find_defendant (doc);
      /* "Agent says …": a headline opens with a capital, so a lone role
       * there reads as a name nobody has */
      if (person == NULL && source->first == source->last && first_name == source->first
          && doc->token_segment[source->first] == 0)
        person = find_person_by_role_family_in_lead (doc, source->first, source->last);
      if (person != NULL)
        px_quotes_source_from_person (source, person);
      else
        source->speaker = g_steal_pointer (&name);
      if (source->description == NULL && first_name > source->first)
        source->description = px_quotes_slice (doc, source->first, first_name - 1);
      return;
    }
  /* "El exconcejal de Urbanismo de Alcaraz Juan Pedro Molina": a role
   * phrase that ends in a person's full name is that person */
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);

      if (candidate->org || strchr (candidate->name, ' ') == NULL)
        continue;
      for (guint m = 0; m < candidate->mentions->len; m++)
        {
          guint at = g_array_index (candidate->mentions, guint, m);

          /* "Shopkeepers on Bridge Street": a name after a preposition
           * is where the speakers are, not who they are */
          static const char * const places[] = { "on", "in", "at", "near", "from", "of", "en", "à", "bei", "aus", "im" };

          if (at > source->first && at <= source->last
              && !(is_word (doc, at - 1) && px_text_list_contains (places, G_N_ELEMENTS (places), lower (doc, at - 1))))
            {
              g_autofree char *written = px_quotes_slice (doc, at, source->last);

              if (strcmp (written, candidate->name) == 0)
                {
                  px_quotes_source_from_person (source, candidate);
                  return;
                }
            }
        }
    }
  /* A role or a document. */
  {
    guint first = source->first;

    if (is_word (doc, first) && (IN (stop_words, lower (doc, first)) || IN (determiners, lower (doc, first))))
      first++;
    /* "Un autre habitant", "Otra vecina": another of a kind is labelled by
     * its noun, as "another resident" is */
    if (first < source->last && is_word (doc, first) && lower_is (doc, first, "autre", "otra", "otro", NULL))
      first++;
    if (first > source->last)
      return;
    /* "advirtió la titular del sector", "el titular del ramo", "la
     * responsable del área", "el titular de la cartera": a Spanish office of a word for any field of
     * government names no body of its own; the role alone refers back */
    if (doc->pro_drop && first + 2 <= source->last && first > source->first && is_definite (lower (doc, source->first))
        && is_word (doc, first + 1) && lower_is (doc, first + 1, "de", "del", NULL) && is_word (doc, source->last)
        && lower_is (doc, source->last, "sector", "ramo", "área", "cartera", NULL)
        && (first + 2 == source->last || (first + 3 == source->last && IN (determiners, lower (doc, first + 2)))))
      source->last = first;
    /* "dijo la representante del Ministerio Público", "el representante
     * del Ministerio Fiscal": a Spanish court report's periphrasis for the
     * prosecutor it named as "la fiscal, X" */
    if (doc->pro_drop && first + 3 == source->last && first > source->first && is_definite (lower (doc, source->first))
        && lower_is (doc, first, "representante", NULL) && lower_is (doc, first + 1, "del", NULL)
        && lower_is (doc, first + 2, "ministerio", NULL) && lower_is (doc, source->last, "público", "fiscal", NULL))
      {
        Person *prosecutor = NULL;
        guint prosecutor_seen = 0;

        for (guint p = 0; p < doc->people->len; p++)
          {
            Person *candidate = g_ptr_array_index (doc->people, p);
            guint seen = px_quotes_mention_before (candidate, source->first);

            if (candidate->org || seen == G_MAXUINT || (prosecutor != NULL && seen <= prosecutor_seen))
              continue;
            for (guint d = 0; d < candidate->descriptions->len; d++)
              {
                g_autofree char *description = g_utf8_strdown (g_ptr_array_index (candidate->descriptions, d), -1);

                if (strcmp (description, "fiscal") == 0 || g_str_has_prefix (description, "fiscal ")
                    || strcmp (description, "fiscala") == 0 || g_str_has_prefix (description, "fiscala "))
                  {
                    prosecutor = candidate;
                    prosecutor_seen = seen;
                    break;
                  }
              }
          }
        if (prosecutor != NULL)
          {
            px_quotes_add_mention (prosecutor, source->first);
            px_quotes_source_from_person (source, prosecutor);
            return;
          }
      }
        /* "cette source", "the source": the unnamed source quoted last */
        {
          static const char * const source_heads[] = {
            "source", "fuente", "источник", "quelle",
            /* "according to the same sources" */
            "sources", "fuentes", "источники", "quellen",
          };

          static const char * const definite[] = {
            "the", "this", "cette", "cet", "ce", "la", "esta", "este", "la", "diese", "dieser", "die", "these",
            "ces", "les", "estas", "las", "mêmes",
          };

          if (first > source->first && px_text_list_contains (definite, G_N_ELEMENTS (definite), lower (doc, source->first))
              && px_text_list_contains (source_heads, G_N_ELEMENTS (source_heads), lower (doc, source->last)))
            {
              const char *antecedent = doc->anonymous->len > 0 ? g_ptr_array_index (doc->anonymous, doc->anonymous->len - 1) : NULL;
              gboolean kind = FALSE;

              /* the last unnamed source of that kind, if one was, among
               * those read as roles or those already quoted */
              for (guint a = doc->anonymous->len; a > 0 && !kind; a--)
                {
                  g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (doc->anonymous, a - 1), -1);

                  if ((kind = strstr (folded, lower (doc, source->last)) != NULL))
                    antecedent = g_ptr_array_index (doc->anonymous, a - 1);
                }
              /* "Sources close to the club said …": the phrase before an
               * earlier verb that opens with the same noun */
              for (guint t = source->first; t > 0 && !kind; t--)
                {
                  guint e = t - 1;

                  if (!is_word (doc, e) || doc->span_of[e] >= 0 || strcmp (lower (doc, e), lower (doc, source->last)) != 0
                      || !(tok (doc, e)->flags & PX_LEXICON_TOKEN_SENT_START))
                    continue;
                  for (guint v = e + 1; v < e + 8 && v < source->first && is_word (doc, v); v++)
                    if (IN (speech_verbs, lower (doc, v)))
                      {
                        guint end = v;

                        /* "Fuentes de la consejería han indicado": the
                         * auxiliary is no part of the phrase */
                        while (end > e + 1 && is_word (doc, end - 1) && IN (between_words, lower (doc, end - 1)))
                          end--;
                        /* "Fuentes de Presidencia consultadas por este
                         * diario": the participle and its agent say who
                         * asked, not whose the sources are */
                        if (doc->pro_drop)
                          for (guint k = e + 2; k + 1 < end; k++)
                            if (is_word (doc, k) && is_word (doc, k + 1) && lower_is (doc, k + 1, "por", NULL)
                                && (g_str_has_suffix (lower (doc, k), "adas") || g_str_has_suffix (lower (doc, k), "idas")
                                    || g_str_has_suffix (lower (doc, k), "ados") || g_str_has_suffix (lower (doc, k), "idos")))
                              {
                                end = k;
                                break;
                              }
                        if (end > e + 1)
                          {
                            g_free (source->speaker);
                            source->speaker = px_quotes_slice (doc, e, end - 1);
                            return;
                          }
                        break;
                      }
                }
              if (antecedent != NULL)
                {
                  g_free (source->speaker);
                  source->speaker = g_strdup (antecedent);
                  return;
                }
            }
        }
    if (IN (document_nouns, lower (doc, source->last)))
      {
        source->document = TRUE;
        source->speaker = px_quotes_slice (doc, source->first, source->last);
        return;
      }
    /* "…, jury told", "a court heard": the court listens; what it heard
     * comes from the prosecution when the report names its counsel */
    if (source->last + 1 < doc->tokens->len && is_word (doc, source->last + 1)
        && lower_is (doc, source->last + 1, "told", "heard", NULL)
        && lower_is (doc, source->last, "jury", "court", "inquest", "tribunal", "magistrates", NULL))
      {
        person = find_prosecutor (doc);
        if (person != NULL)
          px_quotes_source_from_person (source, person);
        return;
      }
    /* "The prosecution says …", "the defence said": a party to a trial
     * speaks as itself, as "Selon l'accusation" does, not as the person
     * named last (the defendant, as often as not) */
    if (first == source->last && first == source->first + 1 && is_definite (lower (doc, source->first))
        && lower_is (doc, first, "prosecution", "defence", "defense", NULL))
      {
        source->speaker = g_strdup (lower (doc, first));
        return;
      }
    /* "Her spokesman said": a spokesperson of a person speaks for the
     * person the possessive refers to */
    if (first == source->last && first == source->first + 1 && px_quotes_pronoun_gender (lower (doc, source->first)) != 0
        && IN (spokes, lower (doc, first)))
      {
        Source possessor = { 0, };

        possessor.first = possessor.last = source->first;
        possessor.pronoun = TRUE;
        px_quotes_resolve_source (doc, &possessor);
        if (possessor.person != NULL && !possessor.person->org)
          {
            person = possessor.person;
            px_quotes_source_clear (&possessor);
            px_quotes_source_from_person (source, person);
            return;
          }
        px_quotes_source_clear (&possessor);
      }
    person = NULL;
    /* "afirmó la vocera de la organización", "el presidente del club": a
     * definite Spanish role of a body named by its common noun only is the
     * person the article gave that role */
    if (doc->pro_drop && source->first + 3 <= source->last && is_definite (lower (doc, source->first))
        && is_word (doc, source->first + 1) && is_word (doc, source->first + 2)
        && lower_is (doc, source->first + 2, "de", "del", NULL) && is_word (doc, source->last)
        && !(tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && (IN (institution_nouns, lower (doc, source->last)) || IN (org_words, lower (doc, source->last))
            || lower_is (doc, source->last, "entidad", "organización", "club", "formación", NULL))
        && (source->first + 3 == source->last
            || (source->first + 4 == source->last && IN (determiners, lower (doc, source->first + 3)))))
      {
        person = find_person_by_role (doc, source->first + 1, source->first + 1, source->first);
        if (person != NULL && person->org)
          person = NULL;
      }
    if (person == NULL)
      {
        person = find_person_by_role (doc, first, source->last, source->first);
        /* "argumentó el letrado" after "Su letrado, X" and then "El
         * abogado de Gálvez, Y": a Spanish role word said back refers to
         * the person of its family the article named last, not to an
         * earlier one who was given the very word ("titular de la
         * operación" for a firm before "la ministra") */
        if (person != NULL && doc->pro_drop && first == source->last && first == source->first + 1
            && is_definite (lower (doc, source->first)))
          {
            Person *later = find_person_by_descriptor (doc, first, source->last, source->first);

            if (later != NULL && later != person
                && px_quotes_mention_before (later, source->first) > px_quotes_mention_before (person, source->first))
              person = later;
          }
      }
    /* "The cooperative said" after "the trawlerman who leads the local
     * fishermen's cooperative, Jens Aaberg": an institution is never a man
     * or a woman the article has given a gender */
    if (person != NULL && !person->org && person->gender != 0 && IN (institution_nouns, bare_head (lower (doc, source->last)))
        && !IN (spokes, lower (doc, source->last))
        && strcmp (lower (doc, source->last), "representative") != 0)
      person = NULL;
    /* "a répété l'accusé": the article and the noun are one word */
    if (person == NULL && first == source->last && first == source->first && elided_defendant (doc, first))
      person = find_defendant (doc);
    if (person == NULL && first == source->last && first > source->first && is_definite (lower (doc, source->first))
        && lower_is (doc, first, "defendant", "accused", "acusado", "acusada", "prévenu", "prévenue", "angeklagte", NULL))
      person = find_defendant (doc);
    /* "the witness said" at a hearing */
    if (person == NULL && first == source->last && first > source->first && is_definite (lower (doc, source->first))
        && lower_is (doc, first, "witness", NULL))
      person = find_witness (doc, source->first);
    if (person == NULL && !IN (institution_nouns, bare_head (lower (doc, source->last))))
      person = find_person_by_role_in_lead (doc, first, source->last);
    if (person == NULL && first > source->first && px_quotes_role_article (doc, source->first))
      person = find_person_by_role_index (doc, first, source->last, source->first);
    if (person == NULL && first > source->first && is_definite (lower (doc, source->first)))
      person = find_person_by_descriptor (doc, first, source->last, source->first);
    /* "erzählt die Rentnerin", "sagte der Anwohner": a German noun for a
     * person the article never used before refers back to the person just
     * named */
    if (person == NULL && first == source->last && first > source->first
        && is_definite (lower (doc, source->first)) && is_word (doc, first))
      {
        static const char * const german_person_nouns[] = {
          "rentnerin", "rentner", "anwohnerin", "anwohner", "seniorin", "pensionär", "pensionärin", "landwirt",
          "landwirtin", "mutter", "vater", "frau", "mann", "unternehmer", "unternehmerin", "besitzerin",
          "besitzer", "inhaberin", "inhaber", "wirtin", "wirt", "bäuerin", "bauer",
          /* "die SPD-Politikerin", "der Grünen-Chef": the head of a compound */
          "politikerin", "politiker", "chefin", "chef", "expertin", "experte",
        };
        /* … and so do French and Spanish ones: "La retraitée assure",
         * "explica la jubilada", unless an unnamed source was so called */
        static const char * const romance_person_nouns[] = {
          "retraitée", "retraité", "septuagénaire", "octogénaire", "quinquagénaire", "sexagénaire", "quadragénaire",
          "riveraine", "riverain", "habitante", "commerçante", "commerçant", "agricultrice", "agriculteur",
          "éleveuse", "éleveur", "mère", "père", "grand-mère", "grand-père", "veuve", "propriétaire",
          "jubilada", "jubilado", "vecina", "vecino", "madre", "padre", "abuela", "abuelo", "viuda", "viudo",
          "agricultora", "agricultor", "propietaria", "propietario", "comerciante",
          /* players by position, as sport reports call the one just named
           * ("dijo el defensa" after "el central Rubén Solís") */
          "defensa", "delantero", "delantera", "portero", "portera", "centrocampista", "guardameta", "atacante",
          "extremo", "lateral", "défenseur", "attaquant", "attaquante", "gardien", "gardienne", "buteur", "buteuse",
        };
        gboolean unnamed = FALSE;
        const char *hyphen = strrchr (lower (doc, first), '-');
        const char *german_head = hyphen != NULL && hyphen[1] != '\0' ? hyphen + 1 : lower (doc, first);

        for (guint a = 0; a < doc->anonymous->len && !unnamed; a++)
          unnamed = strstr (g_ptr_array_index (doc->anonymous, a), lower (doc, first)) != NULL;

        if ((doc->capital_nouns && px_text_list_contains (german_person_nouns, G_N_ELEMENTS (german_person_nouns), german_head))
            || (!doc->capital_nouns && !unnamed
                && px_text_list_contains (romance_person_nouns, G_N_ELEMENTS (romance_person_nouns), lower (doc, first))))
          {
            /* "sagte der Grünen-Chef" after a woman was named: the
             * article's gender rules her out */
            const char *article = lower (doc, source->first);
            /* "a déclaré le sexagénaire" after a woman was named: French
             * and Spanish articles give the gender too */
            char gender = doc->capital_nouns ? (strcmp (article, "der") == 0 ? 'm' : strcmp (article, "die") == 0 ? 'f' : 0)
                          : source->first == first ? 0
                          : (strcmp (article, "le") == 0 || strcmp (article, "el") == 0) ? 'm'
                          : strcmp (article, "la") == 0 ? 'f' : 0;

            person = px_quotes_prominent_person_before (doc, source->first);
            if (person != NULL && gender != 0 && person->gender != 0 && person->gender != gender)
              person = last_person_before_gender (doc, source->first, FALSE, gender);
          }
      }
    /* "a déclaré l'élu", "a ajouté l'édile": a role written with its
     * elided article, after the verb */
    if (person == NULL && source->first == source->last
        && is_word (doc, source->first) && (g_str_has_prefix (lower (doc, source->first), "l'") || g_str_has_prefix (lower (doc, source->first), "l’")))
      person = find_person_by_descriptor (doc, source->first, source->last, source->first);
    /* "L'épicière dit avoir …", "a raconté l'habitante": a French noun for
     * a person, by its ending, that no description fits, refers back to
     * the person just named, of the gender the ending gives */
    if (person == NULL && first == source->last && first > source->first && px_quotes_role_article (doc, source->first)
        && IN (spokes, lower (doc, source->last)))
      {
        g_autofree char *institution = spokesperson_institution (doc, source->first);

        if (institution != NULL)
          {
            Person *known = px_quotes_find_person_exact (doc, institution);

            if (known == NULL)
              {
                source->speaker = g_steal_pointer (&institution);
                return;
              }
            person = known;
          }
        /* "Downing Street said … . Asked whether …, the spokesman said":
         * with no spokesperson introduced, a definite one speaks for the
         * institution last reported speaking, in its paragraph or the one
         * before, not for any institution last named */
        else if (is_definite (lower (doc, source->first)))
          {
            Source spoke = { 0, };

            if (last_body_speaker_before (doc, source->first, &spoke) && spoke.speaker != NULL)
              {
                if (spoke.person != NULL)
                  person = spoke.person;
                else
                  {
                    source->speaker = g_strdup (spoke.speaker);
                    px_quotes_source_clear (&spoke);
                    return;
                  }
              }
            px_quotes_source_clear (&spoke);
          }
      }
    if (person == NULL && (IN (institution_nouns, bare_head (lower (doc, source->last)))
                           || is_company_noun (lower (doc, source->last))
                           || spanish_body_head_first (doc, first, source->last)))
      {
        /* "the regulator said", "a spokesperson said": the institution the
         * article last named speaks. */
        Person *org = NULL;
        guint best_seen = 0;
        guint n_modifiers = 0;
        gboolean named_by_word;
        /* "la direction assure …", "the management said": a firm's
         * management speaks for the firm, as "the company" does, not for
         * the union whose delegate spoke last */
        gboolean management = is_definite (lower (doc, source->first)) && first == source->last
                              && lower_is (doc, source->last, "management", "direction", "dirección",
                                           "geschäftsführung", "unternehmensleitung", "руководство", NULL);

        /* an institution whose name holds the noun ("the trust" → Riverside
         * Health Trust) or, for a spokesperson, a word before it ("a trust
         * spokeswoman") */
        for (guint w = source->last + 1; w > first && org == NULL; w--)
          {
            const char *word = lower (doc, w - 1);

            if (word == NULL || IN (stop_words, word))
              continue;
            /* "a company spokesman", "a club spokeswoman": a generic
             * institution noun narrows nothing down */
            if (w - 1 < source->last && !IN (institution_nouns, word))
              n_modifiers++;
            /* "la propia Consejería" after the Consejería and then the
             * Ministerio: in Spanish a body named by its own noun is never
             * its kin named later */
            named_by_word = FALSE;
            for (guint p = 0; doc->pro_drop && p < doc->people->len && !named_by_word; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                g_autofree char *folded = g_utf8_strdown (candidate->name, -1);
                g_auto(GStrv) name_words = g_strsplit (folded, " ", -1);

                named_by_word = candidate->org && strlen (word) > 2 && px_quotes_mention_before (candidate, source->first) != G_MAXUINT
                                && g_strv_contains ((const char * const *) name_words, word);
              }
            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                g_autofree char *folded = g_utf8_strdown (candidate->name, -1);
                g_auto(GStrv) name_words = g_strsplit (folded, " ", -1);
                guint seen = px_quotes_mention_before (candidate, source->first);

                /* whole words: "press office" is not "Nordpress" */
                if (candidate->org && seen != G_MAXUINT && strlen (word) > 2
                    && (g_strv_contains ((const char * const *) name_words, word)
                        || (!named_by_word && institution_kin (word, (const char * const *) name_words)))
                    && (org == NULL || seen > best_seen))
                  {
                    org = candidate;
                    best_seen = seen;
                  }
              }
          }
        /* "The finance ministry said" after the Ministry of Finance and
         * then another ministry: a word before the noun that a name holds
         * with the noun tells which of them, not the last one named */
        if (org != NULL && source->last > first)
          {
            Person *narrowed = NULL;
            guint narrowed_seen = 0;
            const char *head = bare_head (lower (doc, source->last));

            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                g_autofree char *folded = g_utf8_strdown (candidate->name, -1);
                g_auto(GStrv) name_words = g_strsplit (folded, " ", -1);
                guint seen = px_quotes_mention_before (candidate, source->first);
                gboolean modified = FALSE;

                if (!candidate->org || seen == G_MAXUINT || head == NULL
                    || !(g_strv_contains ((const char * const *) name_words, head)
                         || institution_kin (head, (const char * const *) name_words)))
                  continue;
                for (guint w = first; w < source->last && !modified; w++)
                  modified = is_word (doc, w) && !IN (stop_words, lower (doc, w)) && !IN (institution_nouns, lower (doc, w))
                             && strlen (lower (doc, w)) > 2 && g_strv_contains ((const char * const *) name_words, lower (doc, w));
                if (modified && (narrowed == NULL || seen > narrowed_seen))
                  {
                    narrowed = candidate;
                    narrowed_seen = seen;
                  }
              }
            if (narrowed != NULL)
              {
                org = narrowed;
                best_seen = narrowed_seen;
              }
          }
        /* "the mobile operator said", "the budget carrier said": with no
         * name holding them, lower-case adjectives before a business noun
         * only describe the firm the article is about */
        if (org == NULL && n_modifiers > 0 && is_definite (lower (doc, source->first))
            && is_company_noun (bare_head (lower (doc, source->last))) && business_adjectives_only (doc, first, source->last))
          n_modifiers = 0;
        /* "a indiqué la préfecture", "La métropole a précisé": a French
         * public body that is one of a kind where the story happens, and
         * that no name in the article holds, speaks as itself, not as the
         * institution named last */
        if (org == NULL && n_modifiers == 0 && first == source->last)
          {
            static const char * const own[] = {
              "préfecture", "mairie", "métropole", "parquet", "rectorat", "gouvernement", "agglomération",
              "gendarmerie", "sous-préfecture",
              /* Spanish nouns for a body that only became institution
               * nouns so as to find a kin name ("el departamento" for the
               * "Consejería de …") */
              "consejería", "conselleria", "departamento", "gremio", "cartera",
            };
            const char *head = bare_head (lower (doc, source->last));

            if (px_text_list_contains (own, G_N_ELEMENTS (own), head))
              {
                source->speaker = g_strdup (head);
                return;
              }
          }
        /* "Halvern Nutrition is recalling …, the company said": a company
         * noun after the clause speaks for the name the sentence opens with */
        if (org == NULL && n_modifiers == 0 && first > source->first
            && is_company_noun (bare_head (lower (doc, source->last))))
          {
            const Sentence *range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]);

            for (guint p = 0; p < doc->people->len && org == NULL; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);

                if (strchr (candidate->name, ' ') != NULL && candidate->gender == 0 && candidate->age == 0
                    && range->first < source->first && px_quotes_mention_before (candidate, range->first + 1) == range->first)
                  org = candidate;
              }
          }
        if (org == NULL && n_modifiers == 0 && (is_company_noun (bare_head (lower (doc, source->last)))
                                                 || (spanish_body_head_first (doc, first, source->last)
                                                     && is_company_noun (lower (doc, first)))))
          org = last_business_before (doc, source->first);
        /* the management of a firm the article introduced by a business
         * noun ("la direction du groupe agroalimentaire Valdor"), before
         * any acronym named since, which may be a union's */
        if (org == NULL && n_modifiers == 0 && ((is_definite (lower (doc, source->first)) && source->first < source->last
                                                  && is_company_noun (bare_head (lower (doc, source->last))))
                                                 || management))
          {
            char *firm = firm_after_business_noun (doc, source->first);

            if (firm != NULL)
              {
                org = px_quotes_find_person_exact (doc, firm);
                if (org == NULL)
                  {
                    source->speaker = firm;
                    return;
                  }
                g_free (firm);
              }
          }
        if (org == NULL && management)
          org = last_business_before (doc, source->first);
        /* "the company spokesperson said": the spokesperson of the last
         * business named, as "the company said" is */
        if (org == NULL && n_modifiers == 0 && first < source->last && IN (spokes, lower (doc, source->last))
            && is_word (doc, source->last - 1) && is_company_noun (bare_head (lower (doc, source->last - 1))))
          org = last_business_before (doc, source->first);
        /* "A council spokeswoman said" when no name holds "council": the
         * spokesperson speaks for the council the article spoke of before
         * ("nobody from the council", "the regional transport board"), not
         * for whatever body was named last */
        if (org == NULL && n_modifiers == 0 && first < source->last && IN (spokes, lower (doc, source->last)))
          for (guint w = source->last; w > first; w--)
            {
              char *phrase;

              if (!is_word (doc, w - 1) || !IN (institution_nouns, lower (doc, w - 1))
                  || (tok (doc, w - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (spokes, lower (doc, w - 1)))
                continue;
              phrase = earlier_phrase_with_head (doc, source->first, w - 1, TRUE);
              if (phrase != NULL)
                {
                  source->speaker = phrase;
                  return;
                }
              break;
            }
        /* "The dockers' union, Havn, called … . The union said": a
         * definite noun the article gave a name in apposition is that name */
        if (org == NULL && n_modifiers == 0 && first == source->last && is_definite (lower (doc, source->first))
            && first > source->first)
          {
            char *named = noun_named_in_apposition (doc, bare_head (lower (doc, source->last)), source->first);

            if (named != NULL)
              {
                org = px_quotes_find_person_exact (doc, named);
                if (org == NULL)
                  {
                    source->speaker = named;
                    return;
                  }
                g_free (named);
              }
          }
        if (org == NULL && n_modifiers == 0)
          {
            /* "Kleinere Häuser könnten die Vorgaben des Bundes kaum
             * erfüllen, teilte eine Sprecherin mit": a spokesperson after
             * the words reported speaks for a body named before them, not
             * for one those words speak of */
            guint opening = g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]).first;
            gboolean after_clause = IN (spokes, lower (doc, source->last)) && source->first > opening + 3
                                    && doc->span_of[opening] < 0;

            org = px_quotes_last_person_before (doc, after_clause ? opening : source->first, TRUE);
          }
        /* "The unit at Ashby Hospital will close, the trust that runs it
         * has said": a body named only inside the reported clause, whose
         * name does not hold the noun, is what is spoken of, not who
         * speaks; the lead's reading below may find the one named next */
        if (org != NULL && doc->token_segment[source->first] <= 1 && source->first > 0
            && is_punct (doc, source->first - 1, ',') && named_only_in_clause_before (doc, org, source->first))
          org = NULL;
        /* "…, regulator says" in the headline, "the industry regulator
         * said" in the lead: the top of a story may name an institution by
         * its kind before the body names it ("The Water Services Authority
         * said …"); the first one named in the next paragraphs whose name
         * holds the noun or its kin */
        if (org == NULL && doc->token_segment[source->first] <= 1)
          {
            const char *head = lower (doc, source->last);

            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                g_autofree char *folded = NULL;
                g_auto(GStrv) name_words = NULL;

                if (!candidate->org || candidate->first_token <= source->last
                    || doc->token_segment[candidate->first_token] > doc->token_segment[source->first] + 2
                    || (org != NULL && org->first_token < candidate->first_token))
                  continue;
                folded = g_utf8_strdown (candidate->name, -1);
                name_words = g_strsplit (folded, " ", -1);
                if (g_strv_contains ((const char * const *) name_words, head)
                    || institution_kin (head, (const char * const *) name_words))
                  org = candidate;
              }
            if (org != NULL)
              {
                px_quotes_source_from_person (source, org);
                return;
              }
          }
        if (org != NULL && px_quotes_mention_before (org, source->first) + 400 > source->first)
          person = org;
        /* "the local fishermen's cooperative … . The cooperative said":
         * with no institution named by that noun, a definite one stands for
         * the phrase the article headed with it before; failing that, for
         * the name the article last used with a definite article, as it
         * does for institutions ("Der VfL Bochum hat … . Das teilte der
         * Klub mit") */
        if (person == NULL && n_modifiers == 0 && first > source->first && is_definite (lower (doc, source->first)))
          {
            char *phrase = earlier_phrase_with_head (doc, source->first, source->last, FALSE);

            if (phrase != NULL)
              {
                source->speaker = phrase;
                return;
              }
            person = last_name_with_article (doc, source->first);
          }
      }
    if (person == NULL)
      person = find_person_by_role_family_in_lead (doc, first, source->last);
    /* "the 44-year-old said": the person the article gave that age; with
     * none, the person of unknown age named last in the paragraph ("die
     * Intensivpflegerin Lena Brandt. „…“, sagte die 29-Jährige") */
    {
      guint age = 0;
      guint age_token = source->first;

      for (guint k = first; k <= source->last && age == 0; k++)
        if ((age = px_quotes_age_in_word (lower (doc, k))) != 0)
          age_token = k;
      if (person == NULL && age != 0 && age_token <= first + 1)
        {
          guint best_seen = 0;
          Person *near = NULL;
          Person *role;
          guint near_seen = 0;

          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *candidate = g_ptr_array_index (doc->people, p);
              guint seen = px_quotes_mention_before (candidate, source->first);

              if (seen == G_MAXUINT || candidate->org)
                continue;
              if (candidate->age == age && (person == NULL || seen > best_seen))
                {
                  person = candidate;
                  best_seen = seen;
                }
              /* mentions outside quotation marks only: "die Miete in
               * Freiburg" inside the quote names nobody who speaks */
              for (guint m = candidate->mentions->len; m > 0 && candidate->age == 0; m--)
                {
                  guint at = g_array_index (candidate->mentions, guint, m - 1);

                  if (at >= source->first || doc->span_of[at] >= 0)
                    continue;
                  if (doc->token_segment[at] == doc->token_segment[source->first]
                      && strchr (candidate->name, ' ') != NULL && (near == NULL || at > near_seen))
                    {
                      near = candidate;
                      near_seen = at;
                    }
                  break;
                }
            }
          /* "His manager refused …": the one described with that role */
          if (person == NULL && (role = possessive_role_subject (doc, source->first)) != NULL && role->age == 0)
            near = role;
          /* the subject of the sentences just before outranks a name in
           * their object ("forderte die Bahn auf") */
          else if (person == NULL && near != NULL)
            {
              Person *subject = salient_subject (doc, source->first, 0, 3);

              if (subject != NULL && subject->age == 0 && strchr (subject->name, ' ') != NULL
                  && px_quotes_mention_before (subject, source->first) != G_MAXUINT
                  && doc->token_segment[px_quotes_mention_before (subject, source->first)] == doc->token_segment[source->first])
                near = subject;
            }
          if (person == NULL && near != NULL)
            {
              person = near;
              person->age = age;
            }
        }
    }
    /* "the 58-year-old said", "sagte die 29-Jährige": an age stands for
     * the person last reported speaking. */
    if (person == NULL && first > source->first && is_word (doc, source->first)
        && lower_is (doc, source->first, "the", "der", "die", "le", "la", "el", NULL)
        && is_word (doc, source->last) && (strstr (lower (doc, source->last), "year-old") != NULL || strstr (lower (doc, source->last), "jährig") != NULL
            || strstr (lower (doc, source->last), "летн") != NULL || strstr (lower (doc, source->last), "añer") != NULL))
      {
        gboolean known = FALSE;

        for (guint a = 0; a < doc->anonymous->len && !known; a++)
          {
            g_autofree char *head = anonymous_head (g_ptr_array_index (doc->anonymous, a));

            known = g_utf8_collate (head, lower (doc, source->last)) == 0;
          }
        if (!known && last_speaker_before (doc, source->first, 0, source))
          {
            if (source->person != NULL)
              px_quotes_add_mention (source->person, source->first);
            return;
          }
        /* "Oberbürgermeister Sven Reuter forderte die Bahn auf, … . „…“,
         * sagte der 54-Jährige": the subject of the sentences just before,
         * not a name in their object, when the age does not rule it out */
        if (!known)
          {
            Person *subject = salient_subject (doc, source->first, 0, 3);
            guint said_age = px_quotes_age_in_word (lower (doc, source->last));

            if (subject != NULL && (subject->age == 0 || said_age == 0 || subject->age == said_age))
              person = subject;
          }
        /* "Furious striker Danny Costa blasted … . The 29-year-old, who
         * …, wrote": with nobody reported speaking, the person named last,
         * whose age the article has not given otherwise */
        if (!known && person == NULL)
          {
            for (guint p = 0; p < doc->people->len; p++)
              {
                Person *candidate = g_ptr_array_index (doc->people, p);
                guint seen = px_quotes_mention_before (candidate, source->first);

                if (candidate->org || seen == G_MAXUINT || strchr (candidate->name, ' ') == NULL
                    || doc->token_segment[seen] + 2 < doc->token_segment[source->first]
                    || (candidate->age != 0 && px_quotes_age_in_word (lower (doc, source->last)) != 0
                        && candidate->age != px_quotes_age_in_word (lower (doc, source->last))))
                  continue;
                if (person == NULL || seen > px_quotes_mention_before (person, source->first))
                  person = candidate;
              }
          }
      }
    /* "la agricultora", "die Rentnerin": a definite role the article gave
     * nobody by name refers back to the person last reported speaking
     * (not one with a possessor: possessed_role_not()). */
    definite_role = is_word (doc, source->first)
        && ((first > source->first && (source->last <= first + 1
                                       /* "La dirigeante du RN", "el presidente de la CHG" */
                                       || (source->last <= first + 3 && is_word (doc, first + 1) && IN (of_words, lower (doc, first + 1))
                                           && (px_quotes_is_name_word (doc, source->last) || (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_ALL_CAPS))))
             && lower_is (doc, source->first, "the", "der", "die", "le", "la", "el", NULL))
            /* "a ajouté l'élue" */
            || (first == source->first && source->last <= first + 1
                && (g_str_has_prefix (lower (doc, first), "l'") || g_str_has_prefix (lower (doc, first), "l’"))))
        && !IN (institution_nouns, lower (doc, source->last)) && !IN (group_nouns, lower (doc, source->last))
        && !IN (document_nouns, lower (doc, source->last)) && !IN (org_words, lower (doc, source->last));
    if (person == NULL && definite_role)
      {
        gboolean known = FALSE;

        for (guint a = 0; a < doc->anonymous->len && !known; a++)
          {
            g_autofree char *head = anonymous_head (g_ptr_array_index (doc->anonymous, a));

            known = is_word (doc, source->last) && g_utf8_collate (head, lower (doc, source->last)) == 0;
          }
        definite_role = !known;
        /* only within the paragraph: further back, a role may be anyone's */
        if (!known)
          {
            Source back = { 0, };

            static const char * const plain_people[] = {
              "woman", "man", "mother", "father", "resident", "neighbour", "neighbor", "witness", "pensioner",
            };

            static const char * const add_verbs[] = {
              "added", "adds", "añadió", "añadido", "añade", "agregó", "ajouté", "ajoute", "fügte", "ergänzte",
              "добавил", "добавила",
            };
            /* "«…», ha añadido el conseller" after a paragraph of Vicente
             * Llorca's: a verb of adding goes on with the one who spoke
             * last, in the paragraph before too */
            gboolean adding = (source->first > 0 && is_word (doc, source->first - 1)
                               && px_text_list_contains (add_verbs, G_N_ELEMENTS (add_verbs), lower (doc, source->first - 1)))
                              || (is_word (doc, source->last + 1)
                                  && px_text_list_contains (add_verbs, G_N_ELEMENTS (add_verbs), lower (doc, source->last + 1)));

            if (last_speaker_before (doc, source->first, 0, &back) && back.person != NULL && !back.person->org
                && px_quotes_mention_before (back.person, source->first) != G_MAXUINT
                && doc->token_segment[px_quotes_mention_before (back.person, source->first)] + (adding ? 1 : 0)
                   >= doc->token_segment[source->first]
                /* "Keith Dalton denies fraud. The prosecutor told jurors":
                 * a court role is never the defendant */
                && !(px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), lower (doc, source->last))
                     && back.person == find_defendant (doc))
                && !possessed_role_not (doc, back.person, source->first, source->last))
              person = back.person;
            /* "A neighbour who raised the alarm said …. “…,” the woman
             * told …": a plain word for a person goes back to the unnamed
             * one who spoke just before */
            else if (back.person == NULL && back.speaker != NULL && source->last == first
                     && px_text_list_contains (plain_people, G_N_ELEMENTS (plain_people), lower (doc, source->last))
                     && strchr (back.speaker, ' ') != NULL && !g_unichar_isupper (g_utf8_get_char (back.speaker)))
              {
                source->speaker = g_strdup (back.speaker);
                px_quotes_source_clear (&back);
                return;
              }
            px_quotes_source_clear (&back);
          }
      }
    /* "Kowalczyk is twenty years younger … . The Polish-born physicist
     * insists …", "„…“, sagte der Anwalt": a definite description that fits
     * nobody, has a word besides its head and follows no speaker tells more of the person the article
     * has just named, in this sentence or the one before, outside
     * quotation marks, when the article's gendered article allows */
    if (person == NULL && definite_role && first > source->first)
      {
        person = person_just_named (doc, source->first, first, source->last);
        if (possessed_role_not (doc, person, source->first, source->last))
          person = NULL;
      }
    /* "— отметил парламентарий", "— пожаловалась женщина": a Russian
     * noun for a person refers back to the one last reported speaking, or
     * the one just spoken of */
    {
      /* "профсоюзная активистка": adjectives before the noun */
      guint noun = first;

      while (noun < source->last && px_quotes_is_cyrillic_word (doc, noun) && (tok (doc, noun)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
             && (g_str_has_suffix (lower (doc, noun), "ая") || g_str_has_suffix (lower (doc, noun), "ый")
                 || g_str_has_suffix (lower (doc, noun), "ий") || g_str_has_suffix (lower (doc, noun), "ой")))
        noun++;
      if (person == NULL && noun == source->last && px_quotes_is_cyrillic_word (doc, noun)
          && (tok (doc, noun)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
          && !IN (institution_nouns, lower (doc, noun)) && !IN (group_nouns, lower (doc, noun))
          && !IN (document_nouns, lower (doc, noun)) && !IN (org_words, lower (doc, noun)))
        {
          static const char * const institution_stems[] = {
            "ведомств", "министерств", "минздрав", "администрац", "пресс-служб", "прокуратур", "полици", "мэри",
            "компани", "управлени", "правительств", "суд", "штаб", "служб", "источник", "сообщени", "заявлени",
          };
          gboolean institution = FALSE;

          for (gsize k = 0; k < G_N_ELEMENTS (institution_stems); k++)
            institution = institution || g_str_has_prefix (lower (doc, noun), institution_stems[k]);
          if (!institution)
            {
              Source back = { 0, };

              if (last_speaker_before (doc, source->first, 0, &back) && back.person != NULL && !back.person->org)
                person = back.person;
              px_quotes_source_clear (&back);
              if (person == NULL)
                person = px_quotes_prominent_person_before (doc, source->first);
            }
        }
    }
    /* "“…,” said the lock" after "Captain Dafydd Morgan agreed.": after a
     * quote, an inverted "the" and a noun the article never gave anyone is
     * the person the sentence before is about */
    if (person == NULL && first == source->last && first == source->first + 1 && source->first >= 3
        && lower_is (doc, source->first, "the", NULL) && is_word (doc, source->first - 1)
        && IN (speech_verbs, lower (doc, source->first - 1)) && doc->span_of[source->first - 2] >= 0
        && !IN (institution_nouns, lower (doc, first)) && !IN (group_nouns, lower (doc, first))
        && !IN (document_nouns, lower (doc, first)) && !IN (org_words, lower (doc, first))
        && !(tok (doc, first)->flags & PX_LEXICON_TOKEN_CAPITAL))
      {
        gint quote_sentence = doc->token_sentence[doc->span_of[source->first - 2] >= 0
                                                  ? g_array_index (doc->spans, Span, doc->span_of[source->first - 2]).open
                                                  : source->first];

        if (quote_sentence > 0)
          {
            const Sentence *before = &g_array_index (doc->sentences, Sentence, quote_sentence - 1);
            Source subject = { 0, };

            if (doc->token_segment[before->first] == doc->token_segment[source->first]
                && px_quotes_sentence_subject (doc, quote_sentence - 1, &subject) && !subject.pronoun)
              {
                px_quotes_resolve_source (doc, &subject);
                if (subject.person != NULL && !subject.person->org)
                  person = subject.person;
              }
            px_quotes_source_clear (&subject);
          }
      }
    /* "the union boss", "the former skipper": a definite person nobody
     * was introduced as is the person just spoken of */
    if (person == NULL && first > source->first && lower_is (doc, source->first, "the", NULL)
        && refers_to_person (doc, first, source->last)
        && !px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), lower (doc, source->last)))
      {
        gboolean known = FALSE;

        for (guint a = 0; a < doc->anonymous->len && !known; a++)
          {
            g_autofree char *head = anonymous_head (g_ptr_array_index (doc->anonymous, a));

            known = is_word (doc, source->last) && g_utf8_collate (head, lower (doc, source->last)) == 0;
          }
        if (!known)
          person = px_quotes_prominent_person_before (doc, source->first);
        if (possessed_role_not (doc, person, source->first, source->last))
          person = NULL;
      }
    if (person != NULL)
      px_quotes_source_from_person (source, person);
    else
      {
        /* "a pilot with twelve years at the airline": the head noun read
         * alone named nobody, so the phrase after it stays in the label */
        if (source->modifier_last > source->last && source->modifier_last < source->last + 14
            && doc->token_sentence[source->modifier_last] == doc->token_sentence[source->last])
          source->last = source->modifier_last;
        source->last = anonymous_postmodifier_end (doc, source);
        /* "Two former employees said": the speaker is the kind of source,
         * not how many of them spoke */
        if (first < source->last && !doc->capital_nouns && is_word (doc, first) && is_word (doc, first + 1)
            && lower_is (doc, first, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", NULL)
            && !(tok (doc, first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, first + 1)))
          first++;
        source->speaker = px_quotes_slice (doc, first, source->last);
        /* "l'accusation": without its elided article */
        if ((g_str_has_prefix (source->speaker, "l'") || g_str_has_prefix (source->speaker, "l’")
             || g_str_has_prefix (source->speaker, "L'") || g_str_has_prefix (source->speaker, "L’"))
            && strlen (source->speaker) > 4)
          {
            char *rest = g_strdup (g_utf8_next_char (g_utf8_next_char (source->speaker)));

            g_free (source->speaker);
            source->speaker = rest;
          }
        /* "the diplomat" after "a senior EU diplomat": the fuller phrase
         * ("another source" is someone else) */
        for (guint a = 0; a < doc->anonymous->len && !introduces_someone_new (doc, source->first)
                          /* "l'entourage du ministre" is not "un conseiller du ministre" */
                          && !(is_word (doc, source->first)
                               && px_text_list_contains (french_circles, G_N_ELEMENTS (french_circles), lower (doc, source->first)));
             a++)
          {
            const char *known = g_ptr_array_index (doc->anonymous, a);
            g_autofree char *head = anonymous_head (known);

            if (strchr (known, ' ') != NULL && is_word (doc, source->last) && g_utf8_collate (head, lower (doc, source->last)) == 0
                && strlen (known) > strlen (source->speaker))
              {
                g_free (source->speaker);
                source->speaker = g_strdup (known);
                break;
              }
          }
        g_ptr_array_add (doc->anonymous, g_strdup (source->speaker));
      }
  }
}


/* French inversion puts the pronoun on the verb: "explique-t-il",
 * "a-t-elle déclaré". Returns the length of the verb part, or 0. */
gsize
px_quotes_incise_base (const char *word)
{
  static const char * const suffixes[] = { "-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles", "-on" };

  if (word == NULL)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (g_str_has_suffix (word, suffixes[k]) && strlen (word) > strlen (suffixes[k]))
      return strlen (word) - strlen (suffixes[k]);
  return 0;
}

/* "local businessman Raj Patel": up to three lower-case words of a role,
 * then a name. */
static gboolean
role_then_name (Doc  *doc,
                guint i)
{
  for (guint k = i; k < i + 4 && k < doc->tokens->len && is_word (doc, k); k++)
    {
      if (px_quotes_is_name_word (doc, k))
        return k > i;
      if ((tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (stop_words, lower (doc, k)))
        return FALSE;
    }
  return FALSE;
}

/* "Ferrer cree que …", "Vasseur estime que …": a surname opening the
 * sentence is no mere capital when it is the last word of a person the
 * article has already named; an opinion verb after it reports that
 * person's view, as after a pronoun. */
static gboolean
surname_of_person_named_before (Doc  *doc,
                                guint k)
{
  const char *word = lower (doc, k);

  if (word == NULL)
    return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (!person->org && person->lower_last != NULL && strchr (person->name, ' ') != NULL
          && strcmp (person->lower_last, word) == 0 && px_quotes_mention_before (person, k) != G_MAXUINT)
        return TRUE;
    }
  return FALSE;
}

/* "tener en cuenta" (take into account), "darse cuenta" (realise): the
 * noun "cuenta" of a set phrase, not "cuenta" (tells). */
static gboolean
spanish_cuenta_phrase (Doc  *doc,
                       guint i)
{
  return i > 0 && lower_is (doc, i, "cuenta", NULL) && is_word (doc, i - 1)
         && lower_is (doc, i - 1, "en", "dio", "dan", "da", "dar", "doy", "di", "dieron", "daba", NULL);
}

/* "Lee Harrow denies the murder of Samir Haddad", "denied any
 * wrongdoing": a noun object of "deny" is what is denied, not words
 * reported; "denied he was there", "denied the exits were locked" and
 * "denies favouring a friend's firm" report what was said. Without a
 * finite verb or a gerund before the phrase ends, the object is a noun. */
static gboolean
deny_with_noun_object (Doc  *doc,
                       guint i)
{
  static const char * const finite[] = {
    "is", "was", "were", "are", "am", "had", "has", "have", "would", "will", "could", "should", "did", "does",
    "do", "can", "may", "might", "must", "knew", "took", "made", "gave", "ever", "never",
  };

  if (!lower_is (doc, i, "denies", "denied", "deny", "denying", NULL) || !is_word (doc, i + 1))
    return FALSE;
  if (lower_is (doc, i + 1, "that", "it", "he", "she", "they", "we", "i", "you", "there", NULL)
      || g_str_has_suffix (lower (doc, i + 1), "ing") || doc->span_of[i + 1] >= 0)
    return FALSE;
  for (guint k = i + 1; k < i + 9 && k < doc->tokens->len && doc->token_sentence[k] == doc->token_sentence[i]; k++)
    {
      if (!is_word (doc, k) || doc->span_of[k] >= 0 || lower_is (doc, k, "who", "which", "whose", "where", "when", NULL))
        return TRUE;
      if (px_text_list_contains (finite, G_N_ELEMENTS (finite), lower (doc, k)) || (k > i + 1 && g_str_has_suffix (lower (doc, k), "ed")))
        return FALSE;
    }
  return TRUE;
}

/* "Сделка выглядит логичной для покупателя, считает аналитик ИК «…»
 * Наталья Сурина.": a Russian opinion verb after its clause and a comma,
 * then the holder, whose name closes the sentence. */
static gboolean
russian_opinion_after_clause (Doc  *doc,
                              guint i)
{
  gint sentence = doc->token_sentence[i];
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  guint end = i + 1;

  if (i < range->first + 4 || !is_punct (doc, i - 1, ',') || !px_quotes_is_cyrillic_word (doc, i)
      || !lower_is (doc, i, "считает", "полагает", "считают", NULL))
    return FALSE;
  while (end <= range->last && end < i + 12 && (is_word (doc, end) || (tok (doc, end)->flags & PX_LEXICON_TOKEN_QUOTE)
                                                || is_punct (doc, end, '-')))
    {
      if (is_word (doc, end) && (IN (speech_verbs, lower (doc, end)) || lower_is (doc, end, "что", NULL)))
        return FALSE;
      end++;
    }
  /* the name closes the sentence: "… Наталья Сурина." */
  return end > i + 2 && (end > range->last || is_punct (doc, end, '.')) && px_quotes_is_name_word (doc, end - 1)
         && px_quotes_is_cyrillic_word (doc, end - 1) && px_quotes_is_name_word (doc, end - 2);
}

/* "called on ministers to ban …", "calls for the council to publish …":
 * a call whose content is an infinitive reports what was asked for,
 * in quotation marks or not ("called for calm" asks for a thing only). */
static gboolean
call_on_to (Doc  *doc,
            guint i)
{
  if (doc->capital_nouns || !is_word (doc, i) || !lower_is (doc, i, "call", "called", "calls", NULL)
      || !is_word (doc, i + 1))
    return FALSE;
  if (lower_is (doc, i + 1, "on", "upon", NULL))
    return TRUE;
  if (!lower_is (doc, i + 1, "for", NULL))
    return FALSE;
  for (guint k = i + 2; k < i + 8 && k < doc->tokens->len && is_word (doc, k); k++)
    if (lower_is (doc, k, "to", NULL))
      return TRUE;
  return FALSE;
}

gboolean
px_quotes_is_speech_verb (Doc      *doc,
                          guint     i,
                          gboolean  quoted)
{
  const char *word = lower (doc, i);
  g_autofree char *base = NULL;

  if (word == NULL || (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL && !(tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START)))
    return FALSE;
  if (spanish_cuenta_phrase (doc, i))
    return FALSE;
  if (deny_with_noun_object (doc, i))
    return FALSE;
  /* "un vecino, que pidió no ser identificado, dijo …", "who asked not to
   * be named": asking for anonymity reports nothing said */
  if (lower_is (doc, i, "pidió", "pidieron", "pide", "piden", "solicitó", "asked", "requested", NULL))
    for (guint k = i + 1; k <= i + 4 && k < doc->tokens->len && is_word (doc, k); k++)
      if (relative_about_anonymity (lower (doc, k)) || g_str_has_prefix (lower (doc, k), "anonim"))
        return FALSE;
  /* "State broadcaster NRT reported", "State media said": "state" opening
   * a sentence before a lower-case noun is the adjective of the state */
  if (strcmp (word, "state") == 0 && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) && is_word (doc, i + 1)
      && (tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0 && !IN (determiners, lower (doc, i + 1))
      && !IN (stop_words, lower (doc, i + 1)))
    return FALSE;
  /* "A man accused of murdering …", "was accused of fraud": "accused"
   * straight before "of" has no object, so it is the participle of
   * someone charged, not a speaker accusing someone */
  if (lower_is (doc, i, "accused", "charged", NULL) && is_word (doc, i + 1) && lower_is (doc, i + 1, "of", "with", NULL))
    return FALSE;
  /* … and "el juicio contra X, acusado de matar a su vecino": the
   * Spanish participle straight before "de", with no "ha" before it */
  if (doc->pro_drop && lower_is (doc, i, "acusado", "acusada", "acusados", "acusadas", NULL) && is_word (doc, i + 1)
      && lower_is (doc, i + 1, "de", "del", NULL)
      && !(i > 0 && is_word (doc, i - 1) && lower_is (doc, i - 1, "ha", "han", "había", "habían", "haber", "habría", "he", "hemos", NULL)))
    return FALSE;
  /* "the two leaders argued heatedly in Russian for several minutes",
   * "argued over the wording": to argue with no clause after it is to
   * quarrel ("argued strongly that …" still reports) */
  if (lower_is (doc, i, "argue", "argued", "argues", "arguing", NULL) && is_word (doc, i + 1)
      && (lower_is (doc, i + 1, "with", "over", "about", "among", NULL)
          || (g_str_has_suffix (lower (doc, i + 1), "ly")
              && !(is_word (doc, i + 2) && lower_is (doc, i + 2, "that", NULL))
              && !(i + 2 < doc->tokens->len && (doc->span_of[i + 2] >= 0 || is_punct (doc, i + 2, ':'))))))
    return FALSE;
  /* "had issued a red flag warning for much of the state", "a warning":
   * after an article or a lower-case noun, "warning" is the noun */
  if (strcmp (word, "warning") == 0 && i > 0 && is_word (doc, i - 1)
      && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && (lower_is (doc, i - 1, "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "no", "any", NULL)
          || (!IN (stop_words, lower (doc, i - 1)) && !IN (speech_verbs, lower (doc, i - 1))
              && !g_str_has_suffix (lower (doc, i - 1), "ly")
              && !lower_is (doc, i - 1, "are", "is", "was", "were", "been", "be", "am", "and", "but", "also", "still", NULL))))
    return FALSE;
  /* "He would not say whether Hale would be back", "declined to confirm
   * if …": an indirect question after the verb reports no answer */
  if (!quoted && !doc->capital_nouns && is_word (doc, i + 1) && lower_is (doc, i + 1, "whether", "if", NULL)
      && lower_is (doc, i, "say", "says", "said", "confirm", "confirms", "confirmed", "disclose", "disclosed",
                   "reveal", "revealed", "comment", NULL))
    return FALSE;
  /* "The company would reply to the letter in full, the spokesperson
   * added": what someone would or could say, in a clause a cue at the
   * sentence's end reports, is not itself a cue */
  if (i > 0 && !doc->capital_nouns && is_word (doc, i - 1) && lower_is (doc, i - 1, "would", "could", "might", NULL)
      && (tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    {
      guint k = i + 1;

      while (k < doc->tokens->len && doc->token_sentence[k] == doc->token_sentence[i] && k < i + 30)
        {
          if (is_punct (doc, k, ','))
            for (guint v = k + 2; v < k + 6 && v < doc->tokens->len && doc->token_sentence[v] == doc->token_sentence[i]
                                  && is_word (doc, v); v++)
              if (IN (speech_verbs, lower (doc, v)) && (tok (doc, v)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
                  && (v + 1 >= doc->tokens->len || doc->token_sentence[v + 1] != doc->token_sentence[i]
                      || is_punct (doc, v + 1, '.')))
                return FALSE;
          k++;
        }
    }
  if (px_quotes_incise_base (word) > 0)
    {
      base = g_strndup (word, px_quotes_incise_base (word));
      word = base;
    }
  /* "Según el escrito de acusación", "le communiqué de la préfecture": a
   * participle right after an article is a noun, not a verb */
  if (i > 0 && is_word (doc, i - 1))
    {
      static const char * const articles[] = { "el", "los", "un", "del", "al", "le", "les", "une", "du", "des", "l'" };
      static const char * const participles[] = { "ado", "ido", "ito", "cho", "to", "é", "és", "it", "its" };

      if (px_text_list_contains (articles, G_N_ELEMENTS (articles), lower (doc, i - 1))
          && px_text_list_has_suffix (participles, G_N_ELEMENTS (participles), word))
        return FALSE;
    }
  /* "Gérard Vasseur, 63 ans, poursuivi pour homicides involontaires": a
   * French participle that also means being prosecuted, warned or admitted
   * reports speech only after its auxiliary ("a poursuivi") or in an
   * incise ("a-t-il poursuivi") */
  if (base == NULL && (strcmp (word, "poursuivi") == 0 || strcmp (word, "poursuivie") == 0 || strcmp (word, "prévenu") == 0
                       || strcmp (word, "averti") == 0 || strcmp (word, "admis") == 0))
    {
      static const char * const auxiliaries[] = { "a", "ont", "avait", "avaient", "aura", "avoir", "ayant" };
      guint k = i;

      /* "a aussi poursuivi", "a-t-elle poursuivi" */
      while (k > 0 && k + 3 > i && is_word (doc, k - 1) && IN (between_words, lower (doc, k - 1)))
        k--;
      if (k == 0 || !is_word (doc, k - 1)
          || !(px_text_list_contains (auxiliaries, G_N_ELEMENTS (auxiliaries), lower (doc, k - 1))
               || px_quotes_incise_base (lower (doc, k - 1)) > 0))
        return FALSE;
    }
  /* "The audit recommended that the contract be suspended": a
   * recommendation with its clause is said; "the recommended dose" is not */
  if (lower_is (doc, i, "recommend", "recommends", "recommended", NULL))
    return is_word (doc, i + 1) && lower_is (doc, i + 1, "that", NULL);
  /* "…, internal documents seen by this newspaper show.", "The records
   * show that …": papers showing something state it; a person "shows"
   * nothing in words */
  if (lower_is (doc, i, "show", "shows", NULL))
    {
      for (guint k = i; k > 0 && k + 8 > i; k--)
        {
          if (is_punct (doc, k - 1, '.') || doc->span_of[k - 1] >= 0)
            break;
          if (is_word (doc, k - 1) && IN (document_nouns, lower (doc, k - 1)))
            {
              if (is_word (doc, i + 1) && lower_is (doc, i + 1, "that", NULL))
                return TRUE;
              if (is_punct (doc, i + 1, '.'))
                for (guint c = k - 1; c > 0 && c + 4 > k - 1; c--)
                  if (is_punct (doc, c - 1, ','))
                    return TRUE;
              return FALSE;
            }
        }
      return FALSE;
    }
  /* "El estudio, que siguió durante tres inviernos a 4.100 menores,
   * encontró que …": a Spanish study or report opening the sentence, its
   * finding after "que", past a relative clause of any length */
  if (doc->pro_drop && lower_is (doc, i, "encontró", "halló", "concluye", "revela", "reveló", "constata", "constató", NULL)
      && is_word (doc, i + 1) && lower_is (doc, i + 1, "que", NULL))
    {
      guint f = g_array_index (doc->sentences, Sentence, doc->token_sentence[i]).first;

      return f + 1 < i && is_word (doc, f) && IN (determiners, lower (doc, f)) && is_word (doc, f + 1)
             && (IN (document_nouns, lower (doc, f + 1)) || lower_is (doc, f + 1, "trabajo", "análisis", "investigación", NULL));
    }
  /* "a report by the UNDP found that …": a document's findings are its
   * statements */
  if (strcmp (word, "found") == 0 || strcmp (word, "finds") == 0 || strcmp (word, "concludes") == 0)
    {
      for (guint k = i; k > 0 && k + 8 > i; k--)
        {
          if (is_punct (doc, k - 1, '.') || doc->span_of[k - 1] >= 0)
            break;
          /* "…, a study by the University of Norbridge has found.",
           * "…, researchers at King's College have found.": the finding
           * stands before, closed by a comma, the sentence ending after
           * the verb */
          if (is_word (doc, k - 1) && (IN (document_nouns, lower (doc, k - 1))
                                       || lower_is (doc, k - 1, "researchers", "scientists", "scholars", NULL))
              && (is_punct (doc, i + 1, '.') || (i + 1 < doc->tokens->len && doc->token_sentence[i + 1] != doc->token_sentence[i])))
            {
              for (guint c = k - 1; c > 0 && c + 4 > k - 1; c--)
                if (is_punct (doc, c - 1, ','))
                  return TRUE;
            }
          if (is_word (doc, k - 1) && IN (document_nouns, lower (doc, k - 1)))
            return is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0;
        }
      /* "The report, published by the Northfield Institute, found that …":
       * the document opens the sentence, a clause between commas after it */
      {
        guint f = g_array_index (doc->sentences, Sentence, doc->token_sentence[i]).first;

        if (f + 3 < i && is_word (doc, f) && IN (determiners, lower (doc, f)) && is_word (doc, f + 1)
            && IN (document_nouns, lower (doc, f + 1)) && is_punct (doc, f + 2, ',') && is_punct (doc, i - 1, ',')
            && is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0)
          return TRUE;
      }
      return FALSE;
    }
  /* "…, a court heard", "The jury heard that …": what a court hears is
   * said before it */
  if (strcmp (word, "heard") == 0)
    {
      static const char * const hearers[] = { "court", "jury", "jurors", "inquest", "tribunal", "hearing", "magistrates" };

      /* "the jury heard from X, who said …": X's own cue tells what */
      return i > 0 && is_word (doc, i - 1) && px_text_list_contains (hearers, G_N_ELEMENTS (hearers), lower (doc, i - 1))
             && !(is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "from") == 0);
    }
  /* "a fait savoir que …": made known, in words */
  if (strcmp (word, "savoir") == 0 || strcmp (word, "valoir") == 0)
    return i > 0 && is_word (doc, i - 1) && strcmp (lower (doc, i - 1), "fait") == 0;
  /* "Five coastal states agreed", "member states": "states" is a verb of
   * speech only with its clause or quotation after it ("The report
   * states that …", "the law states: …") */
  if (strcmp (word, "states") == 0)
    return (is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0) || is_punct (doc, i + 1, ':')
           || (i + 1 < doc->tokens->len && (doc->span_of[i + 1] >= 0
                                                                        || (tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_QUOTE)));
  /* "the wider ban demanded by environmental groups": a participle after
   * its noun, with its agent, describes the noun; nobody speaks there */
  if (g_str_has_suffix (word, "ed") && i > 0 && is_word (doc, i - 1) && is_word (doc, i + 1)
      && strcmp (lower (doc, i + 1), "by") == 0 && !(tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
    {
      static const char * const auxiliaries[] = {
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "not", "also", "publicly", "widely",
      };

      if (!px_text_list_contains (auxiliaries, G_N_ELEMENTS (auxiliaries), lower (doc, i - 1))
          && !IN (pronouns_person, lower (doc, i - 1)) && !IN (pronouns_group, lower (doc, i - 1)))
        return FALSE;
    }
  /* "Age UK estimated that two million pensioners would lose out": an
   * estimate with its clause is a statement ("was estimated at £2m" is not) */
  if (strcmp (word, "estimated") == 0 || strcmp (word, "estimates") == 0 || strcmp (word, "calculated") == 0)
    return is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0;
  /* "Mr Pryce accepted that …": conceding a point in words */
  if (strcmp (word, "accepted") == 0 || strcmp (word, "accepts") == 0)
    return is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0;
  /* '"We are deeply sorry …," it reads', "The letter reads: …": a text
   * that reads some words says them; "she reads the news" does not */
  if (lower_is (doc, i, "reads", "read", NULL))
    {
      guint k = i - 1;

      if (i < 2 || !is_word (doc, k))
        return FALSE;
      if (!lower_is (doc, k, "it", NULL) && !IN (document_nouns, lower (doc, k)))
        return FALSE;
      /* "the statement reads:" */
      if (is_punct (doc, i + 1, ':'))
        return TRUE;
      /* '"…," it reads.': right after the closing mark */
      while (k > 0 && is_word (doc, k - 1) && (k + 3 > i) && !lower_is (doc, k - 1, "it", NULL)
             && (IN (determiners, lower (doc, k - 1)) || !IN (stop_words, lower (doc, k - 1))))
        k--;
      return k > 0 && ((tok (doc, k - 1)->flags & PX_LEXICON_TOKEN_QUOTE) || doc->span_of[k - 1] >= 0
                       || (is_punct (doc, k - 1, ',') && k > 1 && ((tok (doc, k - 2)->flags & PX_LEXICON_TOKEN_QUOTE)
                                                                  || doc->span_of[k - 2] >= 0)));
    }
  /* "Der Verein rief Wanderer dazu auf, … zu wagen": a German appeal
   * whose particle closes the object before the comma; "rief an" (phoned)
   * or "rief um Hilfe" report no words; right after a quotation and its
   * comma ("„Wir geben nicht auf“, rief er") it says the words shouted */
  if (doc->capital_nouns && lower_is (doc, i, "rief", "riefen", "ruft", "rufen", NULL))
    {
      if (i > 1 && is_punct (doc, i - 1, ',')
          && ((tok (doc, i - 2)->flags & PX_LEXICON_TOKEN_QUOTE) || doc->span_of[i - 2] >= 0))
        return TRUE;
      for (guint k = i + 1; k < i + 9 && k + 1 < doc->tokens->len && is_word (doc, k); k++)
        if (lower_is (doc, k, "auf", NULL) && is_punct (doc, k + 1, ','))
          return TRUE;
      return FALSE;
    }
  /* "Eberle warf der Verwaltung vor, die Bürger zu spät informiert zu
   * haben": the accusation of separable "vorwerfen" follows its particle
   * and a comma; "warf einen Blick" reports nothing */
  if (doc->capital_nouns && lower_is (doc, i, "warf", "warfen", "wirft", "werfen", NULL))
    {
      for (guint k = i + 1; k < i + 9 && k + 1 < doc->tokens->len && is_word (doc, k); k++)
        if (lower_is (doc, k, "vor", NULL) && is_punct (doc, k + 1, ','))
          return TRUE;
      return FALSE;
    }
  /* "Ein Sprecher sprach von einem „herben Schlag“", "parla di « … »":
   * speaking of a phrase in quotation marks says those words */
  if (lower_is (doc, i, "sprach", "spricht", "sprachen", "sprechen", NULL))
    {
      if (!is_word (doc, i + 1) || !lower_is (doc, i + 1, "von", "vom", NULL))
        return FALSE;
      for (guint k = i + 2; k < i + 5 && k < doc->tokens->len; k++)
        {
          if (doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE))
            return TRUE;
          if (!is_word (doc, k))
            return FALSE;
        }
      return FALSE;
    }
  /* German „…“, so der Sprecher: "so" after the quote's comma is the cue */
  if (strcmp (word, "so") == 0 && doc->capital_nouns)
    {
      static const char * const subjunctives[] = {
        "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "hätte",
        "hätten", "wäre", "wären", "würden",
        /* the modal of hearsay and plans: "Im Mai soll es eine Versammlung geben, so die Rathauschefin" */
        "soll", "sollen", "sollte", "sollten",
      };

      if (i >= 2 && is_punct (doc, i - 1, ',') && doc->span_of[i - 2] >= 0 && is_word (doc, i + 1))
        return TRUE;
      /* "Man habe das Rathaus informiert, so der 52-Jährige.": reported
       * speech in the subjunctive, then "so" and who said it, closing the
       * sentence */
      if (i >= 4 && is_punct (doc, i - 1, ',') && is_word (doc, i + 1)
          && (IN (determiners, lower (doc, i + 1)) || IN (german_articles, lower (doc, i + 1))
              || px_quotes_is_name_word (doc, i + 1)))
        {
          guint first = g_array_index (doc->sentences, Sentence, doc->token_sentence[i]).first;
          guint last = g_array_index (doc->sentences, Sentence, doc->token_sentence[i]).last;
          gboolean subjunctive = FALSE;

          if (last > i + 5)
            return FALSE;
          for (guint t = first; t + 1 < i && t < first + 6; t++)
            subjunctive = subjunctive || (is_word (doc, t) && px_text_list_contains (subjunctives, G_N_ELEMENTS (subjunctives), lower (doc, t)));
          return subjunctive;
        }
      return FALSE;
    }
  /* '"This is a disgrace," fumed local businessman Raj Patel': right
   * after a quotation, a verb in the past tense with its subject after it
   * (a name, or an article and a role) cues the quotation, whatever verb
   * the writer chose ("fumed", "quipped", "sighed") */
  if (!IN (speech_verbs, word) && quoted && g_utf8_strlen (word, -1) >= 5 && doc->span_of[i] < 0
      && !(tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, word) && i > 1
      && ((g_str_has_suffix (word, "ed") && ((tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_QUOTE) || doc->span_of[i - 1] >= 0)
           && (is_punct (doc, i - 2, ',') || is_punct (doc, i - 2, '!') || is_punct (doc, i - 2, '?')))
          /* '« … », peste Marie Lenoir', '„…“, schimpft der Bürgermeister':
           * the comma after the closing mark, and any verb */
          || (is_punct (doc, i - 1, ',') && doc->span_of[i - 1] < 0
              && ((tok (doc, i - 2)->flags & PX_LEXICON_TOKEN_QUOTE) || doc->span_of[i - 2] >= 0))
          /* '«…», se queja Marta Gil': a reflexive verb */
          || (i > 2 && is_word (doc, i - 1) && strcmp (lower (doc, i - 1), "se") == 0 && is_punct (doc, i - 2, ',')
              && doc->span_of[i - 2] < 0 && ((tok (doc, i - 3)->flags & PX_LEXICON_TOKEN_QUOTE) || doc->span_of[i - 3] >= 0)))
      && i + 1 < doc->tokens->len && doc->token_segment[i + 1] == doc->token_segment[i]
      && (px_quotes_is_name_word (doc, i + 1) || (is_word (doc, i + 1) && IN (determiners, lower (doc, i + 1)))
          || role_then_name (doc, i + 1)))
    return TRUE;
  if (!IN (speech_verbs, word))
    return FALSE;
  /* "Frédéric Lemaire, jugé depuis lundi", "l'accusé": a French participle
   * with no auxiliary before it is an adjective or a noun */
  {
    static const char * const participles[] = {
      "jugé", "jugée", "jugés", "jugées", "accusé", "accusée", "accusés", "accusées", "qualifié", "qualifiée",
    };

    if (px_text_list_contains (participles, G_N_ELEMENTS (participles), word))
      {
        guint k = i;

        while (k > 0 && is_word (doc, k - 1) && IN (between_words, lower (doc, k - 1))
               && strcmp (lower (doc, k - 1), "a") != 0 && strcmp (lower (doc, k - 1), "ont") != 0
               && strcmp (lower (doc, k - 1), "avait") != 0)
          k--;
        if (k == 0 || !is_word (doc, k - 1)
            || !(lower_is (doc, k - 1, "a", "ont", "avait", "avaient", "aurait", NULL) || px_quotes_incise_base (lower (doc, k - 1)) > 0))
          return FALSE;
      }
  }
  /* "verwies auf die Zuständigkeit des Trägers" points at a thing; "verwies
   * darauf, dass …" reports words */
  if ((strcmp (word, "verwies") == 0 || strcmp (word, "verweist") == 0 || strcmp (word, "wies") == 0)
      && !(is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "darauf") == 0))
    {
      gboolean darauf = FALSE;

      /* "wies das zurück: „…“" introduces the words it rejects with */
      for (guint k = i + 1; k < i + 8 && k < doc->tokens->len && doc->token_sentence[k] == doc->token_sentence[i] && !darauf; k++)
        darauf = (is_word (doc, k) && strcmp (lower (doc, k), "darauf") == 0)
                 || (strcmp (word, "wies") == 0 && is_punct (doc, k, ':'));
      if (!darauf)
        return FALSE;
    }
  /* "She believes the council should …": a stated opinion of a person
   * already in the story is reported speech; "Not everyone believes …" is
   * not, so only a personal pronoun or a name may be the subject */
  if (!quoted && IN (cognitive_verbs, word) && !call_on_to (doc, i)
      && !((strcmp (word, "believes") == 0 || strcmp (word, "thinks") == 0
            || strcmp (word, "believed") == 0 || strcmp (word, "thought") == 0
            || strcmp (word, "считает") == 0 || strcmp (word, "полагает") == 0 || strcmp (word, "cree") == 0
            /* "Name уверен, что …": sure, as a stated opinion */
            || strcmp (word, "уверен") == 0 || strcmp (word, "уверена") == 0
            || strcmp (word, "considera") == 0 || strcmp (word, "glaubt") == 0
            /* "The Congressional Budget Office estimated that" */
            || ((strcmp (word, "estimated") == 0 || strcmp (word, "estimates") == 0)
                && is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "that") == 0))
           && i > 0
           && ((is_word (doc, i - 1) && IN (pronouns_person, lower (doc, i - 1)))
               /* "Андрей Кочетков, который …, считает, что …" */
               || russian_subject_with_clause (doc, i, doc->token_sentence[i], NULL)
               /* "Сделка выглядит логичной, считает аналитик … Наталья Сурина." */
               || russian_opinion_after_clause (doc, i)
               /* "Ее сосед, пенсионер Геннадий Ложкин, уверен, что …": a
                * Russian name in apposition closes its commas before the verb */
               || (doc->inflecting && i > 2 && is_punct (doc, i - 1, ',') && px_quotes_is_name_word (doc, i - 2)
                   && px_quotes_is_cyrillic_word (doc, i - 2) && px_quotes_run_start_back (doc, i - 2) < i - 2
                   && !(tok (doc, px_quotes_run_start_back (doc, i - 2))->flags & PX_LEXICON_TOKEN_SENT_START))
               || (px_quotes_is_name_word (doc, i - 1) && (!(tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_SENT_START)
                                                            || surname_of_person_named_before (doc, i - 1))))
           && (is_word (doc, i + 1)
               /* "Some patients, she believes, simply give up": an
                * English opinion set off by commas inside its clause */
               || (!doc->capital_nouns && i >= 2 && is_punct (doc, i + 1, ',') && is_punct (doc, i - 2, ',')
                   && is_word (doc, i - 1) && lower_is (doc, i - 1, "he", "she", "they", NULL))
               /* "Корнилов считает, что …" */
               || (is_punct (doc, i + 1, ',') && is_word (doc, i + 2)
                   && lower_is (doc, i + 2, "что", "que", "dass", NULL)))))
    return FALSE;
  /* "the union’s demands", "its claims", "the reports": after a possessive
   * or an article the word is a noun */
  if (i > 0 && is_word (doc, i - 1) && (g_str_has_suffix (lower (doc, i - 1), "'s")
                                        || g_str_has_suffix (lower (doc, i - 1), "s'")
                                        || lower_is (doc, i - 1, "the", "its", "their", "his", "her", NULL)
                                        /* "a salué cette annonce", "son annonce", "la déclaration" */
                                        || lower_is (doc, i - 1, "cette", "son", "sa", "une", "leur", "esta", "este", "su", NULL)))
    return FALSE;
  /* "among EU states, said …": a plural noun before a comma, not a verb */
  {
    static const char * const plural_nouns[] = {
      "states", "reports", "claims", "notes", "calls", "comments", "remarks", "demands", "promises",
    };

    if (px_text_list_contains (plural_nouns, G_N_ELEMENTS (plural_nouns), word)
        && (is_punct (doc, i + 1, ',') || is_punct (doc, i + 1, ')') || is_punct (doc, i + 1, ';')))
      return FALSE;
  }
  /* "point" speaks only as "pointed out" */
  if (strcmp (word, "point") == 0 || strcmp (word, "points") == 0 || strcmp (word, "pointed") == 0)
    return is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "out") == 0;
  return TRUE;
}

static guint
according_length (Doc  *doc,
                  guint i)
{
  /* "По его словам", "по её мнению": a possessive inside the cue names the source */
  if (is_word (doc, i) && strcmp (lower (doc, i), "по") == 0 && is_word (doc, i + 1) && is_word (doc, i + 2))
    {
      static const char * const possessives[] = { "его", "её", "ее", "их" };
      static const char * const heads[] = { "словам", "мнению", "данным", "информации", "оценке", "подсчетам" };

      if (px_text_list_contains (possessives, G_N_ELEMENTS (possessives), lower (doc, i + 1))
          && px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, i + 2)))
        return 3;
      /* "По его собственным словам", "по ее личному мнению": an
       * adjective between the possessive and the noun */
      if (px_text_list_contains (possessives, G_N_ELEMENTS (possessives), lower (doc, i + 1))
          && is_word (doc, i + 3) && px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, i + 3))
          && (g_str_has_suffix (lower (doc, i + 2), "ым") || g_str_has_suffix (lower (doc, i + 2), "им")
              || g_str_has_suffix (lower (doc, i + 2), "ому") || g_str_has_suffix (lower (doc, i + 2), "ему")))
        return 4;
    }
  /* "in her words", "in his view": the possessive is the source */
  if (is_word (doc, i) && strcmp (lower (doc, i), "in") == 0 && is_word (doc, i + 1) && is_word (doc, i + 2))
    {
      static const char * const possessives[] = { "his", "her" };
      static const char * const heads[] = { "words", "view", "opinion" };

      if (px_text_list_contains (possessives, G_N_ELEMENTS (possessives), lower (doc, i + 1))
          && px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, i + 2)))
        return 3;
    }
  /* "Pour elle, le dossier repose …", "Para el alcalde, …": at the start
   * of a sentence, a person's view (px_quotes_cue_at() wants the comma after them) */
  if (is_word (doc, i) && (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START)
      && lower_is (doc, i, "pour", "para", NULL))
    return 1;
  for (guint c = 0; c < G_N_ELEMENTS (according_cues); c++)
    {
      guint n = 0;

      while (n < 3 && according_cues[c][n] != NULL && is_word (doc, i + n)
             && strcmp (lower (doc, i + n), according_cues[c][n]) == 0)
        n++;
      if (n > 0 && (n == 3 || according_cues[c][n] == NULL))
        return n;
    }
  return 0;
}

/* "a raconté à La Presse Réjean Bouchard", "a confié au Parisien Jean
 * Dupont": a capitalised name after "à la" or "au" is a paper's, and the
 * last two of three or more capitalised words after it are the inverted
 * subject. Returns the first of those two, or @i. */
static guint
paper_listener_end (Doc  *doc,
                    guint i,
                    gint  sentence)
{
  guint j = i, run = 0;

  if (!px_quotes_allowed_token (doc, j + 1, sentence) || !is_word (doc, j) || !is_word (doc, j + 1))
    return i;
  if (strcmp (lower (doc, j), "au") == 0)
    j++;
  else if (strcmp (lower (doc, j), "à") == 0 && strcmp (lower (doc, j + 1), "la") == 0)
    j += 2;
  else
    return i;
  while (run < 5 && px_quotes_allowed_token (doc, j + run, sentence) && is_word (doc, j + run)
         && (tok (doc, j + run)->flags & PX_LEXICON_TOKEN_CAPITAL))
    run++;
  return run >= 3 ? j + run - 2 : i;
}

/* Past a listener right after a verb ("à l'AFP", "auprès de l'AFP", "a
 * EFE", "der Deutschen Presse-Agentur" is not handled here): returns the
 * token after it, or @i when there is none. */
static guint
cue_skip_listener (Doc  *doc,
                   guint i,
                   gint  sentence)
{
  guint j = i;
  gboolean had_article = FALSE;

  if (!px_quotes_allowed_token (doc, j, sentence) || !is_word (doc, j))
    return i;
  if (strcmp (lower (doc, j), "auprès") == 0 && is_word (doc, j + 1)
      && lower_is (doc, j + 1, "de", "du", NULL))
    j += 2;
  else if (lower_is (doc, j, "à", "au", NULL)
           || (doc->pro_drop && strcmp (lower (doc, j), "a") == 0))
    {
      had_article = strcmp (lower (doc, j), "au") == 0;
      j++;
    }
  else
    return i;
  if (px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && strcmp (lower (doc, j), "la") == 0)
    {
      had_article = TRUE;
      j++;
    }
  else if (doc->pro_drop && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j)
           && lower_is (doc, j, "los", "las", NULL))
    j++;
  if (!px_quotes_allowed_token (doc, j, sentence) || !is_word (doc, j))
    return i;
  /* "señaló a la prensa el gerente …", "dijo a los periodistas la
   * alcaldesa": in Spanish the press as a whole is the listener, and the
   * subject follows it */
  if (doc->pro_drop && lower_is (doc, j, "prensa", "periodistas", "reporteros", "medios", NULL))
    {
      j++;
      if (px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j) && is_word (doc, j + 1)
          && strcmp (lower (doc, j), "de") == 0 && strcmp (lower (doc, j + 1), "comunicación") == 0)
        j += 2;
      if (px_quotes_allowed_token (doc, j, sentence) && is_punct (doc, j, ','))
        j++;
      return px_quotes_allowed_token (doc, j, sentence) ? j : i;
    }
  /* "a este diario", "à notre journal", "a esta redacción": the paper
   * reporting it */
  {
    static const char * const these[] = { "este", "esta", "notre", "ce", "cette" };
    static const char * const papers[] = {
      "diario", "periódico", "medio", "redacción", "journal", "quotidien", "rédaction", "média",
    };

    if (px_text_list_contains (these, G_N_ELEMENTS (these), lower (doc, j)) && px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j + 1)
        && px_text_list_contains (papers, G_N_ELEMENTS (papers), lower (doc, j + 1)))
      {
        j += 2;
        if (px_quotes_allowed_token (doc, j, sentence) && is_punct (doc, j, ','))
          j++;
        return px_quotes_allowed_token (doc, j, sentence) ? j : i;
      }
  }
  if (g_str_has_prefix (lower (doc, j), "l'"))
    {
      /* "l'AFP" is one token */
      const char *after = g_utf8_next_char (g_utf8_next_char (doc->text + tok (doc, j)->start));
      const char *rest = lower (doc, j) + 2;

      if (!g_unichar_isupper (g_utf8_get_char (after)) || !g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (after)))
          || (IN (org_words, rest) ? FALSE : strlen (rest) > 6))
        return i;
    }
  /* the listener is a name, mostly an agency or outlet: "à l'AFP", "a EFE",
   * "a Europa Press", "à France Inter" */
  else
    {
      guint end = j;
      gboolean outlet = FALSE;

      if (!(tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL))
        return i;
      /* the outlet ends at its acronym or its org word: "a EFE Carmen Sánchez" */
      while (!outlet && end < j + 3 && px_quotes_allowed_token (doc, end, sentence) && is_word (doc, end)
             && (tok (doc, end)->flags & PX_LEXICON_TOKEN_CAPITAL))
        {
          outlet = (tok (doc, end)->flags & PX_LEXICON_TOKEN_ALL_CAPS) || IN (org_words, lower (doc, end));
          end++;
        }
      if (!outlet && had_article && paper_listener_end (doc, i, sentence) > i)
        return paper_listener_end (doc, i, sentence);
      if (!outlet)
        return i;
      j = end - 1;
    }
  j++;
  if (px_quotes_allowed_token (doc, j, sentence) && is_punct (doc, j, ','))
    j++;
  return px_quotes_allowed_token (doc, j, sentence) ? j : i;
}

/* "expuso ante el juzgador la agente del Ministerio Público, X",
 * "sostuvo en un comunicado la Secretaría de Planeación": a short
 * adjunct of place or medium between a Spanish verb and its inverted
 * subject ("ante" + one noun, "en un comunicado", "en rueda de prensa",
 * "durante la audiencia"). Returns the token after it when a determiner
 * opens the subject there, or @i. */
static guint
spanish_adjunct_after_verb (Doc  *doc,
                            guint i,
                            gint  sentence)
{
  static const char * const media[] = {
    "comunicado", "nota", "mensaje", "escrito", "video", "vídeo", "entrevista", "carta", "audio", "declaración",
    "publicación", "conferencia", "rueda", "redes", "tuit", "tweet",
  };
  static const char * const subject_openers[] = { "el", "la", "los", "las", "su", "sus" };
  guint j = i;

  if (!px_quotes_allowed_token (doc, j + 2, sentence) || !is_word (doc, j) || !is_word (doc, j + 1) || !is_word (doc, j + 2))
    return i;
  if (lower_is (doc, j, "ante", "durante", NULL) && lower_is (doc, j + 1, "el", "la", "los", "las", NULL)
      && !(tok (doc, j + 2)->flags & PX_LEXICON_TOKEN_CAPITAL))
    j += 3;
  else if (strcmp (lower (doc, j), "en") == 0 && lower_is (doc, j + 1, "un", "una", "su", NULL)
           && px_text_list_contains (media, G_N_ELEMENTS (media), lower (doc, j + 2)))
    j += 3;
  else if (strcmp (lower (doc, j), "en") == 0 && px_text_list_contains (media, G_N_ELEMENTS (media), lower (doc, j + 1)))
    j += 2;
  else
    {
      /* "explicó a las puertas del centro de salud de Benimaclet la
       * doctora …", "dijo al término del pleno el alcalde": a longer
       * phrase of place or time runs to the first article that no
       * preposition governs */
      static const char * const openers[] = { "a", "al", "ante", "tras", "desde", "durante", "frente", "en" };
      static const char * const governing[] = {
        "a", "al", "de", "del", "en", "con", "por", "para", "desde", "ante", "tras", "sobre", "entre", "hasta",
        "frente", "durante", "y", "e", "o",
      };

      if (!px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, j)))
        return i;
      for (guint k = j + 2; k < j + 12 && px_quotes_allowed_token (doc, k + 1, sentence); k++)
        {
          if (!is_word (doc, k) || doc->span_of[k] >= 0 || IN (speech_verbs, lower (doc, k))
              || lower_is (doc, k, "que", "quien", NULL))
            return i;
          if (px_text_list_contains (subject_openers, G_N_ELEMENTS (subject_openers), lower (doc, k)) && is_word (doc, k - 1)
              && !px_text_list_contains (governing, G_N_ELEMENTS (governing), lower (doc, k - 1)))
            return k;
        }
      return i;
    }
  /* "en rueda de prensa", "en una conferencia de prensa" */
  if (px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j) && is_word (doc, j + 1)
      && strcmp (lower (doc, j), "de") == 0 && lower_is (doc, j + 1, "prensa", "medios", NULL))
    j += 2;
  if (px_quotes_allowed_token (doc, j, sentence) && is_punct (doc, j, ','))
    j++;
  if (!px_quotes_allowed_token (doc, j + 1, sentence) || !is_word (doc, j) || !px_text_list_contains (subject_openers, G_N_ELEMENTS (subject_openers), lower (doc, j)))
    return i;
  return j;
}

guint
px_quotes_skip_time_words (Doc  *doc,
                           guint i,
                           gint  sentence)
{
  return skip_time_words (doc, i, sentence);
}

/* ---- Russian agency cues ---- */

gboolean
px_quotes_is_cyrillic_word (Doc  *doc,
                            guint i)
{
  return i < doc->tokens->len && is_word (doc, i)
         && g_unichar_get_script (g_utf8_get_char (lower (doc, i))) == G_UNICODE_SCRIPT_CYRILLIC;
}

/* "сообщили ТАСС", "рассказал РИА Новости", "заявил «Интерфаксу»": the news
 * agency after the verb is the listener, not the speaker. Returns the token
 * after it, or @i. */
static guint
russian_skip_listener (Doc  *doc,
                       guint i,
                       gint  sentence)
{
  /* "— рассказала «Столичному вестнику» жительница …": a paper's name in
   * marks right after the verb, its last word in the dative */
  if (i + 2 < doc->tokens->len && (gint) doc->token_sentence[i] == sentence && !is_word (doc, i)
      && (tok (doc, i)->flags & PX_LEXICON_TOKEN_QUOTE) && doc->span_of[i + 1] >= 0
      && px_quotes_is_cyrillic_word (doc, i + 1)
      && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[i + 1])))
    {
      Span *paper = &g_array_index (doc->spans, Span, doc->span_of[i + 1]);
      guint close = paper->close;

      if (paper->closed && close > i + 1 && close + 1 < doc->tokens->len && is_word (doc, close - 1)
          && (g_str_has_suffix (lower (doc, close - 1), "у") || g_str_has_suffix (lower (doc, close - 1), "ю"))
          && px_quotes_is_cyrillic_word (doc, close + 1))
        return close + 1;
    }
  if (!px_quotes_allowed_token (doc, i, sentence) || !px_quotes_is_cyrillic_word (doc, i))
    return i;
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && g_utf8_strlen (lower (doc, i), -1) >= 3)
    {
      /* "РИА Новости" is one agency */
      if (px_quotes_allowed_token (doc, i + 1, sentence) && is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "новости") == 0)
        return i + 2;
      return i + 1;
    }
  if ((tok (doc, i)->flags & PX_LEXICON_TOKEN_CAPITAL) && g_str_has_suffix (lower (doc, i), "у")
      && (g_str_has_prefix (lower (doc, i), "интерфакс") || g_str_has_prefix (lower (doc, i), "агентств")))
    return i + 1;
  /* "рассказала газете «Вечерний Омск»", "сообщил телеканалу «Регион»":
   * a paper or channel in the dative, its name in marks, is the listener
   * as the agency is */
  if (lower_is (doc, i, "газете", "изданию", "агентству", "журналу", "телеканалу", "каналу", "радиостанции",
                "порталу", "корреспонденту", NULL)
      && i + 1 < doc->tokens->len && doc->span_of[i + 1] >= 0
      && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[i + 1])))
    {
      guint after = i + 1;

      while (after < doc->tokens->len && doc->span_of[after] == doc->span_of[i + 1])
        after++;
      /* the closing mark may or may not belong to the span */
      if (after < doc->tokens->len && (tok (doc, after)->flags & PX_LEXICON_TOKEN_QUOTE) && !is_word (doc, after))
        after++;
      return after;
    }
  /* "Как рассказал агентству источник в профсоюзе", "сообщил изданию
   * глава …": the paper told by its common noun alone, the speaker after */
  if (lower_is (doc, i, "агентству", "изданию", "газете", "журналу", "телеканалу", "порталу", "журналистам",
                "корреспонденту", "корреспондентам", "репортерам", "репортёрам", NULL)
      && px_quotes_allowed_token (doc, i + 1, sentence) && px_quotes_is_cyrillic_word (doc, i + 1)
      && !lower_is (doc, i + 1, "что", "и", "о", "об", "в", "на", NULL))
    return i + 1;
  return i;
}

/* "в пресс-службе МЧС", "в ведомстве", "в прокуратуре Омской области":
 * "в" and a lower-case noun in the prepositional case name the institution
 * that speaks ("сообщили в …", "В … сообщили"). Reads it from @i (the "в")
 * up to @stop or the end of the clause; the speaker is the phrase with its
 * head noun put back in the nominative ("пресс-служба МЧС"). */
static gboolean
russian_institution_at (Doc    *doc,
                        guint   i,
                        guint   stop,
                        gint    sentence,
                        Source *source)
{
  static const char * const heads[][2] = {
    { "пресс-службе", "пресс-служба" }, { "службе", "служба" }, { "прокуратуре", "прокуратура" },
    { "комитете", "комитет" }, { "суде", "суд" }, { "штабе", "штаб" }, { "центре", "центр" },
    { "совете", "совет" }, { "департаменте", "департамент" }, { "думе", "дума" }, { "фонде", "фонд" },
    { "главке", "главк" }, { "кремле", "кремль" }, { "ведомстве", "ведомство" },
  };
  const char *head;
  const char *nominative = NULL;
  g_autofree char *built = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *adjective = NULL;
  guint last;
  guint head_at = i + 1;

  if (!px_quotes_allowed_token (doc, i, sentence) || !is_word (doc, i) || strcmp (lower (doc, i), "в") != 0)
    return FALSE;
  /* "В «ЭкоЛайн-Иваново» заявили": a company known by its name alone, in
   * marks, right before the verb */
  if (i + 1 < doc->tokens->len && doc->span_of[i + 1] >= 0 && (gint) doc->token_sentence[i + 1] == sentence)
    {
      Span *span = &g_array_index (doc->spans, Span, doc->span_of[i + 1]);

      if (span->open == i + 1 && span->closed && span->close + 1 == stop && span->close > i + 2
          && px_quotes_russian_name_in_marks (doc, span))
        {
          source->first = i + 1;
          source->last = span->close;
          source->speaker = px_quotes_slice (doc, i + 2, span->close - 1);
          return TRUE;
        }
    }
  if (!px_quotes_allowed_token (doc, i + 1, sentence) || !px_quotes_is_cyrillic_word (doc, i + 1))
    return FALSE;
  /* "в региональном управлении МЧС", "в дорожном ведомстве области": an
   * adjective before the head noun, put back in the nominative with it */
  {
    const char *word = lower (doc, i + 1);

    if ((g_str_has_suffix (word, "ом") || g_str_has_suffix (word, "ой") || g_str_has_suffix (word, "ем")
         || g_str_has_suffix (word, "ей")) && g_utf8_strlen (word, -1) >= 6
        && px_quotes_allowed_token (doc, i + 2, sentence) && px_quotes_is_cyrillic_word (doc, i + 2)
        /* "в Главном управлении МЧС": a capitalised adjective only
         * before a noun for a body */
        && (!(tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)
            || lower_is (doc, i + 2, "управлении", "министерстве", "комитете", "департаменте", "ведомстве",
                         "прокуратуре", "суде", "штабе", NULL))
        && !(tok (doc, i + 2)->flags & PX_LEXICON_TOKEN_CAPITAL) && !(tok (doc, i + 2)->flags & PX_LEXICON_TOKEN_ALL_CAPS))
      head_at = i + 2;
    /* "в Государственной жилищной инспекции", "в Северной транспортной
     * прокуратуре": two adjectives, the first maybe a proper one */
    if ((g_str_has_suffix (word, "ой") || g_str_has_suffix (word, "ом")) && g_utf8_strlen (word, -1) >= 6
        && px_quotes_allowed_token (doc, i + 3, sentence) && px_quotes_is_cyrillic_word (doc, i + 2)
        && px_quotes_is_cyrillic_word (doc, i + 3) && !(tok (doc, i + 2)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && !(tok (doc, i + 3)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && g_str_has_suffix (lower (doc, i + 2), word + strlen (word) - strlen ("ой")) && g_utf8_strlen (lower (doc, i + 2), -1) >= 6)
      head_at = i + 3;
  }
  head = lower (doc, head_at);
  /* "в сообщении", "в заявлении": a statement, whose author follows */
  if (g_str_has_prefix (head, "сообщени") || g_str_has_prefix (head, "заявлени"))
    return FALSE;
  for (guint h = 0; h < G_N_ELEMENTS (heads); h++)
    if (strcmp (head, heads[h][0]) == 0)
      nominative = heads[h][1];
  /* "в ГУ МЧС по Московской области", "в МВД": an acronym does not
   * decline; it is the institution as written */
  if (nominative == NULL && head_at == i + 1 && (tok (doc, i + 1)->flags & PX_LEXICON_TOKEN_ALL_CAPS) && g_utf8_strlen (head, -1) >= 2)
    {
      built = px_quotes_slice (doc, i + 1, i + 1);
      nominative = built;
    }
  if (nominative == NULL)
    {
      gsize len = strlen (head);

      /* "управлении" → "управление", "администрации" → "администрация",
       * "министерстве" → "министерство" */
      const char *ending;
      g_autofree char *stem = NULL;

      if (g_str_has_suffix (head, "ении"))
        ending = "е";
      else if (g_str_has_suffix (head, "ии"))
        ending = "я";
      else if (g_str_has_suffix (head, "стве"))
        ending = "о";
      else
        return FALSE;
      /* the last letter (two bytes in UTF-8) changes */
      stem = g_strndup (head, len - strlen ("и"));
      built = g_strconcat (stem, ending, NULL);
      nominative = built;
    }
  for (guint a = head_at; a > i + 1; a--)
    {
      /* the adjective agrees with the head: neuter "-ое", feminine "-ая",
       * masculine "-ый" ("-ской" stays); a capital kept as written */
      const char *word = lower (doc, a - 1);
      gsize stem_len = tok (doc, a - 1)->end - tok (doc, a - 1)->start - strlen ("ом");
      g_autofree char *stem = g_strndup (word, strlen (word) - strlen ("ом"));
      g_autofree char *written = g_strndup (doc->text + tok (doc, a - 1)->start, stem_len);
      const char *ending;
      char *joined;

      if (g_str_has_suffix (nominative, "е") || g_str_has_suffix (nominative, "о"))
        ending = g_str_has_suffix (word, "ем") ? "ее" : "ое";
      else if (g_str_has_suffix (nominative, "а") || g_str_has_suffix (nominative, "я"))
        /* "в управляющей компании" → "управляющая": after ж, ш, щ, ч
         * the soft ending is spelt "-ая" */
        ending = g_str_has_suffix (word, "ей") && !russian_hushing_end (stem) ? "яя" : "ая";
      else
        ending = g_str_has_suffix (stem, "ск") || g_str_has_suffix (stem, "цк") ? "ой" : g_str_has_suffix (word, "ем") ? "ий" : "ый";
      joined = g_strconcat ((tok (doc, a - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) ? written : stem, ending, " ", nominative, NULL);
      g_free (adjective);
      adjective = joined;
      nominative = adjective;
    }
  last = head_at;
  /* the genitive that completes it: "компании «Омские тепловые сети»",
   * "Омской области", "регионального ГУ МЧС" */
  while (last + 1 < stop && last + 1 < doc->tokens->len && last < i + 8)
    {
      guint next = last + 1;

      if (doc->span_of[next] >= 0 || (tok (doc, next)->flags & PX_LEXICON_TOKEN_QUOTE))
        {
          /* a company name in « »: take it whole */
          gint span = doc->span_of[next] >= 0 ? doc->span_of[next] : (next + 1 < doc->tokens->len ? doc->span_of[next + 1] : -1);
          guint k = next;

          if (span < 0)
            break;
          while (k + 1 < doc->tokens->len && k < next + 12
                 && (doc->span_of[k + 1] == span || (doc->span_of[k] == span && (tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_QUOTE))))
            k++;
          last = k;
          continue;
        }
      /* "ГУ МЧС по Московской области": the region an acronym's office
       * serves belongs to its name */
      if (is_word (doc, next) && strcmp (lower (doc, next), "по") == 0 && (tok (doc, last)->flags & PX_LEXICON_TOKEN_ALL_CAPS)
          && next + 1 < stop && px_quotes_allowed_token (doc, next + 1, sentence) && px_quotes_is_cyrillic_word (doc, next + 1)
          && (tok (doc, next + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
        {
          last = next;
          continue;
        }
      /* "министерства природных ресурсов и экологии": two genitives
       * joined inside the name */
      if (is_word (doc, next) && strcmp (lower (doc, next), "и") == 0 && next + 1 < stop
          && px_quotes_allowed_token (doc, next + 1, sentence) && px_quotes_is_cyrillic_word (doc, next + 1)
          && !IN (speech_verbs, lower (doc, next + 1)) && russian_genitive_like (lower (doc, next + 1))
          && russian_genitive_like (lower (doc, last)))
        {
          last = next;
          continue;
        }
      if (!px_quotes_is_cyrillic_word (doc, next) || IN (speech_verbs, lower (doc, next))
          || px_text_list_contains (phrase_prepositions, G_N_ELEMENTS (phrase_prepositions), lower (doc, next))
          || IN (stop_words, lower (doc, next)))
        break;
      last = next;
    }
  source->first = i + 1;
  source->last = last;
  /* "уточнили в ведомстве", "в пресс-службе": the institution just quoted */
  if (last == i + 1 && head_at == i + 1 && (strcmp (nominative, "ведомство") == 0 || strcmp (nominative, "пресс-служба") == 0
                                            /* "пояснили в службе" after "В ФАС … сообщили" */
                                            || strcmp (nominative, "служба") == 0))
    {
      source->first = source->last = i + 1;
      source->pronoun = TRUE;
      source->implicit = TRUE;
      return TRUE;
    }
  /* "Прокуратура … начала проверку, сообщили в пресс-службе ведомства":
   * the press service of the body just named speaks for that body */
  if (head_at == i + 1 && strcmp (nominative, "пресс-служба") == 0 && lower_is (doc, last, "ведомства", NULL)
      && (last == i + 2
          /* "в пресс-службе надзорного ведомства" */
          || (last == i + 3 && is_word (doc, i + 2) && (g_str_has_suffix (lower (doc, i + 2), "ого") || g_str_has_suffix (lower (doc, i + 2), "его")))))
    {
      char *named = russian_reported_institution (doc, sentence);

      if (named == NULL && sentence > 0)
        named = russian_reported_institution (doc, sentence - 1);
      source->first = i + 1;
      source->last = last;
      if (named != NULL)
        {
          source->speaker = named;
          return TRUE;
        }
      source->pronoun = TRUE;
      source->implicit = TRUE;
      return TRUE;
    }
  if (last > head_at)
    {
      g_autofree char *tail = g_strndup (doc->text + tok (doc, head_at + 1)->start, tok (doc, last)->end - tok (doc, head_at + 1)->start);

      rest = g_strconcat (nominative, " ", tail, NULL);
    }
  else
    {
      rest = g_strdup (nominative);
      /* "Как пояснили в мэрии" after "Мэрия Краснозаводска перенесла
       * …": the fullest form the article gave the body, its noun with the
       * capitalised name of the place after it */
      if (head_at == i + 1)
        for (guint t = i; t > 0; t--)
          {
            guint k = t - 1;

            if (is_word (doc, k) && doc->span_of[k] < 0 && role_word_match (lower (doc, k), nominative)
                && px_quotes_is_cyrillic_word (doc, k + 1) && doc->span_of[k + 1] < 0
                && (tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !(tok (doc, k + 1)->flags & PX_LEXICON_TOKEN_SENT_START)
                && !px_quotes_is_name_word (doc, k + 2))
              {
                g_autofree char *place = px_quotes_slice (doc, k + 1, k + 1);

                g_free (rest);
                rest = g_strconcat (nominative, " ", place, NULL);
                break;
              }
          }
    }
  source->speaker = g_steal_pointer (&rest);
  return TRUE;
}

/* "Следственное управление СК по Татарстану возбудило …", "В региональном
 * управлении СК возбуждено …", "Специалисты регионального управления
 * Росприроднадзора отобрали …": the institution a sentence opens with, put
 * back in the nominative ("региональное управление СК"), or NULL. */
static char *
russian_reported_institution (Doc  *doc,
                              gint  sentence)
{
  /* stem, nominative ending, adjective ending for its gender */
  static const char * const heads[][3] = {
    { "управлени", "е", "ое" }, { "министерств", "о", "ое" }, { "ведомств", "о", "ое" },
    { "прокуратур", "а", "ая" }, { "администраци", "я", "ая" }, { "служб", "а", "ая" },
    { "комитет", "", "ый" }, { "департамент", "", "ый" },
  };
  static const char * const adjective_endings[] = { "ого", "ому", "ом", "ое", "ой", "ая", "ый", "ий" };
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  GString *built;
  guint head = G_MAXUINT, from, last;
  gsize h = 0;

  for (guint k = range->first; k <= range->last && k < range->first + 4 && head == G_MAXUINT; k++)
    {
      if (!px_quotes_is_cyrillic_word (doc, k))
        break;
      for (h = 0; h < G_N_ELEMENTS (heads); h++)
        if (g_str_has_prefix (lower (doc, k), heads[h][0]))
          {
            head = k;
            break;
          }
    }
  if (head == G_MAXUINT)
    return NULL;
  /* the adjectives right before the head */
  from = head;
  while (from > range->first && px_quotes_is_cyrillic_word (doc, from - 1))
    {
      gboolean adjective = px_text_list_has_suffix (adjective_endings, G_N_ELEMENTS (adjective_endings),
                                                    lower (doc, from - 1));

      if (!adjective)
        break;
      from--;
    }
  /* only "В …" or a plural noun for its staff ("Специалисты", "Сотрудники") may come before */
  if (from > range->first + 1
      || (from == range->first + 1 && strcmp (lower (doc, range->first), "в") != 0
          && !g_str_has_suffix (lower (doc, range->first), "ы") && !g_str_has_suffix (lower (doc, range->first), "и")))
    return NULL;
  /* the name that completes it: "СК по Татарстану", "Росприроднадзора" */
  last = head;
  while (last + 1 <= range->last && px_quotes_is_cyrillic_word (doc, last + 1))
    {
      if (tok (doc, last + 1)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_ALL_CAPS))
        last++;
      /* "Тверской области": the noun a capitalised adjective agrees with */
      else if ((tok (doc, last)->flags & PX_LEXICON_TOKEN_CAPITAL) && last > head && russian_genitive_like (lower (doc, last + 1))
               && (g_str_has_suffix (lower (doc, last), "ой") || g_str_has_suffix (lower (doc, last), "ей")
                   || g_str_has_suffix (lower (doc, last), "ого") || g_str_has_suffix (lower (doc, last), "его"))
               && !IN (speech_verbs, lower (doc, last + 1)) && !IN (stop_words, lower (doc, last + 1)))
        last++;
      else if (strcmp (lower (doc, last + 1), "по") == 0 && last + 2 <= range->last && px_quotes_is_cyrillic_word (doc, last + 2)
               && (tok (doc, last + 2)->flags & PX_LEXICON_TOKEN_CAPITAL))
        last += 2;
      else
        break;
    }
  if (last == head)
    return NULL;
  built = g_string_new (NULL);
  for (guint k = from; k <= last; k++)
    {
      const char *word = lower (doc, k);
      const char *written = doc->text + tok (doc, k)->start;
      gsize written_len = tok (doc, k)->end - tok (doc, k)->start;

      if (built->len > 0)
        g_string_append_c (built, ' ');
      if (k < head)
        {
          for (gsize e = 0; e < G_N_ELEMENTS (adjective_endings); e++)
            if (g_str_has_suffix (word, adjective_endings[e]))
              {
                gsize keep = written_len - strlen (adjective_endings[e]);

                g_string_append_len (built, written, keep);
                g_string_append (built, heads[h][2]);
                break;
              }
        }
      else if (k == head)
        {
          g_string_append (built, heads[h][0]);
          g_string_append (built, heads[h][1]);
        }
      else
        g_string_append_len (built, written, written_len);
    }
  return g_string_free (built, FALSE);
}

/* "говорится в заявлении федерации", "говорится в заявлении компании":
 * the bare noun in the genitive owning a document refers back to the
 * body of that kind the article named last before @before: the last name
 * in guillemets for a business ("компании", "перевозчика", "оператора"),
 * else the last capitalised noun of the same stem with the genitive chain
 * after it ("федерации" → "Федерация бокса Приволжского края"). NULL when
 * none was named. */
static char *
russian_document_owner (Doc        *doc,
                        guint       before,
                        const char *noun)
{
  static const char * const business[] = {
    "компании", "перевозчика", "оператора", "сети", "холдинга", "концерна", "банка", "предприятия",
  };
  gboolean firm = px_text_list_contains (business, G_N_ELEMENTS (business), noun);
  glong n_chars = g_utf8_strlen (noun, -1);
  g_autofree char *stem = n_chars >= 5 ? g_utf8_substring (noun, 0, n_chars - 1) : NULL;

  if (!firm && stem == NULL)
    return NULL;
  for (guint t = before; t > 0; t--)
    {
      guint at = t - 1;
      gint sentence = doc->token_sentence[at];

      if (firm && doc->span_of[at] >= 0)
        {
          Span *span = &g_array_index (doc->spans, Span, doc->span_of[at]);

          if (span->open == at && span->closed && span->close > at + 1 && span->close < before
              && px_quotes_russian_name_in_marks (doc, span))
            return px_quotes_slice (doc, at + 1, span->close - 1);
        }
      /* "Федерация бокса Приволжского края" for "федерации" */
      if (!firm && px_quotes_is_cyrillic_word (doc, at) && (tok (doc, at)->flags & PX_LEXICON_TOKEN_CAPITAL)
          && g_str_has_prefix (lower (doc, at), stem) && strlen (lower (doc, at)) <= strlen (noun) + 1)
        {
          static const char * const past_endings[] = {
            "ила", "ала", "ела", "ыла", "ил", "ал", "ел", "ыл", "или", "али", "ели", "ыли", "ило", "ало", "ело",
          };
          guint last = russian_chain_end (doc, at, sentence);
          gboolean verb = TRUE;

          /* the chain stops before the body's verb: "… края отстранила" */
          while (last > at && verb)
            {
              verb = px_text_list_has_suffix (past_endings, G_N_ELEMENTS (past_endings), lower (doc, last));
              if (verb)
                last--;
            }
          return last > at ? px_quotes_slice (doc, at, last) : NULL;
        }
    }
  return NULL;
}

/* Russian agency copy puts the speaker after the verb more often than
 * before it: "Как рассказал ТАСС житель … Олег Воронин, …", "—
 * сообщили ТАСС в пресс-службе …", "В прокуратуре … сообщили, что …",
 * "Там уточнили, что …". Returns TRUE when one of these shapes fits. */

static gboolean
russian_source (Doc    *doc,
                guint   verb,
                gint    sentence,
                Source *source)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);
  guint b = verb;
  guint j;
  gboolean inverted = FALSE;

  if (!px_quotes_is_cyrillic_word (doc, verb))
    return FALSE;
  while (b > s->first && px_quotes_allowed_token (doc, b - 1, sentence) && is_word (doc, b - 1) && IN (between_words, lower (doc, b - 1)))
    b--;
  /* "Об этом РБК рассказал", "В пресс-службе … РБК сообщили": an agency
   * in capitals before the verb is the listener */
  if (b > s->first + 1 && px_quotes_is_cyrillic_word (doc, b - 1) && (tok (doc, b - 1)->flags & PX_LEXICON_TOKEN_ALL_CAPS)
      && g_utf8_strlen (lower (doc, b - 1), -1) <= 5
      && ((is_word (doc, b - 2) && lower_is (doc, b - 2, "этом", "как", NULL))
          || doc->span_of[b - 2] >= 0 || (tok (doc, b - 2)->flags & PX_LEXICON_TOKEN_QUOTE)
          || (is_word (doc, s->first) && strcmp (lower (doc, s->first), "в") == 0)))
    b--;
  /* … and "Об этом РИА Новости рассказал", "Как сообщили Интерфаксу": an
   * agency of two words, or one in the dative */
  else if (b > s->first + 2 && is_word (doc, b - 1) && is_word (doc, b - 2) && strcmp (lower (doc, b - 1), "новости") == 0
           && strcmp (lower (doc, b - 2), "риа") == 0 && is_word (doc, b - 3)
           && lower_is (doc, b - 3, "этом", "как", NULL))
    b -= 2;
  else if (b > s->first + 1 && russian_skip_listener (doc, b - 1, sentence) == b && !(tok (doc, b - 1)->flags & PX_LEXICON_TOKEN_ALL_CAPS)
           && is_word (doc, b - 2) && lower_is (doc, b - 2, "этом", "как", NULL))
    b--;
  /* "В жилищной инспекции области «Заволжью онлайн» подтвердили", "В
   * Минтрансе «Ъ» заявили": a name in marks before the verb after no noun
   * that says what it names is the paper told, not part of the institution */
  if (b > s->first + 2 && is_word (doc, s->first)
      && (strcmp (lower (doc, s->first), "в") == 0
          /* "Позднее в пресс-службе … «Интерфаксу» уточнили" */
          || (is_word (doc, s->first + 1) && strcmp (lower (doc, s->first + 1), "в") == 0
              && lower_is (doc, s->first, "позднее", "позже", "ранее", "затем", "также", "вчера", "сегодня", "накануне",
                           "впоследствии", "впрочем", "однако", NULL))))
    {
      guint k = (doc->span_of[b - 1] < 0 && (tok (doc, b - 1)->flags & PX_LEXICON_TOKEN_QUOTE)) ? b - 2 : b - 1;
      gint listener = doc->span_of[k];

      if (listener >= 0 && (gint) doc->token_sentence[k] == sentence)
        {
          Span *span = &g_array_index (doc->spans, Span, listener);

          if (span->open > s->first + 1 && px_quotes_russian_name_in_marks (doc, span)
              && !px_quotes_russian_name_after_kind (doc, span))
            b = span->open;
        }
    }
  /* "В прокуратуре Омской области сообщили": the institution opens the
   * clause; not when a personal pronoun is the subject before the verb ("В
   * суде он рассказал": where he spoke) */
  for (guint v = b; v > s->first && v + 9 > b
       && !(is_word (doc, b - 1) && lower_is (doc, b - 1, "он", "она", "они", NULL)); v--)
    {
      guint at = v - 1;

      /* a name in marks inside the phrase: "В пресс-службе «Быстрого кота»" */
      gboolean named = at < doc->tokens->len && doc->span_of[at] >= 0 && (gint) doc->token_sentence[at] == sentence
                       && px_quotes_russian_name_in_marks (doc, &g_array_index (doc->spans, Span, doc->span_of[at]));

      if ((!px_quotes_allowed_token (doc, at, sentence) && !named)
          || (!is_word (doc, at) && doc->span_of[at] < 0 && !(tok (doc, at)->flags & PX_LEXICON_TOKEN_QUOTE)))
        break;
      if (is_word (doc, at) && strcmp (lower (doc, at), "в") == 0
          && (at == s->first || is_punct (doc, at - 1, ',')
              /* "Позднее в пресс-службе … уточнили": an adverb of time
               * opening the sentence before the institution */
              || (at == s->first + 1 && is_word (doc, at - 1)
                  && lower_is (doc, at - 1, "позднее", "позже", "ранее", "затем", "также", "вчера", "сегодня", "накануне",
                               "впоследствии", "впрочем", "однако", NULL))))
        {
          Source found = { 0, };

          if (russian_institution_at (doc, at, b, sentence, &found)
              && (found.last + 1 == b || (found.last + 2 == b && (tok (doc, b - 1)->flags & PX_LEXICON_TOKEN_QUOTE))))
            {
              *source = found;
              return TRUE;
            }
          px_quotes_source_clear (&found);
          break;
        }
    }
  /* "Представитель компании «Омские тепловые сети» заявил": an unnamed
   * representative speaks for the company named in the marks */
  if (b > s->first + 2 && doc->span_of[b - 2] >= 0 && !is_word (doc, b - 1))
    {
      gint span = doc->span_of[b - 2];
      guint open = b - 2;

      guint name_first, role;

      while (open > s->first && doc->span_of[open - 1] == span)
        open--;
      /* the marks may or may not belong to the span */
      name_first = (tok (doc, open)->flags & PX_LEXICON_TOKEN_QUOTE) ? open + 1 : open;
      role = name_first - 3;
      if (name_first >= s->first + 3 && px_quotes_is_cyrillic_word (doc, role + 1) && px_quotes_is_cyrillic_word (doc, role)
          && (g_str_has_prefix (lower (doc, role), "представител") || g_str_has_prefix (lower (doc, role), "сотрудни")
              || g_str_has_prefix (lower (doc, role), "источник")))
        {
          guint name_last = b - 1;

          while (name_last > name_first && !is_word (doc, name_last))
            name_last--;
          source->first = role;
          source->last = b - 1;
          source->speaker = px_quotes_slice (doc, name_first, name_last);
          return TRUE;
        }
    }
  if (b > s->first && is_word (doc, b - 1))
    {
      const char *before = lower (doc, b - 1);

      /* "Там уточнили": there, at the institution just quoted */
      if (strcmp (before, "там") == 0 && b - 1 == s->first)
        {
          source->first = source->last = b - 1;
          source->pronoun = TRUE;
          source->implicit = TRUE;
          return TRUE;
        }
      /* "Как рассказал …", "Об этом сообщили …": the subject follows */
      if (strcmp (before, "как") == 0 || strcmp (before, "этом") == 0 || strcmp (before, "это") == 0)
        inverted = TRUE;
    }
  if (b == s->first || (b > s->first && !is_word (doc, b - 1)))
    inverted = TRUE;
  /* "Одна из пассажирок, 34-летняя Анастасия Белова, рассказала в суде,
   * что …": a name in apposition closes its commas before the verb, and a
   * "что" clause follows the place of the words; the name speaks */
  if (inverted && b > s->first + 1 && is_punct (doc, b - 1, ',') && px_quotes_is_name_word (doc, b - 2)
      && px_quotes_is_cyrillic_word (doc, b - 2))
    for (guint k = verb + 1; k <= s->last && k < verb + 6; k++)
      {
        if (is_punct (doc, k, ','))
          {
            if (is_word (doc, k + 1) && lower_is (doc, k + 1, "что", NULL))
              return FALSE;
            break;
          }
        if (!is_word (doc, k) || !px_quotes_allowed_token (doc, k, sentence))
          break;
      }
  if (!inverted)
    return FALSE;
  j = russian_skip_listener (doc, verb + 1, sentence);
  j = russian_skip_listener (doc, russian_occasion_after_verb (doc, j, sentence), sentence);
  /* "…, уточнили там.": there, at the institution just quoted, after the
   * verb as before it */
  if (j <= s->last && px_quotes_allowed_token (doc, j, sentence) && is_word (doc, j) && lower_is (doc, j, "там", NULL)
      && g_str_has_suffix (lower (doc, verb), "ли")
      && (j == s->last || !px_quotes_allowed_token (doc, j + 1, sentence) || !is_word (doc, j + 1)))
    {
      source->first = source->last = j;
      source->pronoun = TRUE;
      source->implicit = TRUE;
      return TRUE;
    }
  /* "Как передает РИА Новости со ссылкой на региональное управление
   * Росавиации, …", "сообщает ТАСС со ссылкой на пресс-службу суда": the
   * agency relays; the one it cites speaks, put back in the nominative */
  for (guint c = verb + 1; c + 3 <= s->last && c < verb + 5; c++)
    {
      if (!px_quotes_allowed_token (doc, c, sentence) || !is_word (doc, c))
        break;
      if (lower_is (doc, c, "со", NULL) && is_word (doc, c + 1) && lower_is (doc, c + 1, "ссылкой", NULL)
          && is_word (doc, c + 2) && lower_is (doc, c + 2, "на", NULL) && px_quotes_is_cyrillic_word (doc, c + 3))
        {
          guint end = c + 3;
          gboolean head_seen = FALSE;
          GString *built = g_string_new (NULL);

          while (end + 1 <= s->last && end < c + 12 && px_quotes_allowed_token (doc, end + 1, sentence) && is_word (doc, end + 1)
                 && !IN (speech_verbs, lower (doc, end + 1)))
            end++;
          for (guint k = c + 3; k <= end; k++)
            {
              const char *written = doc->text + tok (doc, k)->start;
              gsize len = tok (doc, k)->end - tok (doc, k)->start;
              const char *word = lower (doc, k);

              /* the accusative of the head and its adjectives: "-ую" →
               * "-ая", "-юю" → "-яя", "пресс-службу" → "пресс-служба" */
              if (!head_seen && (g_str_has_suffix (word, "ую") || g_str_has_suffix (word, "юю")))
                {
                  g_string_append_len (built, written, len - strlen ("ую"));
                  g_string_append (built, g_str_has_suffix (word, "ую") ? "ая" : "яя");
                }
              else if (!head_seen && (g_str_has_suffix (word, "у") || g_str_has_suffix (word, "ю"))
                       && !(tok (doc, k)->flags & PX_LEXICON_TOKEN_ALL_CAPS))
                {
                  g_string_append_len (built, written, len - strlen ("у"));
                  g_string_append (built, g_str_has_suffix (word, "у") ? "а" : "я");
                  head_seen = TRUE;
                }
              else
                {
                  g_string_append_len (built, written, len);
                  if (!(g_str_has_suffix (word, "ое") || g_str_has_suffix (word, "ый") || g_str_has_suffix (word, "ий")))
                    head_seen = TRUE;
                }
              if (k < end)
                g_string_append_c (built, ' ');
            }
          source->first = c + 3;
          source->last = end;
          source->speaker = g_string_free (built, FALSE);
          return TRUE;
        }
    }
  /* "— рассказал руководитель исследования, доцент кафедры экологии
   * Кирилл Вяземский.": two roles in apposition after the verb, the name
   * closing the sentence after the last; the name speaks */
  {
    guint end = j, commas = 0, marks = 0;

    while (end + 1 <= s->last && end < j + 16
           && (px_quotes_allowed_token (doc, end + 1, sentence) || doc->span_of[end + 1] >= 0)
           && (is_word (doc, end + 1) || is_punct (doc, end + 1, ',') || is_punct (doc, end + 1, '-')
               || (tok (doc, end + 1)->flags & PX_LEXICON_TOKEN_QUOTE)))
      {
        if (is_punct (doc, end + 1, ','))
          commas++;
        else if (!is_word (doc, end + 1) && !is_punct (doc, end + 1, '-'))
          marks++;
        end++;
      }
    /* "… аналитик ИК «Восток-Инвест» Наталья Сурина.": a firm in marks
     * between the role and the name, with no comma */
    if ((commas == 1 || (commas == 0 && marks == 2)) && end > j + 3 && px_quotes_is_cyrillic_word (doc, j)
        && !(tok (doc, j)->flags & PX_LEXICON_TOKEN_CAPITAL)
        && px_quotes_is_name_word (doc, end) && px_quotes_is_cyrillic_word (doc, end)
        && (end == s->last || !px_quotes_allowed_token (doc, end + 1, sentence) || is_punct (doc, end + 1, '.')))
      {
        guint start = px_quotes_run_start_back (doc, end);
        gboolean roles = start > j + 2 && start < end && !px_quotes_run_is_org (doc, start, end);

        for (guint k = j; k < start && roles; k++)
          roles = is_punct (doc, k, ',') || is_punct (doc, k, '-') || (!is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE))
                  || (is_word (doc, k) && !IN (speech_verbs, lower (doc, k)) && !IN (stop_words, lower (doc, k)));
        if (roles && !is_punct (doc, start - 1, ','))
          {
            source->first = start;
            source->last = end;
            return TRUE;
          }
      }
  }
  /* "сообщил ТАСС представитель пресс-службы аэропорта": an unnamed
   * representative speaks for the body in the genitive after him, put back
   * in the nominative */
  if (is_word (doc, j) && px_quotes_allowed_token (doc, j + 1, sentence) && px_quotes_is_cyrillic_word (doc, j + 1)
      && g_str_has_prefix (lower (doc, j), "представител"))
    {
      g_autofree char *nominative = russian_body_nominative (lower (doc, j + 1));
      /* "— сказал представитель группы" after "группе «Агрокомплекс»",
       * "представитель компании" after "компания «…»": the body the
       * article named with that noun, the noun alone ending the clause */
      char *named = !(px_quotes_allowed_token (doc, j + 2, sentence) && is_word (doc, j + 2))
                    ? russian_kind_named_before (doc, j, lower (doc, j + 1)) : NULL;

      if (named != NULL)
        {
          source->first = j;
          source->last = j + 1;
          source->speaker = named;
          return TRUE;
        }

      if (nominative != NULL)
        {
          guint last = russian_chain_end (doc, j + 1, sentence);
          g_autofree char *rest = last > j + 1 ? px_quotes_slice (doc, j + 2, last) : NULL;

          source->first = j;
          source->last = last;
          source->speaker = rest != NULL ? g_strconcat (nominative, " ", rest, NULL) : g_strdup (nominative);
          return TRUE;
        }
    }
  if (russian_institution_at (doc, j, G_MAXUINT, sentence, source))
    return TRUE;
  px_quotes_source_clear (source);
  memset (source, 0, sizeof *source);
  if (russian_institution_after_verb (doc, j, sentence, source))
    return TRUE;
  /* "говорится в заявлении компании", "уточняется в документе", "говорится
   * в ее отчетности": a document with no body named after it, or a bare
   * noun or a possessive for its owner, refers back to a body named before */
  if (px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j) && strcmp (lower (doc, j), "в") == 0
      && px_quotes_is_cyrillic_word (doc, j + 1) && px_text_list_contains (russian_document_nouns, G_N_ELEMENTS (russian_document_nouns), lower (doc, j + 1)))
    {
      gboolean owner = px_quotes_allowed_token (doc, j + 2, sentence) && px_quotes_is_cyrillic_word (doc, j + 2);
      gboolean alone = owner && !(px_quotes_allowed_token (doc, j + 3, sentence) && is_word (doc, j + 3));

      if (!owner || (alone && lower_is (doc, j + 2, "ее", "её", "его", "их", NULL)))
        {
          source->first = source->last = j + 1;
          source->pronoun = TRUE;
          source->implicit = TRUE;
          return TRUE;
        }
      if (alone && !(tok (doc, j + 2)->flags & (PX_LEXICON_TOKEN_CAPITAL | PX_LEXICON_TOKEN_ALL_CAPS))
          && !lower_is (doc, j + 2, "ведомства", "управления", NULL))
        {
          char *named = russian_document_owner (doc, j + 2, lower (doc, j + 2));

          if (named != NULL)
            {
              source->first = source->last = j + 2;
              source->speaker = named;
              return TRUE;
            }
        }
    }
  /* "говорится в сообщении городской администрации": the statement's author */
  if (px_quotes_allowed_token (doc, j + 1, sentence) && is_word (doc, j) && strcmp (lower (doc, j), "в") == 0
      && px_quotes_is_cyrillic_word (doc, j + 1)
      && g_str_has_prefix (lower (doc, j + 1), "сообщени")
      && px_quotes_allowed_token (doc, j + 2, sentence) && px_quotes_is_cyrillic_word (doc, j + 2))
    {
      guint last = j + 2;

      /* "Об этом говорится в сообщении ведомства": the institution the
       * sentence reported names */
      if (sentence > 0 && (j + 3 > s->last || !is_word (doc, j + 3))
          && lower_is (doc, j + 2, "ведомства", "управления", NULL))
        {
          char *named = russian_reported_institution (doc, sentence - 1);

          if (named != NULL)
            {
              source->first = source->last = j + 2;
              source->speaker = named;
              return TRUE;
            }
        }
      while (last + 1 <= s->last && px_quotes_allowed_token (doc, last + 1, sentence) && px_quotes_is_cyrillic_word (doc, last + 1)
             && !IN (stop_words, lower (doc, last + 1)) && last < j + 8)
        last++;
      source->first = j + 2;
      source->last = last;
      /* "в сообщении пресс-службы городской администрации": the body
       * that issued it, its head noun put back in the nominative */
      {
        g_autofree char *nominative = russian_body_nominative (lower (doc, j + 2));
        g_autofree char *rest = last > j + 2 ? px_quotes_slice (doc, j + 3, last) : NULL;

        if (nominative != NULL)
          source->speaker = rest != NULL ? g_strconcat (nominative, " ", rest, NULL) : g_strdup (nominative);
        else
          source->speaker = px_quotes_slice (doc, j + 2, last);
      }
      return TRUE;
    }
  /* "Как пояснил директор МУП «Горводоканал» Андрей Белов, …": the name
   * before the comma speaks, the words before it describe him; tried
   * before reading forward from the verb, which would stop at the role
   * noun after a listener ("Как рассказал РИА Новости инженер …") */
  if (b > s->first && is_word (doc, b - 1) && strcmp (lower (doc, b - 1), "как") == 0)
    {
      guint c = verb + 1;

      while (c <= s->last && c < verb + 14 && !is_punct (doc, c, ','))
        c++;
      if (c <= s->last && is_punct (doc, c, ',') && c > verb + 2 && px_quotes_is_name_word (doc, c - 1) && px_quotes_is_cyrillic_word (doc, c - 1))
        {
          guint start = px_quotes_run_start_back (doc, c - 1);

          if (start > verb + 1 && start < c - 1 && !px_quotes_run_is_org (doc, start, c - 1))
            {
              source->first = start;
              source->last = c - 1;
              return TRUE;
            }
        }
      /* "Как пояснил участник акции, инженер-гидролог Сергей Дорохов, …":
       * the role, then the name in apposition between commas */
      else if (c <= s->last && is_punct (doc, c, ',') && c > verb + 1)
        {
          guint c2 = c + 1;

          while (c2 <= s->last && c2 < c + 8 && is_word (doc, c2))
            c2++;
          if (c2 <= s->last && is_punct (doc, c2, ',') && c2 > c + 2 && px_quotes_is_name_word (doc, c2 - 1)
              && px_quotes_is_cyrillic_word (doc, c2 - 1))
            {
              guint start = px_quotes_run_start_back (doc, c2 - 1);

              if (start > c + 1 && start < c2 - 1 && !px_quotes_run_is_org (doc, start, c2 - 1))
                {
                  source->first = start;
                  source->last = c2 - 1;
                  return TRUE;
                }
            }
        }
      /* "Как рассказал агентству источник в профсоюзе завода, …": an
       * unnamed source, past the listener, up to the comma */
      if (c <= s->last && is_punct (doc, c, ',') && j < c && c < j + 8 && is_word (doc, j)
          && lower_is (doc, j, "источник", "собеседник", "собеседница", NULL))
        {
          gboolean plain = TRUE;

          for (guint k = j + 1; k < c && plain; k++)
            plain = px_quotes_is_cyrillic_word (doc, k) && !IN (speech_verbs, lower (doc, k));
          if (plain)
            {
              source->first = j;
              source->last = c - 1;
              source->speaker = px_quotes_slice (doc, j, c - 1);
              g_ptr_array_add (doc->anonymous, g_strdup (source->speaker));
              return TRUE;
            }
        }
    }
  if (j > verb + 1 && px_quotes_source_forward (doc, j, sentence, source))
    return TRUE;
  px_quotes_source_clear (source);
  memset (source, 0, sizeof *source);
  /* "Об этом РБК рассказал один из организаторов акции Денис Шалимов.":
   * the described person's name ends the sentence */
  {
    guint end = s->last;

    while (end > verb + 1 && !is_word (doc, end))
      end--;
    if (end > verb + 2 && px_quotes_allowed_token (doc, end, sentence) && px_quotes_is_name_word (doc, end) && px_quotes_is_cyrillic_word (doc, end))
      {
        guint start = px_quotes_run_start_back (doc, end);

        if (start > verb + 1 && start < end && !px_quotes_run_is_org (doc, start, end))
          {
            gboolean plain = TRUE;

            for (guint k = verb + 1; k < start && plain; k++)
              plain = px_quotes_allowed_token (doc, k, sentence) && is_word (doc, k);
            if (plain)
              {
                source->first = start;
                source->last = end;
                return TRUE;
              }
          }
      }
  }
  if (b > s->first && is_word (doc, b - 1) && strcmp (lower (doc, b - 1), "как") == 0
      && px_quotes_source_forward (doc, verb + 1, sentence, source))
    return TRUE;
  px_quotes_source_clear (source);
  memset (source, 0, sizeof *source);
  return FALSE;
}

/* "Pour elle,", "Pour le maire de la commune, Bernard Faure,": the person
 * whose view follows is closed by a comma; "Pour la première fois" is no
 * cue. */
static gboolean
pour_source_ends (Doc    *doc,
                  Source *source)
{
  guint after = source->last + 1;
  gboolean body = FALSE;

  for (guint k = source->first; k <= source->last && k <= source->first + 2; k++)
    body = body || (is_word (doc, k) && romance_body (lower (doc, k)));
  /* "Pour le syndicat CFDT de la métallurgie du Nord, …": a body's name
   * runs on, over its links, to the comma; so does a role's complement
   * before the name in apposition ("Para el presidente de la Asociación
   * Gremial de Leñeros del Sur, Osvaldo Riquelme, …") */
  if ((body || (!doc->capital_nouns && !doc->inflecting && is_word (doc, source->first)
                && IN (determiners, lower (doc, source->first))))
      && !is_punct (doc, after, ','))
    for (guint k = after; k < after + (body ? 8 : 10) && k < doc->tokens->len && doc->span_of[k] < 0; k++)
      {
        if (is_punct (doc, k, ','))
          {
            source->last = k - 1;
            after = k;
            break;
          }
        if (!is_word (doc, k) || IN (speech_verbs, lower (doc, k)))
          break;
      }
  if (!is_punct (doc, after, ','))
    return FALSE;
  if (source->pronoun || body)
    return TRUE;
  /* the name in an apposition: "…, Bernard Faure," */
  if (px_quotes_is_name_word (doc, after + 1))
    {
      guint end = px_quotes_run_end_forward (doc, after + 1);

      if (is_punct (doc, end + 1, ',') && !px_quotes_run_is_org (doc, after + 1, end))
        {
          source->first = after + 1;
          source->last = end;
          return TRUE;
        }
    }
  /* "Pour le géologue Étienne Favre, …": a role before the name */
  if (source->last > source->first && px_quotes_is_name_word (doc, source->last))
    {
      guint start = px_quotes_run_start_back (doc, source->last);

      if (start > source->first && start <= source->last && !px_quotes_run_is_org (doc, start, source->last)
          && (tok (doc, start - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
          /* "Pour les habitants de Saint-Alban, …" is the place of a group */
          && is_word (doc, start - 1) && !lower_is (doc, start - 1, "de", "du", "des", "d'", "à", "au", "aux", "en", "sur", "la", "le", "les", NULL))
        {
          source->first = start;
          return TRUE;
        }
    }
  return px_quotes_is_name_word (doc, source->first) && !px_quotes_run_is_org (doc, source->first, source->last);
}


/* "The owner of a textile factory in Dunmore where a fire killed three
 * workers has denied …", "A bookkeeper accused of taking £86,000 from a
 * charity told a jury …": when the sentence opens with a role or a noun
 * for a person followed by its modifier (of, accused, who, where, …), that
 * person speaks, not the last noun of the modifier the cue stands next to.
 * News names such a person just after (delayed identification): the first
 * person the next sentence of the paragraph, or for a paragraph's last
 * sentence the next paragraph, names for the first time. */
static void
delayed_subject (Doc    *doc,
                 gint    sentence,
                 Source *source)
{
  static const char * const openers[] = { "the", "a", "an" };
  static const char * const modifiers[] = {
    "of", "accused", "charged", "convicted", "who", "whose", "where", "at", "from", "behind", "in",
  };
  const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
  guint k = range->first;
  guint head = G_MAXUINT;

  if (source->pronoun || source->first <= k + 2 || !is_word (doc, k)
      || !px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, k)))
    return;
  /* "The father of the victim, John Smith, said": a name in apposition speaks */
  if (source->first > 0 && is_punct (doc, source->first - 1, ','))
    return;
  for (guint h = k + 1; h <= k + 3 && h + 1 < source->first; h++)
    {
      if (!is_word (doc, h) || (tok (doc, h)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (stop_words, lower (doc, h)))
        return;
      if (is_word (doc, h + 1) && px_text_list_contains (modifiers, G_N_ELEMENTS (modifiers), lower (doc, h + 1))
          && (refers_to_person (doc, k + 1, h) || is_role_head (lower (doc, h))))
        {
          head = h;
          break;
        }
    }
  if (head == G_MAXUINT)
    return;
  g_clear_pointer (&source->speaker, g_free);
  g_clear_pointer (&source->description, g_free);
  source->person = NULL;
  source->first = k;
  source->last = head;
  {
    guint paragraph = doc->token_segment[range->first];
    gboolean last_of_paragraph = range->last + 1 >= doc->tokens->len
                                 || doc->token_segment[range->last + 1] != paragraph;
    Person *named = NULL;

    for (guint p = 0; p < doc->people->len; p++)
      {
        Person *person = g_ptr_array_index (doc->people, p);
        guint at = person->first_token;

        if (person->org || strchr (person->name, ' ') == NULL || at <= range->last || at >= doc->tokens->len
            || doc->span_of[at] >= 0 || (named != NULL && at >= named->first_token))
          continue;
        if (last_of_paragraph ? (doc->token_segment[at] == paragraph + 1
                                 && doc->token_sentence[at] == doc->token_sentence[range->last + 1])
                              : doc->token_sentence[at] == (guint) sentence + 1)
          named = person;
      }
    if (named != NULL)
      px_quotes_source_from_person (source, named);
  }
}


/* Whether a complementiser lies in @first..@last - 1: "pidió que se
 * declare la zona catastrófica" has no inverted subject after "pidió". */
static gboolean
complementiser_between (Doc   *doc,
                        guint  first,
                        guint  last)
{
  static const char * const complementisers[] = { "que", "that", "dass", "что", "qu'", "qu’" };

  for (guint k = first; k < last && k < doc->tokens->len; k++)
    if (is_word (doc, k) && (px_text_list_contains (complementisers, G_N_ELEMENTS (complementisers), lower (doc, k))
                             || g_str_has_prefix (lower (doc, k), "qu'") || g_str_has_prefix (lower (doc, k), "qu’")))
      return TRUE;
  return FALSE;
}

/* "La Conselleria rebajó esa cifra y aseguró que …", "Ferrer calificó …
 * y pidió que …": a Spanish or Italian verb coordinated with no subject of
 * its own has the subject its sentence opens with. */
static gboolean
coordinated_subject (Doc    *doc,
                     guint   i,
                     gint    sentence,
                     Source *out)
{
  guint before_verb = i > 0 && is_word (doc, i - 1)
                      && lower_is (doc, i - 1, "ha", "han", NULL) ? i - 1 : i;
  Person *subject = NULL;
  guint at;

  if (before_verb == 0 || !is_word (doc, before_verb - 1))
    return FALSE;
  /* "… a salué « une peine juste » et annoncé que …": French and German
   * coordinate a participle or verb with no subject in the same way
   * (English "said … and promised that …" is read as one clause with its
   * cue before) */
  /* "valoró el anuncio, pero reclamó que …", "…, aunque pidió que …": a
   * Spanish "pero" or "aunque" joins a second verb with no subject of its
   * own as "y" does */
  if (doc->pro_drop ? !lower_is (doc, before_verb - 1, "y", "e", "pero", "aunque", NULL)
      : strcmp (lower (doc, before_verb - 1), "et") != 0 && strcmp (lower (doc, before_verb - 1), "und") != 0
        && strcmp (lower (doc, before_verb - 1), "and") != 0
        /* "thanked donors in a televised address but said …" */
        && strcmp (lower (doc, before_verb - 1), "but") != 0)
    return FALSE;
  /* "The group cut its dividend and said it would close …": English
   * coordinates so after a verb that reports nothing; after one that
   * does, the second verb belongs to the reported clause */
  if (lower_is (doc, before_verb - 1, "and", "but", NULL))
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);

      for (guint k = range->first; k + 1 < before_verb; k++)
        if (doc->span_of[k] >= 0 || may_cue_at (doc, k))
          return FALSE;
    }
  /* the subject as the salience reader finds it: past an apposition ("El
   * presidente de la Asociación …, Manuel Cebrián, ha lamentado … y ha
   * reclamado"), a person or an institution */
  if (sentence_opening (doc, sentence, &subject) == OPENING_QUOTE)
    return FALSE;
  /* "The group cut its dividend and said …", "The minister visited the
   * site and said …": an English definite subject, resolved as a source */
  if (subject == NULL && lower_is (doc, before_verb - 1, "and", "but", NULL))
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, sentence);
      Source opening = { 0, };

      if (!is_word (doc, range->first) || strcmp (lower (doc, range->first), "the") != 0
          || range->first + 1 >= before_verb || !is_word (doc, range->first + 1)
          || (tok (doc, range->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
        return FALSE;
      opening.first = range->first;
      opening.last = range->first + 1;
      px_quotes_resolve_source (doc, &opening);
      if (opening.speaker == NULL)
        {
          px_quotes_source_clear (&opening);
          return FALSE;
        }
      px_quotes_source_clear (out);
      *out = opening;
      return TRUE;
    }
  if (subject == NULL)
    return FALSE;
  at = px_quotes_mention_before (subject, before_verb);
  if (at == G_MAXUINT || doc->token_sentence[at] != (guint) sentence || doc->span_of[at] >= 0)
    return FALSE;
  px_quotes_source_clear (out);
  memset (out, 0, sizeof *out);
  out->first = out->last = at;
  px_quotes_source_from_person (out, subject);
  return TRUE;
}

/* Words that open an object or a clause after a verb, in Spanish and
 * Italian: what follows a verb with no subject of its own. */
static const char * const pro_drop_objects[] = {
  "a", "al", "que", "de", "del", "en", "con", "ante", "sobre", "por", "para", "ai", "alla", "allo", "che", "di",
};

/* Whether the German verb at @i follows a fronted phrase that opens
 * with a preposition or an adverb ("Auf Nachfrage sagte …", "Am Dienstag
 * erklärte …"), so that its subject comes after it. */
static gboolean
german_fronted_before (Doc   *doc,
                       guint  i,
                       gint   sentence)
{
  static const char * const openers[] = {
    "auf", "am", "an", "nach", "im", "in", "bei", "beim", "mit", "zum", "zur", "vor", "während", "seit",
    "gegenüber", "dazu", "darauf", "daraufhin", "zudem", "außerdem", "später", "danach", "gestern",
    "heute", "zuvor", "anschließend", "abschließend", "trotzdem", "dennoch",
  };
  guint first;

  if (!doc->capital_nouns || i == 0)
    return FALSE;
  first = g_array_index (doc->sentences, Sentence, sentence).first;
  while (first < i && !is_word (doc, first))
    first++;
  if (first >= i || !px_text_list_contains (openers, G_N_ELEMENTS (openers), lower (doc, first)))
    return FALSE;
  /* nothing quoted on the way, and something after the verb */
  for (guint k = first; k < i; k++)
    if (doc->span_of[k] >= 0)
      return FALSE;
  /* "Bei einer Prüfung seien Risse entdeckt worden, sagte X": after a
   * comma the verb closes a reported clause, unless what comes before is
   * a question put ("Auf die Frage, ob …, sagte …") */
  if (is_punct (doc, i - 1, ','))
    {
      static const char * const questions[] = { "ob", "wie", "was", "warum", "wann", "wo", "weshalb", "wieso", "welche", "welcher" };
      gboolean question = FALSE;

      for (guint k = first + 1; k < i && !question; k++)
        question = is_punct (doc, k - 1, ',') && is_word (doc, k)
                   && px_text_list_contains (questions, G_N_ELEMENTS (questions), lower (doc, k));
      if (!question)
        return FALSE;
    }
  return px_quotes_allowed_token (doc, i + 1, sentence) && is_word (doc, i + 1);
}

/* "…, a-t-on appris dimanche auprès du parquet.", "…, a-t-on appris de
 * source policière.": the news agency learnt it from someone, who is the
 * source; the cue runs from "a-t-on" so the clause before it is read. */
static gboolean
learnt_from (Doc   *doc,
             guint  i,
             gint   sentence,
             Cue   *cue)
{
  guint k = i + 1;

  if (doc->capital_nouns || !is_word (doc, i) || strcmp (lower (doc, i), "appris") != 0 || i == 0 || !is_word (doc, i - 1)
      || !lower_is (doc, i - 1, "a-t-on", NULL))
    return FALSE;
  k = skip_time_words (doc, k, sentence);
  if (!px_quotes_allowed_token (doc, k, sentence) || !is_word (doc, k))
    return FALSE;
  if (strcmp (lower (doc, k), "auprès") == 0 && px_quotes_allowed_token (doc, k + 1, sentence) && is_word (doc, k + 1))
    {
      guint from = k + 1;

      /* "auprès du parquet", "auprès des services de l'État", "auprès de la mairie" */
      if (lower_is (doc, from, "de", NULL) && px_quotes_allowed_token (doc, from + 1, sentence))
        from++;
      else if (lower_is (doc, from, "du", "des", NULL))
        {
          if (!px_quotes_allowed_token (doc, from + 1, sentence) || !is_word (doc, from + 1))
            return FALSE;
          cue->source.first = from + 1;
          cue->source.last = from + 1;
          while (px_quotes_allowed_token (doc, cue->source.last + 1, sentence) && is_word (doc, cue->source.last + 1))
            cue->source.last++;
          cue->source.speaker = px_quotes_slice (doc, cue->source.first, cue->source.last);
          cue->first = i - 1;
          cue->last = i;
          cue->found = TRUE;
          return TRUE;
        }
      if (!px_quotes_source_forward (doc, from, sentence, &cue->source))
        return FALSE;
    }
  /* "de source policière", "de sources concordantes" */
  else if (strcmp (lower (doc, k), "de") == 0 && px_quotes_allowed_token (doc, k + 2, sentence) && is_word (doc, k + 1)
           && lower_is (doc, k + 1, "source", "sources", NULL) && is_word (doc, k + 2))
    {
      cue->source.first = k + 1;
      cue->source.last = k + 2;
      cue->source.speaker = px_quotes_slice (doc, k + 1, k + 2);
    }
  else
    return FALSE;
  cue->first = i - 1;
  cue->last = i;
  cue->found = TRUE;
  return TRUE;
}

/* "Man spüle das Netz mit Chlor, hieß es.", "…, hieß es weiter.": an
 * impersonal report with no one named after it is the institution last
 * reported speaking. */
static gboolean
impersonal_report (Doc      *doc,
                   guint     i,
                   gint      sentence,
                   Cue      *cue)
{
  guint end = i + 2;

  if (!is_word (doc, i) || strcmp (lower (doc, i), "hieß") != 0 || !px_quotes_allowed_token (doc, i + 1, sentence) || !is_word (doc, i + 1)
      || strcmp (lower (doc, i + 1), "es") != 0)
    return FALSE;
  if (px_quotes_allowed_token (doc, end, sentence) && is_word (doc, end)
      && lower_is (doc, end, "weiter", "zudem", "außerdem", "ergänzend", "dazu", "später", "zuletzt", NULL))
    end++;
  /* "hieß es am Abend" */
  if (px_quotes_allowed_token (doc, end + 1, sentence) && is_word (doc, end) && strcmp (lower (doc, end), "am") == 0
      && is_word (doc, end + 1))
    end += 2;
  /* "hieß es von der Feuerwehr", "hieß es aus dem Rathaus", "hieß es bei
   * der Bahn": the phrase after it names the source */
  if (px_quotes_allowed_token (doc, end + 1, sentence) && is_word (doc, end)
      && lower_is (doc, end, "von", "vom", "aus", "bei", "beim", "seitens", NULL))
    {
      /* the phrase closes the sentence */
      if (px_quotes_source_forward (doc, end + 1, sentence, &cue->source) && !cue->source.pronoun
          && (cue->source.last + 1 >= doc->tokens->len || !px_quotes_allowed_token (doc, cue->source.last + 1, sentence)
              || !is_word (doc, cue->source.last + 1)))
        {
          cue->found = TRUE;
          return TRUE;
        }
      px_quotes_source_clear (&cue->source);
      memset (&cue->source, 0, sizeof cue->source);
      return FALSE;
    }
  if (px_quotes_allowed_token (doc, end, sentence) && is_word (doc, end))
    return FALSE;
  if (!last_institution_speaker_before (doc, i, &cue->source))
    return FALSE;
  /* where the report's subject stands, for reading the clause before */
  cue->source.first = cue->source.last = i + 1;
  cue->found = TRUE;
  return TRUE;
}

/* Tries to read a cue with its source at token @i. */
gboolean
px_quotes_cue_at (Doc      *doc,
                  guint     i,
                  gint      sentence,
                  gboolean  quoted,
                  Cue      *cue)
{
  guint n;

  memset (cue, 0, sizeof *cue);
  if (!px_quotes_allowed_token (doc, i, sentence))
    return FALSE;
  n = according_length (doc, i);
  if (n > 0)
    {
      cue->first = i;
      cue->last = i + n - 1;
      cue->according = TRUE;
      cue->citing = strcmp (lower (doc, i), "citing") == 0;
      /* "Según ha explicado, …", "Según explicó, …": a verb with no
       * subject speaks for the person last named */
      if (doc->pro_drop && px_quotes_allowed_token (doc, i + n, sentence) && is_word (doc, i + n))
        {
          guint v = i + n;

          if ((lower_is (doc, v, "ha", "han", NULL)) && px_quotes_allowed_token (doc, v + 1, sentence))
            v++;
          if (is_word (doc, v) && IN (speech_verbs, lower (doc, v)) && is_punct (doc, v + 1, ','))
            {
              cue->last = v;
              cue->source.first = cue->source.last = v;
              cue->source.pronoun = TRUE;
              cue->source.implicit = TRUE;
              cue->found = TRUE;
              return TRUE;
            }
          /* "…, según ha informado el Sindicato Médico", "según anunció
           * ayer la Municipalidad": the subject follows the verb */
          if (is_word (doc, v) && IN (speech_verbs, lower (doc, v))
              && px_quotes_source_forward (doc, skip_time_words (doc, v + 1, sentence), sentence, &cue->source))
            {
              cue->last = v;
              cue->found = TRUE;
              return TRUE;
            }
        }
      if ((n == 3 || n == 4) && lower_is (doc, i, "по", "in", NULL) && is_word (doc, i + 1)
          && px_quotes_pronoun_gender (lower (doc, i + 1)) != 0)
        {
          cue->source.first = cue->source.last = i + 1;
          cue->source.pronoun = TRUE;
          cue->found = TRUE;
          return TRUE;
        }
      if (!px_quotes_source_forward (doc, i + n, sentence, &cue->source))
        return FALSE;
      if ((lower_is (doc, i, "pour", "para", NULL))
          && !pour_source_ends (doc, &cue->source))
        return FALSE;
      cue->found = TRUE;
      return TRUE;
    }
  if (learnt_from (doc, i, sentence, cue))
    return TRUE;
  if (!px_quotes_is_speech_verb (doc, i, quoted))
    return FALSE;
  /* "Asked whether the prime minister agreed, the spokesman said": a verb
   * inside the question put is nobody's cue */
  {
    gint sentence_of = doc->token_sentence[i];
    guint first = g_array_index (doc->sentences, Sentence, sentence_of).first;

    if (i > first && is_word (doc, first) && lower_is (doc, first, "asked", "interrogé", "interrogée", "preguntado", "preguntada", NULL))
      {
        gboolean comma = FALSE;

        for (guint k = first + 1; k < i && !comma; k++)
          comma = is_punct (doc, k, ',');
        if (!comma)
          return FALSE;
      }
  }
  /* "Kerr was asked again about the winger": a question put to him, no
   * words of his */
  if (i > 0 && is_word (doc, i) && strcmp (lower (doc, i), "asked") == 0
      && is_word (doc, i - 1)
      && lower_is (doc, i - 1, "was", "were", "been", "being", "is", "are", NULL))
    return FALSE;
  /* "the number of patients admitted with heat-related illness", "people
   * admitted to hospital": a participle right after a plural noun, before
   * "with", "to" or "into", tells an admission to a ward, no confession */
  if (i > 0 && is_word (doc, i) && strcmp (lower (doc, i), "admitted") == 0 && is_word (doc, i - 1)
      && (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && (lower_is (doc, i - 1, "people", "children", NULL)
          || (g_str_has_suffix (lower (doc, i - 1), "s") && !g_str_has_suffix (lower (doc, i - 1), "ss")
              && !IN (pronouns_group, lower (doc, i - 1)) && !IN (stop_words, lower (doc, i - 1))))
      && is_word (doc, i + 1) && lower_is (doc, i + 1, "with", "to", "into", NULL))
    return FALSE;
  cue->first = cue->last = i;
  if (is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "out") == 0)
    cue->last = i + 1;
  if (impersonal_report (doc, i, sentence, cue))
    return TRUE;
  /* A participle ("…, recalling a meeting") speaks for the sentence's
   * subject, which find_cue() looks for when nothing better is there. */
  if (px_quotes_is_participle_cue (lower (doc, i)))
    return FALSE;
  if ((lower_is (doc, i, "quoted", "cited", NULL))
      && px_quotes_source_forward (doc, i + 1, sentence, &cue->source))
    {
      /* "the press service quoted Aliyev as saying": the one quoted speaks */
      guint k = cue->source.last + 1;

      if (is_word (doc, k) && strcmp (lower (doc, k), "as") == 0 && is_word (doc, k + 1)
          && g_str_has_suffix (lower (doc, k + 1), "ing"))
        {
          cue->found = TRUE;
          return TRUE;
        }
      memset (&cue->source, 0, sizeof cue->source);
    }
  if (px_quotes_incise_base (lower (doc, i)) > 0)
    {
      /* "explique-t-il": the pronoun is the source */
      cue->source.first = cue->source.last = i;
      cue->source.pronoun = TRUE;
      cue->found = TRUE;
      /* "glisse-t-on à Matignon", "nuance-t-on dans l'entourage du
       * ministre", "assure-t-on chez Renault": the impersonal "on" speaks
       * for the place or circle named after it */
      if (g_str_has_suffix (lower (doc, i), "-on") && px_quotes_allowed_token (doc, i + 1, sentence) && is_word (doc, i + 1)
          && lower_is (doc, i + 1, "à", "dans", "chez", "au", "aux", NULL))
        {
          Source place = { 0, };

          if (px_quotes_source_forward (doc, i + 2, sentence, &place) && place.first == i + 2)
            {
              cue->source = place;
            }
          else
            px_quotes_source_clear (&place);
        }
    }
  else if (i > 0 && px_quotes_allowed_token (doc, i - 1, sentence) && px_quotes_incise_base (lower (doc, i - 1)) > 0)
    {
      /* "a-t-il ajouté" */
      cue->source.first = cue->source.last = i - 1;
      cue->source.pronoun = TRUE;
      cue->found = TRUE;
    }
  else if (i > 1 && px_quotes_allowed_token (doc, i - 2, sentence) && is_word (doc, i - 1)
           && strcmp (lower (doc, i - 1), "fait") == 0 && px_quotes_incise_base (lower (doc, i - 2)) > 0)
    {
      /* "a-t-il fait valoir", "a-t-elle fait savoir": the pronoun two
       * words back, not "a-t-il" as a name */
      cue->source.first = cue->source.last = i - 2;
      cue->source.pronoun = TRUE;
      cue->found = TRUE;
    }
  else if (russian_source (doc, i, sentence, &cue->source))
    cue->found = TRUE;
  /* "Acusó al Gobierno regional de …": a verb that opens the sentence in
   * a language that drops the subject has its capital from the sentence;
   * it is no name to run on into "al Gobierno" */
  else if (doc->pro_drop && (tok (doc, i)->flags & PX_LEXICON_TOKEN_SENT_START) && doc->span_of[i] < 0
           && !(i > 0 && (doc->span_of[i - 1] >= 0 || (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_QUOTE)))
           /* an object or clause follows, not an inverted subject ("Dijo
            * el alcalde que …") */
           && is_word (doc, i + 1) && px_text_list_contains (pro_drop_objects, G_N_ELEMENTS (pro_drop_objects), lower (doc, i + 1)))
    {
      cue->source.first = cue->source.last = i;
      cue->source.pronoun = TRUE;
      cue->source.implicit = TRUE;
      cue->found = TRUE;
    }
  /* "Solo al final pidió la palabra para decir que …", "Más tarde
   * aseguró que …": a Spanish sentence that opens with an adverbial of
   * time or degree before the verb has a dropped subject; the adverbial,
   * capitalised only for the sentence, is no name */
  else if (doc->pro_drop && spanish_adverbial_opener_before (doc, i, sentence))
    {
      cue->source.first = cue->source.last = i;
      cue->source.pronoun = TRUE;
      cue->source.implicit = TRUE;
      cue->found = TRUE;
    }
  /* "Auf die Frage, ob …, sagte der Bürgermeister, …", "Auf Nachfrage
   * sagte er": German puts one phrase before the verb; when the sentence
   * opens with a preposition or an adverb, that phrase is no subject, and
   * the subject follows the verb */
  else if (german_fronted_before (doc, i, sentence)
           && px_quotes_source_forward (doc, skip_time_words (doc, cue_skip_listener (doc, cue->last + 1, sentence), sentence),
                                        sentence, &cue->source))
    cue->found = cue->fronted = TRUE;
  else if (source_backward (doc, i, sentence, &cue->source) && !place_in_incise (doc, &cue->source, sentence, cue))
    {
      cue->found = TRUE;
      delayed_subject (doc, sentence, &cue->source);
      /* "The jury was told that …": the subject of a passive "told" is
       * the listener; whoever was last reported speaking told it */
      if (i > 0 && is_word (doc, i - 1) && lower_is (doc, i, "told", "informed", NULL)
          && lower_is (doc, i - 1, "was", "were", "been", "being", NULL))
        {
          px_quotes_source_clear (&cue->source);
          memset (&cue->source, 0, sizeof cue->source);
          cue->source.first = cue->source.last = i;
          cue->source.pronoun = TRUE;
          cue->source.implicit = TRUE;
        }
      /* "Her death was announced on Tuesday by her family, who said …":
       * the subject of a passive reporting verb whose agent follows with
       * "by" is what was reported, never who spoke; the agent's own cue
       * tells the words */
      else if (i > 0 && is_word (doc, i - 1) && lower_is (doc, i - 1, "was", "were", "been", "being", NULL)
               && g_str_has_suffix (lower (doc, i), "ed")
               /* "X was quoted as saying by the paper": X speaks */
               && !(is_word (doc, i + 1) && strcmp (lower (doc, i + 1), "as") == 0))
        {
          gboolean by = FALSE;

          for (guint k = i + 1; k < i + 6 && px_quotes_allowed_token (doc, k, sentence) && !by; k++)
            by = is_word (doc, k) && strcmp (lower (doc, k), "by") == 0;
          if (by)
            {
              px_quotes_source_clear (&cue->source);
              memset (&cue->source, 0, sizeof cue->source);
              cue->found = FALSE;
            }
        }
    }
  else
    {
      /* "said Pashinyan", "added the prime minister": the source follows,
       * but "told OC Media" names a listener, not a speaker. */
      const char *word = lower (doc, i);

      /* ‘“… a year?” asked Margaret Oyelaran’: right after the closing
       * mark "asked" is inverted like "said", not a question put to someone */
      gboolean after_quote = i > 0 && (doc->span_of[i - 1] >= 0 || (tok (doc, i - 1)->flags & PX_LEXICON_TOKEN_QUOTE));

      /* "a salué « … » et annoncé le renforcement des contrôles": after
       * "et" a verb with no subject of its own shares its sentence's; what
       * follows is its object, no inverted subject */
      if (!doc->pro_drop && coordinated_subject (doc, i, sentence, &cue->source))
        cue->found = TRUE;
      else if (!doc->pro_drop && paper_listener_end (doc, cue->last + 1, sentence) > cue->last + 1
               && px_quotes_source_forward (doc, paper_listener_end (doc, cue->last + 1, sentence), sentence, &cue->source))
        cue->found = TRUE;
      else if (strcmp (word, "told") != 0 && strcmp (word, "tells") != 0 && (strcmp (word, "asked") != 0 || after_quote)
          && strcmp (word, "urged") != 0 && strcmp (word, "accused") != 0 && strcmp (word, "called") != 0
          && strcmp (word, "described") != 0 && !px_quotes_naming_cue (doc, i)
          && px_quotes_source_forward (doc, skip_time_words (doc, cue->last + 1, sentence), sentence, &cue->source)
          && !complementiser_between (doc, cue->last + 1, cue->source.first))
        cue->found = TRUE;
      /* "a expliqué à l'AFP le directeur de l'ARS, Olivier Carrel", "a
       * réagi auprès de l'AFP Karim Benali": the listener comes first, the
       * inverted subject after it */
      else if (cue_skip_listener (doc, cue->last + 1, sentence) > cue->last + 1
               && px_quotes_source_forward (doc, cue_skip_listener (doc, cue->last + 1, sentence), sentence, &cue->source))
        cue->found = TRUE;
      else if (doc->pro_drop && spanish_adjunct_after_verb (doc, cue->last + 1, sentence) > cue->last + 1
               && px_quotes_source_forward (doc, spanish_adjunct_after_verb (doc, cue->last + 1, sentence), sentence,
                                            &cue->source))
        cue->found = TRUE;
      else if (doc->pro_drop && (i == 0 || !is_word (doc, i - 1) || !IN (between_words, lower (doc, i - 1))
                                 /* "«…», ha advertido en declaraciones a …" */
                                 || ((lower_is (doc, i - 1, "ha", "han", NULL))
                                     && i >= 2 && !is_word (doc, i - 2))
                                 /* "…, y ha advertido de que …": a perfect
                                  * coordinated with no subject of its own */
                                 || (lower_is (doc, i - 1, "ha", "han", NULL) && i >= 2
                                     && lower_is (doc, i - 2, "y", "e", "pero", "aunque", NULL))))
        {
          /* Spanish and Italian drop the subject: "añadió" speaks for the
           * person last named. */
          cue->source.first = cue->source.last = i;
          cue->source.pronoun = TRUE;
          cue->source.implicit = TRUE;
          cue->found = TRUE;
        }
    }
  return cue->found;
}

/* A participle cue ("saying", "estimant", "asegurando"): it speaks for
 * its sentence's subject. */
gboolean
px_quotes_is_participle_cue (const char *word)
{
  return word != NULL && (g_str_has_suffix (word, "ing")
                          || (strlen (word) > 6 && (g_str_has_suffix (word, "ant") || g_str_has_suffix (word, "ando")
                                                    || g_str_has_suffix (word, "iendo"))));
}

/* The subject of a sentence: its first name, for participles ("…, saying that"). */
gboolean
px_quotes_sentence_subject (Doc    *doc,
                            gint    sentence,
                            Source *source)
{
  Sentence *s = &g_array_index (doc->sentences, Sentence, sentence);

  /* "Le syndicat a appelé à la grève, estimant que …", "El sindicato
   * convocó una huelga, asegurando que …": an article and its noun open
   * the sentence */
  if (s->first + 2 <= s->last && is_word (doc, s->first) && is_word (doc, s->first + 1)
      && px_text_list_contains (romance_determiners, G_N_ELEMENTS (romance_determiners), lower (doc, s->first))
      && (tok (doc, s->first + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0
      && !IN (stop_words, lower (doc, s->first + 1)) && is_word (doc, s->first + 2)
      && (IN (between_words, lower (doc, s->first + 2)) || px_quotes_is_speech_verb (doc, s->first + 2, FALSE)
          || g_str_has_suffix (lower (doc, s->first + 2), "ó") || g_str_has_suffix (lower (doc, s->first + 2), "a")))
    {
      memset (source, 0, sizeof *source);
      source->first = s->first;
      source->last = s->first + 1;
      return TRUE;
    }

  for (guint i = s->first; i <= s->last && i < s->first + 6; i++)
    if (px_quotes_allowed_token (doc, i, sentence) && (px_quotes_is_name_word (doc, i) || IN (pronouns_person, lower (doc, i)))
        && !IN (speech_verbs, lower (doc, i))
        /* "Son avocate, Me Claire Fabre, …": a capitalised article is no name */
        && !px_text_list_contains (romance_determiners, G_N_ELEMENTS (romance_determiners), lower (doc, i))
        /* "Wales head coach Rhys Hughes": the team before a title is no subject */
        && !(px_quotes_is_name_word (doc, i) && px_quotes_allowed_token (doc, px_quotes_run_end_forward (doc, i) + 1, sentence)
             && px_quotes_is_title (doc, px_quotes_run_end_forward (doc, i) + 1)
             && !(tok (doc, px_quotes_run_end_forward (doc, i) + 1)->flags & PX_LEXICON_TOKEN_CAPITAL)))
      {
        memset (source, 0, sizeof *source);
        source->first = i;
        source->pronoun = IN (pronouns_person, lower (doc, i));
        source->last = source->pronoun ? i : px_quotes_run_end_forward (doc, i);
        return TRUE;
      }
  return FALSE;
}

/* German nouns that stand for an institution already named, in any case:
 * "teilte der Verband mit", "eine Sprecherin der Behörde". Not the local
 * bodies a story has one of ("die Stadtverwaltung", "die Gemeinde"), which
 * speak as themselves. */
static const char * const german_institution_anaphors[] = {
  "behörde", "verband", "verbands", "verbandes", "amt", "amts", "amtes", "ministerium", "ministeriums",
  "unternehmen", "unternehmens", "konzern", "konzerns", "verein", "vereins", "gewerkschaft", "organisation",
  "initiative", "gremium", "gremiums", "betreiber", "betreibers", "genossenschaft", "bündnis", "bündnisses",
  "vereinigung", "versorger", "versorgers",
};

/* "Der Städtetag begrüßte die Pläne. … teilte der Verband mit": the
 * institution a German sentence opened with, as its subject after a
 * definite article ("Der Städtetag", "Das Regierungspräsidium
 * Darmstadt"), in this paragraph or the one before, latest first; without
 * the article. People (a name the article gave a person, a noun of a
 * person such as "Die Schulleiterin") and the anaphor itself are passed
 * over. NULL when there is none. */
static char *
german_opening_institution (Doc        *doc,
                            guint       before,
                            const char *anaphor)
{
  guint paragraph = doc->token_segment[before];
  gint sentence = doc->token_sentence[before];

  for (gint s = sentence - 1; s >= 0; s--)
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, s);
      guint i = range->first;
      guint end = i + 1;
      gboolean person = FALSE;

      if (doc->token_segment[i] + 1 < paragraph)
        break;
      if (!is_word (doc, i) || doc->span_of[i] >= 0 || !is_definite (lower (doc, i)))
        continue;
      while (end <= range->last && end < i + 5 && is_word (doc, end) && doc->span_of[end] < 0
             && (tok (doc, end)->flags & PX_LEXICON_TOKEN_CAPITAL))
        end++;
      if (end == i + 1 || end > range->last || !is_word (doc, end))
        continue;
      for (guint p = 0; p < doc->people->len && !person; p++)
        {
          Person *candidate = g_ptr_array_index (doc->people, p);

          for (guint m = 0; m < candidate->mentions->len && !person; m++)
            {
              guint at = g_array_index (candidate->mentions, guint, m);

              person = at > i && at < end && candidate->gender != 0;
            }
        }
      /* "Die Schulleiterin", "Der Vorsitzende": a person's noun */
      if (person || g_str_has_suffix (lower (doc, i + 1), "in") || g_str_has_suffix (lower (doc, i + 1), "ende")
          || g_str_has_suffix (lower (doc, i + 1), "ende") || g_str_has_suffix (lower (doc, i + 1), "er")
          || g_str_has_suffix (lower (doc, i + 1), "jährige")
          || (end == i + 2 && strcmp (lower (doc, i + 1), anaphor) == 0))
        continue;
      return px_quotes_slice (doc, i + 1, end - 1);
    }
  return NULL;
}

/* "A driving instructor told a jury she … .\n\nJoanne Whitfield, 47, of
 * Ripon, denies …": an unnamed person in the headline or the lead is the
 * person the next paragraph opens with, introduced by name and age.
 * NULL when the paragraph after opens otherwise. */
static Person *
lead_person_named_next (Doc   *doc,
                        guint  at)
{
  guint paragraph = doc->token_segment[at];
  guint t = at;
  guint end;

  if (paragraph > 1)
    return NULL;
  while (t < doc->tokens->len && doc->token_segment[t] <= paragraph)
    t++;
  /* the headline's person is the lead's: look past the lead too */
  if (paragraph == 0 && t < doc->tokens->len)
    while (t < doc->tokens->len && doc->token_segment[t] <= 1)
      t++;
  if (t >= doc->tokens->len || doc->span_of[t] >= 0 || !px_quotes_is_name_word (doc, t))
    return NULL;
  end = px_quotes_run_end_forward (doc, t);
  /* "Karen Whitlock, who represents Ashby North, told reporters": a
   * relative clause on the name introduces them as an age does */
  if (!(end + 3 < doc->tokens->len && is_punct (doc, end + 1, ',') && (tok (doc, end + 2)->flags & PX_LEXICON_TOKEN_NUMBER)
        && is_punct (doc, end + 3, ','))
      && !(end + 2 < doc->tokens->len && is_punct (doc, end + 1, ',') && is_word (doc, end + 2)
           && lower_is (doc, end + 2, "who", "whose", "qui", "dont", "que", "quien", "der", "die", "который", "которая", NULL)))
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      if (!person->org && px_quotes_mention_before (person, t + 1) == t)
        return person;
    }
  return NULL;
}

/* Whether person @person has a description with the word @noun in it. */
static gboolean
described_as (Person     *person,
              const char *noun)
{
  for (guint d = 0; d < person->descriptions->len; d++)
    {
      g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
      g_auto(GStrv) words = g_strsplit_set (folded, " ,", -1);

      if (g_strv_contains ((const char * const *) words, noun))
        return TRUE;
    }
  return FALSE;
}

/* "Kettle's barrister said … . The lawyer, Simon Pryce, said": the nouns
 * for a person's counsel name one role. Whether @person is described by a
 * kin of @noun. */
static gboolean
described_as_lawyer_kin (Person     *person,
                         const char *noun)
{
  static const char * const counsel[] = {
    "barrister", "solicitor", "lawyer", "attorney", "counsel", "advocate", "avocat", "avocate", "anwalt",
    "anwältin", "rechtsanwalt", "rechtsanwältin", "verteidiger", "verteidigerin", "abogado", "abogada",
  };

  if (!px_text_list_contains (counsel, G_N_ELEMENTS (counsel), noun))
    return FALSE;
  for (gsize c = 0; c < G_N_ELEMENTS (counsel); c++)
    if (strcmp (counsel[c], noun) != 0 && described_as (person, counsel[c]))
      return TRUE;
  return FALSE;
}

/* The person (not a body) the article first names after token @after and
 * before *@before, with *@before set to where; NULL, *@before unchanged,
 * when there is none. */
static Person *
first_person_introduced_between (Doc   *doc,
                                 guint  after,
                                 guint *before)
{
  Person *found = NULL;

  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint at;

      if (person->org || person->mentions->len == 0)
        continue;
      at = g_array_index (person->mentions, guint, 0);
      if (at > after && at < *before)
        {
          found = person;
          *before = at;
        }
    }
  return found;
}

/* Whether "a" or "an" opens the sentence a few lower-case words before
 * @at ("A backbench MP", "An off-duty nurse"). */
static gboolean
indefinite_opening_before (Doc  *doc,
                           guint at)
{
  for (guint k = at, n = 0; k > 0 && n < 4; k--, n++)
    {
      guint t = k - 1;

      if (!is_word (doc, t) || doc->span_of[t] >= 0)
        return FALSE;
      if (lower_is (doc, t, "a", "an", NULL))
        return (tok (doc, t)->flags & PX_LEXICON_TOKEN_SENT_START) != 0;
      if ((tok (doc, t)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (stop_words, lower (doc, t)))
        return FALSE;
    }
  return FALSE;
}

/* Whether @person is a man or a woman as far as the text tells: not an
 * institution, and of a known gender or with a known given name; a
 * saint's name opens the name of a church, a school or a place. */
static gboolean
names_someone (Person *person)
{
  static const char * const saints[] = { "St ", "St. ", "Saint ", "Sainte ", "San ", "Santa ", "Sankt " };

  if (person->org || (person->gender == 0 && px_quotes_given_name_gender (person->name) == 0))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (saints); i++)
    if (g_str_has_prefix (person->name, saints[i]))
      return FALSE;
  return TRUE;
}

/* Whether paragraph @later is the next after @paragraph that names
 * anyone: the one right after, or the one after a paragraph about things
 * ("The school, which has 41 pupils, …") that names no man or woman. */
static gboolean
next_paragraph_naming (Doc   *doc,
                       guint  paragraph,
                       guint  later)
{
  if (later == paragraph + 1)
    return TRUE;
  if (later != paragraph + 2)
    return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      /* "St Anne's in Brampton Market": places read as names are no one */
      if (!names_someone (person))
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        if (doc->token_segment[g_array_index (person->mentions, guint, m)] == paragraph + 1)
          return FALSE;
    }
  return TRUE;
}

/* "Mr Pettifer's barrister suggested … . The barrister, Owen Tregarth,
 * told the jury …": a role nobody before holds, left unresolved, is the
 * person the next two paragraphs introduce with that role. NULL when
 * there is none, or when someone named before the cue holds the role. */
static Person *
role_named_later (Doc    *doc,
                  Source *source)
{
  const char *head = lower (doc, source->last);
  Person *best = NULL;
  guint best_at = G_MAXUINT;

  if (head == NULL || !(is_role_head (head) || IN_SET (role_heads_plain, head)
                        || px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), head)))
    return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint at;

      if (person->org || person->mentions->len == 0 || !(described_as (person, head) || described_as_lawyer_kin (person, head)))
        continue;
      if (px_quotes_mention_before (person, source->first) != G_MAXUINT)
        return NULL;
      at = g_array_index (person->mentions, guint, 0);
      if (at > source->last && doc->token_segment[at] <= doc->token_segment[source->first] + 2 && at < best_at)
        {
          best = person;
          best_at = at;
        }
    }
  /* "Opening the case, the prosecutor told jurors … . “…,” said Helen
   * Marsden KC": with nobody given the role, a definite court role is the
   * next person the article names, in the next paragraph at the latest,
   * when nothing describes them otherwise */
  if (best == NULL && px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), head)
      && source->first < source->last && is_definite (lower (doc, source->first)))
    {
      best = first_person_introduced_between (doc, source->last, &best_at);
      if (best != NULL && (best->descriptions->len > 0 || doc->token_segment[best_at] > doc->token_segment[source->first] + 1))
        best = NULL;
    }
  /* "The mayor of … has defended her decision … . Speaking on Thursday,
   * the mayor said … . Helen Brierley, who was elected in 2022, told …":
   * a definite role nobody is given is the person the next paragraph
   * opens with, when nothing gives that person another role */
  if (best == NULL && is_role_head (head) && source->first < source->last && is_definite (lower (doc, source->first)))
    {
      guint complement_end;

      best = first_person_introduced_between (doc, source->last, &best_at);
      /* "The headteacher of Little Brampton Primary School … . Its pupils
       * will move to St Anne's in Brampton Market": what the role heads,
       * and places read as names in a paragraph that names no one, are
       * passed over */
      complement_end = source->last;
      if (is_word (doc, source->last + 1) && strcmp (lower (doc, source->last + 1), "of") == 0)
        {
          complement_end = source->last + 2;
          while (complement_end < doc->tokens->len && px_quotes_is_name_word (doc, complement_end))
            complement_end++;
          complement_end--;
        }
      while (best != NULL && best_at != G_MAXUINT
             && ((!names_someone (best) && doc->token_segment[best_at] <= doc->token_segment[source->first] + 1
                  && !(tok (doc, best_at)->flags & PX_LEXICON_TOKEN_PARA_START))
                 || best_at <= complement_end))
        {
          guint after = best_at;

          best_at = G_MAXUINT;
          best = first_person_introduced_between (doc, after, &best_at);
        }
      if (best != NULL)
        {
          gboolean other_role = FALSE;

          for (guint d = 0; d < best->descriptions->len && !other_role; d++)
            {
              g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (best->descriptions, d), -1);
              g_auto(GStrv) words = g_strsplit_set (folded, " ,", -1);

              for (guint w = 0; words[w] != NULL && !other_role; w++)
                other_role = is_role_head (words[w]) || IN_SET (role_heads_plain, words[w]);
            }
          if (other_role || strchr (best->name, ' ') == NULL
              || !next_paragraph_naming (doc, doc->token_segment[source->first], doc->token_segment[best_at])
              || !(tok (doc, best_at)->flags & PX_LEXICON_TOKEN_PARA_START))
            best = NULL;
        }
    }
  return best;
}

/* "Ein früherer Bauleiter der Firma, der als Zeuge geladen war, belastete
 * seinen Chef. Er habe …, sagte der 44-Jährige.": an age noun right after
 * a sentence of its paragraph that opens with an unnamed person ("ein",
 * "eine" and a noun up to a comma, nobody named in or just after it) is
 * that person, when the articles agree in gender. (A pronoun there is
 * left to the usual chain: it more often goes on with the person named
 * before.) Returns the label, or NULL. */
static char *
unnamed_subject_before (Doc    *doc,
                        Source *source)
{
  static const char * const masculine[] = { "ein", "un", "uno", "der" };
  static const char * const feminine[] = { "eine", "une", "una", "die" };
  static const char * const relatives[] = { "der", "die", "qui", "que", "who" };
  static const char * const voices[] = { "sprecher", "sprecherin", "porte-parole", "portavoz", "vocero", "vocera", "vertreter", "vertreterin" };
  gint sentence = (gint) doc->token_sentence[source->first] - 1;
  const Sentence *range;
  const char *word = lower (doc, source->first);
  const char *opener;
  char gender = 0, opened;
  guint head, end;

  if (source->last == source->first + 1 && is_word (doc, source->last)
           && (g_str_has_suffix (lower (doc, source->last), "-jährige") || g_str_has_suffix (lower (doc, source->last), "-jähriger")))
    gender = px_text_list_contains (feminine, G_N_ELEMENTS (feminine), word) ? 'f'
             : px_text_list_contains (masculine, G_N_ELEMENTS (masculine), word) ? 'm' : 0;
  if (gender == 0 || sentence < 0)
    return NULL;
  range = &g_array_index (doc->sentences, Sentence, sentence);
  if (doc->token_segment[range->first] != doc->token_segment[source->first] || !is_word (doc, range->first))
    return NULL;
  opener = lower (doc, range->first);
  opened = px_text_list_contains (feminine, G_N_ELEMENTS (feminine), opener) ? 'f'
           : px_text_list_contains (masculine, G_N_ELEMENTS (masculine), opener) ? 'm' : 0;
  /* only the indefinite article opens an unnamed person */
  if (opened != gender || lower_is (doc, range->first, "der", "die", NULL))
    return NULL;
  /* the noun phrase: words up to a comma; nobody named, no quote */
  for (end = range->first + 1; end <= range->last && is_word (doc, end) && end < range->first + 7; end++)
    if (doc->span_of[end] >= 0 || IN (speech_verbs, lower (doc, end)))
      return NULL;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      for (guint m = 0; m < person->mentions->len; m++)
        {
          guint at = g_array_index (person->mentions, guint, m);

          /* "Eine Anwohnerin, Maria Huber, …": a name in apposition
           * names her */
          if (at >= range->first && at <= end + 3)
            return NULL;
        }
    }
  if (end > range->last || !is_punct (doc, end, ',') || end == range->first + 1)
    return NULL;
  for (head = range->first + 1; head < end; head++)
    if (px_text_list_contains (voices, G_N_ELEMENTS (voices), lower (doc, head)))
      return NULL;
  /* a relative clause that tells which one belongs to the label */
  if (is_word (doc, end + 1) && px_text_list_contains (relatives, G_N_ELEMENTS (relatives), lower (doc, end + 1)))
    for (guint k = end + 2; k <= range->last && k < end + 12; k++)
      {
        if (doc->span_of[k] >= 0)
          return NULL;
        if (is_punct (doc, k, ','))
          return px_quotes_slice (doc, range->first + 1, k - 1);
      }
  return px_quotes_slice (doc, range->first + 1, end - 1);
}

/* "Ein Rentner vor dem Rathaus sah es anders: Wiedemann habe „…“, sagte
 * der 70-Jährige": an age noun nobody in the article is given the age of
 * is the unnamed person that opens its sentence, or the sentence before in
 * its paragraph, with "ein" or "eine" of the same gender. German writes
 * the nouns of that phrase with a capital: it runs over nouns and the
 * prepositions and articles between them, up to the first other word.
 * Returns the label, or NULL. */
static char *
german_unnamed_opener (Doc    *doc,
                       Source *source)
{
  static const char * const links[] = {
    "vor", "aus", "in", "im", "am", "an", "von", "vom", "bei", "beim", "mit", "der", "die", "dem", "den", "des",
    "einer", "eines", "einem",
  };
  const char *article = lower (doc, source->first);
  guint age = source->last == source->first + 1 ? px_quotes_age_in_word (lower (doc, source->last)) : 0;
  gint sentence = (gint) doc->token_sentence[source->first];
  char gender;

  if (!doc->capital_nouns || age == 0 || article == NULL || !lower_is (doc, source->first, "der", "die", NULL))
    return NULL;
  gender = strcmp (article, "die") == 0 ? 'f' : 'm';
  for (guint p = 0; p < doc->people->len; p++)
    if (((Person *) g_ptr_array_index (doc->people, p))->age == age)
      return NULL;
  for (gint b = sentence; b >= 0 && b + 2 > sentence; b--)
    {
      const Sentence *range = &g_array_index (doc->sentences, Sentence, b);
      guint k = range->first;
      guint end;
      gboolean named = FALSE;

      if (doc->token_segment[k] != doc->token_segment[source->first] || !is_word (doc, k)
          || !(gender == 'f' ? lower_is (doc, k, "eine", NULL) : lower_is (doc, k, "ein", NULL)))
        continue;
      end = k + 1;
      if (!is_word (doc, end) || !(tok (doc, end)->flags & PX_LEXICON_TOKEN_CAPITAL) || doc->span_of[end] >= 0)
        continue;
      while (end + 2 <= range->last && is_word (doc, end + 1) && is_word (doc, end + 2)
             && px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, end + 1)))
        {
          guint next = end + 2;

          while (next <= range->last && is_word (doc, next) && !(tok (doc, next)->flags & PX_LEXICON_TOKEN_CAPITAL)
                 && px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, next)))
            next++;
          if (next > range->last || !is_word (doc, next) || !(tok (doc, next)->flags & PX_LEXICON_TOKEN_CAPITAL))
            break;
          end = next;
        }
      /* "Eine Anwohnerin, Maria Huber, …": a name in apposition names her */
      for (guint p = 0; p < doc->people->len && !named; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          for (guint m = 0; m < person->mentions->len && !named; m++)
            {
              guint at = g_array_index (person->mentions, guint, m);

              named = at >= k && at <= end + 3;
            }
        }
      if (named || (is_word (doc, end + 1) && IN (speech_verbs, lower (doc, end + 1))))
        continue;
      /* "Eine Sanierung würde … kosten, sagte die 52-Jährige": a noun for a
       * thing opens the reported clause, no person */
      {
        static const char * const thing_endings[] = { "ung", "heit", "keit", "schaft", "tion", "tät", "ment", "nis", "tum" };
        gboolean thing = px_text_list_has_suffix (thing_endings, G_N_ELEMENTS (thing_endings), lower (doc, k + 1));

        if (thing)
          continue;
      }
      /* in the cue's own sentence, the clause the cue reports follows a
       * colon after the person's phrase ("… sah es anders: Wiedemann habe …") */
      if (b == sentence)
        {
          gboolean colon = FALSE;

          for (guint t = end + 1; t < source->first && !colon; t++)
            colon = is_punct (doc, t, ':');
          if (!colon)
            continue;
        }
      return px_quotes_slice (doc, k + 1, end);
    }
  return NULL;
}

/* "Behind the counter sits the woman who has mended the town's shoes for
 * 41 years. “…,” she says. … Maureen Kettering took over …": a feature
 * may open on a pronoun before it names anyone. A personal pronoun with
 * nobody and nothing named before it is the first person named after it
 * opening a sentence, of its gender, within the next two paragraphs. */
static void
pronoun_before_anyone (Doc    *doc,
                       Source *source)
{
  char gender;
  Person *best = NULL;
  guint best_at = G_MAXUINT;

  if (!source->pronoun || source->implicit || source->person != NULL || source->speaker != NULL
      || !is_word (doc, source->first))
    return;
  gender = px_quotes_pronoun_gender (lower (doc, source->first));
  if (gender == 0 && px_quotes_incise_base (lower (doc, source->first)) > 0)
    gender = g_str_has_suffix (lower (doc, source->first), "il") ? 'm' : 'f';
  if (gender == 0)
    return;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint at;

      if (person->mentions->len == 0)
        continue;
      at = g_array_index (person->mentions, guint, 0);
      /* read so before: this pronoun is already that person's mention */
      if (at == source->first && !person->org)
        {
          best = person;
          break;
        }
      /* anyone or anything named before in the body may be what the
       * pronoun means ("la direction générale … . Selon elle"); the
       * headline's places ("The last cobbler on Mercer Street") not */
      if (at < source->first && (doc->token_segment[at] > 0 || names_someone (person)))
        return;
      /* the one the profile is about is named as a subject, opening a
       * sentence, not a place in passing */
      if (!person->org && at < best_at && strchr (person->name, ' ') != NULL
          && (person->gender == 0 || person->gender == gender)
          && (tok (doc, at)->flags & PX_LEXICON_TOKEN_SENT_START)
          && doc->token_segment[at] <= doc->token_segment[source->first] + 2)
        {
          best = person;
          best_at = at;
        }
    }
  if (best != NULL)
    px_quotes_source_from_person (source, best);
}


/* Makes @source the unnamed speaker of tokens @first … @last, named by the
 * words from @speaker_first on (the phrase without its article). */
static void
source_take_phrase (Doc    *doc,
                    Source *source,
                    guint   first,
                    guint   last,
                    guint   speaker_first)
{
  g_free (source->speaker);
  source->speaker = px_quotes_slice (doc, speaker_first, last);
  source->person = NULL;
  source->first = first;
  source->last = last;
}

/* "Un vocero de una de las tres concesionarias (, que pidió …,) dijo":
 * a Spanish spokesperson of one of several bodies the article does not
 * tell apart speaks as the phrase itself, an anonymous source, not as
 * any one body. Reads the phrase whether the subject was read back to
 * "las …" or forward as "Un vocero". */
static gboolean
spanish_spokesperson_of_one_of (Doc    *doc,
                                Source *source)
{
  guint article = G_MAXUINT, end = G_MAXUINT;

  if (!doc->pro_drop || source->pronoun || !is_word (doc, source->first))
    return FALSE;
  /* read back: "las tres concesionarias" after "Un vocero de una de" */
  if (source->first >= 5 && lower_is (doc, source->first, "las", "los", NULL)
      && is_word (doc, source->first - 1) && lower_is (doc, source->first - 1, "de", NULL)
      && is_word (doc, source->first - 2) && lower_is (doc, source->first - 2, "una", "uno", NULL)
      && is_word (doc, source->first - 3) && lower_is (doc, source->first - 3, "de", NULL)
      && is_word (doc, source->first - 4) && IN (spokes, lower (doc, source->first - 4))
      && is_word (doc, source->first - 5) && lower_is (doc, source->first - 5, "un", "una", NULL)
      && doc->token_sentence[source->first - 5] == doc->token_sentence[source->first])
    {
      article = source->first - 5;
      end = source->last;
    }
  /* read forward: "Un vocero" and then "de una de las …" up to a comma */
  else if (source->last == source->first + 1 && lower_is (doc, source->first, "un", "una", NULL)
           && is_word (doc, source->last) && IN (spokes, lower (doc, source->last))
           && is_word (doc, source->last + 1) && lower_is (doc, source->last + 1, "de", NULL)
           && is_word (doc, source->last + 2) && lower_is (doc, source->last + 2, "una", "uno", NULL)
           && is_word (doc, source->last + 3) && lower_is (doc, source->last + 3, "de", NULL))
    {
      article = source->first;
      for (guint k = source->last + 4; k < doc->tokens->len && k < source->last + 10
                                       && doc->token_sentence[k] == doc->token_sentence[source->first]; k++)
        {
          if (!is_word (doc, k))
            {
              if (is_punct (doc, k, ','))
                end = k - 1;
              break;
            }
          if (doc->span_of[k] >= 0 || IN (speech_verbs, lower (doc, k)))
            break;
        }
    }
  if (article == G_MAXUINT || end == G_MAXUINT || end < article + 5)
    return FALSE;
  source_take_phrase (doc, source, article, end, article + 1);
  return TRUE;
}

/* "deslizó un funcionario del Palacio de Hacienda", "Un agente de la
 * Guardia Civil explicó": an indefinite Spanish person noun of a named
 * body is one unnamed member of it, an anonymous source labelled with the
 * phrase, not the body (a spokesperson, "una fuente" or a document of the
 * body speaks for it, and is left to the rules for those). Reads the
 * phrase whether the subject was read as "un funcionario …" or as the
 * body's name after it. */
static gboolean
spanish_member_of_body (Doc    *doc,
                        Source *source)
{
  static const char * const not_members[] = {
    "fuente", "fuentes", "estudio", "informe", "análisis", "trabajo", "comunicado", "nota", "documento",
    "escrito", "grupo", "equipo", "total", "millón", "miembro", "parte",
  };
  guint article = G_MAXUINT, noun, body, end;

  if (!doc->pro_drop || source->pronoun || !is_word (doc, source->first))
    return FALSE;
  if (lower_is (doc, source->first, "un", "una", NULL) && source->last >= source->first + 3)
    article = source->first;
  else if (source->first >= 3 && (tok (doc, source->first)->flags & PX_LEXICON_TOKEN_CAPITAL))
    {
      guint k = source->first - 1;

      if (is_word (doc, k) && lower_is (doc, k, "la", "el", "los", "las", NULL) && k > 2)
        k--;
      if (is_word (doc, k) && lower_is (doc, k, "de", "del", NULL) && is_word (doc, k - 2)
          && lower_is (doc, k - 2, "un", "una", NULL) && doc->token_sentence[k - 2] == doc->token_sentence[source->first])
        article = k - 2;
    }
  if (article == G_MAXUINT)
    return FALSE;
  noun = article + 1;
  body = noun + 1;
  if (!is_word (doc, noun) || (tok (doc, noun)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (spokes, lower (doc, noun))
      || IN (institution_nouns, lower (doc, noun)) || IN (org_words, lower (doc, noun)) || IN (document_nouns, lower (doc, noun))
      || IN (stop_words, lower (doc, noun))
      || px_text_list_contains (not_members, G_N_ELEMENTS (not_members), lower (doc, noun))
      || !is_word (doc, body) || !lower_is (doc, body, "de", "del", NULL))
    return FALSE;
  body++;
  if (is_word (doc, body) && lower_is (doc, body, "la", "el", "los", "las", NULL))
    body++;
  if (!is_word (doc, body) || !(tok (doc, body)->flags & PX_LEXICON_TOKEN_CAPITAL) || doc->span_of[body] >= 0)
    return FALSE;
  end = MAX (source->last, px_quotes_run_end_forward (doc, body));
  /* "un asesor del Ministerio, Pedro Gil,": a name in apposition is who speaks */
  if (is_punct (doc, end + 1, ',') && px_quotes_is_name_word (doc, end + 2))
    return FALSE;
  source_take_phrase (doc, source, article, end, noun);
  return TRUE;
}

/* "Desde la Federación de Deportes de Montaña, Escalada y Senderismo del
 * Principado de Asturias (FEMPA) han insistido": a Spanish sentence that
 * opens on "Desde" and a body's name running to the verb names the body
 * as a whole, commas of a list and a bracketed acronym included; no part
 * after a comma is a name in apposition. */
static gboolean
spanish_desde_whole_body (Doc    *doc,
                          Source *source)
{
  const Sentence *range;
  guint k, end;

  if (!doc->pro_drop || source->pronoun || doc->token_sentence[source->first] >= doc->sentences->len)
    return FALSE;
  range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]);
  k = range->first;
  if (!is_word (doc, k) || !lower_is (doc, k, "desde", NULL) || !is_word (doc, k + 1)
      || !lower_is (doc, k + 1, "la", "el", "los", "las", NULL) || !(tok (doc, k + 2)->flags & PX_LEXICON_TOKEN_CAPITAL)
      || source->last < k + 2 || source->first < k)
    return FALSE;
  end = source->last;
  if (is_punct (doc, end, ')') && end >= k + 5 && is_punct (doc, end - 2, '('))
    end -= 3;
  for (guint t = k + 2; t <= end; t++)
    {
      gboolean comma_in_list = is_punct (doc, t, ',') && t < end && px_quotes_is_name_word (doc, t + 1);

      if (!comma_in_list && !(is_word (doc, t) && (px_quotes_is_name_word (doc, t)
                                                    || lower_is (doc, t, "de", "del", "la", "el", "los", "las", "y", "e", NULL))))
        return FALSE;
    }
  if (end < k + 4)
    return FALSE;
  g_free (source->speaker);
  source->speaker = px_quotes_slice (doc, k + 2, end);
  source->person = px_quotes_find_person_exact (doc, source->speaker);
  /* the body read with its preposition is renamed, as below for a
   * shorter "Desde la …" */
  if (source->person == NULL)
    {
      g_autofree char *written = px_quotes_slice (doc, k, end);

      source->person = px_quotes_find_person_exact (doc, written);
      if (source->person != NULL)
        {
          g_free (source->person->name);
          source->person->name = g_strdup (source->speaker);
        }
    }
  source->first = k + 2;
  source->last = end;
  return TRUE;
}

/* The head noun of a description, past its determiner ("El canciller
 * paraguayo" → "canciller"), folded; NULL when there is none. */
static char *
description_head (const char *description)
{
  static const char * const articles[] = { "el", "la", "los", "las", "su", "un", "una" };
  g_autofree char *folded = g_utf8_strdown (description, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " ,", -1);

  for (guint w = 0; words[w] != NULL; w++)
    if (*words[w] != '\0' && !px_text_list_contains (articles, G_N_ELEMENTS (articles), words[w]))
      return g_strdup (words[w]);
  return NULL;
}

/* "afirmó el dirigente de Alianza Cívica", "el jefe de la diplomacia
 * paraguaya", "El titular del Ejecutivo gallego": Spanish news names a
 * person it has introduced by a role again with a periphrasis of that
 * role — the head of a party, of a country's diplomacy (its foreign
 * minister, "canciller") or of a government (its president). The
 * person, not the body inside the phrase, speaks: the one last named
 * before whose description the periphrasis fits. */
static gboolean
spanish_role_periphrasis (Doc    *doc,
                          Source *source)
{
  static const char * const heads[] = { "jefe", "jefa", "titular", "dirigente", "líder" };
  static const char * const diplomats[] = { "canciller", NULL };
  static const char * const presidents[] = { "presidente", "presidenta", NULL };
  const char * const *targets = NULL;
  guint h = source->first, de;
  Person *best = NULL;
  guint best_seen = 0;

  if (!doc->pro_drop || source->pronoun || !is_word (doc, h))
    return FALSE;
  /* "el jefe de la diplomacia paraguaya afirmó": the subject read back
   * from the verb stops at "de" */
  if (h >= 3 && lower_is (doc, h, "la", NULL) && is_word (doc, h - 1) && lower_is (doc, h - 1, "de", NULL)
      && is_word (doc, h - 2) && px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, h - 2))
      && is_word (doc, h - 3) && lower_is (doc, h - 3, "el", "la", NULL)
      && doc->token_sentence[h - 3] == doc->token_sentence[h])
    h -= 3;
  if (!lower_is (doc, h, "el", "la", NULL))
    return FALSE;
  h++;
  de = h + 1;
  if (de + 1 > source->last || !is_word (doc, h) || !px_text_list_contains (heads, G_N_ELEMENTS (heads), lower (doc, h))
      || !is_word (doc, de) || !lower_is (doc, de, "de", "del", NULL) || !is_word (doc, de + 1))
    return FALSE;
  if (de + 2 <= source->last && strcmp (lower (doc, de), "de") == 0 && lower_is (doc, de + 1, "la", NULL)
      && is_word (doc, de + 2) && strcmp (lower (doc, de + 2), "diplomacia") == 0)
    targets = diplomats;
  else if (strcmp (lower (doc, de), "del") == 0 && lower_is (doc, de + 1, "ejecutivo", "gobierno", NULL))
    targets = presidents;
  else if (!lower_is (doc, h, "dirigente", "líder", NULL) || !(tok (doc, de + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return FALSE;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *candidate = g_ptr_array_index (doc->people, p);
      guint seen = px_quotes_mention_before (candidate, source->first);
      gboolean fits = FALSE;

      if (candidate->org || seen == G_MAXUINT)
        continue;
      for (guint d = 0; d < candidate->descriptions->len && !fits; d++)
        {
          g_autofree char *head = description_head (g_ptr_array_index (candidate->descriptions, d));

          if (head == NULL)
            continue;
          if (targets != NULL)
            for (guint t = 0; targets[t] != NULL && !fits; t++)
              fits = strcmp (head, targets[t]) == 0;
          else
            fits = px_quotes_descriptor_word_fits (lower (doc, h), head);
        }
      if (fits && (best == NULL || seen > best_seen))
        {
          best = candidate;
          best_seen = seen;
        }
    }
  if (best == NULL)
    return FALSE;
  g_free (source->speaker);
  source->speaker = NULL;
  px_quotes_source_from_person (source, best);
  return TRUE;
}

/* "…, el acusado dijo que …", "la acusada negó": a Spanish verb read as
 * having no subject of its own may have one the reader took for a
 * participle; "el acusado" before it is the defendant. */
static gboolean
defendant_before_verb (Doc    *doc,
                       Source *source)
{
  Person *defendant;

  if (!doc->pro_drop || !source->pronoun || !source->implicit || source->speaker != NULL || source->first < 2
      || !is_word (doc, source->first - 1) || !is_word (doc, source->first - 2)
      || !lower_is (doc, source->first - 1, "acusado", "acusada", NULL)
      || !lower_is (doc, source->first - 2, "el", "la", NULL)
      || (defendant = find_defendant (doc)) == NULL)
    return FALSE;
  source->first -= 2;
  source->last = source->first + 1;
  source->pronoun = FALSE;
  source->implicit = FALSE;
  px_quotes_source_from_person (source, defendant);
  return TRUE;
}

/* "a déclaré le directeur départemental des pompiers, le colonel Marc
 * Vidal, lors d'un point presse", "dijo el jefe de la Policía Local, el
 * comisario Juan Ruiz": a role left unresolved after the verb, then a
 * comma and a person the article knows (after a title with its article,
 * or none), is that person in apposition. */
static void
name_in_apposition_after_role (Doc    *doc,
                               Source *source)
{
  gint sentence;
  guint start;

  /* ranks and titles written in lower case after their article */
  static const char * const ranks[] = {
    "commandant", "capitaine", "lieutenant", "colonel", "général", "adjudant", "commissaire", "docteur",
    "professeur", "comandante", "capitán", "teniente", "coronel", "comisario", "comisaria", "inspector", "inspectora",
    "doctor", "doctora",
  };
  guint comma;

  /* a role resolved by looking it up still yields to the name the
   * sentence puts in apposition to it, outside German and Russian ("advierte la
   * investigadora principal, la epidemióloga Francisca Toro") */
  if ((source->person != NULL && (doc->capital_nouns || doc->inflecting)) || source->speaker == NULL
      || source->pronoun || source->document
      || !is_word (doc, source->last) || (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return;
  sentence = (gint) doc->token_sentence[source->first];
  /* the rest of the role's complement ("de secours"), in lower case */
  for (comma = source->last + 1; comma < source->last + 5 && px_quotes_allowed_token (doc, comma, sentence)
                                 && is_word (doc, comma) && !(tok (doc, comma)->flags & PX_LEXICON_TOKEN_CAPITAL)
                                 && !IN (speech_verbs, lower (doc, comma)); comma++)
    ;
  /* "— заявил директор компании «Саратовводоканал» Алексей Громов":
   * Russian puts the name after the role and the company's name in
   * guillemets, with no comma */
  if (px_quotes_is_cyrillic_word (doc, source->last) && !is_punct (doc, comma, ',') && comma > source->last + 1
      && doc->span_of[comma] >= 0)
    {
      guint k = comma;

      while (k < comma + 8 && k < doc->tokens->len && doc->token_sentence[k] == (guint) sentence
             && (doc->span_of[k] >= 0 || (tok (doc, k)->flags & PX_LEXICON_TOKEN_QUOTE) || !is_word (doc, k)))
        k++;
      if (k >= doc->tokens->len || doc->token_sentence[k] != (guint) sentence)
        return;
      start = k;
    }
  else if (!is_punct (doc, comma, ',') || doc->token_sentence[comma] != (guint) sentence)
    return;
  else
    start = comma + 1;
  if (!px_quotes_allowed_token (doc, start, sentence) || !is_word (doc, start))
    return;
  if (IN (determiners, lower (doc, start)) && is_word (doc, start + 1)
      && (px_quotes_is_title (doc, start + 1) || px_text_list_contains (ranks, G_N_ELEMENTS (ranks), lower (doc, start + 1)))
      && !(tok (doc, start + 1)->flags & PX_LEXICON_TOKEN_CAPITAL))
    start += 2;
  /* "advierte la investigadora principal, la epidemióloga Francisca
   * Toro": in Spanish any lower-case noun of a trade may stand between
   * the article and the name */
  else if (!doc->capital_nouns && !doc->inflecting && IN (determiners, lower (doc, start)) && is_word (doc, start + 1)
           && !(tok (doc, start + 1)->flags & PX_LEXICON_TOKEN_CAPITAL) && !IN (stop_words, lower (doc, start + 1))
           && !IN (speech_verbs, lower (doc, start + 1)) && px_quotes_allowed_token (doc, start + 2, sentence)
           && px_quotes_is_name_word (doc, start + 2))
    start += 2;
  else if (px_quotes_is_title (doc, start) && (tok (doc, start)->flags & PX_LEXICON_TOKEN_CAPITAL))
    start++;
  if (!px_quotes_allowed_token (doc, start + 1, sentence) || !px_quotes_is_name_word (doc, start)
      || !px_quotes_is_name_word (doc, start + 1))
    return;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);

      for (guint m = 0; m < person->mentions->len && !person->org; m++)
        if (g_array_index (person->mentions, guint, m) == start)
          {
            source_is_person (source, person);
            return;
          }
    }
}

/* "Two former employees said … . One of them, who left in the spring,
 * said": one of an unnamed group just heard speaks for that group, as
 * the article names nobody else. */
static void
one_of_unnamed_group (Doc    *doc,
                      Source *source)
{
  guint l = source->last;
  gint sentence;

  if (source->person != NULL || l < 2 || source->first + 2 < l
      || !is_word (doc, l) || !lower_is (doc, l, "them", NULL)
      || !is_word (doc, l - 1) || !lower_is (doc, l - 1, "of", NULL)
      || !is_word (doc, l - 2) || !lower_is (doc, l - 2, "one", NULL))
    return;
  for (guint a = doc->anonymous->len; a > 0; a--)
    {
      const char *group = g_ptr_array_index (doc->anonymous, a - 1);

      if (g_str_has_suffix (group, "s") || g_str_has_suffix (group, "people"))
        {
          g_free (source->speaker);
          source->speaker = g_strdup (group);
          source->pronoun = FALSE;
          return;
        }
    }
  /* the group not yet heard as a source: the lower-case plural that
   * opens the sentence before as the subject of its speech verb ("Two
   * former employees said …") */
  sentence = (gint) doc->token_sentence[l];
  if (sentence > 0)
    {
      const Sentence *before = &g_array_index (doc->sentences, Sentence, sentence - 1);
      guint f = before->first;

      if (is_word (doc, f) && (IN (determiners, lower (doc, f))
                               || lower_is (doc, f, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                            "several", "some", NULL)))
        f++;
      for (guint v = f + 1; v < f + 5 && v <= before->last && is_word (doc, v); v++)
        {
          if (IN (speech_verbs, lower (doc, v)))
            {
              const char *head = lower (doc, v - 1);

              if (g_str_has_suffix (head, "s") || strcmp (head, "people") == 0)
                {
                  g_free (source->speaker);
                  source->speaker = px_quotes_slice (doc, f, v - 1);
                  source->pronoun = FALSE;
                }
              break;
            }
          if ((tok (doc, v)->flags & PX_LEXICON_TOKEN_CAPITAL) || IN (stop_words, lower (doc, v)))
            break;
        }
    }
}

/* "Wood himself said", "Wiedemann selbst sagte", "Sarrazin lui-même a
 * dit": an intensifier after the subject stresses who speaks and is no
 * part of the name; the name without it is looked up as any other. */
static void
drop_intensifier (Doc    *doc,
                  Source *source)
{
  static const char * const intensifiers[] = {
    "himself", "herself", "themselves", "selbst", "selber", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes",
    "mismo", "misma", "mismos", "mismas", "сам", "сама", "сами",
  };
  const char *space;
  g_autofree char *folded = NULL;
  g_autofree char *name = NULL;
  Person *person;

  if (source->speaker == NULL || source->pronoun || source->first >= source->last
      || (space = strrchr (source->speaker, ' ')) == NULL)
    return;
  folded = g_utf8_strdown (space + 1, -1);
  if (!px_text_list_contains (intensifiers, G_N_ELEMENTS (intensifiers), folded))
    return;
  name = g_strndup (source->speaker, space - source->speaker);
  /* only a name: "the mayor himself" is left to the readers of roles */
  if (!g_unichar_isupper (g_utf8_get_char (name)) || IN (determiners, lower (doc, source->first)))
    return;
  person = px_quotes_find_person_exact (doc, name);
  if (person == NULL)
    person = px_quotes_find_person_by_part (doc, name, source->first);
  if (person != NULL)
    {
      px_quotes_add_mention (person, source->first);
      px_quotes_source_from_person (source, person);
    }
  else
    {
      g_free (source->speaker);
      source->speaker = g_steal_pointer (&name);
    }
}

/* "the aviation analytics firm RouteWatch", "the consultancy group
 * Harbury Partners": an English kind noun for a business or a charity
 * with lower-case words before it describes the name after it, which is
 * who speaks (as "Energy company Brightwell" is Brightwell). */
static void
name_after_kind_noun (Source *source)
{
  static const char * const kinds[] = {
    "firm", "company", "group", "consultancy", "charity", "watchdog", "operator", "carrier", "airline",
    "network", "campaign", "organisation", "organization", "insurer", "lender", "retailer", "developer",
  };
  g_auto(GStrv) words = NULL;
  guint n, k;

  if (source->speaker == NULL || !g_unichar_islower (g_utf8_get_char (source->speaker)))
    return;
  words = g_strsplit (source->speaker, " ", -1);
  n = g_strv_length (words);
  for (k = 0; k < n && g_unichar_islower (g_utf8_get_char (words[k])); k++)
    ;
  if (k < 2 || k >= n || !px_text_list_contains (kinds, G_N_ELEMENTS (kinds), words[k - 1]))
    return;
  for (guint w = k; w < n; w++)
    if (!g_unichar_isupper (g_utf8_get_char (words[w])) && !g_unichar_isdigit (g_utf8_get_char (words[w]))
        && strcmp (words[w], "&") != 0)
      return;
  g_free (source->speaker);
  source->speaker = g_strjoinv (" ", words + k);
}

/* "Fishermen in the village of Kostel told …", "Parents at the school
 * gate said …", "Workers leaving the plant said …": a bare plural opening
 * the sentence, then a place or a participle, is an unnamed group, and the
 * words after it say which; the reader took the last noun alone. */
static void
plural_group_with_modifier (Doc    *doc,
                            Source *source)
{
  static const char * const links[] = {
    "in", "at", "on", "near", "outside", "from", "across", "around", "along", "inside", "behind",
  };
  const Sentence *range;
  const char *head;
  guint start;

  if (source->person != NULL || source->speaker == NULL || source->pronoun || doc->capital_nouns || doc->pro_drop)
    return;
  range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]);
  start = range->first;
  /* a paragraph may open with a dash or a mark the sentence keeps */
  while (start < source->first && !is_word (doc, start) && doc->span_of[start] < 0)
    start++;
  if (start + 2 > source->first || source->last + 1 > range->last || !is_word (doc, source->last + 1)
      || !IN (speech_verbs, lower (doc, source->last + 1)) || !is_word (doc, start) || !is_word (doc, start + 1))
    return;
  head = lower (doc, start);
  if (!(g_str_has_suffix (head, "s") || g_str_has_suffix (head, "men")) || g_str_has_suffix (head, "ss")
      || IN (determiners, head) || IN (stop_words, head) || person_mentioned_at (doc, start)
      || px_quotes_is_name_word (doc, start + 1)
      || !(px_text_list_contains (links, G_N_ELEMENTS (links), lower (doc, start + 1))
           || (g_str_has_suffix (lower (doc, start + 1), "ing") && !IN (speech_verbs, lower (doc, start + 1)))))
    return;
  /* a short phrase with no clause of its own: "Parents at the school
   * have launched a campaign after the council said" is not one */
  if (source->last > start + 12)
    return;
  /* "Analysts at Berenberg said": a name right after the link is the
   * institution they speak for */
  if (is_word (doc, start + 2) && (tok (doc, start + 2)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return;
  for (guint k = start; k <= source->last; k++)
    if (!is_word (doc, k) || doc->span_of[k] >= 0 || IN (speech_verbs, lower (doc, k))
        || lower_is (doc, k, "have", "has", "had", "is", "are", "was", "were", "will", "after", "before", "when",
                     "because", "and", "but", "who", "that", "which", "while", NULL))
      return;
  g_free (source->speaker);
  source->first = start;
  source->speaker = px_quotes_slice (doc, start, source->last);
}

/* "A UNHCR spokesman in Geneva told", "A police spokeswoman in Lyon
 * said", "a military spokesman in the capital, Sarn, said": where a
 * spokesperson is says nothing of whom they speak for; the phrase ends at
 * the spokesperson, who speaks for the institution before it. */
static void
spokesperson_without_place (Doc    *doc,
                            Source *source)
{
  gint sentence = doc->token_sentence[source->first];
  guint spokes_at = G_MAXUINT;

  if (source->pronoun)
    return;
  /* "A WHO spokesperson in Geneva, Tarik Lindgren, said": a person of
   * several names between the commas is the spokesperson, named */
  if (source->last > source->first && px_quotes_is_name_word (doc, source->first))
    {
      g_autofree char *name = px_quotes_slice (doc, source->first, source->last);
      Person *person = px_quotes_find_person_exact (doc, name);

      if (person != NULL && !person->org)
        return;
    }
  /* the phrase holds the place: "police spokesman in Lyon" */
  for (guint k = source->first; k < source->last && spokes_at == G_MAXUINT; k++)
    if (is_word (doc, k) && IN (spokes, lower (doc, k)) && is_word (doc, k + 1) && lower_is (doc, k + 1, "in", "at", NULL))
      spokes_at = k;
  /* the reader kept the place alone: "Geneva", "Sarn" */
  for (guint k = source->first; spokes_at == G_MAXUINT && k > 1 && k + 6 > source->first
       && doc->token_sentence[k - 1] == (guint) sentence && (is_word (doc, k - 1) || is_punct (doc, k - 1, ','));
       k--)
    if (is_word (doc, k - 1) && lower_is (doc, k - 1, "in", "at", NULL))
      {
        if (is_word (doc, k - 2) && IN (spokes, lower (doc, k - 2)) && doc->token_sentence[k - 2] == (guint) sentence)
          spokes_at = k - 2;
        break;
      }
  if (spokes_at == G_MAXUINT)
    return;
  if (spokes_at < source->first)
    {
      guint start = spokes_at;

      /* back to the phrase's article: "A UNHCR spokesman" */
      while (start > 0 && start + 5 > spokes_at && doc->token_sentence[start - 1] == (guint) sentence && is_word (doc, start - 1)
             && !IN (speech_verbs, lower (doc, start - 1)))
        {
          start--;
          if (IN (determiners, lower (doc, start)))
            break;
        }
      source->first = start;
    }
  source->last = spokes_at;
}

/* Nouns that name a person by their relation to another: "his counterpart"
 * (the minister across the table), "her predecessor", "son homologue".
 * Each with the noun for the other side of the relation. */
static const char * const relational_nouns[][3] = {
  /* the noun as written, its stem, the stem of the other side */
  { "counterpart", "counterpart", "counterpart" }, { "counterparts", "counterpart", "counterpart" },
  { "predecessor", "predecessor", "successor" }, { "successor", "successor", "predecessor" },
  { "homologue", "homologue", "homologue" }, { "homólogo", "homólog", "homólog" }, { "homóloga", "homólog", "homólog" },
  { "prédécesseur", "prédécesseur", "successeur" }, { "successeur", "successeur", "prédécesseur" },
  { "predecesor", "predecesor", "sucesor" }, { "predecesora", "predecesor", "sucesor" },
  { "sucesor", "sucesor", "predecesor" }, { "sucesora", "sucesor", "predecesor" },
  { "amtskollege", "amtskolleg", "amtskolleg" }, { "amtskollegin", "amtskolleg", "amtskolleg" },
  { "vorgänger", "vorgänger", "nachfolger" }, { "vorgängerin", "vorgänger", "nachfolger" },
  { "nachfolger", "nachfolger", "vorgänger" }, { "nachfolgerin", "nachfolger", "vorgänger" },
};

static gboolean
description_has_prefix_word (Person     *person,
                             const char *stem)
{
  for (guint d = 0; d < person->descriptions->len; d++)
    {
      g_autofree char *description = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
      g_auto(GStrv) words = g_strsplit_set (description, " ,", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (g_str_has_prefix (words[w], stem))
          return TRUE;
    }
  return FALSE;
}

/* "Kazakh Foreign Minister Yerlan Abdirov said … . His Uzbek counterpart,
 * Dilshod Rakhimov, said … . “…,” Rakhimov said. His counterpart said …":
 * a possessive and a relational noun as the subject name the person on the
 * other side of the relation from the one the possessive points to (the
 * person last mentioned): someone else the article described with that
 * noun, or, when the possessor is the one so described ("His Uzbek
 * counterpart"), the person the description was relative to, the one
 * mentioned last before the possessor came in. */
static void
relational_subject (Doc    *doc,
                    Source *source)
{
  static const char * const possessives[] = { "his", "her", "son", "sa", "su", "sein", "seine", "seinen", "ihr", "ihre" };
  const char *noun = NULL, *inverse = NULL;
  Person *possessor, *found = NULL;
  guint found_seen = 0;
  char gender;

  if (source->first >= source->last || source->last > source->first + 2 || source->last >= doc->tokens->len
      || !is_word (doc, source->first) || !is_word (doc, source->last)
      || !px_text_list_contains (possessives, G_N_ELEMENTS (possessives), lower (doc, source->first)))
    return;
  for (gsize r = 0; r < G_N_ELEMENTS (relational_nouns) && noun == NULL; r++)
    if (strcmp (lower (doc, source->last), relational_nouns[r][0]) == 0)
      {
        noun = relational_nouns[r][1];
        inverse = relational_nouns[r][2];
      }
  if (noun == NULL)
    return;
  gender = doc->capital_nouns || lower_is (doc, source->first, "his", "her", NULL) ? px_quotes_pronoun_gender (lower (doc, source->first)) : 0;
  possessor = last_person_before_gender (doc, source->first, FALSE, gender);
  if (possessor == NULL || strchr (possessor->name, ' ') == NULL)
    return;
  /* someone else described with the noun: "Her predecessor, Tom Aldridge" */
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      guint seen = px_quotes_mention_before (person, source->first);

      if (person == possessor || person->org || strchr (person->name, ' ') == NULL || seen == G_MAXUINT)
        continue;
      if (description_has_prefix_word (person, noun) && (found == NULL || seen > found_seen))
        {
          found = person;
          found_seen = seen;
        }
    }
  /* the possessor is the one so described: the other side is who came just before */
  if (found == NULL && description_has_prefix_word (possessor, inverse))
    for (guint p = 0; p < doc->people->len; p++)
      {
        Person *person = g_ptr_array_index (doc->people, p);
        guint seen = px_quotes_mention_before (person, possessor->first_token);

        if (person == possessor || person->org || strchr (person->name, ' ') == NULL || seen == G_MAXUINT)
          continue;
        if (found == NULL || seen > found_seen)
          {
            found = person;
            found_seen = seen;
          }
      }
  if (found != NULL)
    px_quotes_source_from_person (source, found);
}

/* "A man accused of murdering a delivery driver in a row over a parking
 * space told a court he …", "Man charged with fraud tells jury …": the
 * whole subject, a person noun and the charge, speaks, not the last noun
 * of the charge the source was read back to. That person is the defendant
 * the article names (the one who denies or admits it), or else the phrase
 * itself. */
static gboolean
charged_subject (Doc    *doc,
                 Source *source)
{
  const Sentence *range;
  guint noun, participle;
  Person *defendant;

  if (source->pronoun || source->first >= doc->tokens->len || source->last + 1 >= doc->tokens->len)
    return FALSE;
  range = &g_array_index (doc->sentences, Sentence, doc->token_sentence[source->first]);
  noun = range->first;
  if (is_word (doc, noun) && lower_is (doc, noun, "a", "an", NULL))
    noun++;
  participle = noun + 1;
  if (participle + 1 >= source->first || !is_word (doc, noun) || IN (stop_words, lower (doc, noun))
      || (tok (doc, noun)->flags & PX_LEXICON_TOKEN_CAPITAL && noun != range->first)
      || !is_word (doc, participle) || !lower_is (doc, participle, "accused", "charged", NULL)
      || !is_word (doc, participle + 1) || !lower_is (doc, participle + 1, "of", "with", NULL)
      || !is_word (doc, source->last + 1) || !IN (speech_verbs, lower (doc, source->last + 1)))
    return FALSE;
  for (guint k = participle + 2; k <= source->last; k++)
    if (doc->span_of[k] >= 0 || is_punct (doc, k, ',') || (is_word (doc, k) && IN (speech_verbs, lower (doc, k))))
      return FALSE;
  source->first = range->first;
  if ((defendant = find_defendant (doc)) != NULL)
    {
      px_quotes_source_from_person (source, defendant);
      return TRUE;
    }
  g_free (source->speaker);
  source->speaker = px_quotes_slice (doc, noun, source->last + 1);
  source->person = NULL;
  return TRUE;
}

/* "Margaret Doyle … her husband, Peter Doyle … “…,” Mr Doyle says": an
 * honorific tells which of the relatives who share a surname speaks. When
 * the person found does not fit the honorific's gender and another person
 * with that surname does, the other one speaks. */
static void
surname_by_honorific (Doc    *doc,
                      Source *source)
{
  static const char * const male[] = { "mr", "mr.", "herr", "monsieur", "señor", "sr", "sr." };
  static const char * const female[] = { "mrs", "mrs.", "ms", "ms.", "miss", "frau", "mme", "madame", "señora", "sra", "sra." };
  Person *person = source->person;
  char gender = 0;

  if (person == NULL || person->org || source->first >= source->last || !is_word (doc, source->first)
      || person->lower_last == NULL)
    return;
  if (px_text_list_contains (male, G_N_ELEMENTS (male), lower (doc, source->first)))
    gender = 'm';
  else if (px_text_list_contains (female, G_N_ELEMENTS (female), lower (doc, source->first)))
    gender = 'f';
  if (gender == 0)
    return;
  {
    char known = person->gender != 0 ? person->gender : px_quotes_given_name_gender (person->name);

    if (known == 0 || known == gender)
      return;
  }
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *other = g_ptr_array_index (doc->people, p);
      char other_gender;

      if (other == person || other->org || other->lower_last == NULL || strcmp (other->lower_last, person->lower_last) != 0
          || strchr (other->name, ' ') == NULL)
        continue;
      other_gender = other->gender != 0 ? other->gender : px_quotes_given_name_gender (other->name);
      if (other_gender == gender)
        {
          px_quotes_source_from_person (source, other);
          return;
        }
    }
  /* "Lee Lawson, 38, … His mother, Jean, 64, said … Mrs Lawson said": with
   * nobody of the honorific's gender under the surname, a relative the
   * article names by a given name alone ("His mother, Jean") bears it; the
   * one of that gender named last before the cue */
  {
    Person *relative = NULL;
    guint relative_seen = 0;

    for (guint p = 0; p < doc->people->len; p++)
      {
        Person *other = g_ptr_array_index (doc->people, p);
        guint seen;

        if (other == person || other->org || other->gender != gender || strchr (other->name, ' ') != NULL)
          continue;
        seen = px_quotes_mention_before (other, source->first);
        if (seen != G_MAXUINT && (relative == NULL || seen > relative_seen))
          {
            relative = other;
            relative_seen = seen;
          }
      }
    if (relative != NULL)
      px_quotes_source_from_person (source, relative);
  }
}

/* "According to the bank's own projections", "the ministry's report
 * said": a document with a possessor speaks for the institution the
 * possessor names, the one the article named with that noun in its name
 * ("National Bank of Moldavia" for "the bank"), mentioned last. */
static void
possessive_document_author (Doc    *doc,
                            Source *source)
{
  Person *best = NULL;
  guint best_seen = 0;
  g_autofree char *noun = NULL;
  gboolean document = FALSE;

  if (source->first > source->last || source->last >= doc->tokens->len)
    return;
  for (guint k = source->first; k <= source->last && noun == NULL; k++)
    {
      const char *word = lower (doc, k);

      if (word == NULL || k == source->first || !lower_is (doc, k - 1, "the", "its", NULL))
        continue;
      if (g_str_has_suffix (word, "'s") && strlen (word) > 4)
        noun = g_strndup (word, strlen (word) - 2);
      else if (g_str_has_suffix (word, "’s") && strlen (word) > 2 + strlen ("’s"))
        noun = g_strndup (word, strlen (word) - strlen ("’s"));
      for (guint d = k + 1; noun != NULL && d <= source->last && d <= k + 3; d++)
        document = document || (is_word (doc, d) && IN (document_nouns, lower (doc, d)));
      if (!document)
        g_clear_pointer (&noun, g_free);
    }
  if (noun == NULL || !(IN (institution_nouns, noun) || IN (org_words, noun)))
    return;
  for (guint p = 0; p < doc->people->len; p++)
    {
      Person *person = g_ptr_array_index (doc->people, p);
      g_autofree char *folded = NULL;
      g_auto(GStrv) words = NULL;
      gboolean has = FALSE;
      guint seen;

      if (!person->org || (seen = px_quotes_mention_before (person, source->first)) == G_MAXUINT)
        continue;
      folded = g_utf8_strdown (person->name, -1);
      words = g_strsplit (folded, " ", -1);
      for (guint w = 0; words[w] != NULL && !has; w++)
        has = strcmp (words[w], noun) == 0;
      if (has && (best == NULL || seen > best_seen))
        {
          best = person;
          best_seen = seen;
        }
    }
  if (best != NULL && best != source->person)
    px_quotes_source_from_person (source, best);
}

/* "Bristol Crown Court heard he targeted …": a court named in full
 * listens as "the court" does; what it heard comes from the prosecution
 * when the report names its counsel. */
static void
named_court_heard (Doc    *doc,
                   Source *source)
{
  Person *prosecutor;

  if (source->pronoun || source->last + 1 >= doc->tokens->len || !is_word (doc, source->last + 1)
      || !lower_is (doc, source->last + 1, "heard", NULL) || !is_word (doc, source->last)
      || !lower_is (doc, source->last, "court", "inquest", "tribunal", "magistrates", NULL)
      || (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL) == 0)
    return;
  if ((prosecutor = find_prosecutor (doc)) != NULL)
    px_quotes_source_from_person (source, prosecutor);
}

/* "La Consejería de Sanidad cerrará …, según ha informado el propio
 * departamento": "el propio" and a lower-case noun refer back to the
 * institution the sentence opened with; it speaks. */
static void
propio_refers_to_opening (Doc    *doc,
                          Source *source)
{
  guint f, end;
  gint sentence;

  if (doc->capital_nouns || doc->inflecting || source->speaker != NULL || source->first + 2 != source->last
      || !is_word (doc, source->first) || !IN (determiners, lower (doc, source->first))
      || !lower_is (doc, source->first + 1, "propio", "propia", NULL) || !is_word (doc, source->last)
      || (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL))
    return;
  sentence = (gint) doc->token_sentence[source->first];
  f = g_array_index (doc->sentences, Sentence, sentence).first;
  if (f + 1 >= source->first || !is_word (doc, f) || !IN (determiners, lower (doc, f))
      || !px_quotes_is_name_word (doc, f + 1))
    return;
  end = px_quotes_run_end_forward (doc, f + 1);
  if (end >= source->first || !px_quotes_run_is_org (doc, f + 1, end))
    return;
  source->first = f + 1;
  source->last = end;
}

/* "A senior DMC official, who did not wish to be named, said … . “…,”
 * the official said": a definite role ("the official") read as a named
 * person whose descriptions lack its noun, when an indefinite phrase with
 * that noun ("A senior DMC official") stands outside quotes after that
 * person's last mention, refers back to the unnamed source instead. */
static void
unnamed_role_before (Doc    *doc,
                     Source *source)
{
  Person *person = source->person;
  const char *noun;
  guint seen, floor;

  if (person == NULL || person->org || source->pronoun || source->first + 1 != source->last
      || !is_word (doc, source->first) || !is_word (doc, source->last) || !lower_is (doc, source->first, "the", NULL)
      || (tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0)
    return;
  noun = lower (doc, source->last);
  for (guint d = 0; d < person->descriptions->len; d++)
    {
      g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (person->descriptions, d), -1);
      g_auto(GStrv) words = g_strsplit (folded, " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (strcmp (words[w], noun) == 0)
          return;
    }
  seen = px_quotes_mention_before (person, source->first);
  floor = seen != G_MAXUINT ? seen : 0;
  for (guint e = source->first; e > floor + 2; e--)
    {
      guint head = e - 1, a = head;

      if (!is_word (doc, head) || doc->span_of[head] >= 0 || strcmp (lower (doc, head), noun) != 0)
        continue;
      /* up to three words between the article and the noun */
      while (a > floor + 1 && a + 4 > head && is_word (doc, a - 1) && doc->span_of[a - 1] < 0
             && !lower_is (doc, a - 1, "a", "an", "one", NULL))
        a--;
      if (a > floor + 1 && is_word (doc, a - 1) && lower_is (doc, a - 1, "a", "an", "one", NULL))
        {
          g_free (source->speaker);
          source->speaker = px_quotes_slice (doc, a, head);
          g_clear_pointer (&source->description, g_free);
          source->person = NULL;
        }
      return;
    }
}

/* "señaló el mediocampista de 22 años": a Spanish role with the
 * speaker's age after it is the person the article gave the role (or its
 * kin) to; an age no one was given leaves the label as it is ("una
 * conductora de 52 años" stays anonymous). */
static void
role_with_age_after (Doc    *doc,
                     Source *source)
{
  Source role = { 0, };
  guint last = source->last;

  if (source->person != NULL || source->speaker == NULL || source->pronoun || !doc->pro_drop
      || last < source->first + 3 || !is_word (doc, last) || !lower_is (doc, last, "años", NULL)
      || !(tok (doc, last - 1)->flags & PX_LEXICON_TOKEN_NUMBER) || !is_word (doc, last - 2)
      || !lower_is (doc, last - 2, "de", NULL) || !is_word (doc, source->first)
      || !lower_is (doc, source->first, "el", "la", NULL))
    return;
  role.first = source->first;
  role.last = last - 3;
  px_quotes_resolve_source (doc, &role);
  if (role.person != NULL && !role.person->org)
    px_quotes_source_from_person (source, role.person);
  px_quotes_source_clear (&role);
}

void
px_quotes_resolve_source (Doc    *doc,
                          Source *source)
{
  g_autofree char *label = NULL;

  propio_refers_to_opening (doc, source);
  label = source->speaker == NULL ? unnamed_subject_before (doc, source) : NULL;

  if (label == NULL && source->speaker == NULL)
    label = german_unnamed_opener (doc, source);

  if (label != NULL)
    {
      source->speaker = g_steal_pointer (&label);
      source->person = NULL;
      return;
    }
  if (spanish_role_periphrasis (doc, source) || spanish_spokesperson_of_one_of (doc, source)
      || spanish_member_of_body (doc, source) || spanish_desde_whole_body (doc, source))
    return;
  if (defendant_before_verb (doc, source))
    return;
  if (charged_subject (doc, source))
    return;
  if (source->speaker == NULL)
    spokesperson_without_place (doc, source);
  resolve_source_inner (doc, source);
  relational_subject (doc, source);
  surname_by_honorific (doc, source);
  unnamed_role_before (doc, source);
  possessive_document_author (doc, source);
  named_court_heard (doc, source);
  drop_intensifier (doc, source);
  name_in_apposition_after_role (doc, source);
  pronoun_before_anyone (doc, source);
  plural_group_with_modifier (doc, source);
  one_of_unnamed_group (doc, source);
  name_after_kind_noun (source);
  role_with_age_after (doc, source);
  /* "L'épicière dit avoir …", "a raconté l'habitante": a French noun for
   * a person, by its ending, that nothing else resolved, refers back to
   * the person just named, of the gender the ending gives */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && source->first == source->last
      && !doc->capital_nouns && is_word (doc, source->first)
      && (g_str_has_prefix (lower (doc, source->first), "l'") || g_str_has_prefix (lower (doc, source->first), "l’")))
    {
      const char *elided = lower (doc, source->first);
      const char *noun = elided != NULL ? elided + (elided[1] == '\'' ? 2 : strlen ("l’")) : "";
      char gender = french_person_noun_gender (noun);
      gboolean unnamed = FALSE;

      for (guint a = 0; a < doc->anonymous->len && !unnamed; a++)
        unnamed = strstr (g_ptr_array_index (doc->anonymous, a), noun) != NULL;
      if (gender != 0 && !unnamed)
        {
          Person *named = px_quotes_prominent_person_before (doc, source->first);

          if (named == NULL || named->org || (named->gender != 0 && named->gender != gender))
            named = last_person_before_gender (doc, source->first, FALSE, gender);
          if (named != NULL)
            source_is_person (source, named);
        }
    }
  /* "insistió la doctora", "pidió la investigadora": a Spanish noun for a
   * person by its ending, after the article that gives its gender, that
   * nothing resolved, refers back to the person just named of that gender */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && source->last >= 1
      && (source->first + 1 == source->last || source->first == source->last)
      && doc->pro_drop && is_word (doc, source->last - 1) && is_word (doc, source->last)
      && lower_is (doc, source->last - 1, "la", "el", NULL) && spanish_person_noun (lower (doc, source->last))
      && !IN (institution_nouns, lower (doc, source->last)) && !is_company_noun (lower (doc, source->last)))
    {
      const char *noun = lower (doc, source->last);
      char gender = strcmp (lower (doc, source->last - 1), "la") == 0 ? 'f' : 'm';
      gboolean unnamed = FALSE;

      /* "una mujer de 81 años … la mujer": someone the article left
       * unnamed ("doctora" alone is this very phrase, unresolved) */
      for (guint a = 0; a < doc->anonymous->len && !unnamed; a++)
        unnamed = strstr (g_ptr_array_index (doc->anonymous, a), noun) != NULL
                  && g_utf8_collate (g_ptr_array_index (doc->anonymous, a), noun) != 0;
      if (!unnamed)
        {
          Person *named = px_quotes_prominent_person_before (doc, source->first);

          if (named == NULL || named->org || (named->gender != 0 && named->gender != gender))
            named = last_person_before_gender (doc, source->first, FALSE, gender);
          if (named != NULL && strchr (named->name, ' ') != NULL)
            source_is_person (source, named);
        }
    }
  /* "Un autre ministre, plus prudent, confie", "un autre élu": "autre"
   * before a role brings in someone else than whoever holds that role in
   * the article; the phrase from "autre" on is the unnamed speaker */
  if (source->person != NULL && !source->person->org && !source->pronoun && !doc->capital_nouns && !doc->pro_drop
      && source->first < source->last)
    for (guint t = source->first; t < source->last; t++)
      if (is_word (doc, t) && lower_is (doc, t, "autre", NULL) && t > 0 && is_word (doc, t - 1)
          && lower_is (doc, t - 1, "un", "une", NULL))
        {
          g_free (source->speaker);
          source->speaker = px_quotes_slice (doc, t, source->last);
          source->person = NULL;
          g_clear_pointer (&source->description, g_free);
          break;
        }
  /* "L'entreprise Parkéo a assuré …", "the company Veltrion said": a noun
   * for a business before its name is no part of the name, as
   * "Chipmaker Veltrion" is not */
  if (source->speaker != NULL && !source->pronoun && source->first < source->last)
    {
      const char *space = strchr (source->speaker, ' ');
      g_autofree char *head = space != NULL ? g_utf8_strdown (source->speaker, space - source->speaker) : NULL;
      const char *bare = head != NULL ? bare_head (head) : NULL;

      if (head != NULL && g_str_has_prefix (head, "l’"))
        bare = head + strlen ("l’");
      if (head != NULL && bare != NULL && is_company_noun (bare) && g_unichar_isupper (g_utf8_get_char (space + 1))
          && (head != bare || !g_unichar_isupper (g_utf8_get_char (source->speaker))))
        {
          char *name = g_strdup (space + 1);

          g_free (source->speaker);
          source->speaker = name;
          if (source->person != NULL && g_str_has_suffix (source->person->name, name))
            {
              g_free (source->person->name);
              source->person->name = g_strdup (name);
            }
        }
    }
  /* "L'association Anticor": the elided article on a common noun goes,
   * as "the" and "le" do ("L'Oréal" keeps its own) */
  if (source->speaker != NULL && !source->pronoun
      && (g_str_has_prefix (source->speaker, "L'") || g_str_has_prefix (source->speaker, "l'")
          || g_str_has_prefix (source->speaker, "L’") || g_str_has_prefix (source->speaker, "l’")))
    {
      const char *after = g_utf8_next_char (g_utf8_next_char (source->speaker));

      if (*after != '\0' && g_unichar_islower (g_utf8_get_char (after)) && strchr (after, ' ') != NULL)
        {
          char *bare = g_strdup (after);

          g_free (source->speaker);
          source->speaker = bare;
        }
    }
  /* a role the article names its holder for only later */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && !source->document
      && !source->implicit && is_word (doc, source->last)
      && !(tok (doc, source->last)->flags & PX_LEXICON_TOKEN_CAPITAL))
    {
      Person *later = role_named_later (doc, source);

      if (later != NULL)
        source_is_person (source, later);
    }
  /* "The headteacher of Little Brampton Primary School said …": a definite
   * role with the name of what it heads after "of" is read by its head */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && !source->document
      && !source->implicit && is_word (doc, source->first))
    {
      Source head = *source;
      guint role = is_definite (lower (doc, source->first)) ? source->first + 1 : source->first;
      Person *later = NULL;

      /* the role read without its article: the article is put back */
      if (role == source->first && source->first > 0 && is_word (doc, source->first - 1)
          && is_definite (lower (doc, source->first - 1)))
        head.first = source->first - 1;
      head.last = role;
      if (role + 2 <= source->last && is_definite (lower (doc, head.first)) && is_word (doc, role)
          && !(tok (doc, role)->flags & PX_LEXICON_TOKEN_CAPITAL) && is_role_head (lower (doc, role))
          && is_word (doc, role + 1) && strcmp (lower (doc, role + 1), "of") == 0
          && (tok (doc, role + 2)->flags & PX_LEXICON_TOKEN_CAPITAL))
        later = role_named_later (doc, &head);
      if (later != NULL)
        source_is_person (source, later);
    }
  /* "Desde la Confederación Hidrográfica del Sur aseguraron", "En el
   * Ayuntamiento explicaron": Spanish names an institution speaking as a
   * place the words come from; the preposition and its article are no
   * part of the name */
  if (doc->pro_drop && source->speaker != NULL && source->first < source->last
      && (source->person == NULL || strcmp (source->person->name, source->speaker) == 0)
      && is_word (doc, source->first)
      && lower_is (doc, source->first, "desde", "en", NULL))
    {
      guint k = source->first + 1;
      g_autofree char *written = px_quotes_slice (doc, source->first, source->last);

      if (k < source->last && IN (determiners, lower (doc, k)))
        k++;
      if (strcmp (written, source->speaker) == 0 && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL))
        {
          g_free (source->speaker);
          source->speaker = px_quotes_slice (doc, k, source->last);
          /* the institution read with its preposition is renamed, so that
           * later references and fuller forms agree */
          if (source->person != NULL)
            {
              g_free (source->person->name);
              source->person->name = g_strdup (source->speaker);
            }
        }
    }
  /* "Desde la Confederación Hidrográfica del Sur aseguraron … . Fuentes
   * del organismo indicaron …": a Spanish or French noun for any public
   * body is the institution last reported speaking */
  if (!doc->capital_nouns && source->speaker != NULL
      && (source->person == NULL || strcmp (source->person->name, source->speaker) == 0))
    {
      static const char * const bodies[] = { "organismo", "entidad", "institución", "organisme", "institution" };
      /* "La oficina regional del organismo explicó": a Spanish office of
       * the body speaks for it, as its sources do */
      static const char * const voices[] = {
        "fuentes", "fuente", "portavoz", "vocero", "vocera", "porte-parole", "sources", "source", "oficina", "sede",
        "delegación",
      };
      g_autofree char *folded = g_utf8_strdown (source->speaker, -1);
      g_auto(GStrv) words = g_strsplit (folded, " ", -1);
      guint n = g_strv_length (words);
      Source spoke = { 0, };

      if (n >= 1 && (n == 1 || px_text_list_contains (voices, G_N_ELEMENTS (voices), words[0]))
          && px_text_list_contains (bodies, G_N_ELEMENTS (bodies), bare_head (words[n - 1]))
          && last_body_speaker_before (doc, source->first, &spoke) && spoke.speaker != NULL
          /* "El entrenador del Club …, Joseba Arrieta": a name the reader
           * could not give a gender, introduced with a description, is a
           * person's, no body's */
          && !(doc->pro_drop && spoke.person != NULL && !spoke.person->org && spoke.person->descriptions->len > 0))
        {
          g_free (source->speaker);
          source->speaker = g_strdup (spoke.speaker);
          source->person = spoke.person;
        }
      /* "Fuentes de la entidad reconocieron …" where no body has spoken
       * yet: the institution the Spanish article last named */
      else if (doc->pro_drop && n >= 1 && (n == 1 || px_text_list_contains (voices, G_N_ELEMENTS (voices), words[0]))
               && px_text_list_contains (bodies, G_N_ELEMENTS (bodies), bare_head (words[n - 1])))
        {
          Person *body = NULL;
          guint body_seen = 0;

          for (guint p = 0; p < doc->people->len; p++)
            {
              Person *candidate = g_ptr_array_index (doc->people, p);
              guint seen = last_mention_outside_quotes (doc, candidate, source->first);

              if (candidate->org && seen != G_MAXUINT && strchr (candidate->name, ' ') != NULL
                  && (body == NULL || seen > body_seen))
                {
                  body = candidate;
                  body_seen = seen;
                }
            }
          if (body != NULL)
            {
              g_free (source->speaker);
              source->speaker = g_strdup (body->name);
              source->person = body;
            }
        }
      px_quotes_source_clear (&spoke);
    }
  /* "« … », s'agace cette infirmière de 45 ans", "assure ce retraité": a
   * French demonstrative points back to the person just named, of the
   * gender it gives, never to a new unnamed source */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && source->first < source->last
      && is_word (doc, source->first)
      && lower_is (doc, source->first, "cette", "ce", "cet", NULL)
      && !IN (institution_nouns, lower (doc, source->first + 1)) && !IN (spokes, lower (doc, source->first + 1))
      /* "assure cette source": the unnamed source met before */
      && !lower_is (doc, source->first + 1, "source", "sources", NULL))
    {
      char gender = strcmp (lower (doc, source->first), "cette") == 0 ? 'f' : 'm';
      Person *named = px_quotes_prominent_person_before (doc, source->first);

      if (named != NULL && named->gender != 0 && named->gender != gender)
        named = last_person_before_gender (doc, source->first, FALSE, gender);
      if (named != NULL && !named->org)
        {
          source_is_person (source, named);
        }
    }
  /* "“…,” the Liberal Democrat said", "the Labour MP added": a party
   * member or a member of a parliament the article named nobody as is the
   * person last reported speaking in the paragraph (or the one before), or
   * the one just spoken of */
  if (source->speaker != NULL && is_word (doc, source->first) && !source->pronoun && !doc->capital_nouns
      && ((strcmp (lower (doc, source->first), "the") == 0 && source->first < source->last)
          || (source->first > 0 && is_word (doc, source->first - 1) && strcmp (lower (doc, source->first - 1), "the") == 0))
      && (source->person == NULL || (strcmp (source->person->name, source->speaker) == 0 && source->person->mentions->len <= 1)))
    {
      guint run = strcmp (lower (doc, source->first), "the") == 0 ? source->first + 1 : source->first;
      static const char * const members[] = {
        "democrat", "republican", "conservative", "tory", "socialist", "nationalist", "unionist", "liberal",
        "mp", "mep", "msp", "senator", "congressman", "congresswoman", "lawmaker", "backbencher",
      };
      gboolean member = px_text_list_contains (members, G_N_ELEMENTS (members), lower (doc, source->last));

      for (guint k = run; k <= source->last && member; k++)
        member = is_word (doc, k) && (tok (doc, k)->flags & PX_LEXICON_TOKEN_CAPITAL) != 0
                 && !IN (institution_nouns, lower (doc, k)) && !IN (org_words, lower (doc, k));
      if (member)
        {
          Person *named = person_speaking_or_named_before (doc, source->first);

          if (named != NULL)
            {
              source_is_person (source, named);
            }
        }
    }
  /* "A driving instructor told a jury she …" (or the headline's "Driving
   * instructor tells jury …"), then "Joanne Whitfield, 47, …": the lead
   * describes whom the next paragraph names */
  if (source->person == NULL && source->speaker != NULL && !source->pronoun && !source->document
      && doc->token_segment[source->first] <= 1 && source->first < doc->tokens->len
      && ((tok (doc, source->first)->flags & PX_LEXICON_TOKEN_SENT_START)
          /* "A backbench MP has accused …": the phrase read without its
           * article and modifiers */
          || indefinite_opening_before (doc, source->first)
          /* "…, says MP as fees rise": a bare role after the headline's verb */
          || (doc->token_segment[source->first] == 0 && source->first == source->last && source->first > 0
              && is_word (doc, source->first - 1) && IN (speech_verbs, lower (doc, source->first - 1))))
      && (doc->token_segment[source->first] == 0
          || lower_is (doc, source->first, "a", "an", NULL)
          || indefinite_opening_before (doc, source->first))
      && !IN (spokes, lower (doc, source->last)) && !IN (institution_nouns, lower (doc, source->last)))
    {
      Person *named = lead_person_named_next (doc, source->first);

      if (named != NULL)
        {
          source_is_person (source, named);
        }
    }
  /* "teilte der Verband mit", "Eine Sprecherin der Behörde sagte": a
   * German noun for a kind of institution, left standing as the speaker
   * (or as what a spokesperson speaks for), is the institution the
   * paragraph opened a sentence with */
  if (doc->capital_nouns && source->speaker != NULL
      && (source->person == NULL || strcmp (source->person->name, source->speaker) == 0))
    {
      g_autofree char *folded = g_utf8_strdown (source->speaker, -1);
      g_auto(GStrv) words = g_strsplit (folded, " ", -1);
      guint n = g_strv_length (words);
      gboolean alone = n == 1;
      gboolean of_spokesperson = n == 3 && IN (spokes, words[0])
                                 && (strcmp (words[1], "der") == 0 || strcmp (words[1], "des") == 0);

      if ((alone || of_spokesperson)
          && px_text_list_contains (german_institution_anaphors, G_N_ELEMENTS (german_institution_anaphors), words[n - 1]))
        {
          gboolean business = is_company_noun (words[n - 1]) || strcmp (words[n - 1], "konzerns") == 0
                              || strcmp (words[n - 1], "unternehmens") == 0 || strcmp (words[n - 1], "versorgers") == 0;
          /* "Der Maschinenbauer Hallberg will … . Das teilte der Konzern
           * mit": a firm named after a noun for a business, in the
           * paragraph or the one before, comes before any institution
           * opening a sentence */
          char *institution = business ? firm_after_business_noun (doc, source->first) : NULL;

          if (institution != NULL)
            {
              const char *space = strchr (institution, ' ');
              gsize length = space != NULL ? (gsize) (space - institution) : strlen (institution);
              gboolean near = FALSE;

              for (guint t = source->first; t > 0 && !near && doc->token_segment[t - 1] + 1 >= doc->token_segment[source->first]; t--)
                near = is_word (doc, t - 1) && tok (doc, t - 1)->end - tok (doc, t - 1)->start == length
                       && strncmp (doc->text + tok (doc, t - 1)->start, institution, length) == 0;
              if (!near)
                g_clear_pointer (&institution, g_free);
            }
          if (institution == NULL)
            institution = german_opening_institution (doc, source->first, words[n - 1]);
          if (institution == NULL && business)
            institution = firm_after_business_noun (doc, source->first);
          /* "Betroffen sind nach Angaben der Stadtwerke … . …, sagte ein
           * Sprecher des Versorgers": the institution last reported
           * speaking in the paragraph or the one before */
          if (institution == NULL)
            {
              Source spoke = { 0, };

              if (last_institution_speaker_before (doc, source->first, &spoke) && spoke.speaker != NULL
                  && !is_news_agency (spoke.speaker))
                institution = g_strdup (spoke.speaker);
              px_quotes_source_clear (&spoke);
            }
          if (institution != NULL)
            {
              Person *known = px_quotes_find_person_exact (doc, institution);

              g_free (source->speaker);
              source->speaker = institution;
              source->person = known;
            }
        }
    }
}

/* "Der Bürgermeister verteidigte die Pläne. …, sagte er. … Bürgermeister
 * Jochen Ambach (CDU) wies das zurück": a speaker left as a bare role,
 * when exactly one named person in the article is described with that
 * role, before or after, is that person. An unnamed member of a group
 * ("a resident") stays unnamed. */
void
px_quotes_roles_named_elsewhere (Doc *doc)
{
  for (guint q = 0; q < doc->quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (doc->quotes, q);
      g_autofree char *folded = NULL;
      Person *holder = NULL;
      gboolean unnamed = FALSE;

      if (quote->speaker == NULL || strchr (quote->speaker, ' ') != NULL)
        continue;
      folded = g_utf8_strdown (quote->speaker, -1);
      if (!(is_role_head (folded) || IN_SET (role_heads_plain, folded)
            || px_text_list_contains (legal_roles, G_N_ELEMENTS (legal_roles), folded)))
        continue;
      for (guint a = 0; a < doc->anonymous->len && !unnamed; a++)
        {
          g_autofree char *anonymous = g_utf8_strdown (g_ptr_array_index (doc->anonymous, a), -1);

          unnamed = strstr (anonymous, folded) != NULL;
        }
      if (unnamed)
        continue;
      for (guint p = 0; p < doc->people->len; p++)
        {
          Person *person = g_ptr_array_index (doc->people, p);

          if (person->org || strchr (person->name, ' ') == NULL || !described_as (person, folded))
            continue;
          if (holder != NULL && holder != person)
            {
              holder = NULL;
              break;
            }
          holder = person;
        }
      if (holder == NULL)
        continue;
      px_quotes_quote_from_person (quote, holder);
    }
}
