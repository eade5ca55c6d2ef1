/* px-quotes-words.c — the word lists the quote finder reads attribution with
 *
 * Reporting verbs, pronouns, titles, institution nouns and the small words
 * around a source: the grammar of attribution in the languages the finder
 * reads, not framing choices (those live in the lexicons). Every part of the
 * finder looks words up in them, so they live here once; each is a
 * PxQuotesWords that becomes a hash set on first use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-quotes"

#include "config.h"

#include "px-quotes-private.h"

#define WORD_LIST(list) { list, G_N_ELEMENTS (list), NULL }

/* ---- Word lists: the grammar of attribution, not framing choices ---- */

/* Reporting verbs in the forms news prose uses; "think" and "believe" only
 * attribute words that are in quotation marks. */
static const char * const speech_verbs[] = {
  /* en */
  "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
  "note", "notes", "noted", "noting", "state", "states", "stated", "claim", "claims", "claimed",
  "insist", "insists", "insisted", "allege", "alleges", "alleged", "argue", "argues", "argued", "arguing",
  "explain", "explains", "explained", "explaining", "warn", "warns", "warned", "warning", "announce",
  "announces", "announced", "confirm", "confirms", "confirmed", "reveal", "reveals", "revealed",
  "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "stress", "stresses",
  "stressed", "emphasise", "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes",
  "underline", "underlined", "underlines", "declare", "declared", "declares", "report", "reports",
  "reported", "write", "writes", "wrote", "writing", "tweet", "tweeted", "tweets", "posted", "ask", "asks", "asked",
  "reply", "replied", "replies", "respond", "responded", "suggest", "suggested", "suggests",
  "describe", "described", "describes", "call", "called", "calls", "remark", "remarked", "comment",
  "commented", "recall", "recalled", "recalls", "recalling", "assert", "asserted", "asserts", "urge",
  "urged", "urges", "appealed", "appeals", "accuse", "accused", "accusing", "interjected", "deny", "denied", "denies", "predict", "predicted", "promise",
  "promised", "vow", "vowed", "continue", "continued", "concede", "conceded", "observe", "observed",
  "mention", "mentioned", "complain", "complained", "point", "points", "pointed", "think", "thinks", "thought",
  "believe", "believes", "believed", "agree", "agreed", "conclude", "concluded", "estimate", "estimated",
  "maintain", "maintained", "maintains", "contend", "contended", "announcing", "hinted", "signalled",
  "signaled", "cautioned", "countered", "testified", "disclosed", "insisting", "stating", "quipped",
  "lamented", "chastised", "criticised", "criticized", "welcomed", "hailed", "praised", "condemned",
  /* "a salué « un signal fort »", "begrüßte das Urteil als „…“", "celebró el «…»" */
  "salué", "salue", "saluent", "begrüßte", "begrüßten", "celebró", "aplaudió",
  /* "ha agradecido la «rápida actuación»", "expresó su «total respaldo»",
   * "elogió la «personalidad» del juvenil" */
  "agradeció", "agradecieron", "agradecido", "agradece", "elogió", "elogiaron", "elogiado", "elogia", "expresó",
  "expresaron",
  /* naming an object with quoted words: "nannte den Streik eine „Zumutung“",
   * "bezeichnete … als „…“", "назвал забастовку «провокацией»", "calificó la
   * medida de "electoralista"" */
  "nannte", "nannten", "nennt", "bezeichnete", "bezeichneten", "bezeichnet", "назвал", "назвала", "назвали",
  "называет", "calificó", "calificaron", "califica", "tachó", "tacha",
  "blamed", "blames", "demanded", "demands", "demanding", "shouted", "wrote", "conceding", "denying", "accuses",
  "quoted", "predicts", "warns", "recounted", "recounts", "conceded", "acknowledging", "reminded",
  "reminds", "assured", "assures",
  /* advice given as speech: "“Drink water …,” Menon advised." */
  "advised", "advises",
  /* fr */
  /* participles after the main clause: "…, estimant que …", "évoquant « … »" */
  "estimant", "affirmant", "soulignant", "rappelant", "expliquant", "assurant", "dénonçant", "jugeant",
  "évoquant", "qualifiant", "précisant", "ajoutant", "indiquant", "déclarant", "annonçant",
  "reconnaissant", "regrettant", "insistant", "promettant",
  /* the present of reportage: "souffle une voisine", "lâche-t-il", "ironise le maire" */
  "souffle", "lâche", "tempête", "ironise", "résume", "témoigne", "martèle", "détaille", "glisse",
  "avoue", "admet", "constate", "s'étonne", "s'inquiète", "s'emporte", "proteste", "plaide", "tranche",
  "commente", "relève", "prévient", "avertit", "réagit", "répète",
  /* and their perfect: "a ironisé la cheffe de l'opposition", "a lâché sa mère" */
  "ironisé", "lâché",
  "observé", "relevé", "noté", "constaté", "témoigné", "plaidé",
  "dit", "dite", "dits", "dites", "déclaré", "déclare", "affirmé", "affirme", "indiqué", "indique", "expliqué", "explique",
  "ajouté", "ajoute", "souligné", "souligne", "estimé", "estime", "assuré", "assure", "précisé",
  "précise", "annoncé", "annonce", "confié", "raconte", "raconté", "insisté", "martelé", "dénoncé",
  "lancé", "lance", "soupire", "soupiré", "dénonce", "rappelle", "rappelé", "poursuit", "conclut",
  "regrette", "regretté", "observe", "reconnaît", "reconnu", "accusé", "répond", "répondu", "juge", "jugé",
  "félicité", "félicitée", "réagi", "prévenu", "averti", "admis", "répété", "poursuivi", "insiste",
  "déploré", "déplore", "confie", "affirment", "estiment", "indiquent", "assurent", "dénoncent", "appelé",
  "reproché", "promis", "précisent", "détaillé", "commenté", "tranché", "résumé",
  "qualifié", "qualifiée", "qualifie", "s'indigne", "indigné", "indignée", "s'insurge", "insurgé", "insurgée",
  "s'alarme", "alarmé", "alarmée", "fustige", "fustigé", "déplorent", "demandé", "demande", "réclamé",
  "réclame", "exigé", "exige", "soutenu", "soutient",
  /* "a confirmé mardi que …", "rétorque le maire", "a concédé que …" */
  "confirmé", "confirme", "confirment", "considère", "rétorque", "rétorqué", "concède", "concédé", "nié", "démenti",
  /* "s'est désolée la maire", "s'est félicité le préfet", "s'est réjoui
   * X": a reflexive verb of feeling after a quote reports it */
  "désolé", "désolée", "désolés", "désolées", "s'est désolé", "s'est désolée", "réjoui", "réjouie",
  "étonné", "étonnée", "inquiété", "inquiétée",
  /* de */
  "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "sagen", "meinte",
  /* "hatte im Mai argumentiert, die Probleme seien gelöst" */
  "argumentiert", "argumentierte",
  /* the verb at the end of a "wie" clause: "wie die Gewerkschaft mitteilte" */
  "mitteilte", "mitteilten", "bekanntgab", "berichtete", "berichteten", "bestätigte",
  "berichtete", "kritisierte", "warnte", "forderte", "fügte", "teilte", "versicherte", "bestätigte",
  "wies", "betonten", "erklärten", "sagt", "meint", "räumte", "kündigte", "verwies", "verteidigte",
  "drohte", "mahnte", "berichtet", "berichteten", "forderten", "warnten", "kritisierten",
  /* the present of reportage: "erzählt die 62-Jährige", "klagt ein Anwohner" */
  "erzählt", "klagt", "schildert", "erinnert", "bedauert", "gesteht", "räumt",
  "bestätigten", "erklärt", "betont", "fordert", "warnt", "kritisiert", "schrieb", "schreibt", "ergänzte",
  "beklagte", "bekräftigte", "unterstrich", "teilten", "hieß", "räumten", "glaubt", "glaubte",
  /* complaints in the past: "klagte ein Rentner, er habe …" */
  "klagte", "klagten", "schimpfte", "bemängelte", "monierte",
  /* es */
  "dijo", "afirmó", "aseguró", "señaló", "explicó", "añadió", "declaró", "indicó", "agregó",
  "sostuvo", "advirtió", "subrayó", "manifestó", "anunció", "insistió", "afirma", "dice",
  "denunció", "apuntó", "reconoció", "lamentó", "criticó", "advierte", "asegura", "explica", "insiste",
  "indica", "recalcó", "defendió", "aseguró", "reclamó", "pidió",
  /* gerunds after the main clause: "…, asegurando que …" */
  "asegurando", "afirmando", "señalando", "explicando", "recordando", "advirtiendo", "denunciando",
  "subrayando", "añadiendo", "indicando", "insistiendo", "reconociendo",
  "matizado", "aseverado", "incidido",
  /* the present of features and interviews: "resume Luis", "lamenta" */
  "resume", "relata", "lamenta", "recuerda", "señala", "subraya", "confiesa", "admite", "relatan",
  "lamentan", "recuerdan", "señalan", "subrayan",
  /* "Vecinos denuncian que …", "La asociación calcula que …": complaints
   * and estimates in the present of reportage */
  "denuncia", "denuncian", "calcula", "calculan", "estima", "estiman", "advierten", "explican", "indican",
  "insisten", "reclama", "reclaman", "exige", "exigen",
  /* "descartó que el Gobierno vaya a …", "Economía anticipa que …":
   * ruling out and forecasting, with "que" only (see needs_complementiser) */
  "descartó", "descartaron", "descarta", "descartan", "anticipó", "anticiparon", "anticipa", "anticipan",
  /* "cuenta su mujer", "ha contado": telling a story */
  "cuenta", "cuentan", "contado", "contaron",
  /* shouted and exclaimed: "gritó una mujer a la salida" */
  "gritó", "gritaron", "exclamó", "espetó", "clamó",
  /* reproaches in a debate: "le afeó a la consejera que …", "reprochó
   * al Gobierno haber …", "le recriminó a la diputada que …" */
  "afeó", "afearon", "afea", "afeado", "reprochó", "reprocharon", "reprocha", "reprochado", "recriminó",
  "recriminaron", "recrimina", "recriminado",
  "comentó", "replicó", "replicaron", "respondió", "respondieron", "precisó", "destacó", "recordó",
  "aseguraron", "afirmaron", "señalaron", "explicaron", "dijeron", "denunciaron", "advirtieron",
  "insistieron", "prometió", "prometieron", "sostiene", "considera", "consideran", "cree", "creen",
  "admitió", "admitieron", "alertó", "avisó", "añade", "apunta", "critica", "reclamaron", "pidieron", "exigió",
  "exigieron", "acusó", "acusaron", "opinó", "opina", "lamentaron", "criticaron", "confirmó",
  "confirmaron", "negó", "negaron", "escribió", "reconocieron", "reconoce", "aseguran", "explicaron",
  "recordaron", "destacaron", "precisaron", "indicaron", "subrayaron", "apuntaron", "manifestaron",
  "anunciaron", "declararon", "comentaron", "añadieron", "agregaron", "sostuvieron", "defendieron",
  /* es: Peninsular news reports in the perfect ("ha explicado", "han
   * indicado"); the auxiliary is a between word, the participle the cue */
  "dicho", "afirmado", "asegurado", "señalado", "explicado", "añadido", "declarado", "indicado",
  "agregado", "sostenido", "advertido", "subrayado", "manifestado", "anunciado", "insistido",
  "denunciado", "apuntado", "reconocido", "lamentado", "criticado", "defendido", "reclamado", "pedido",
  "comentado", "replicado", "respondido", "precisado", "destacado", "recordado", "prometido",
  "admitido", "alertado", "avisado", "exigido", "acusado", "opinado", "confirmado", "negado",
  "escrito", "avanzado", "informado", "detallado", "aclarado", "asegura", "relató", "contó",
  "relatado", "contado", "trasladado", "expresado", "valorado", "calificado", "resumió", "resumido",
  "recomendado", "recomendó", "solicitado", "solicitó", "sugerido", "sugirió",
  "zanjó", "sentenció", "concluyó", "ironizó", "recalcado", "subrayó",
  /* the present of features and Latin American past forms: "Toro recalca
   * que …", "aclaró que …", "Fuentes del partido admiten que …", "la
   * jueza consideró que …" */
  "recalca", "precisa", "aclara", "aclaró", "matiza", "matizó", "remarcó", "enfatizó", "puntualizó",
  "reiteró", "admiten", "reconocen", "sostienen", "consideró",
  /* agency reports: "…, informó este sábado la Fiscalía", "según
   * comunicó la compañía a la CNMV", "adelantó que …", "argumentó que …" */
  "informó", "informaron", "informa", "informan", "comunicó", "comunicaron", "comunica", "adelantó",
  "adelantaron", "avanzó", "avanzaron", "argumentó", "argumentaron", "detalló", "detallaron", "expuso",
  "estimó", "estimaron", "anuncia", "declara",
  /* the imperfect of a feature's scene: "«…», lamentaba mientras achicaba
   * agua", "su hijo aseguraba que …", "decía una vecina" */
  "decía", "decían", "aseguraba", "aseguraban", "explicaba", "explicaban", "lamentaba", "lamentaban", "contaba",
  "contaban", "relataba", "relataban", "recordaba", "recordaban", "afirmaba", "afirmaban", "insistía",
  "insistían", "denunciaba", "denunciaban", "reconocía", "reconocían", "comentaba", "comentaban", "admitía",
  "admitían", "repetía", "repetían", "quejaba", "resumía",
  /* infinitives after "se limitó a", "para": "se limitó a señalar que …" */
  "decir", "señalar", "afirmar", "asegurar", "explicar", "indicar",
  /* ru */
  "сказал", "сказала", "сказали", "сообщает", "сообщают",
  /* an agency relaying: "Как передает РИА Новости со ссылкой на …" */
  "передает", "передаёт", "передают",
  "пожаловалась", "пожаловался", "пожаловались", "посетовал", "посетовала",
  /* the present of reportage: "рассказывает пенсионерка", "жалуется она" */
  "рассказывает", "вспоминает", "жалуется", "сетует", "возмущается", "объясняет", "признается", "признаётся",
  "признает", "признаёт", "уверяет", "продолжает",
  "добавляет", "подчёркивает", "уточняет", "поясняет", "возмутился", "возмутилась", "напомнил", "напомнила",
  "напомнили", "указал", "указала", "указали", "констатировал", "констатировала", "утверждает", "утверждают",
  "объяснил", "объяснила", "объяснили", "ответил", "ответила", "ответили", "пишет", "заявил", "заявила", "заявили", "отметил", "отметила", "сообщил",
  "сообщила", "сообщили", "подчеркнул", "подчеркнула", "добавил", "добавила", "пояснил", "пояснила",
  "считает", "уверен", "признал", "рассказал", "рассказала", "говорит", "сказано",
  "сообщило", "заявило", "отметили", "подчеркнули", "добавили", "пояснили", "рассказали", "признала",
  "признали", "предупредил", "предупредила", "предупредили", "уточнил", "уточнила", "уточнили",
  "говорится", "сообщается", "написал", "написала", "предположил", "предположила", "пообещал",
  "пообещала", "пообещали", "подтвердил", "подтвердила", "подтвердили", "подтвердило", "считают",
  "полагает", "заверил", "заверила", "признался", "призвал", "призвала", "потребовал", "потребовала",
  "обвинил", "обвинила", "обвинили", "говорят", "отмечает", "подчеркивает", "заявляет",
  /* Russian reporting verbs the list lacked: denials, objections,
   * recollections, questions */
  "уверена", "опроверг", "опровергла", "отрицает", "призвали", "потребовали", "возразил", "возразила",
  "призналась", "вспомнил", "вспомнила", "поделился", "поделилась", "прокомментировал",
  "прокомментировала", "уверял", "настаивает", "настаивал", "настаивала", "спросил", "спросила",
  /* impersonal reports of a document ("уточняется в документе") */
  "уточняется", "отмечается", "подчеркивается", "подчёркивается",
  /* the imperfective past of a report or an interview ("ранее говорила,
   * что …", "— вспоминала она на допросе") and the manner of a feature's
   * speaker ("— смеется Ракитин", "— вздыхает она") */
  "говорил", "говорила", "говорили", "вспоминал", "вспоминала", "рассказывал", "рассказывала",
  "рассказывали", "смеется", "смеётся", "улыбается", "вздыхает",
};
PxQuotesWords px_quotes_speech_verbs = WORD_LIST (speech_verbs);

/* Verbs that attribute only words in quotation marks. */
static const char * const cognitive_verbs[] = {
  "think", "thinks", "thought", "believe", "believes", "believed", "agree", "agreed", "call", "called",
  "calls", "describe", "described", "describes", "chastised", "criticised", "criticized", "welcomed",
  "hailed", "praised", "condemned", "considers", "считает", "уверен", "estimate", "estimated", "blamed",
  "blames", "considera", "consideran", "cree", "creen", "считают", "полагает", "glaubt", "glaubte",
  "opina", "opinó", "quoted", "appelé", "salué", "salue", "saluent", "begrüßte", "begrüßten", "celebró",
  "aplaudió", "nannte", "nannten", "nennt", "bezeichnete", "bezeichneten", "bezeichnet", "назвал", "назвала",
  "назвали", "называет", "calificó", "calificaron", "califica", "tachó", "tacha",
  "agradeció", "agradecieron", "agradecido", "agradece", "elogió", "elogiaron", "elogiado", "elogia", "expresó",
  "expresaron",
  "promise", "promised", "vow", "vowed", "continue", "continued",
};
PxQuotesWords px_quotes_cognitive_verbs = WORD_LIST (cognitive_verbs);


static const char * const pronouns_person[] = {
  "he", "she", "il", "elle", "er", "sie", "él", "ella", "он", "она",
};
PxQuotesWords px_quotes_pronouns_person = WORD_LIST (pronouns_person);

static const char * const pronouns_group[] = { "they", "ils", "elles", "они", "ellos", "we" };
PxQuotesWords px_quotes_pronouns_group = WORD_LIST (pronouns_group);

/* Capitalised words that start or frame a name without being part of it. */
static const char * const title_words[] = {
  "president", "prime", "minister", "chancellor", "secretary", "general", "foreign", "defence", "defense",
  "deputy", "vice", "speaker", "ambassador", "senator", "governor", "mayor", "king", "queen", "prince",
  "princess", "pope", "sheikh", "emir", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "professor",
  /* peers: "Baroness Helena Kennedy", "Lady Kennedy" */
  "baroness", "baron", "lady", "countess", "earl", "viscount",
  "prof", "gen", "colonel", "col", "major", "captain", "lieutenant", "admiral", "commander", "chief",
  /* ranks as police and military press releases abbreviate them: "Lt. Ana Ruiz", "Sgt Paul Hay" */
  "lt", "sgt", "capt", "cpl", "maj", "cmdr",
  "spokesman", "spokeswoman", "spokesperson", "advisor", "adviser", "director", "chairman", "chairwoman",
  "chair", "head", "leader", "judge", "justice", "rep", "sen", "gov", "pm", "mp", "mep", "msp", "td", "mla", "ceo", "cfo", "coo", "patriarch",
  "archbishop", "bishop", "rev", "reverend", "pastor", "rabbi", "imam", "ayatollah", "commissioner", "envoy", "representative",
  "special", "interior", "finance", "economy", "health", "justice", "education", "state", "former",
  "acting", "opposition", "sergeant", "officer", "executive", "founder", "president-elect", "premier", "manager",
  /* Irish heads of government, written before the name like "Prime Minister" */
  "taoiseach", "tánaiste",
  /* kin before given names: "Brothers Tom and Sam Okafor", "Sister Agnes" */
  "brother", "brothers", "sister", "sisters", "twins", "siblings",
  "monsieur", "madame", "herr", "frau", "señor", "señora", "don", "doña", "m", "mme", "me", "maître",
  /* fr, es: offices written before a name or alone ("le Premier ministre") */
  "ministre", "ministro", "ministra", "préfet", "préfète", "maire", "député", "députée", "sénateur", "sénatrice",
  "alcalde", "alcaldesa", "presidente", "presidenta", "président", "présidente",
  "cllr", "councillor", "councilor", "alderman", "supt", "superintendent", "constable", "inspector", "det", "insp",
  /* US elected members, and the Australian councillor's "Cr Jenny Mahoney" */
  "councilman", "councilwoman", "councilmember", "assemblyman", "assemblywoman", "congressman", "congresswoman",
  "cr",
  /* occupations written before a name, capitalised at a sentence start ("Nurse Amira Patel") */
  "nurse", "teacher", "farmer", "pensioner", "resident", "student", "engineer", "lawyer", "economist",
  "analyst", "activist", "campaigner", "shopkeeper", "paramedic", "midwife", "firefighter", "volunteer",
  /* ru: roles written before a name, capitalised only at a sentence start */
  "губернатор", "министр", "мэр", "глава", "президент", "премьер-министр", "депутат", "председатель",
  "директор", "спикер", "сенатор", "посол", "генерал", "полковник", "прокурор", "судья", "эксперт",
  "политолог", "представитель", "пресс-секретарь", "замминистра", "вице-премьер",
  "эколог", "аналитик", "экономист", "врач", "главврач", "житель", "жительница", "пенсионер",
  "пенсионерка", "студент", "учитель", "юрист", "адвокат", "водитель", "инженер", "активист", "волонтер",
  "синоптик", "метеоролог", "заместитель", "руководитель", "врио", "вице-губернатор", "мэра", "директора",
  "помощник", "помощница", "гособвинитель", "ректор", "проректор", "профессор",
};
PxQuotesWords px_quotes_title_words = WORD_LIST (title_words);

/* Words whose presence makes a capitalised run an institution, not a person. */
static const char * const org_words[] = {
  "group", "council", "ministry", "agency", "service", "union", "nations", "organization", "organisation",
  "party", "assembly", "committee", "court", "office", "bank", "fund", "institute", "programme", "program",
  "house", "news", "press", "forces", "army", "government", "administration", "university", "times",
  "post", "media", "international", "republic", "states", "department", "commission", "parliament",
  "police", "foundation", "centre", "center", "association", "corporation", "company", "inc", "ltd",
  "network", "watch", "federation", "kingdom", "embassy", "guard", "navy", "command", "authority",
  "tribunal", "senate", "congress", "cabinet", "duma", "kremlin", "pentagon", "reuters", "afp", "ap",
  "tass", "interfax", "journal", "herald", "tribune", "gazette", "daily", "channel", "tv", "radio",
  "trust", "clinic", "hospital", "school", "college", "chamber", "museum", "ministère", "ministerium",
  "ministerio", "министерство", "verband", "gewerkschaft", "syndicat", "sindicato", "agencia", "agence",
  "air", "airlines", "airways", "rail", "railways", "motors", "holdings", "energy", "gmbh",
  "academy", "society", "institution", "club", "league", "foods", "systems", "industries", "technologies",
  "securities", "partners", "capital", "pharmaceuticals", "logistics", "enterprises", "insurance",
  /* parties and trade bodies: "Labour and Green Alliance", "Print Workers' Guild" */
  "alliance", "guild", "coalition", "movement",
  /* plural and trade heads of business names: "Halford Aggregates", "Pennine Homes" */
  "aggregates", "materials", "homes", "developments", "properties", "estates", "construction", "contractors",
  "builders", "quarries", "mining", "metals", "chemicals", "plastics", "products", "solutions", "utilities",
  "breweries", "dairies", "hotels", "haulage", "shipping", "telecom", "telecoms", "ferries", "buses", "coaches",
  /* arts venues and bodies: "the Marlow Gallery in Bristol" is never a person */
  "gallery", "galleries", "theatre", "theater", "library", "orchestra", "festival", "opera",
  /* places that act as governments, never people: "Región de Murcia" */
  "región", "region", "comunidad", "provincia", "junta", "ayuntamiento", "generalitat", "xunta",
  "delegación", "delegation", "délégation", "consejería", "conselleria", "subdelegación", "board", "bund",
  /* newspapers: "told the Dunmore Courier" names no person */
  "courier", "chronicle", "telegraph", "bulletin", "examiner", "inquirer", "dispatch", "sentinel",
  "observer", "standard", "mercury", "argus", "zeitung", "allgemeine", "rundschau", "diario", "periódico",
  /* Spanish and Latin American heads of institutions' names: "Unidad
   * Nacional para la Gestión del Riesgo", "Municipalidad de Rosario" */
  "unidad", "fundación", "asociación", "federación", "confederación", "instituto",
  "servicio", "dirección", "secretaría", "policía", "comisión", "juzgado", "audiencia",
  "consejo", "colegio", "partido", "plataforma", "asamblea", "municipalidad", "intendencia", "gobierno",
  "unión", "defensoría", "procuraduría", "superintendencia", "organización", "corporación", "compañía",
  /* Spanish firms' names: "Alvarado Logística", "Banco Meridiano Inversiones" */
  "logística", "inversiones", "seguros", "construcciones", "transportes", "alimentación", "industrias",
  "banco", "grupo",
};
PxQuotesWords px_quotes_org_words = WORD_LIST (org_words);

/* Lower-case nouns that stand for a source without a determiner ("Azerbaijani authorities said"). */
static const char * const group_nouns[] = {
  "authorities", "officials", "sources", "analysts", "experts", "residents", "witnesses", "diplomats",
  "police", "protesters", "critics", "observers", "lawmakers", "ministers", "leaders", "prosecutors",
  "investigators", "researchers", "scientists", "doctors", "activists", "villagers", "locals",
  "officers", "soldiers", "troops", "rebels", "organisers", "organizers", "campaigners", "unions",
  "workers", "farmers", "students", "parents", "teachers", "economists", "spokespeople", "representatives",
  "members", "deputies", "mps", "voters", "people", "citizens", "refugees", "families", "armenians",
  "azerbaijanis", "georgians", "russians", "ukrainians", "israelis", "palestinians",
};
PxQuotesWords px_quotes_group_nouns = WORD_LIST (group_nouns);

/* Role nouns that stand for an institution: "the regulator", "a spokesperson". */
static const char * const institution_nouns[] = {
  "regulator", "ministry", "company", "firm", "club", "court", "authority", "agency", "union", "council", "force",
  "government", "bank", "department", "commission", "committee", "office", "service", "charity",
  "institute", "university", "hospital", "airline", "operator", "insurer", "manufacturer", "carmaker",
  "board", "party", "team", "prosecutor's", "federation", "association", "spokesperson", "spokesman",
  "spokeswoman", "representative", "group", "organisation", "organization", "watchdog", "insurer",
  "retailer", "utility", "broadcaster", "newspaper", "agency's", "ministry's", "company's", "headquarters",
  "trust", "network", "management", "administration", "council's", "club's", "bank's", "court's",
  "fund", "presidency", "bureau", "secretariat", "inspectorate", "tribunal", "cabinet", "kremlin",
  /* fr, de, es, ru */
  "entreprise", "société", "ministère", "syndicat", "mairie", "préfecture", "gouvernement", "direction",
  "métropole", "agglomération", "collectivité", "rectorat", "parquet",
  "porte-parole", "klub", "verein", "unternehmen", "konzern", "ministerium", "verband", "gewerkschaft",
  "regierung", "polizei", "sprecher", "sprecherin", "klinikleitung", "empresa", "ministerio", "sindicato",
  "gobierno", "ayuntamiento", "portavoz", "vocero", "vocera", "departamento", "consejería", "gremio", "cartera",
  "компания", "министерство", "ведомство", "пресс-служба",
  "мэрия", "администрация", "полиция", "прокуратура",
};
PxQuotesWords px_quotes_institution_nouns = WORD_LIST (institution_nouns);

/* Nouns heading a document that can be "according to": it speaks for whoever issued it. */
static const char * const document_nouns[] = {
  "report", "statement", "release", "document", "communique", "communiqué", "letter", "decree",
  "announcement", "survey", "study", "poll", "indictment", "ruling", "resolution",
  "memo", "memorandum", "filing", "audit", "documents", "assessment", "forecast", "projections", "judgment", "verdict",
  "bericht", "studie", "gutachten", "informe", "estudio", "rapport", "étude", "доклад", "отчёт", "отчет",
  "texte", "mitteilung", "comunicado",
  /* a court's and the parties' papers: "según el escrito de acusación" */
  "escrito", "sentencia", "auto", "jugement", "arrêt", "urteil", "anklageschrift",
};
PxQuotesWords px_quotes_document_nouns = WORD_LIST (document_nouns);

/* Words that end a speaker phrase when read backwards: a source is never
 * one of these. */
static const char * const stop_words[] = {
  "the", "a", "an", "and", "or", "but", "that", "which", "who", "whom", "whose", "in", "on", "at", "to",
  "for", "with", "by", "from", "as", "after", "before", "while", "when", "since", "during", "if",
  "although", "though", "because", "so", "than", "then", "also", "not", "no", "it", "this", "these",
  "those", "there", "here", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
  "would", "could", "should", "may", "might", "can", "must", "do", "does", "did", "into", "over",
  "about", "against", "between", "through", "under", "both", "all", "some", "many", "most", "more",
  "however", "meanwhile", "nevertheless", "speaking", "according", "following", "its", "his", "her",
  "their", "our", "my", "your", "of", "what", "where", "why", "how", "yet", "still", "only", "just",
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "der", "die", "das", "und", "el", "los", "las",
  "y", "и", "в", "на", "one",
  /* German auxiliaries: "Nach Angaben einer Gerichtssprecherin ist …" */
  "ist", "sind", "war", "waren", "wird", "werden",
};
PxQuotesWords px_quotes_stop_words = WORD_LIST (stop_words);

/* Capitalised words that are never names: months, days, sentence openers. */
static const char * const not_name_words[] = {
  "january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  /* German months and weekdays, capitalised as nouns ("hatte noch im Mai argumentiert") */
  "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "montag",
  "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
  "i", "we", "you", "they", "he", "she", "it", "our", "his", "her", "their", "my", "its", "in", "on",
  "at", "but", "and", "or", "so", "if", "as", "after", "before", "while", "when", "since", "during",
  "however", "nevertheless", "meanwhile", "speaking", "according", "following", "the", "a", "an",
  "this", "that", "these", "those", "there", "here", "what", "why", "how", "where", "who", "also",
  "although", "though", "because", "yesterday", "today", "tomorrow", "earlier", "later", "now",
  "some", "many", "both", "all", "one", "two", "for", "with", "from", "by", "to", "of", "not",
  "no", "yes", "mr", "mrs", "ms", "dr", "laut", "según", "selon", "nach", "zufolge", "pour", "para",
  "por", "d'après", "la", "le", "les", "el", "los", "las", "die", "der", "das", "ein", "eine", "un",
  "une", "au", "aux", "dans", "im", "am", "по", "в", "на", "и", "a", "à", "des", "dem", "den", "del",
  "du",
  /* German possessives opening a sentence ("Ihr Mann habe …", "Seine
   * Tochter sagte"): the noun after them is a relation, no name */
  "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "unser", "unsere",
  "unseren", "unserem", "unserer", "mein", "meine", "meinen", "meinem", "meiner",
  /* German quantifiers opening a capitalised noun phrase ("Viele Geschädigte") */
  "viele", "einige", "alle", "manche", "mehrere", "beide", "andere", "weitere", "zahlreiche", "wenige",
  /* … and demonstratives ("Solche Keime würden …, sagte der Experte") */
  "solche", "solcher", "solchen", "diese", "dieser", "dieses", "diesen", "diesem", "jene", "jener", "jenes",
  "keine", "kein", "keiner", "jede", "jeder", "jedes",
  /* German adverbs opening a sentence, the subject then after the verb
   * ("Zugleich räumte Baumann ein") */
  "zugleich", "gleichzeitig", "außerdem", "zudem", "dennoch", "trotzdem", "allerdings", "deshalb",
  "daher", "inzwischen", "später", "danach", "jedoch", "nun", "jetzt", "heute", "gestern", "bereits",
  "damals", "auch", "dazu", "darauf", "schließlich", "zunächst", "anschließend", "immerhin", "ferner",
  /* pronominal adverbs pointing back at the sentence before ("Darin räumte er ein", "Dabei betonte sie") */
  "darin", "dabei", "damit", "dafür", "dagegen", "darüber", "daraufhin", "davon", "dadurch", "darum",
  "deswegen", "hierzu", "hierbei", "hierfür", "zuvor", "vorher", "seitdem", "stattdessen", "ebenfalls",
  "zuletzt", "vielmehr", "hingegen", "indes", "dort",
  /* the Russian intensifier before a name opening a sentence: "Сама
   * Мальцева в последнем слове сказала", "Сам Орлов считает" */
  "сам", "сама", "сами", "само",
};
PxQuotesWords px_quotes_not_name_words = WORD_LIST (not_name_words);

/* Particles inside personal and institutional names ("Ursula von der Leyen", "Ministry of Defence"). */
static const char * const name_particles[] = {
  "de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "des", "del", "da", "dos", "di",
  "ter", "ten", "ibn", "abu", "of", "for", "el", "y", "bint", "ben",
  /* "Landesamt für Umwelt" */
  "für",
};
PxQuotesWords px_quotes_name_particles = WORD_LIST (name_particles);

/* Articles and possessives that open a source phrase. */
static const char * const determiners[] = {
  "the", "a", "an", "its", "his", "her", "their", "le", "la", "les", "l'", "un", "une", "der", "die", "das",
  "des", "dem", "den", "ein", "eine", "einer", "eines", "el", "los", "las", "una", "unos", "unas",
  "another",
  /* "Otra vecina", "Otro vecino": Spanish drops the article before them */
  "otra", "otro",
  /* "a affirmé son porte-parole, Hugo Ferrand", "assure cette source" */
  "son", "sa", "leur", "cette", "su",
};
PxQuotesWords px_quotes_determiners = WORD_LIST (determiners);

/* Prepositions that attach an institution to a role ("the head of …"). */
static const char * const of_words[] = {
  "of", "de", "del", "du", "des", "der", "at", "für", "pour", "para",
};
PxQuotesWords px_quotes_of_words = WORD_LIST (of_words);

/* Words that introduce the agent of a participle ("seen by", "vu par"). */
static const char * const agent_words[] = { "by", "par", "por", "von" };
PxQuotesWords px_quotes_agent_words = WORD_LIST (agent_words);

/* Adverbs and auxiliaries allowed between a source and its verb ("Pashinyan has also said"). */
static const char * const between_words[] = {
  "has", "had", "have", "was", "is", "also", "later", "then", "previously", "again", "earlier",
  "recently", "once", "repeatedly", "further", "yesterday", "today", "would", "will", "had", "has",
  /* frequency adverbs of a profile or obituary ("Lowry often said") */
  "often", "always", "never", "sometimes", "still", "now", "first",
  "a", "а", "также", "hat", "a", "ha", "habían", "había", "ont", "had", "did", "does", "do",
  /* ru: "Name ранее говорила, что …", "Name уже заявил", "Name вновь подчеркнул" */
  "ранее", "уже", "вновь", "снова", "неоднократно", "накануне",
  "s'est", "s'était", "se", "est", "sont", "avait", "haben", "hatte", "hatten", "han", "hanno", "fait",
  /* the French conditional of reported claims ("Elle aurait rappelé au
   * président que …") and the plural past */
  "aurait", "auraient", "avaient",
  /* the object pointing back on the French auxiliary ("La mairie l'a
   * confirmé") */
  "l'a", "l'ont", "l'avait", "l'avaient", "l’a", "l’ont", "l’avait", "l’avaient",
  /* sentence adverbs between a subject and its verb ("a également indiqué",
   * "hat zudem erklärt", "ha además señalado") */
  "également", "aussi", "ailleurs", "déjà", "encore", "toutefois", "pourtant", "notamment", "enfin",
  "néanmoins", "cependant", "ensuite", "aussitôt", "alors", "même", "immédiatement",
  "auch", "zudem", "außerdem", "bereits", "jedoch", "ebenfalls", "también", "además", "ya",
  /* Spanish object clitics before the verb ("Benavente lo resume así:",
   * "la alcaldesa les dijo"): the object, never the subject */
  "lo", "le", "les", "nos", "los", "las",
};
PxQuotesWords px_quotes_between_words = WORD_LIST (between_words);

/* German definite articles, which open a name or a role in any case. */
static const char * const german_articles[] = { "der", "den", "dem", "des", "die", "das" };
PxQuotesWords px_quotes_german_articles = WORD_LIST (german_articles);

/* The nouns of a spokesperson, who speaks for an institution. */
static const char * const spokes[] = {
  "spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "portavoz", "porte-parole",
  "представитель", "пресс-секретарь",
  /* Latin American "portavoz" */
  "vocero", "vocera",
};
PxQuotesWords px_quotes_spokes = WORD_LIST (spokes);

/* "teilte die Gewerkschaft am Dienstag in Stuttgart mit": after an inverted
 * German subject come time and place adjuncts and the verb's particle. */
static const char * const german_adjunct_words[] = {
  "am", "im", "vom", "zum", "zur", "beim", "in", "an", "auf", "mit", "nach", "seit", "vor", "aus",
  "gestern", "heute", "bereits", "zuvor", "zudem", "außerdem", "weiter", "mit",
};
PxQuotesWords px_quotes_german_adjunct_words = WORD_LIST (german_adjunct_words);

/* Letters after a name: "KC", "QC" (senior barristers), "MP", "MEP", honours. */
static const char * const post_nominals[] = {
  "kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "jp",
};
PxQuotesWords px_quotes_post_nominals = WORD_LIST (post_nominals);

/* Nouns for a business that compound freely: "chipmaker", "drugmaker",
 * "Autokonzern", "Energieversorger", "Maschinenbauer", "Autohersteller".
 * A description or back-reference headed by one speaks of a firm. */
gboolean
px_quotes_is_business_noun (const char *word)
{
  static const char * const endings[] = { "maker", "konzern", "versorger", "hersteller", "maschinenbauer", "anlagenbauer" };

  if (word == NULL)
    return FALSE;
  return px_text_list_has_suffix (endings, G_N_ELEMENTS (endings), word);
}
