/* px-furniture.c — our lexicon of page furniture, in several languages
 *
 * A line is normalised (lower case, one space between words, typographic
 * apostrophes folded, bullets, brackets and trailing punctuation trimmed) and
 * then looked up in three kinds of table:
 *
 *  - whole lines: a line that is exactly "Related articles" or "Share this";
 *  - patterns anchored at the start of the line ("Photo: …", "Read more: …"),
 *    each with a word limit, because a sentence of prose is longer than the
 *    furniture it might resemble;
 *  - appeal patterns anywhere in a line ("Support independent journalism",
 *    "Consider becoming a member"), phrased so that a sentence which merely
 *    mentions a member or a photo does not match.
 *
 * The tables are ours, written from how news sites in these languages word
 * their furniture; add to them rather than loosening the patterns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-furniture"

#include "config.h"

#include <string.h>

#include "px-furniture.h"
#include "px-text.h"

/* Headings after which a page holds no more of the article. */
static const char * const end_lines[] = {
  /* en */
  "related", "related articles", "related stories", "related news", "related content",
  "related posts", "related coverage", "related topics", "related reading", "related links",
  "read next", "what to read next", "up next", "more from", "more stories", "more news",
  "more on this story", "more on this topic", "more in this section", "more like this",
  "most popular", "most read", "most viewed", "most shared", "popular", "popular now",
  "popular stories", "trending", "trending now", "editor's choice", "editors' choice",
  "editor's picks", "editors' picks", "leave a reply", "leave a comment", "comments",
  "add a comment", "post a comment", "join the conversation", "show comments",
  "view comments", "you may also like", "you might also like", "you may be interested in",
  "recommended", "recommended for you", "recommended stories", "recommended articles",
  "latest news", "latest stories", "top stories", "don't miss", "in other news",
  "further reading", "about the author", "more from our network", "around the web",
  "from around the web", "stories you may have missed", "other news",
  /* de */
  "mehr zum thema", "das könnte sie auch interessieren", "auch interessant",
  "weitere artikel", "ähnliche artikel", "verwandte artikel", "verwandte themen",
  "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "kommentare",
  "kommentar schreiben", "empfehlungen", "unsere empfehlungen", "top-themen",
  "mehr nachrichten", "weitere nachrichten", "neueste artikel",
  /* fr */
  "à lire aussi", "a lire aussi", "à lire également", "articles similaires",
  "sur le même sujet", "sur le meme sujet", "les plus lus", "les plus populaires",
  "commentaires", "laisser un commentaire", "laisser une réponse", "vous aimerez aussi",
  "vous aimerez aussi :", "à voir aussi", "dans la même rubrique", "articles liés",
  "à découvrir", "les plus partagés", "dernières actualités",
  /* es */
  "noticias relacionadas", "artículos relacionados", "te puede interesar",
  "también te puede interesar", "lo más leído", "más leídas", "lo más visto",
  "comentarios", "deja un comentario", "deja una respuesta", "más noticias",
  "contenido relacionado", "te recomendamos", "temas relacionados", "más información",
  /* it */
  "articoli correlati", "notizie correlate", "potrebbe interessarti",
  "ti potrebbe interessare", "i più letti", "più letti", "commenti",
  "lascia un commento", "lascia una risposta", "altre notizie", "potrebbe interessarti anche",
  /* pt */
  "notícias relacionadas", "artigos relacionados", "mais lidas", "mais lidas",
  "comentários", "deixe um comentário", "deixe uma resposta", "mais notícias",
  "você também pode gostar",
  /* nl */
  "gerelateerde artikelen", "meest gelezen", "reacties", "meer over dit onderwerp",
  "lees meer over", "meer nieuws",
  /* pl */
  "najczęściej czytane", "komentarze", "powiązane artykuły", "polecane",
  "zobacz także", "najnowsze", "podobne artykuły",
  /* tr */
  "ilgili haberler", "en çok okunanlar", "yorumlar", "benzer haberler",
  "bunlar da ilginizi çekebilir", "ilginizi çekebilir", "diğer haberler",
  /* ru */
  "похожие новости", "похожие статьи", "другие новости", "новости по теме", "по теме",
  "самое читаемое", "популярное", "комментарии", "оставить комментарий", "рекомендуем",
  "материалы по теме", "еще по теме", "ещё по теме", "читайте также на",
  "последние новости", "лента новостей",
  /* uk */
  "схожі новини", "коментарі", "популярне", "новини по темі", "інші новини",
  "останні новини",
};

/* Whole lines that are navigation, share bars, advertising, sign-in. */
static const char * const furniture_lines[] = {
  /* en */
  "share", "share this", "share this article", "share this story", "share on facebook",
  "share on twitter", "share on linkedin", "share on whatsapp", "share via email",
  "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "whatsapp",
  "telegram", "reddit", "pinterest", "copy link", "copy the link", "link copied",
  "advertisement", "advertising", "ad", "sponsored", "sponsored content", "promoted",
  "skip to content", "skip to main content", "skip to navigation", "menu", "main menu",
  "search", "home", "news", "subscribe", "subscribe now", "sign up", "sign in",
  "log in", "login", "log out", "register", "newsletter", "close", "back to top",
  "listen", "listen to this article", "print this article", "follow us",
  "accept", "accept all", "reject all", "cookie settings", "manage cookies",
  "continue reading", "loading", "story continues below", "story continues below advertisement",
  "article continues below", "continue reading below", "read more", "see also", "also read",
  "read also", "show more", "load more", "next article", "previous article", "next", "previous",
  "top", "video", "watch", "photos", "gallery", "open gallery", "enlarge image", "zoom",
  "opinion", "analysis", "explainer", "breaking", "breaking news", "live", "updated",
  "donate", "donate now", "support us", "become a member", "join today", "join now",
  "privacy policy", "terms of use", "terms of service", "contact us", "about us",
  "about", "contact", "advertise", "advertise with us", "careers", "jobs", "imprint",
  "save", "save article", "save for later", "saved", "bookmark", "add to bookmarks",
  "listen to article", "listen to this story", "audio", "play", "pause", "more",
  "like this", "like loading", "loading", "reply", "report", "report comment", "support local journalism", "support independent journalism",
  /* de */
  "anzeige", "werbung", "teilen", "artikel teilen", "drucken", "weiterlesen",
  "lesen sie auch", "mehr lesen", "zur startseite", "startseite", "suche", "anmelden",
  "abonnieren", "jetzt abonnieren", "newsletter abonnieren", "schließen",
  "impressum", "datenschutz", "kontakt", "zur merkliste hinzufügen", "merken", "antworten", "artikel anhören", "vorlesen", "zum inhalt springen",
  /* fr */
  "publicité", "partager", "partager l'article", "imprimer", "lire aussi", "lire la suite",
  "s'abonner", "abonnez-vous", "se connecter", "fermer", "accueil", "rechercher",
  "mentions légales", "répondre", "aller au contenu", "aller au contenu principal", "écouter cet article", "sauvegarder",
  "contribuer", "réutiliser ce contenu", "offrir cet article", "article réservé aux abonnés",
  /* es */
  "publicidad", "compartir", "imprimir", "leer más", "lee también", "suscríbete",
  "iniciar sesión", "cerrar", "inicio", "buscar", "seguir leyendo", "ir al contenido",
  "guardar", "escuchar", "responder",
  /* it */
  "pubblicità", "condividi", "stampa", "leggi anche", "leggi di più", "abbonati", "accedi",
  "chiudi", "cerca", "rispondi", "vai al contenuto", "salva", "ascolta",
  /* pt */
  "publicidade", "compartilhar", "partilhar", "leia também", "veja também", "leia mais",
  "assine", "entrar", "fechar",
  /* nl */
  "advertentie", "delen", "lees ook", "lees meer", "abonneren", "inloggen", "sluiten",
  /* pl */
  "reklama", "udostępnij", "czytaj także", "czytaj też", "zobacz też", "czytaj więcej",
  "zaloguj się", "zamknij", "subskrybuj",
  /* tr */
  "reklam", "paylaş", "yazdır", "devamını oku", "abone ol", "giriş yap", "kapat",
  "anasayfa", "ana sayfa", "kaydet", "dinle", "yanıtla", "cevapla",
  /* ru */
  "реклама", "поделиться", "читайте также", "читать далее", "подробнее", "печать",
  "подписаться", "войти", "закрыть", "поиск", "главная", "новости", "перейти к содержанию", "ответить",
  /* uk */
  "поділитися", "читайте також", "читати далі", "підписатися", "увійти", "закрити",
  "підтримати", "головна", "новини", "відповісти",
  /* ar */
  "تجاوز إلى المحتوى", "انتقل إلى المحتوى", "شارك", "مشاركة", "اقرأ أيضا", "اقرأ أيضاً",
  "اقرأ المزيد", "طباعة", "إعلان", "اشترك", "بحث", "الرئيسية",
};

/* Words a share bar is made of: "Share: Facebook X Email", "Paylaş Facebook
 * Twitter WhatsApp", "Поделиться: ВКонтакте Одноклассники Telegram". */
static const char * const share_words[] = {
  "share", "shares", "this", "article", "story", "on", "via", "tweet", "email", "e-mail", "mail",
  "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit",
  "pinterest", "flipboard", "messenger", "viber", "threads", "bluesky", "mastodon", "copy",
  "link", "url", "sms", "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir",
  "condividi", "stampa", "compartilhar", "partilhar", "delen", "udostępnij", "paylaş",
  "yazdır", "поделиться", "поділитися", "вконтакте", "вк", "vk", "одноклассники", "ok",
  "шарить", "друк", "печать", "شارك", "فيسبوك", "إكس", "تويتر", "واتساب", "تلغرام",
  "مشاركة", "البريد", "طباعة",
};

/* The longest line any pattern below may match, in words. */
#define PX_FURNITURE_MAX_WORDS 60

/* Literals of which a match of a pattern must hold at least one, tried with
 * strstr() before the pattern itself: most lines hold none, and an
 * unanchored alternation costs thousands of instructions per line. Each list
 * must cover every alternative of its pattern; NULL means no pre-filter. */
static const char * const needles_stock[] = {
  "getty images", "shutterstock", "istock", "alamy", "depositphotos", "pexels", "unsplash",
  "wikimedia commons", NULL };
static const char * const needles_courtesy[] = { "courtesy of", NULL };
static const char * const needles_google_news[] = { "google news", NULL };
static const char * const needles_device[] = {
  "one device at a time", "un seul appareil", "autre appareil", "auf einem ger", "un solo dispositivo",
  "su un solo dispositivo", NULL };
static const char * const needles_ctrl[] = { "ctrl", NULL };
static const char * const needles_action[] = {
  "click here", "tap here", "sign up", "sign in", "log in", "login", "subscribe", "register now",
  "download ", "follow us", "like us on facebook", "share this", "share on", "skip to",
  "back to top", "jump to", "scroll to", "print this", "email this", "jetzt abonnieren",
  "newsletter abonnieren", "hier klicken", "cliquez ici", "abonnez-vous", "inscrivez-vous",
  "haga clic", "suscríb", "clicca qui", "iscriviti", "clique aqui", "inscreva-se", "klik hier",
  "kliknij tutaj", "zapisz się", "tıklayın", "abone olun", "подпишитесь", "нажмите здесь",
  "подписывайтесь", "підписуйтесь", NULL };
static const char * const needles_newsletter[] = { "newsletter", NULL };
static const char * const needles_cookies[] = {
  "cookie", "by continuing to", "privacy policy", "terms of", "all rights reserved",
  "alle rechte vorbehalten", "tous droits r", "todos los derechos", "tutti i diritti",
  "все права", "wszelkie prawa", "tüm hakları", "proseguendo", "continuando a navigare",
  "en poursuivant", "al continuar navegando", "çerez",
  "\u064a\u0633\u062a\u062e\u062f\u0645", NULL };
static const char * const needles_comments[] = {
  "your email address will not be published", "required fields are marked",
  "you must be logged in", "log in to ", "to leave a comment", "to post a comment",
  "comments are closed", "no comments yet", "be the first to comment", "enable javascript",
  "javascript is disabled", "your browser does not support", "ad blocker", "adblock",
  "disable your ad", NULL };
static const char * const needles_member[] = { "member", "supporter", "patron", "subscriber", NULL };
static const char * const needles_appeal[] = {
  "join ", "becom", "support", "chip in", "donat", "give ", "fundraiser", "unterstützen",
  "soutenez", "faites un don", "apoya ", "haz una donaci", "sostieni", "fai una donazione",
  "apoie ", "поддерж", "підтримайте", "wesprzyj", "bizi destekleyin", NULL };

typedef struct {
  PxFurnitureKind     kind;
  guint               max_words;  /* longer lines are prose, whatever they start with */
  const char         *pattern;    /* PCRE on the normalised line */
  const char * const *needles;    /* see above */
} PxFurniturePattern;

static const PxFurniturePattern furniture_patterns[] = {
  /* Photo credits and image sources, at the start of a line. */
  { PX_FURNITURE_CREDIT, 60,
    "^(photo|photos|photograph|photography|image|images|picture|pictures|pic|illustration|"
    "graphic|video|cover photo|main photo|top photo|header image|featured image|foto|fotos|"
    "bild|bilder|fotografía|imagen|immagine|фото|фотография|zdjęcie|fot\\.|görsel|fotoğraf|"
    "afbeelding|credit|credits|crédit photo|crédits photo|photo credit|image credit|"
    "picture credit|photo source|image source|picture source|source of photo|source of image|"
    "bildquelle|quelle|fonte|fuente|источник фото|источник изображения|фото предоставлено)"
    " ?(\\(?credit\\)?)? ?(:|©|by |via |courtesy|/|\\|)" },
  { PX_FURNITURE_CREDIT, 60, "^(photo|image|picture|images|pictures) (courtesy|source|credit|by)\\b" },
  { PX_FURNITURE_CREDIT, 25, "^(©|\\(c\\) |copyright )" },
  { PX_FURNITURE_CREDIT, 12,
    "(getty images|shutterstock|istock|alamy|depositphotos|pexels|unsplash|wikimedia commons)",
    needles_stock },
  { PX_FURNITURE_CREDIT, 20, "(picture|photo|image|photos|pictures) courtesy of\\b", needles_courtesy },
  { PX_FURNITURE_CREDIT, 8,
    "^(reuters|afp|ap|epa|dpa|anadolu( agency)?|tass|ria novosti|sputnik|xinhua|efe|ansa|"
    "aa|pap|sipa|pa|bbc|imago|picture alliance|picture-alliance)( ?/ ?[[:alpha:] .-]+)+$" },
  { PX_FURNITURE_CREDIT, 8,
    "^(photo|foto|фото|image|picture)s? ?(by )?.{0,40}\\b(reuters|afp|ap|epa|dpa|tass|getty images)$" },

  /* "Read on X: …", "Read more: …", "See also: …" inserts and their kin. */
  { PX_FURNITURE_LINE, 40,
    "^(read on|read more|read more at|read more on|read also|also read|also on|see also|"
    "related|related article|related story|recommended|watch|listen|more|more on|more from|"
    "further reading|must read|don't miss|you might also like|you may also like|"
    "lesen sie auch|mehr zum thema|auch interessant|lire aussi|lire également|à lire aussi|"
    "voir aussi|lee también|lea también|leer más|te puede interesar|leggi anche|leggi anche|"
    "leia também|leia mais|veja também|lees ook|lees meer|czytaj także|czytaj też|czytaj więcej|"
    "czytaj również|zobacz też|zobacz także|zobacz również|przeczytaj też|przeczytaj także|polecamy|"
    "ayrıca okuyun|ilgili haber|читайте также|читайте по теме|"
    "смотрите также|читайте також|дивіться також|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد)(\\b|\\s)[^.!?]{0,300}:" },
  { PX_FURNITURE_LINE, 40, "^\\[(read|see|watch|listen|also|more|lesen|lire|leer|leggi|leia|читайте)\\b" },
  { PX_FURNITURE_LINE, 40, "^(related|read more|see also|lire aussi|lesen sie auch|читайте также) ?[|»›>-]" },

  /* Comment threads: "12 comments", "3 thoughts on “Title”". */
  { PX_FURNITURE_END, 3,
    "^([0-9]+|one) (comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|"
    "comentários?|reacties|komentarz[ey]?|yorum|комментари[йяев]*|коментар[іів]*)$" },
  { PX_FURNITURE_END, 30, "^([0-9]+|one|two|three) (thoughts|responses?|replies) (on|to) [\"“‘'«]" },

  /* Reading time, listening and saving controls, follow prompts. */
  { PX_FURNITURE_LINE, 6,
    "^(reading time|read time|lesezeit|lesedauer|lecture|temps de lecture|tiempo de lectura|"
    "tempo di lettura|tempo de leitura|leestijd|czas czytania|okuma süresi|время чтения|"
    "час читання|مدة القراءة)\\b[^a-z]{0,3}[0-9]+ ?(min|mins|minutes|minute|minuten|minutos|minuti|"
    "dk|dakika|мин|минут|минуты|хв|хвилин|دقائق|دقيقة)?$" },
  { PX_FURNITURE_LINE, 6,
    "^[0-9]+ ?(min|mins|minutes|minute|minuten|minutos|minuti|dk|dakika|мин|минут|минуты|хв|хвилин|دقائق|دقيقة)"
    "\\.? ?(read|reading|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd|okuma|чтения|читання|قراءة)$" },
  { PX_FURNITURE_LINE, 8,
    "^(listen to (this|the) (article|story)|artikel anhören|écouter (cet|l') ?article|"
    "escuchar (este|el) artículo|ascolta (l'|questo )?articolo|ouça (a|esta) (matéria|notícia)|"
    "прослушать (статью|новость)|послухати)\\b" },
  { PX_FURNITURE_LINE, 10,
    "\\b(follow (us )?on google news|google news'?(te|ta) takip et|auf google news folgen|"
    "suivez-nous sur google news|síguenos en google news|seguici su google news)\\b",
    needles_google_news },
  { PX_FURNITURE_LINE, 16,
    "\\b(on one device at a time|un seul appareil à la fois|sur un autre appareil|"
    "auf einem gerät gleichzeitig|en un solo dispositivo a la vez|"
    "su un solo dispositivo alla volta)\\b", needles_device },

  /* Wire-copy trailers and agency notices. */
  { PX_FURNITURE_LINE, 40,
    "^(additional )?(reporting|writing|editing|compiled|edited|research|translated|graphics) by\\b.*"
    "(;|\\band\\b|,|$)" },
  { PX_FURNITURE_LINE, 12, "^(our standards|the thomson reuters trust principles)\\b" },
  { PX_FURNITURE_LINE, 40, "^___+" },

  /* "Found a typo? Select it and press Ctrl+Enter." */
  { PX_FURNITURE_LINE, 30, "\\bctrl ?\\+ ?enter\\b", needles_ctrl },

  /* Scraper and clipper residue. */
  { PX_FURNITURE_LINE, 4, "^source:? site-?[0-9]+$" },
  { PX_FURNITURE_LINE, 16, "^(source|via|quelle|source url|url source|original url|url|link|permalink|canonical):? ?(https?://|www\\.)\\S+$" },
  { PX_FURNITURE_LINE, 8, "^(markdown content|clipped|saved from|captured)(:|$)" },
  { PX_FURNITURE_LINE, 16, "^(https?://|www\\.)\\S+$" },
  { PX_FURNITURE_LINE, 12, "^(tags|topics|keywords|filed under|categories|category|schlagworte|"
    "schlagwörter|themen|étiquettes|mots-clés|etiquetas|temas|tag|тэги|теги|метки|tagi|etiketler):" },

  /* Calls to action: short lines only. */
  { PX_FURNITURE_LINE, 14,
    "\\b(click here|tap here|sign up|sign in|log in|login|subscribe|register now|"
    "download (our|the) app|follow us|like us on facebook|share this|share on|"
    "skip to|back to top|jump to|scroll to|print this|email this|"
    "jetzt abonnieren|newsletter abonnieren|hier klicken|cliquez ici|abonnez-vous|inscrivez-vous|"
    "haga clic|suscríbete|suscríbase|clicca qui|iscriviti|clique aqui|inscreva-se|klik hier|"
    "kliknij tutaj|zapisz się|tıklayın|abone olun|подпишитесь|нажмите здесь|"
    "подписывайтесь|підписуйтесь)\\b", needles_action },
  { PX_FURNITURE_LINE, 14,
    "\\b(newsletter|newsletters)\\b.*\\b(sign up|subscribe|inbox|get|receive|weekly|daily|free)\\b|"
    "^(our |the |a )?(free )?(daily|weekly|monthly|morning|evening)? ?newsletters?$|"
    "^(free|daily|weekly) (daily |weekly )?newsletters?\\b|"
    "\\b(sign up|subscribe|get|receive)\\b.*\\bnewsletters?\\b", needles_newsletter },
  { PX_FURNITURE_LINE, 40,
    "\\b(we use cookies|this (web)?site uses cookies|uses cookies to|cookie policy|cookie settings|"
    "accept (all )?cookies|by continuing to (browse|use)|privacy policy|terms of (use|service)|"
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    "tutti i diritti riservati|все права защищены|wszelkie prawa zastrzeżone|tüm hakları saklıdır|"
    "wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|utilizziamo (i )?cookie|"
    "мы используем (файлы )?cookie|"
    "(questo|il) sito (web )?utilizza (i )?cookie|proseguendo (nella|la) navigazione|continuando a navigare|"
    "diese (web)?seite verwendet cookies|ce site utilise des cookies|en poursuivant votre navigation|"
    "este sitio (web )?(utiliza|usa) cookies|al continuar navegando|este site (utiliza|usa) cookies|"
    "deze (web)?site gebruikt cookies|ta strona (korzysta z|używa) (plików )?cookie|"
    "(bu )?(web )?sitede çerez|çerez(ler)? kullan|(этот|наш) сайт использует (файлы )?cookie|"
    "(цей|наш) сайт використовує (файли )?cookie|"
    "\u064a\u0633\u062a\u062e\u062f\u0645 \u0647\u0630\u0627 \u0627\u0644\u0645\u0648\u0642\u0639)",
    needles_cookies },
  { PX_FURNITURE_LINE, 30,
    "\\b(your email address will not be published|required fields are marked|"
    "you must be logged in|log in to (comment|leave)|to leave a comment|to post a comment|"
    "comments are closed|no comments yet|be the first to comment|"
    "enable javascript|javascript is disabled|your browser does not support|"
    "ad blocker|adblock|disable your ad)", needles_comments },

  /* Membership and donation appeals. */
  { PX_FURNITURE_LINE, 14, "\\b(become|be) an? .{1,60} (member|supporter|patron|subscriber)$", needles_member },
  { PX_FURNITURE_LINE, 60,
    "\\b(join today|join us today|join now|consider becoming a (member|supporter|patron|subscriber)|"
    "become a (member|supporter|patron|subscriber) (today|now)|"
    "support (small,? )?(independent|local) (journalism|media|news|reporting)|"
    "become a (member|supporter|patron|subscriber) (for|from) |readers like you chip in|"
    "support (our|quality) (journalism|work|reporting|newsroom)|support us (today|now)|"
    "(donate|give) (now|today|to (us|our))|make a (one-off |one-time |monthly )?donation|"
    "via our (collective )?fundraiser|our (collective )?fundraiser|"
    "unterstützen sie (unabhängigen )?journalismus|jetzt unterstützen|"
    "soutenez (le journalisme|notre)|faites un don|apoya (el periodismo|nuestro)|haz una donación|"
    "sostieni (il giornalismo|la nostra)|fai una donazione|apoie (o jornalismo|nosso)|"
    "поддержите (нас|независимую|редакцию)|поддержать (нас|редакцию)|"
    "підтримайте (нас|незалежн)|wesprzyj (nas|niezależne)|bizi destekleyin)\\b", needles_appeal },
};

typedef struct {
  GHashTable *lines;                                    /* normalised line → kind */
  GHashTable *share_words;
  GRegex     *patterns[G_N_ELEMENTS (furniture_patterns)];
  /* For a pattern every match of which starts at the line's start: the
   * ASCII bytes a matching line may start with (bit b of first[b / 64]);
   * all bits set when that is not known. */
  guint64     first[G_N_ELEMENTS (furniture_patterns)][2];
  /* The same for the second byte, after each possible ASCII first byte:
   * bit c of second[i][b][c / 64]; NULL when not known. */
  guint64   (*second[G_N_ELEMENTS (furniture_patterns)])[128][2];
} PxFurnitureTables;

/* Whether @pattern is "^…" with no "|" outside brackets and groups, so
 * that every match starts at offset 0. */
static gboolean
px_pattern_is_anchored (const char *pattern)
{
  int depth = 0;
  gboolean in_class = FALSE;

  if (pattern[0] != '^')
    return FALSE;
  for (const char *p = pattern; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (in_class)
        in_class = *p != ']';
      else if (*p == '[')
        in_class = TRUE;
      else if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
      else if (*p == '|' && depth == 0)
        return FALSE;
    }
  return TRUE;
}

/* The first bytes an anchored pattern can match, found by asking PCRE for a
 * partial match of each one-character line: a line whose first character
 * neither matches nor partially matches cannot match whatever follows it.
 * This replaces most regex calls (hundreds of instructions each, even when
 * the pattern fails at once) with a bit test. */
static gboolean
px_pattern_may_start (GRegex     *regex,
                      const char *subject)
{
  g_autoptr(GMatchInfo) match = NULL;

  return g_regex_match (regex, subject, G_REGEX_MATCH_PARTIAL_HARD, &match) ||
         g_match_info_is_partial_match (match);
}

static void
px_pattern_first_bytes (GRegex  *regex,
                        guint64  first[2],
                        guint64 (**second)[128][2])
{
  first[0] = first[1] = 0;
  *second = g_malloc0 (sizeof **second);
  for (guint b = 1; b < 128; b++)
    {
      char subject[3] = { (char) b, '\0', '\0' };

      if (!px_pattern_may_start (regex, subject))
        continue;
      first[b / 64] |= G_GUINT64_CONSTANT (1) << (b % 64);
      /* A normalised line has no control characters in it: their bits
       * are left set, which only means "try the pattern". */
      (**second)[b][0] = G_MAXUINT64;
      (**second)[b][1] = 0;
      for (guint c = 0x20; c < 128; c++)
        {
          subject[1] = (char) c;
          if (!px_pattern_may_start (regex, subject))
            (**second)[b][c / 64] &= ~(G_GUINT64_CONSTANT (1) << (c % 64));
          else
            (**second)[b][c / 64] |= G_GUINT64_CONSTANT (1) << (c % 64);
        }
    }
}

static gpointer
px_furniture_tables_build (gpointer data)
{
  PxFurnitureTables *tables = g_new0 (PxFurnitureTables, 1);

  tables->lines = g_hash_table_new (g_str_hash, g_str_equal);
  /* Furniture lines first, so a word in both lists ("read more") stays a
   * line to drop rather than an end of article. */
  for (guint i = 0; i < G_N_ELEMENTS (end_lines); i++)
    g_hash_table_insert (tables->lines, (gpointer) end_lines[i], GINT_TO_POINTER (PX_FURNITURE_END));
  for (guint i = 0; i < G_N_ELEMENTS (furniture_lines); i++)
    g_hash_table_insert (tables->lines, (gpointer) furniture_lines[i], GINT_TO_POINTER (PX_FURNITURE_LINE));
  tables->share_words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (share_words); i++)
    g_hash_table_add (tables->share_words, (gpointer) share_words[i]);

  for (guint i = 0; i < G_N_ELEMENTS (furniture_patterns); i++)
    {
      g_autoptr(GError) error = NULL;

      tables->patterns[i] = g_regex_new (furniture_patterns[i].pattern,
                                         G_REGEX_OPTIMIZE | G_REGEX_CASELESS,
                                         0, &error);
      tables->first[i][0] = tables->first[i][1] = G_MAXUINT64;
      if (tables->patterns[i] == NULL)
        g_critical ("Furniture pattern %u does not compile: %s", i, error->message);
      else if (px_pattern_is_anchored (furniture_patterns[i].pattern))
        px_pattern_first_bytes (tables->patterns[i], tables->first[i], &tables->second[i]);
    }
  return tables;
}

static const PxFurnitureTables *
px_furniture_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, px_furniture_tables_build, NULL);
  return once.retval;
}

static gboolean
px_is_trim_char (gunichar c)
{
  return g_unichar_isspace (c) || c == '[' || c == ']' || c == '(' || c == ')' ||
         c == '|' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2022 || c == '*' ||
         c == '>' || c == '<' || c == 0x00bb || c == 0x00ab || c == 0x203a || c == 0x2039 ||
         c == '.' || c == ':' || c == 0x2026 || c == '#' || c == '_' || c == '=' || c == '~' ||
         c == 0x25b6 || c == 0x25ba || c == 0x2192 || c == '+' || c == '!';
}

/**
 * px_furniture_normalize:
 * @line: a line of text
 *
 * Lower-cases @line, folds white space and typographic apostrophes, and
 * trims bullets, brackets, counters ("Comments (12)") and trailing
 * punctuation, the form in which the furniture tables are written.
 *
 * Returns: (transfer full): the normalised line
 */
/* Whether the character at @p has no case: U+00A0–U+00BF (no-break space,
 * «», ©, °…), U+2000–U+20FF (dashes, quotes, ellipsis, currency signs) and
 * U+3000–U+303F (CJK punctuation). */
static inline gsize
px_caseless_length (const guchar *p)
{
  if (p[0] == 0xc2 && p[1] >= 0xa0 && p[1] <= 0xbf)
    return 2;
  if (p[0] == 0xe2 && p[1] >= 0x80 && p[1] <= 0x83 && (p[2] & 0xc0) == 0x80)
    return 3;
  if (p[0] == 0xe3 && p[1] == 0x80 && (p[2] & 0xc0) == 0x80)
    return 3;
  return 0;
}

/* Most furniture is ASCII, perhaps with typographic quotes and dashes, and
 * g_utf8_strdown() is many times slower than an ASCII loop on it. Those
 * lines are lowered byte by byte (the same result, except that a Turkish
 * or Lithuanian locale's rules for "I" apply to no line, as they never did
 * to plain ASCII lines); lines with other characters go to GLib. */
static char *
px_furniture_strdown (const char *text)
{
  gsize length = strlen (text);
  char *out = g_malloc (length + 1);
  const guchar *p = (const guchar *) text;
  char *o = out;

  while (*p != '\0')
    {
      gsize n;

      if (*p < 0x80)
        {
          *o++ = *p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p;
          p++;
          continue;
        }
      n = px_caseless_length (p);
      if (n == 0)
        {
          g_free (out);
          return g_utf8_strdown (text, length);
        }
      memcpy (o, p, n);
      o += n;
      p += n;
    }
  *o = '\0';
  return out;
}

char *
px_furniture_normalize (const char *line)
{
  g_autofree char *spaced = px_text_normalize_space (line, -1);
  g_autofree char *lower = px_furniture_strdown (spaced);
  GString *out = g_string_sized_new (strlen (lower));
  const char *start = lower;
  const char *end = lower + strlen (lower);
  gboolean trimmed;

  /* Leading bullets and brackets, but keep "(photo: …" recognisable by
   * only trimming a bracket when no letter follows right after it. */
  while (start < end)
    {
      gunichar c = g_utf8_get_char (start);

      if (!px_is_trim_char (c) || ((c == '(' || c == '[') && g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (start)))))
        break;
      start = g_utf8_next_char (start);
    }
  if (*start == '(' || *start == '[')
    start++;

  do
    {
      trimmed = FALSE;
      while (end > start)
        {
          const char *prev = g_utf8_prev_char (end);

          if (!px_is_trim_char (g_utf8_get_char (prev)))
            break;
          end = prev;
          trimmed = TRUE;
        }
      /* Counters: "Comments 12", "(3)". */
      {
        const char *digits = end;

        while (digits > start && g_ascii_isdigit (digits[-1]))
          digits--;
        /* Only a separate number: "site-34" is a name, not a counter. */
        if (digits < end && digits > start && (digits[-1] == ' ' || digits[-1] == '('))
          {
            end = digits;
            trimmed = TRUE;
          }
      }
      if (end == start)
        break;
    }
  while (trimmed && end > start && px_is_trim_char (g_utf8_get_char (g_utf8_prev_char (end))));

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* ASCII is copied as it is, without decoding and re-encoding. */
      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, *p == '`' ? '\'' : *p);
          continue;
        }
      c = g_utf8_get_char (p);
      /* Turkish "İ" lower-cases to "i" and a combining dot. */
      if (c == 0x0307)
        continue;
      if (c == 0x2019 || c == 0x2018 || c == 0x02bc || c == 0x00b4)
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* "Home | News | Community | Events", "Startseite › Politik › Deutschland":
 * short items between separators, with no sentence and no number in them. A
 * Markdown table row starts with its separator and is not a menu. */
static gboolean
px_is_menu_line (const char *line)
{
  static const char * const strong[] = { "\u203a", "\u00bb", "\u2192", " > ", " / " };
  static const char * const weak[] = { "|", "\u2022", "\u00b7", "\u25aa" };
  g_autofree char *spaced = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) items = NULL;
  gboolean has_strong = FALSE, any = FALSE;
  guint count = 0;

  if (strlen (line) > 400)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (strong) && !any; i++)
    any = strstr (line, g_str_has_prefix (strong[i], " ") ? strong[i] + 1 : strong[i]) != NULL;
  for (guint i = 0; i < G_N_ELEMENTS (weak) && !any; i++)
    any = strstr (line, weak[i]) != NULL;
  if (!any)
    return FALSE;
  spaced = px_text_normalize_space (line, -1);
  if (*spaced == '|')
    return FALSE;
  /* One separator for all: the items are what matter. */
  joined = g_strdup (spaced);
  for (guint i = 0; i < G_N_ELEMENTS (strong); i++)
    if (strstr (joined, strong[i]) != NULL)
      {
        g_auto(GStrv) parts = g_strsplit (joined, strong[i], -1);

        has_strong = TRUE;
        g_free (joined);
        joined = g_strjoinv ("\x1f", parts);
      }
  for (guint i = 0; i < G_N_ELEMENTS (weak); i++)
    if (strstr (joined, weak[i]) != NULL)
      {
        g_auto(GStrv) parts = g_strsplit (joined, weak[i], -1);

        g_free (joined);
        joined = g_strjoinv ("\x1f", parts);
      }
  items = g_strsplit (joined, "\x1f", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);
      guint words = px_text_count_words (item);

      if (*item == '\0' && (i == 0 || items[i + 1] == NULL))
        continue;
      if (words == 0 || words > 4 || px_text_ends_sentence (item))
        return FALSE;
      for (const char *p = item; *p; p++)
        if (g_ascii_isdigit (*p) || *p == ',' || *p == ':')
          return FALSE;
      count++;
    }
  return count >= (has_strong ? 2u : 3u);
}

/* A line made only of share-bar words ("Share: Facebook X Email"). */
static gboolean
px_is_share_bar (const PxFurnitureTables *tables,
                 const char              *normal)
{
  /* Split in place on the stack: most lines fail on their first word, and
   * allocating the whole split for them showed in profiles. */
  char word[64];
  guint count = 0, specific = 0;
  const char *p = normal;

  while (*p != '\0')
    {
      gsize len = strcspn (p, " :,|/");

      if (len == 0)
        {
          p++;
          continue;
        }
      /* Longer than any share word. */
      if (len >= sizeof word)
        return FALSE;
      memcpy (word, p, len);
      word[len] = '\0';
      p += len;
      if (!g_hash_table_contains (tables->share_words, word))
        return FALSE;
      count++;
      if (strcmp (word, "this") != 0 && strcmp (word, "article") != 0 &&
          strcmp (word, "story") != 0 && strcmp (word, "on") != 0 &&
          strcmp (word, "via") != 0 && strcmp (word, "link") != 0 &&
          strcmp (word, "copy") != 0 && strcmp (word, "x") != 0)
        specific++;
    }
  return count >= 2 && specific >= 2;
}

/* Which byte pairs a line holds, hashed to 4096 bits on the low six bits
 * of each byte: a needle whose first pairs are not all there is not in the
 * line, found without a strstr () call. */
typedef struct {
  guint64 bits[64];
} PxPairs;

static inline guint
px_pair (guchar a,
         guchar b)
{
  return ((guint) (a & 0x3f) << 6) | (b & 0x3f);
}

static void
px_pairs_init (PxPairs    *pairs,
               const char *text)
{
  memset (pairs, 0, sizeof *pairs);
  for (const guchar *p = (const guchar *) text; p[0] != '\0' && p[1] != '\0'; p++)
    {
      guint pair = px_pair (p[0], p[1]);

      pairs->bits[pair / 64] |= G_GUINT64_CONSTANT (1) << (pair % 64);
    }
}

static inline gboolean
px_pairs_has (const PxPairs *pairs,
              guchar         a,
              guchar         b)
{
  guint pair = px_pair (a, b);

  return (pairs->bits[pair / 64] >> (pair % 64)) & 1;
}

static gboolean
px_has_needle (const char         *normal,
               const PxPairs      *pairs,
               const char * const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    {
      const guchar *n = (const guchar *) needles[i];
      gboolean possible = TRUE;

      for (guint k = 0; k < 3 && possible && n[k] != '\0' && n[k + 1] != '\0'; k++)
        possible = px_pairs_has (pairs, n[k], n[k + 1]);
      if (possible && strstr (normal, needles[i]) != NULL)
        return TRUE;
    }
  return FALSE;
}

/**
 * px_furniture_classify:
 * @line: one line or paragraph of text
 *
 * Tells whether @line is page furniture: a line to drop (an appeal, a share
 * bar, a cookie notice, a "Read more:" insert), a photo credit, or a heading
 * after which the article is over ("Related articles", "Comments").
 * Matching is case-insensitive and ignores bullets and trailing
 * punctuation. Sentences of prose that merely mention a member or a photo are
 * not furniture.
 *
 * Returns: the kind of furniture, or %PX_FURNITURE_NONE
 */
PxFurnitureKind
px_furniture_classify (const char *line)
{
  const PxFurnitureTables *tables;
  g_autofree char *normal = NULL;
  gpointer kind;
  guint words;
  gboolean prefilter;
  PxPairs pairs;
  guchar first, second;

  if (line == NULL)
    return PX_FURNITURE_NONE;
  /* Every table entry and pattern is shorter: a long paragraph is prose. */
  if (strlen (line) > 2000 || px_text_count_words (line) > PX_FURNITURE_MAX_WORDS)
    return PX_FURNITURE_NONE;
  tables = px_furniture_tables ();
  normal = px_furniture_normalize (line);
  if (*normal == '\0')
    return PX_FURNITURE_NONE;

  if (g_hash_table_lookup_extended (tables->lines, normal, NULL, &kind))
    return GPOINTER_TO_INT (kind);
  if (px_is_share_bar (tables, normal) || px_is_menu_line (line))
    return PX_FURNITURE_LINE;

  words = px_text_count_words (normal);
  /* Caseless matching lets a pattern's "s" match "ſ" and its Cyrillic
   * letters match their rounded forms (U+1C80…), lower-case letters that
   * strstr() would not take for them; such lines go to the patterns. */
  prefilter = strstr (normal, "\xc5\xbf") == NULL && strstr (normal, "\xe1\xb2") == NULL;
  if (prefilter)
    px_pairs_init (&pairs, normal);
  first = (guchar) normal[0];
  second = (guchar) normal[1];
  for (guint i = 0; i < G_N_ELEMENTS (furniture_patterns); i++)
    {
      /* The untrimmed line keeps a leading "(" or "©" the pattern needs. */
      if (words > furniture_patterns[i].max_words || tables->patterns[i] == NULL)
        continue;
      if (first < 128 && !((tables->first[i][first / 64] >> (first % 64)) & 1))
        continue;
      if (first < 128 && second < 128 && tables->second[i] != NULL &&
          !(((*tables->second[i])[first][second / 64] >> (second % 64)) & 1))
        continue;
      if (prefilter && furniture_patterns[i].needles != NULL &&
          !px_has_needle (normal, &pairs, furniture_patterns[i].needles))
        continue;
      if (g_regex_match (tables->patterns[i], normal, 0, NULL))
        return furniture_patterns[i].kind;
    }
  return PX_FURNITURE_NONE;
}
