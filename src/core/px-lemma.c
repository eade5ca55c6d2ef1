/* px-lemma.c — the base form a word derives from, where stems miss it
 *
 * The aligner compares stemmed words (Snowball), and a stemmer only cuts
 * endings: it does not take "fiel" to "fallen", "gesperrt" to "sperren",
 * "fermeture" to "fermer", "murió" to "morir" or "закрытие" to "закрыть".
 * Outlets reporting one event say the same thing with a verb in one
 * article and its noun in another ("der Strom fiel aus" / "der
 * Stromausfall"), so the aligner reads the words of an event that derive
 * from one another as one word: each word's lemma is the infinitive
 * returned here, which the caller stems like any other word.
 *
 * What is read:
 * - German: the forms of the strong and irregular verbs news prose uses
 *   (a table), also after a separable particle or an inseparable prefix
 *   ("festgenommen", "ausfiel", "beschloss"); weak past participles
 *   ("gesperrt", "abgesperrt", "beschädigt", "evakuiert"); nouns in -ung
 *   ("Sperrung", "Behandlung"); nouns that are a particle and the root of
 *   a strong verb ("Festnahme", "Ausfall", "Beschluss", "Angriff"); and a
 *   verb whose particle stands at the end of the clause ("teilte … mit"),
 *   which the caller finds and joins with px_lemma_join_particle().
 * - French and Spanish: irregular past participles and the nouns whose
 *   stem is not the verb's ("mort" / "mourir", "détention" / "détenir",
 *   "cierre" / "cerrar", "abierto" / "abrir").
 * - Russian: verbal nouns (-ание, -ение, -тие), past participles (-вший,
 *   -анный) and a few irregular verbs ("погибли" / "гибель").
 *
 * The tables hold grammar, not the words of any one story: common verbs of
 * news reports and their regular derivations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-lemma"

#include "config.h"

#include <string.h>

#include "px-lemma.h"

typedef struct {
  const char *language;
  const char *lemma;
  const char *forms;   /* space-separated */
} PxLemmaEntry;

/* German strong and irregular verbs: present forms that change their
 * vowel, the past tense and the past participle. Only lower-case words are
 * read through this table, as nouns ("Stand", "Tat") share some forms. */
static const PxLemmaEntry german_verbs[] = {
  { "de", "fallen", "fällt fällst fiel fielen gefallen" },
  { "de", "nehmen", "nimmt nimmst nahm nahmen genommen" },
  { "de", "brechen", "bricht brichst brach brachen gebrochen" },
  { "de", "geben", "gibt gibst gab gaben gegeben" },
  { "de", "kommen", "kam kamen gekommen" },
  { "de", "gehen", "ging gingen gegangen" },
  { "de", "stehen", "stand standen gestanden" },
  { "de", "sehen", "sieht siehst sah sahen gesehen" },
  { "de", "halten", "hält hielt hielten gehalten" },
  { "de", "lassen", "lässt ließ ließen gelassen" },
  { "de", "laufen", "läuft lief liefen gelaufen" },
  { "de", "treffen", "trifft traf trafen getroffen" },
  { "de", "sprechen", "spricht sprach sprachen gesprochen" },
  { "de", "finden", "fand fanden gefunden" },
  { "de", "bringen", "brachte brachten gebracht" },
  { "de", "schließen", "schloss schlossen geschlossen" },
  { "de", "schießen", "schoss schossen geschossen" },
  { "de", "sterben", "stirbt starb starben gestorben" },
  { "de", "werfen", "wirft warf warfen geworfen" },
  { "de", "ziehen", "zog zogen gezogen" },
  { "de", "rufen", "rief riefen gerufen" },
  { "de", "fahren", "fährt fuhr fuhren gefahren" },
  { "de", "tragen", "trägt trug trugen getragen" },
  { "de", "schlagen", "schlägt schlug schlugen geschlagen" },
  { "de", "greifen", "griff griffen gegriffen" },
  { "de", "liegen", "lag lagen gelegen" },
  { "de", "sitzen", "saß saßen gesessen" },
  { "de", "bleiben", "blieb blieben geblieben" },
  { "de", "schreiben", "schrieb schrieben geschrieben" },
  { "de", "steigen", "stieg stiegen gestiegen" },
  { "de", "sinken", "sank sanken gesunken" },
  { "de", "fliegen", "flog flogen geflogen" },
  { "de", "fliehen", "floh flohen geflohen" },
  { "de", "fließen", "floss flossen geflossen" },
  { "de", "verlieren", "verlor verloren" },
  { "de", "beginnen", "begann begannen begonnen" },
  { "de", "gewinnen", "gewann gewannen gewonnen" },
  { "de", "helfen", "hilft half halfen geholfen" },
  { "de", "treten", "tritt trat traten getreten" },
  { "de", "bieten", "bot boten geboten" },
  { "de", "scheiden", "schied schieden geschieden" },
  { "de", "scheinen", "schien schienen geschienen" },
  { "de", "reißen", "riss rissen gerissen" },
  { "de", "stoßen", "stößt stieß stießen gestoßen" },
  { "de", "heben", "hob hoben gehoben" },
  { "de", "schieben", "schob schoben geschoben" },
  { "de", "denken", "dachte dachten gedacht" },
  { "de", "nennen", "nannte nannten genannt" },
  { "de", "kennen", "kannte kannten gekannt" },
  { "de", "brennen", "brannte brannten gebrannt" },
  { "de", "senden", "sandte sandten gesandt" },
  { "de", "wenden", "wandte wandten gewandt" },
  { "de", "bitten", "bat baten gebeten" },
  { "de", "fangen", "fängt fing fingen gefangen" },
  { "de", "hängen", "hing hingen gehangen" },
  { "de", "weisen", "wies wiesen gewiesen" },
  { "de", "schneiden", "schnitt schnitten geschnitten" },
  { "de", "stehlen", "stiehlt stahl stahlen gestohlen" },
  { "de", "empfehlen", "empfiehlt empfahl empfahlen empfohlen" },
  { "de", "befehlen", "befiehlt befahl befahlen befohlen" },
  { "de", "schweigen", "schwieg schwiegen geschwiegen" },
  { "de", "leiden", "litt litten gelitten" },
  { "de", "streiten", "stritt stritten gestritten" },
  { "de", "gleichen", "glich glichen geglichen" },
  { "de", "messen", "misst maß maßen gemessen" },
  { "de", "essen", "isst aß aßen gegessen" },
  { "de", "lesen", "liest" },
  { "de", "wachsen", "wächst wuchs wuchsen gewachsen" },
  { "de", "waschen", "wäscht wusch wuschen gewaschen" },
  { "de", "graben", "gräbt grub gruben gegraben" },
  { "de", "laden", "lädt lud luden geladen" },
  { "de", "raten", "rät riet rieten geraten" },
  { "de", "schlafen", "schläft schlief schliefen geschlafen" },
  { "de", "springen", "sprang sprangen gesprungen" },
  { "de", "singen", "sang sangen gesungen" },
  { "de", "trinken", "trank tranken getrunken" },
  { "de", "zwingen", "zwang zwangen gezwungen" },
  { "de", "dringen", "drang drangen gedrungen" },
  { "de", "binden", "band banden gebunden" },
  { "de", "schwinden", "schwand schwanden geschwunden" },
  { "de", "werben", "wirbt warb warben geworben" },
  { "de", "bergen", "birgt barg bargen geborgen" },
  { "de", "gelten", "gilt galt galten gegolten" },
  { "de", "schelten", "schilt schalt gescholten" },
  { "de", "sprießen", "spross" },
  { "de", "frieren", "fror froren gefroren" },
  { "de", "wiegen", "wog wogen gewogen" },
  { "de", "lügen", "log logen gelogen" },
  { "de", "schwören", "schwor schworen geschworen" },
  { "de", "stechen", "sticht stach stachen gestochen" },
  { "de", "erschrecken", "erschrak erschraken" },
  { "de", "wissen", "weiß weißt wusste wussten gewusst" },
  { "de", "leihen", "lieh liehen geliehen" },
  { "de", "meiden", "mied mieden gemieden" },
  { "de", "schreien", "schrie schrien geschrien" },
  { "de", "gießen", "goss gossen gegossen" },
  { "de", "genießen", "genoss genossen" },
  { "de", "verschwinden", "verschwand verschwanden verschwunden" },
};

/* Nouns that are a particle and the root of a strong verb ("Festnahme",
 * "Ausfall", "Angriff", "Beschluss"), singular and plural. */
static const PxLemmaEntry german_roots[] = {
  { "de", "nehmen", "nahme nahmen" },
  { "de", "fallen", "fall fälle fällen" },
  { "de", "brechen", "bruch brüche brüchen" },
  { "de", "schließen", "schluss schlüsse schlüssen" },
  { "de", "greifen", "griff griffe griffen" },
  { "de", "gehen", "gang gänge gängen" },
  { "de", "ziehen", "zug züge zügen" },
  { "de", "fliegen", "flug flüge flügen" },
  { "de", "stehen", "stand stände" },
  { "de", "werfen", "wurf würfe" },
  { "de", "rufen", "ruf rufe" },
  { "de", "geben", "gabe gaben" },
  { "de", "treten", "tritt tritte" },
  { "de", "schlagen", "schlag schläge" },
  { "de", "finden", "fund funde" },
  { "de", "fahren", "fahrt fahrten" },
  { "de", "stürzen", "sturz stürze" },
  { "de", "reißen", "riss risse" },
  { "de", "sprechen", "sprache spruch sprüche" },
  { "de", "schneiden", "schnitt schnitte" },
  { "de", "bieten", "bot bote" },
  { "de", "scheiden", "schied" },
};

/* Separable particles: "fiel … aus", "nahm … fest", "teilte … mit". */
static const char * const german_particles[] = {
  "ab", "an", "auf", "aus", "bei", "bekannt", "ein", "fest", "fort", "frei", "her", "heraus", "herab",
  "herunter", "hin", "hinaus", "hoch", "lahm", "los", "mit", "nach", "nieder", "statt", "teil", "vor",
  "voran", "vorbei", "weg", "weiter", "zu", "zurück", "zusammen", "still",
  NULL
};

/* Inseparable prefixes: "beschloss", "verbrannte", "zerstört". */
static const char * const german_prefixes[] = {
  "be", "emp", "ent", "er", "miss", "ver", "zer", "über", "unter", "durch", "wider", NULL
};

/* Words that look like a derivation and are none ("Zeitung" is no
 * "Zeit", "gesamt" no participle). */
static const char * const german_not_derived[] = {
  "zeitung", "zahlung", "achtung", "festung", "gesamt", "gerecht", "gestalt", "gewalt", "gehalt",
  "geschäft", "gesicht", "gericht", "gedicht", "gewicht", "gebiet", "gebäudet", "gelegenheit",
  "erst", "ernst", "bereit", "bekannt", "bestimmt", "beliebt", "verwandt", "berühmt", "beamt",
  NULL
};

/* French: irregular participles and nouns whose stem is not the verb's. */
static const PxLemmaEntry romance[] = {
  { "fr", "mourir", "mort morte morts mortes meurt meurent mourut moururent" },
  { "fr", "décéder", "décès" },
  { "fr", "prendre", "pris prise prises prit prirent" },
  { "fr", "reprendre", "repris reprise reprises" },
  { "fr", "détruire", "détruit détruite détruits détruites destruction destructions" },
  { "fr", "construire", "construit construite construits construites construction" },
  { "fr", "conduire", "conduit conduite conduits conduites" },
  { "fr", "produire", "produit produite produits production" },
  { "fr", "réduire", "réduit réduite réduits réduites réduction réductions" },
  { "fr", "mettre", "mis mise mises" },
  { "fr", "remettre", "remis remise remises" },
  { "fr", "ouvrir", "ouvert ouverte ouverts ouvertes ouverture ouvertures ouvre ouvrent" },
  { "fr", "découvrir", "découvert découverte découverts découvertes découvre" },
  { "fr", "couvrir", "couvert couverte couverts couvertes" },
  { "fr", "offrir", "offert offerte offerts offertes" },
  { "fr", "fermer", "fermeture fermetures" },
  { "fr", "détenir", "détenu détenue détenus détenues détention détient" },
  { "fr", "retenir", "retenu retenue retenus retenues" },
  { "fr", "obtenir", "obtenu obtenue obtenus obtient" },
  { "fr", "survenir", "survenu survenue survenus survient" },
  { "fr", "intervenir", "intervenu intervenus intervention interventions intervient" },
  { "fr", "prévoir", "prévu prévue prévus prévues prévision prévisions" },
  { "fr", "recevoir", "reçu reçue reçus reçoit" },
  { "fr", "perdre", "perdu perdue perdus perdues perte pertes" },
  { "fr", "rendre", "rendu rendue rendus" },
  { "fr", "vendre", "vendu vendue vendus vente ventes" },
  { "fr", "répondre", "répondu réponse réponses" },
  { "fr", "suspendre", "suspendu suspendue suspendus suspension" },
  { "fr", "interrompre", "interrompu interrompue interrompus interruption" },
  { "fr", "rompre", "rompu rompue rupture" },
  { "fr", "éteindre", "éteint éteinte éteints éteintes extinction" },
  { "fr", "atteindre", "atteint atteinte atteints atteintes" },
  { "fr", "craindre", "craint crainte craintes" },
  { "fr", "plaindre", "plainte plaintes" },
  { "fr", "arrêter", "arrestation arrestations" },
  { "fr", "élire", "élu élue élus élues élection élections" },
  { "fr", "dire", "dit dite dits" },
  { "fr", "écrire", "écrit écrite écrits" },
  { "fr", "fuir", "fuite fuites fui" },
  { "fr", "naître", "né née nés naissance" },
  { "fr", "résoudre", "résolu résolue résolution" },
  { "fr", "blesser", "blessure blessures" },
  { "fr", "sauver", "sauvetage sauvetages" },
  { "fr", "saisir", "saisie saisies" },
  { "fr", "inscrire", "inscrit inscrite inscrits inscription" },
  { "fr", "battre", "battu battue battus" },
  { "fr", "abattre", "abattu abattue abattus" },
  { "fr", "permettre", "permis" },
  { "fr", "admettre", "admis admise" },
  { "fr", "émettre", "émis émise émission" },
  { "fr", "soumettre", "soumis soumise" },
  { "fr", "accroître", "accru accrue hausse" },
  /* Spanish */
  { "es", "morir", "muerto muerta muertos muertas muerte muertes murió murieron muere mueren" },
  { "es", "abrir", "abierto abierta abiertos abiertas apertura abrió" },
  { "es", "cubrir", "cubierto cubierta cubiertos" },
  { "es", "descubrir", "descubierto descubierta descubiertos descubrimiento" },
  { "es", "decir", "dicho dicha dijo dijeron dice dicen" },
  { "es", "escribir", "escrito escrita escritos" },
  { "es", "romper", "roto rota rotos rotas rotura ruptura" },
  { "es", "volver", "vuelto vuelta vuelve vuelven" },
  { "es", "resolver", "resuelto resuelta resolución" },
  { "es", "devolver", "devuelto devuelta devolución devuelve" },
  { "es", "poner", "puso pusieron pone ponen" },
  { "es", "hacer", "hizo hicieron hace hacen" },
  { "es", "cerrar", "cierre cierres cierra cierran" },
  { "es", "perder", "pierde pierden pérdida pérdidas" },
  { "es", "seguir", "sigue siguen siguió siguieron" },
  { "es", "pedir", "pide piden pidió pidieron petición" },
  { "es", "detener", "detuvo detuvieron detiene detienen detención detenciones" },
  { "es", "mantener", "mantuvo mantiene" },
  { "es", "producir", "produjo produjeron producción" },
  { "es", "reducir", "redujo redujeron reducción" },
  { "es", "conducir", "condujo condujeron" },
  { "es", "construir", "construyó construcción" },
  { "es", "destruir", "destruyó destruyeron destrucción" },
  { "es", "caer", "cayó cayeron caída caídas" },
  { "es", "desaparecer", "desaparición desapariciones" },
  { "es", "fallecer", "fallecimiento" },
  { "es", "suspender", "suspensión" },
  { "es", "elegir", "elegido elegida electo electa elección elecciones eligió" },
  { "es", "encontrar", "encuentra encuentran" },
  { "es", "herir", "hiere hirió" },
  { "es", "advertir", "advierte advirtió" },
  { "es", "sentir", "siente sintió" },
  { "es", "mentir", "miente mintió" },
  { "es", "huir", "huyó huyeron huida" },
  { "es", "extinguir", "extinción" },
  /* Russian verbs whose forms the stemmer takes apart. */
  { "ru", "погибнуть", "погиб погибла погибло погибли погибший погибшая погибшие погибших погибшим погибшими погибшего гибель гибели гибелью" },
  { "ru", "умереть", "умер умерла умерли умерший умершие умерших смерть смерти" },
  { "ru", "найти", "нашёл нашел нашла нашли найден найдена найдено найдены найденный найденные находка" },
  { "ru", "спасти", "спас спасла спасли спасён спасен спасена спасены спасение" },
  { "ru", "ранить", "ранен ранена ранены раненый раненых раненые ранения" },
  { "ru", "взорвать", "взрыв взрыва взрывом взрывы" },
  { "ru", "сгореть", "сгорел сгорела сгорели" },
};

static GHashTable *
px_lemma_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *made = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      const PxLemmaEntry *lists[] = { german_verbs, romance };
      const gsize sizes[] = { G_N_ELEMENTS (german_verbs), G_N_ELEMENTS (romance) };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (gsize i = 0; i < sizes[l]; i++)
          {
            g_auto(GStrv) forms = g_strsplit (lists[l][i].forms, " ", -1);
            for (guint k = 0; forms[k] != NULL; k++)
              g_hash_table_insert (made, g_strconcat (lists[l][i].language, "\x1f", forms[k], NULL),
                                   (gpointer) lists[l][i].lemma);
          }
      for (gsize i = 0; i < G_N_ELEMENTS (german_roots); i++)
        {
          g_auto(GStrv) forms = g_strsplit (german_roots[i].forms, " ", -1);
          for (guint k = 0; forms[k] != NULL; k++)
            g_hash_table_insert (made, g_strconcat ("de\x1froot\x1f", forms[k], NULL), (gpointer) german_roots[i].lemma);
        }
      g_once_init_leave (&table, made);
    }
  return table;
}

static const char *
px_lemma_lookup (const char *language,
                 const char *kind,
                 const char *word)
{
  g_autofree char *key = kind != NULL ? g_strconcat (language, "\x1f", kind, "\x1f", word, NULL)
                                      : g_strconcat (language, "\x1f", word, NULL);
  return g_hash_table_lookup (px_lemma_table (), key);
}

static gboolean
px_is_vowel (gunichar c)
{
  return strchr ("aeiouy", (int) c) != NULL || c == 0xe4 || c == 0xf6 || c == 0xfc;
}

/* The German infinitive of a verb stem: "sperr" → "sperren", "änder" →
 * "ändern", "behandl" (from "Behandlung") → "behandeln". */
static char *
px_german_infinitive (const char *base)
{
  glong n = g_utf8_strlen (base, -1);
  const char *last_p, *before_p;
  gunichar last, before;

  if (g_str_has_suffix (base, "el") || g_str_has_suffix (base, "er"))
    return g_strconcat (base, "n", NULL);
  if (n >= 3)
    {
      last_p = g_utf8_prev_char (base + strlen (base));
      before_p = g_utf8_prev_char (last_p);
      last = g_utf8_get_char (last_p);
      before = g_utf8_get_char (before_p);
      if ((last == 'l' || last == 'r') && !px_is_vowel (before) && before != 'h' && before != last)
        {
          g_autofree char *head = g_strndup (base, last_p - base);
          return g_strdup_printf ("%se%sn", head, last == 'l' ? "l" : "r");
        }
    }
  return g_strconcat (base, "en", NULL);
}

/* A weak participle without its adjective ending: "gesperrten" → "gesperrt". */
static char *
px_german_strip_adjective (const char *word)
{
  static const char * const endings[] = { "en", "em", "er", "es", "e", NULL };
  gsize len = strlen (word);

  for (guint k = 0; endings[k] != NULL; k++)
    {
      gsize e = strlen (endings[k]);
      if (len > e + 1 && g_str_has_suffix (word, endings[k]) && word[len - e - 1] == 't')
        return g_strndup (word, len - e);
    }
  return g_strdup (word);
}

/* The verb stem of a weak participle without ge- ("sperrt", "meldet",
 * "beschädigt"), or NULL. */
static char *
px_german_participle_base (const char *word)
{
  gsize len = strlen (word);

  if (len < 4 || word[len - 1] != 't')
    return NULL;
  if (len >= 5 && word[len - 2] == 'e' && strchr ("dtmn", word[len - 3]) != NULL)
    return g_strndup (word, len - 2);
  return g_strndup (word, len - 1);
}

/* Also in an inflected form: "gesamten", "Zeitungen". */
static gboolean
px_german_not_derived (const char *word)
{
  g_autofree char *plain = px_german_strip_adjective (word);
  gsize len = strlen (word);
  g_autofree char *singular = len > 2 && g_str_has_suffix (word, "en") ? g_strndup (word, len - 2) : g_strdup (word);

  return g_strv_contains (german_not_derived, word) || g_strv_contains (german_not_derived, plain) ||
         g_strv_contains (german_not_derived, singular);
}

/* A lower-case German verb form without a particle: the table, an
 * inseparable prefix and the table, or a weak participle. */
static char *
px_german_verb (const char *word,
                gboolean    prefixed)
{
  const char *lemma = px_lemma_lookup ("de", NULL, word);
  g_autofree char *plain = NULL;

  if (lemma != NULL)
    return g_strdup (lemma);
  for (guint k = 0; german_prefixes[k] != NULL; k++)
    {
      gsize p = strlen (german_prefixes[k]);
      if (g_str_has_prefix (word, german_prefixes[k]) && g_utf8_strlen (word + p, -1) >= 3 &&
          (lemma = px_lemma_lookup ("de", NULL, word + p)) != NULL)
        return g_strconcat (german_prefixes[k], lemma, NULL);
    }
  if (px_german_not_derived (word))
    return NULL;
  plain = px_german_strip_adjective (word);
  /* "gesperrt", "gemeldet"; "evakuiert"; "beschädigt", "zerstört". */
  if (g_str_has_prefix (plain, "ge") && g_utf8_strlen (plain, -1) >= 6)
    {
      g_autofree char *base = px_german_participle_base (plain + 2);
      if (base != NULL && g_utf8_strlen (base, -1) >= 3)
        return px_german_infinitive (base);
    }
  if (g_str_has_suffix (plain, "iert") && g_utf8_strlen (plain, -1) >= 7)
    {
      g_autofree char *base = g_strndup (plain, strlen (plain) - 1);
      return g_strconcat (base, "en", NULL);
    }
  if (!prefixed)
    for (guint k = 0; german_prefixes[k] != NULL; k++)
      {
        gsize p = strlen (german_prefixes[k]);
        if (!g_str_has_prefix (plain, german_prefixes[k]))
          continue;
        {
          g_autofree char *base = px_german_participle_base (plain + p);
          if (base != NULL && g_utf8_strlen (base, -1) >= 3)
            {
              g_autofree char *rest = px_german_infinitive (base);
              return g_strconcat (german_prefixes[k], rest, NULL);
            }
        }
      }
  return NULL;
}

static char *
px_german_lemma (const char *lower,
                 gboolean    capitalised)
{
  if (!capitalised)
    {
      char *lemma = px_german_verb (lower, FALSE);
      if (lemma != NULL)
        return lemma;
      /* "festgenommen", "ausgefallen", "abgesperrt", "ausfiel". */
      for (guint k = 0; german_particles[k] != NULL; k++)
        {
          gsize p = strlen (german_particles[k]);
          if (g_str_has_prefix (lower, german_particles[k]) && g_utf8_strlen (lower + p, -1) >= 4 &&
              (g_str_has_prefix (lower + p, "ge") || px_lemma_lookup ("de", NULL, lower + p) != NULL))
            {
              g_autofree char *rest = px_german_verb (lower + p, TRUE);
              if (rest != NULL)
                return g_strconcat (german_particles[k], rest, NULL);
            }
        }
      return NULL;
    }

  if (px_german_not_derived (lower))
    return NULL;
  /* "Sperrung", "Sperrungen", "Behandlung". */
  {
    gsize len = strlen (lower);
    gsize cut = g_str_has_suffix (lower, "ungen") ? 5 : g_str_has_suffix (lower, "ung") ? 3 : 0;
    if (cut > 0 && g_utf8_strlen (lower, -1) - (glong) cut >= 3)
      {
        g_autofree char *base = g_strndup (lower, len - cut);
        return px_german_infinitive (base);
      }
  }
  /* "Festnahme", "Ausfall", "Beschluss", "Angriff". */
  for (guint pass = 0; pass < 2; pass++)
    {
      const char * const *list = pass == 0 ? german_particles : german_prefixes;
      for (guint k = 0; list[k] != NULL; k++)
        {
          gsize p = strlen (list[k]);
          const char *lemma;
          if (g_str_has_prefix (lower, list[k]) && (lemma = px_lemma_lookup ("de", "root", lower + p)) != NULL)
            return g_strconcat (list[k], lemma, NULL);
        }
    }
  return NULL;
}

/* Russian verbal nouns and participles: "задержание" → "задержать",
 * "закрытие" → "закрыть", "восстановление" → "восстановить",
 * "пострадавших" → "пострадать", "задержанных" → "задержать". */
static char *
px_russian_lemma (const char *lower)
{
  static const struct { const char *suffix; const char *verb; } nouns[] = {
    { "ание", "ать" }, { "ания", "ать" }, { "анию", "ать" }, { "анием", "ать" }, { "ании", "ать" },
    { "яние", "ять" }, { "яния", "ять" }, { "янию", "ять" }, { "янием", "ять" }, { "янии", "ять" },
    { "ение", "ить" }, { "ения", "ить" }, { "ению", "ить" }, { "ением", "ить" }, { "ении", "ить" },
    { "тие", "ть" }, { "тия", "ть" }, { "тию", "ть" }, { "тием", "ть" }, { "тии", "ть" },
    { "авший", "ать" }, { "авшая", "ать" }, { "авшие", "ать" }, { "авших", "ать" }, { "авшим", "ать" },
    { "авшего", "ать" }, { "авшими", "ать" },
    { "анный", "ать" }, { "анная", "ать" }, { "анные", "ать" }, { "анных", "ать" }, { "анным", "ать" },
    { "анного", "ать" }, { "анными", "ать" }, { "ан", "ать" }, { "ана", "ать" }, { "аны", "ать" },
  };
  const char *lemma = px_lemma_lookup ("ru", NULL, lower);

  if (lemma != NULL)
    return g_strdup (lemma);
  for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
    if (g_str_has_suffix (lower, nouns[k].suffix))
      {
        gsize cut = strlen (lower) - strlen (nouns[k].suffix);
        g_autofree char *base = g_strndup (lower, cut);
        const char *verb = nouns[k].verb;
        /* Short bases are words of their own ("знание", "план"). */
        if (g_utf8_strlen (base, -1) < (g_str_equal (nouns[k].suffix, "ан") ? 5 : 3))
          continue;
        /* "восстановление" ← "восстановить": the л after a labial is the noun's. */
        if (g_str_equal (verb, "ить") && g_str_has_suffix (base, "л"))
          {
            g_autofree char *labial = g_strndup (base, strlen (base) - strlen ("л"));
            if (g_str_has_suffix (labial, "в") || g_str_has_suffix (labial, "б") ||
                g_str_has_suffix (labial, "п") || g_str_has_suffix (labial, "м") ||
                g_str_has_suffix (labial, "ф"))
              return g_strconcat (labial, verb, NULL);
          }
        return g_strconcat (base, verb, NULL);
      }
  return NULL;
}

/**
 * px_lemma_of:
 * @language: the language of the text ("de", "fr", "es", "ru", …)
 * @lower: a word in lower case
 * @capitalised: whether the text writes it with a capital (in German, a noun)
 *
 * The verb a word derives from or is a form of, where a stemmer would not
 * take it there: "fiel" → "fallen", "gesperrt" and "Sperrung" → "sperren",
 * "Festnahme" → "festnehmen", "fermeture" → "fermer", "muerto" → "morir",
 * "задержание" → "задержать".
 *
 * Returns: (transfer full) (nullable): the base form, to be stemmed as a
 *   word of @language, or %NULL when the word is its own.
 */
char *
px_lemma_of (const char *language,
             const char *lower,
             gboolean    capitalised)
{
  char code[3] = { 0 };
  const char *lemma;

  if (language == NULL || strlen (language) < 2 || lower == NULL || lower[0] == '\0')
    return NULL;
  code[0] = g_ascii_tolower (language[0]);
  code[1] = g_ascii_tolower (language[1]);
  if (g_str_equal (code, "de"))
    return px_german_lemma (lower, capitalised);
  if (g_str_equal (code, "ru"))
    return px_russian_lemma (lower);
  if (g_str_equal (code, "fr") || g_str_equal (code, "es"))
    {
      lemma = px_lemma_lookup (code, NULL, lower);
      return lemma != NULL ? g_strdup (lemma) : NULL;
    }
  return NULL;
}

/**
 * px_lemma_dup_forms:
 * @language: the language of the text
 * @lemma: a base form px_lemma_of() returns
 *
 * The forms the tables give for @lemma ("morir": "muerto", "murió", …),
 * so that a caller can read the lemma as a group one of its forms
 * belongs to.
 *
 * Returns: (transfer full): a %NULL-terminated array, empty when the
 *   tables list none.
 */
char **
px_lemma_dup_forms (const char *language,
                    const char *lemma)
{
  GPtrArray *forms = g_ptr_array_new ();
  const PxLemmaEntry *lists[] = { german_verbs, romance };
  const gsize sizes[] = { G_N_ELEMENTS (german_verbs), G_N_ELEMENTS (romance) };

  if (language != NULL && lemma != NULL)
    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      for (gsize i = 0; i < sizes[l]; i++)
        if (g_ascii_strncasecmp (language, lists[l][i].language, 2) == 0 && g_str_equal (lemma, lists[l][i].lemma))
          {
            g_auto(GStrv) some = g_strsplit (lists[l][i].forms, " ", -1);
            for (guint k = 0; some[k] != NULL; k++)
              g_ptr_array_add (forms, g_strdup (some[k]));
          }
  g_ptr_array_add (forms, NULL);
  return (char **) g_ptr_array_free (forms, FALSE);
}

/**
 * px_lemma_is_particle:
 * @language: the language of the text
 * @lower: a word in lower case
 *
 * Whether @lower is a German separable particle, which at the end of a
 * clause belongs to the verb before it ("fiel der Strom aus").
 */
gboolean
px_lemma_is_particle (const char *language,
                      const char *lower)
{
  if (language == NULL || g_ascii_strncasecmp (language, "de", 2) != 0)
    return FALSE;
  return g_strv_contains (german_particles, lower);
}

/**
 * px_lemma_join_particle:
 * @language: the language of the text
 * @particle: a separable particle ("aus")
 * @verb: a finite verb form of the same clause ("fiel", "teilte", "legt")
 *
 * The infinitive of the separable verb: "aus" + "fiel" → "ausfallen",
 * "mit" + "teilte" → "mitteilen", "lahm" + "legt" → "lahmlegen".
 *
 * Returns: (transfer full) (nullable): the infinitive, or %NULL when
 *   @verb does not look like a finite verb.
 */
char *
px_lemma_join_particle (const char *language,
                        const char *particle,
                        const char *verb)
{
  static const char * const endings[] = { "test", "tet", "ten", "te", "st", "t", "en", "e", NULL };
  const char *lemma;

  if (!px_lemma_is_particle (language, particle) || g_utf8_strlen (verb, -1) < 3)
    return NULL;
  lemma = px_lemma_lookup ("de", NULL, verb);
  if (lemma != NULL)
    return g_strconcat (particle, lemma, NULL);
  for (guint k = 0; endings[k] != NULL; k++)
    if (g_str_has_suffix (verb, endings[k]))
      {
        g_autofree char *base = g_strndup (verb, strlen (verb) - strlen (endings[k]));
        g_autofree char *infinitive = NULL;
        if (g_utf8_strlen (base, -1) < 2)
          return NULL;
        infinitive = px_german_infinitive (base);
        return g_strconcat (particle, infinitive, NULL);
      }
  return NULL;
}
