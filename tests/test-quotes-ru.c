/* test-quotes-ru.c — speakers of quotes in Russian news copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* No quote of @quotes holds @fragment. */
static void
assert_no_quote_holds (GPtrArray  *quotes,
                       const char *fragment)
{
  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, fragment));
}

/* "собеседник «Ъ» в правительстве", "тренер «Металлурга»": a short
 * capitalised name in marks after a noun or verb is no quote, and does not
 * join the quote before it */
static void
test_name_in_marks_after_any_word (void)
{
  const char *text =
    "Переговоры о тарифах затянулись\n\n"
    "«Стороны пока не сблизили позиции», — рассказал собеседник «Вестника» в областном правительстве.\n\n"
    "Главный тренер «Буревестника» Игорь Палкин отметил, что команда устала.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "Стороны пока не сблизили позиции");

  g_assert_null (strstr (quote->text, "Вестника"));
  assert_no_quote_holds (quotes, "Буревестника");
}

/* "Сама Мальцева в последнем слове сказала": the intensifier opening the
 * sentence is no part of the name */
static void
test_intensifier_before_name (void)
{
  const char *text =
    "Музей в Липовке\n\n"
    "Учительница Вера Корнейчук и библиотекарь Анна Лосева открыли музей.\n\n"
    "Сама Корнейчук о деньгах молчит. Она признается, что боится закрытия музея.\n\n"
    "Сам Игнатов заявил, что поможет с ремонтом. Глава поселения Олег Игнатов давно знает музей.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "боится закрытия музея")->speaker, ==, "Вера Корнейчук");
}

/* "— рассказал собеседник «Ъ» в правительстве. По его словам, …": an
 * unnamed source after the cue runs over the paper it talked to and where
 * it works, and the pronoun after it is that source, not the person the
 * article named before */
static void
test_unnamed_source_after_listener (void)
{
  const char *text =
    "Переговоры о субсидиях зашли в тупик\n\n"
    "Министр транспорта Игорь Левашов открыл встречу в понедельник.\n\n"
    "«Стороны пока не сблизили позиции», — рассказал собеседник «Вестника» в областном правительстве. "
    "По его словам, решение примут не раньше весны.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Стороны пока не сблизили позиции")->speaker, ==,
                   "собеседник «Вестника» в областном правительстве");
  g_assert_cmpstr (px_test_expect_quote (quotes, "решение примут не раньше весны")->speaker, ==,
                   "собеседник «Вестника» в областном правительстве");
}

/* "Источник, знакомый с ходом переговоров, утверждает, что …", "Name,
 * который …, считает, что …": a participle or "который" clause between the
 * subject and the verb */
static void
test_subject_with_clause_between_commas (void)
{
  const char *text =
    "Спор о тарифах\n\n"
    "Депутат городской думы Артем Сучков, который первым заметил рост платежей, считает, "
    "что ошибка кроется в самой методике расчета.\n\n"
    "Источник, близкий к руководству компании, утверждает, что тариф пересмотрят уже весной. "
    "«Решение практически принято», — говорит он.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ошибка кроется в самой методике расчета")->speaker, ==, "Артем Сучков");
  g_assert_cmpstr (px_test_expect_quote (quotes, "тариф пересмотрят уже весной")->speaker, ==,
                   "Источник, близкий к руководству компании");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Решение практически принято")->speaker, ==,
                   "Источник, близкий к руководству компании");
}

/* "сообщил ТАСС представитель пресс-службы аэропорта", then "— добавил
 * собеседник агентства" and "По его словам": an unnamed representative
 * speaks for the body in the genitive after him, put back in the
 * nominative, and the agency's interlocutor is that body again */
static void
test_representative_of_body_then_interlocutor (void)
{
  const char *text =
    "В аэропорту Лиманска задержаны рейсы\n\n"
    "Более двадцати рейсов задержаны в аэропорту Лиманска из-за тумана, сообщил ТАСС представитель "
    "пресс-службы воздушной гавани.\n\n"
    "«Видимость на полосе не превышает ста метров», — добавил собеседник агентства.\n\n"
    "По его словам, пассажирам раздают воду и питание.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "задержаны в аэропорту Лиманска")->speaker, ==,
                   "пресс-служба воздушной гавани");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Видимость на полосе")->speaker, ==, "пресс-служба воздушной гавани");
  g_assert_cmpstr (px_test_expect_quote (quotes, "пассажирам раздают воду")->speaker, ==, "пресс-служба воздушной гавани");
}

/* "говорится в сообщении пресс-службы городской администрации": the
 * body that issued it, its head noun in the nominative */
static void
test_statement_of_body_in_genitive (void)
{
  const char *text =
    "Отопление в школах включат позже\n\n"
    "«Решение принято с учетом прогноза синоптиков», — говорится в сообщении пресс-службы городской администрации.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Решение принято")->speaker, ==, "пресс-служба городской администрации");
}

/* "В управляющей компании «…» заявили": the adjective put back in the
 * nominative is "управляющая", not "управляющяя" */
static void
test_hushing_adjective_nominative (void)
{
  const char *text =
    "Подвал затопило\n\n"
    "В управляющей компании «Дом-Сервис» заявили, что задержка вызвана нехваткой техники на весь район.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "задержка вызвана нехваткой техники")->speaker, ==,
                   "управляющая компания «Дом-Сервис»");
}

/* "В Государственной жилищной инспекции области «Вестнику» подтвердили":
 * two adjectives before the institution's noun, the first a proper one,
 * and the paper told in marks before the verb */
static void
test_institution_two_adjectives_and_listener (void)
{
  const char *text =
    "Подвал затопило\n\n"
    "Жильцы пожаловались на запах.\n\n"
    "В Государственной жилищной инспекции области «Вестнику» подтвердили, что получили обращение жителей дома. "
    "Проверка начнется на следующей неделе, уточнили в ведомстве.\n\n"
    "В Северной транспортной прокуратуре сообщили, что начали проверку соблюдения прав пассажиров.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "получили обращение жителей")->speaker, ==,
                   "Государственная жилищная инспекция области");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Проверка начнется")->speaker, ==,
                   "Государственная жилищная инспекция области");
  g_assert_cmpstr (px_test_expect_quote (quotes, "начали проверку соблюдения")->speaker, ==,
                   "Северная транспортная прокуратура");
}

/* "Мэрия Лесогорска перенесла …. Как пояснили в мэрии, …": the body in
 * the fullest form the article gave it */
static void
test_body_in_fullest_form (void)
{
  const char *text =
    "Отопление включат позже\n\n"
    "Мэрия Лесогорска перенесла начало отопительного сезона в школах.\n\n"
    "Как пояснили в мэрии, подача тепла в жилые дома начнется по прежнему графику.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "подача тепла в жилые дома")->speaker, ==, "мэрия Лесогорска");
}

/* "По версии следствия, …", "По его собственным словам, …" */
static void
test_according_version_and_own_words (void)
{
  const char *text =
    "Суд над директором\n\n"
    "По версии следствия, бывший директор оформлял на работу несуществующих сотрудников.\n\n"
    "Депутат городской думы Олег Карпов назвал ситуацию недопустимой. "
    "По его собственным словам, таких жалоб за осень набралось больше двадцати.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "оформлял на работу несуществующих")->speaker, ==, "следствие");
  g_assert_cmpstr (px_test_expect_quote (quotes, "таких жалоб за осень")->speaker, ==, "Олег Карпов");
}

/* «…, — вспоминает Вера Павловна. — …»: the cue set between dashes
 * inside one pair of marks is no part of the quote, and is its cue */
static void
test_cue_between_dashes_inside_marks (void)
{
  const char *text =
    "Музей в Липовке\n\n"
    "Учительница Вера Корнейчук открыла музей двадцать лет назад.\n\n"
    "«Сначала это была просто полка в классе, — вспоминает Корнейчук. — Потом полок стало три».";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "Сначала это была просто полка");

  g_assert_null (strstr (quote->text, "вспоминает"));
  g_assert_nonnull (strstr (quote->text, "Потом полок стало три"));
  g_assert_cmpstr (quote->verb, ==, "вспоминает");
  g_assert_cmpstr (quote->speaker, ==, "Вера Корнейчук");
}

/* "Анна Сергеевна" for "Анна Сергеевна Гречко": given name and
 * patronymic, the polite second reference */
static void
test_given_name_and_patronymic (void)
{
  const char *text =
    "Музей в Сосновке\n\n"
    "Его создательница, учительница истории Анна Сергеевна Гречко, встречает нас у входа.\n\n"
    "«Дети приносили из дома старые фотографии и письма», — вспоминает Анна Сергеевна.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Дети приносили из дома")->speaker, ==, "Анна Сергеевна Гречко");
}

/* "Губернатор Ивановской области пообещал …" in the headline: a role
 * with the place it is of in the genitive is the person the article gives
 * it to, not a name "Ивановской области" */
static void
test_role_of_place_in_genitive (void)
{
  const char *text =
    "Губернатор Озерной области пообещал проверить рост платы за вывоз мусора\n\n"
    "Губернатор Озерной области Петр Лосев поручил проверить тарифы. Об этом он написал в своем Telegram-канале.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "проверить рост платы")->speaker, ==, "Петр Лосев");
}

/* "Соседка Кузьминой по лестничной клетке, пенсионерка Зинаида Белая, …
 * — рассказала женщина": the noun opening the sentence before a known
 * surname in the genitive is no name; the woman is the one named after it */
static void
test_noun_before_oblique_surname (void)
{
  const char *text =
    "Подвал затопило\n\n"
    "Об этом рассказала старшая по дому Валентина Кузьмина.\n\n"
    "Соседка Кузьминой по лестничной клетке, пенсионерка Зинаида Белова, показывает на углы в прихожей. "
    "«У меня внук астматик, он теперь приезжать боится», — рассказала женщина.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "У меня внук астматик")->speaker, ==, "Зинаида Белова");
}

/* "Марина Ветрова в комментарии изданию «…» пояснила, что …": a
 * prepositional adjunct between the name and the verb */
static void
test_adjunct_between_name_and_verb (void)
{
  const char *text =
    "Тарифы на вывоз мусора\n\n"
    "Глава региональной службы по тарифам Марина Ветрова в комментарии изданию «Вечерний Ключ» пояснила, "
    "что норматив накопления отходов пересматривался по требованию закона.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "норматив накопления отходов")->speaker, ==, "Марина Ветрова");
}

/* "приговорить … Ирину Мальцеву", later "Мальцева": a woman introduced
 * in an oblique case is named by her surname in the nominative, which
 * gives her name's nominative */
static void
test_woman_introduced_in_oblique_case (void)
{
  const char *text =
    "Директору школы запросили пять лет\n\n"
    "Прокурор попросил суд приговорить бывшего директора школы Ирину Мальцеву к пяти годам колонии.\n\n"
    "Мальцева заявила, что раскаивается лишь в нарушении порядка оформления сотрудников.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "раскаивается лишь в нарушении")->speaker, ==, "Ирина Мальцева");
}

/* "В «ЭкоЛайн-Иваново» заявили, что …": a company by its name alone */
static void
test_company_name_alone_in_marks (void)
{
  const char *text =
    "Плата за вывоз мусора выросла\n\n"
    "В «Чистый Двор» заявили, что рост платежей связан с переходом на расчет по нормативу.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "рост платежей связан")->speaker, ==, "Чистый Двор");
}

/* "Как передает РИА Новости со ссылкой на региональное управление
 * Росавиации, …": the agency relays; the body it cites speaks */
static void
test_agency_citing_source (void)
{
  const char *text =
    "Туман в аэропорту\n\n"
    "Более двадцати рейсов задержаны в аэропорту Лиманска.\n\n"
    "Как передает РИА Новости со ссылкой на региональное управление Росавиации, туман продержится как минимум до полудня.\n\n"
    "Сотрудники аэропорта раздают пассажирам воду. Об этом сообщает ТАСС со ссылкой на пресс-службу аэропорта.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "туман продержится")->speaker, ==, "региональное управление Росавиации");
  g_assert_cmpstr (px_test_expect_quote (quotes, "раздают пассажирам воду")->speaker, ==, "пресс-служба аэропорта");
}

/* "— написал парламентарий в своем Telegram-канале «Кочетков на связи»":
 * a channel's name in marks after the cue makes no mixed quote; "Об этом
 * сообщила инициативная группа «Наш сквер», …": the group with its name */
static void
test_names_in_marks_after_cue (void)
{
  const char *text =
    "Спор о сквере\n\n"
    "«Пенсионерка теперь платит столько же, сколько семья из пяти человек», — написал парламентарий Андрей Кочетков "
    "в своем Telegram-канале «Кочетков на связи».\n\n"
    "Жители района выступают против строительства парковки на месте сквера. Об этом сообщила инициативная группа "
    "«Зеленый двор», собравшая более трех тысяч подписей.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  assert_no_quote_holds (quotes, "Telegram-канале");
  g_assert_cmpstr (px_test_expect_quote (quotes, "выступают против строительства")->speaker, ==,
                   "инициативная группа «Зеленый двор»");
}

/* "подтвердил, что …, однако заявил, что …": two clauses, two quotes */
static void
test_however_second_verb (void)
{
  const char *text =
    "Суд над директором\n\n"
    "Свидетели давали противоречивые показания.\n\n"
    "Учитель физкультуры Геннадий Осипов подтвердил, что спортзал был отремонтирован, однако заявил, "
    "что о его финансировании ничего не знал.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *first = px_test_expect_quote (quotes, "спортзал был отремонтирован");
  PxQuote *second = px_test_expect_quote (quotes, "о его финансировании ничего не знал");

  g_assert_null (strstr (first->text, "финансировании"));
  g_assert_cmpstr (second->verb, ==, "заявил");
  g_assert_cmpstr (second->speaker, ==, "Геннадий Осипов");
}

/* "Об этом говорится в заявлении федерации", "уточняется в документе",
 * "говорится в заявлении компании": a document's owner named by a bare
 * noun, or not at all, is the body of that kind named before */
static void
test_document_owner_named_before (void)
{
  const char *text =
    "Пловца дисквалифицировали\n\n"
    "Федерация плавания Северного края дисквалифицировала на два года призера первенства Антона Мельника. "
    "Об этом говорится в заявлении федерации. Спортсмен может обжаловать решение в течение месяца, уточняется в документе.\n\n"
    "Бассейн, где тренировался Мельник, строит оператор «Аквастрой». "
    "Работы завершатся к лету, говорится в заявлении компании.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "дисквалифицировала на два года призера")->speaker, ==,
                   "Федерация плавания Северного края");
  g_assert_cmpstr (px_test_expect_quote (quotes, "может обжаловать решение в течение месяца")->speaker, ==,
                   "Федерация плавания Северного края");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Работы завершатся к лету")->speaker, ==, "Аквастрой");
}

/* "Андрея Куликова" … "Сам Куликов": a man introduced in an oblique
 * case and named later by his surname in the nominative is one person,
 * under the nominative of his full name */
static void
test_man_introduced_in_oblique_case (void)
{
  const char *text =
    "Директора автобазы арестовали\n\n"
    "Суд арестовал директора городской автобазы Андрея Куликова по делу о хищении топлива.\n\n"
    "Сам Куликов вину не признает. «Я ничего не похищал», — заявил он журналистам.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Я ничего не похищал")->speaker, ==, "Андрей Куликов");
}

/* "В суде он рассказал, что …": a place opening the sentence is no
 * institution speaking when a personal pronoun is the verb's subject */
static void
test_place_before_pronoun_subject (void)
{
  const char *text =
    "Дело о подкупе\n\n"
    "Следователь Ольга Панова допросила предпринимателя Семена Грачева.\n\n"
    "Грачев пошел на сделку со следствием. В суде он рассказал, что деньги передавал наличными.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "деньги передавал наличными")->speaker, ==, "Семен Грачев");
}

/* "В ведомстве также напомнили" several paragraphs after the body last
 * spoke, with a person quoted since: the generic noun is that body */
static void
test_agency_noun_after_long_gap (void)
{
  const char *text =
    "Городские бассейны закроют на ремонт\n\n"
    "В комитете по спорту сообщили, что три бассейна закроются на лето.\n\n"
    "Тренер детской школы Максим Орехов считает, что секции останутся без занятий.\n\n"
    "«Детей придется возить в соседний город», — сказал он.\n\n"
    "В ведомстве также напомнили, что абонементы продлят бесплатно.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "абонементы продлят бесплатно")->speaker, ==,
                   "комитет по спорту");
}

/* "Собеседник, близкий к «Вектору», подтвердил", "Источник в
 * профсоюзе, пожелавший остаться неизвестным, рассказал": a name in marks
 * inside the clause between commas, and an unnamed source placed by a
 * preposition before it */
static void
test_unnamed_source_with_clause_and_marks (void)
{
  const char *text =
    "Завод ищет покупателя\n\n"
    "Собеседник, близкий к «Вектору», подтвердил, что владельцы обсуждают продажу завода с тремя инвесторами.\n\n"
    "Источник в профсоюзе, пожелавший остаться неизвестным, рассказал изданию, что рабочих предупредили о простое до весны.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "владельцы обсуждают продажу завода")->speaker, ==,
                   "Собеседник, близкий к «Вектору»");
  g_assert_cmpstr (px_test_expect_quote (quotes, "рабочих предупредили о простое")->speaker, ==,
                   "Источник в профсоюзе");
}

/* "Об этом «Вестнику» сообщил …": the paper told, in marks between the
 * pointing words and the verb, leaves the sentence before as the quote */
static void
test_points_back_past_paper_in_marks (void)
{
  const char *text =
    "Комбинат остановит печь\n\n"
    "Металлургический комбинат в Озерске в апреле остановит доменную печь на капитальный ремонт. "
    "Об этом «Вестнику» сообщил главный инженер предприятия Степан Громов.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "остановит доменную печь на капитальный ремонт")->speaker, ==,
                   "Степан Громов");
}

/* "— рассказал руководитель исследования, доцент кафедры экологии
 * Кирилл Вяземский.": two roles in apposition after the verb, then the
 * name; the name speaks, and the pronoun after it is him */
static void
test_two_roles_before_name_after_verb (void)
{
  const char *text =
    "Ученые нашли новый вид жука\n\n"
    "Энтомологи Приморского университета описали новый вид жука-короеда.\n\n"
    "«Мы нашли его случайно, когда изучали кору старых кедров», — рассказал руководитель экспедиции, "
    "старший научный сотрудник кафедры зоологии Тимур Аксенов.\n\n"
    "По его словам, жук встречается только в двух долинах заповедника.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "изучали кору старых кедров")->speaker, ==, "Тимур Аксенов");
  g_assert_cmpstr (px_test_expect_quote (quotes, "жук встречается только в двух долинах")->speaker, ==, "Тимур Аксенов");
}

/* "…, уточнили там.": "там" after the verb, like "Там уточнили" before
 * it, is the institution just quoted */
static void
test_there_after_verb (void)
{
  const char *text =
    "Мост закроют на ремонт\n\n"
    "В областном управлении дорог сообщили, что мост через Сосьву закроют на ремонт в мае. "
    "Объезд для грузовиков проложат через соседнее село, уточнили там.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *first = px_test_expect_quote (quotes, "мост через Сосьву закроют на ремонт");

  g_assert_nonnull (first->speaker);
  g_assert_cmpstr (px_test_expect_quote (quotes, "Объезд для грузовиков проложат через соседнее село")->speaker, ==,
                   first->speaker);
}

/* "в селе Липки Верхнедонского района": a place and the capitalised
 * adjective of its district make no person, so "глава района" later is
 * the head named with that role */
static void
test_place_with_district_adjective (void)
{
  const char *text =
    "Школу в Липках закрыли\n\n"
    "В селе Липки Верхнедонского района закрыли единственную школу.\n\n"
    "Глава Верхнедонского района Павел Сучков заявил, что детей будут возить в соседнее село. "
    "«Автобус уже купили», — сказал глава района.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Автобус уже купили")->speaker, ==, "Павел Сучков");
}

/* "— рассказала «Речному вестнику» жительница …", "— сказала
 * корреспонденту «Вечера» …", "сообщили «Вестнику» в пресс-службе …": the
 * paper told, in the dative after the verb, is passed over */
static void
test_paper_in_dative_after_verb (void)
{
  const char *text =
    "Паром не ходит третий день\n\n"
    "«Мы сидим без хлеба и лекарств», — рассказала «Речному вестнику» жительница Заозерья Нина Лаптева.\n\n"
    "«Лодки тоже не выпускают», — сказал корреспонденту «Вечера» рыбак Петр Сомов.\n\n"
    "Паромная переправа закрыта до конца недели из-за шторма, сообщили «Речному вестнику» в пресс-службе порта.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Мы сидим без хлеба и лекарств")->speaker, ==, "Нина Лаптева");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Лодки тоже не выпускают")->speaker, ==, "Петр Сомов");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Паромная переправа закрыта до конца недели")->speaker, ==,
                   "пресс-служба порта");
}

/* "Как рассказал агентству источник в профсоюзе завода, …": the paper
 * by its common noun, then an unnamed source up to the comma, who is
 * also the "его" after, not the person named before */
static void
test_as_told_by_unnamed_source (void)
{
  const char *text =
    "Шахта сокращает смены\n\n"
    "Директор шахты «Глубокая» Роман Фомичев сообщил, что шахта перейдет на четырехдневную неделю.\n\n"
    "Как рассказал агентству источник в администрации поселка, горнякам уже предложили работу на стройке. "
    "По его данным, согласились около сорока человек.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "горнякам уже предложили работу на стройке")->speaker, ==,
                   "источник в администрации поселка");
  g_assert_cmpstr (px_test_expect_quote (quotes, "согласились около сорока человек")->speaker, ==,
                   "источник в администрации поселка");
}

/* "По оценке аналитика, …" after a woman analyst was named: the
 * estimate is a cue, and her name, already in the nominative, is kept */
static void
test_estimate_by_woman_analyst (void)
{
  const char *text =
    "Цены на жилье\n\n"
    "Аналитик агентства «Метр» Вера Лунина считает, что рост цен на новостройки замедлится к осени.\n\n"
    "По оценке аналитика, в крупных городах спрос упадет почти на десятую часть.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "в крупных городах спрос упадет")->speaker, ==, "Вера Лунина");
}

/* "сообщили в Главном управлении МЧС по краю": a capitalised adjective
 * before a noun for a body opens the institution's name */
static void
test_capitalised_adjective_before_body (void)
{
  const char *text =
    "Лесной пожар\n\n"
    "Огонь подошел к окраинам поселка Каменка на два километра, сообщили в Главном управлении МЧС по краю.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Огонь подошел к окраинам поселка")->speaker, ==,
                   "Главное управление МЧС по краю");
}

/* "Декан, по его словам, разрешил …": a cue set off by commas between
 * a short subject and the rest of its clause reports the whole clause */
static void
test_according_cue_inside_clause (void)
{
  const char *text =
    "Студенты опоздали на сессию\n\n"
    "Студент Глеб Рябов рассказал, что электричка простояла в поле почти два часа.\n\n"
    "Декан, по его словам, разрешил опоздавшим сдать экзамен через неделю.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "разрешил опоздавшим сдать экзамен")->speaker, ==, "Глеб Рябов");
}

/* "По словам жителей, …", "по словам организаторов": a group named by
 * a plural noun in the genitive speaks as that group, in the nominative,
 * not as a person with a like role */
static void
test_group_in_genitive_plural (void)
{
  const char *text =
    "Пикет у мэрии\n\n"
    "Организатор пикета Дина Хромова сказала, что жители собрали больше тысячи подписей.\n\n"
    "Следующий пикет, по словам организаторов, пройдет у здания областной думы. "
    "По словам жителей, свет в поселке отключали трижды за неделю.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "пройдет у здания областной думы")->speaker, ==, "организаторы");
  g_assert_cmpstr (px_test_expect_quote (quotes, "свет в поселке отключали трижды")->speaker, ==, "жители");
}

/* "сообщили в пресс-службе ЮУЖД. По данным перевозчика, …": a noun for
 * a business refers back to the company whose press service spoke */
static void
test_carrier_noun_for_company (void)
{
  const char *text =
    "Поезда задерживаются\n\n"
    "Поезда на южном направлении задерживаются из-за снегопада, сообщили в пресс-службе ЮУЖД.\n\n"
    "По данным перевозчика, снегоочистители вышли на линию в пять утра.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "снегоочистители вышли на линию")->speaker, ==, "ЮУЖД");
}

/* "Рынок восстановится к весне, считает аналитик ИК «…» Олег Дымов.":
 * an opinion verb after its clause, the holder closing the sentence, with
 * a firm in marks between his role and his name */
static void
test_opinion_verb_after_clause (void)
{
  const char *text =
    "Рынок грузоперевозок\n\n"
    "Ставки на грузоперевозки снизились на пять процентов за месяц.\n\n"
    "Рынок восстановится не раньше весны, считает аналитик ИК «Север-Капитал» Олег Дымов.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Рынок восстановится не раньше весны")->speaker, ==, "Олег Дымов");
}

/* "В ФТС сообщили, что … . …, пояснили в службе.": the bare "служба"
 * is the body just quoted, like "в ведомстве" */
static void
test_bare_service_noun (void)
{
  const char *text =
    "Таможня задержала партию\n\n"
    "В ФТС сообщили, что партия электроники задержана на границе до конца проверки. "
    "Владелец груза может обжаловать решение в течение десяти дней, пояснили в службе.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Владелец груза может обжаловать решение")->speaker, ==, "ФТС");
}

/* "сообщили в Главном управлении МЧС по краю", then "По данным краевого
 * МЧС": the acronym alone is the office another quote named in full */
static void
test_acronym_for_its_office (void)
{
  const char *text =
    "Паводок в крае\n\n"
    "Вода в реке Чусовой поднялась на два метра, сообщили в Главном управлении МЧС по краю.\n\n"
    "Жители трех деревень отрезаны от райцентра. По данным краевого МЧС, эвакуированы 120 человек.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "эвакуированы 120 человек")->speaker, ==,
                   "Главное управление МЧС по краю");
}

/* "По словам Кольцова" after "Виктор Кольцов", with "Анна Кольцова" named
 * only further on: the genitive of the man already mentioned, not the
 * nominative of the woman met later */
static void
test_oblique_surname_of_man_named_before (void)
{
  const char *text =
    "Томские физики собрали новый детектор\n\n"
    "Руководитель работы, профессор Виктор Кольцов рассказал, что прибор уже готов.\n\n"
    "По словам Кольцова, испытания начнутся весной.\n\n"
    "Соавтор статьи Анна Кольцова добавила, что прибор недорог. «Он втрое дешевле импортного», — уточнила Кольцова.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "испытания начнутся весной")->speaker, ==, "Виктор Кольцов");
  g_assert_cmpstr (px_test_expect_quote (quotes, "втрое дешевле импортного")->speaker, ==, "Анна Кольцова");
}

/* "— смеется Петров", "— вспоминала она": a feature's verbs of manner
 * and the imperfective past are cues of their own, so the quote goes to
 * the person they name, not to the woman quoted before */
static void
test_feature_manner_verbs (void)
{
  const char *text =
    "Пасека на краю леса\n\n"
    "Пасечница Нина Петрова держит сорок ульев. «Пчелы чувствуют настроение хозяина», — говорит она.\n\n"
    "Ее брат Олег Петров помогает по выходным. «Я их боюсь до сих пор», — смеется Петров.\n\n"
    "Соседка Петровых, учительница Вера Лунина, однажды спасла пасеку от пожара. «Дым было видно из окна школы», — вспоминала Лунина.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Я их боюсь до сих пор")->speaker, ==, "Олег Петров");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Дым было видно из окна школы")->verb, ==, "вспоминала");
}

/* "— сказала в прениях гособвинитель": the occasion of the words between
 * the verb and a role says when, not who; the role is a word of the
 * family of the one the article gave ("помощник прокурора"), not the
 * defendant named last */
static void
test_occasion_between_verb_and_role (void)
{
  const char *text =
    "Суд над капитаном\n\n"
    "Помощник прокурора Елена Чернова выступила в суде. Капитан Андрей Зимин молчал.\n\n"
    "«Он знал о шторме», — сказала в прениях гособвинитель.\n\n"
    "«Я не виноват», — заявил на заседании подсудимый Зимин.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Он знал о шторме")->speaker, ==, "Елена Чернова");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Я не виноват")->speaker, ==, "Андрей Зимин");
}

/* "Ректор КГУ, член-корреспондент РАН Павел Осинин …. По его словам":
 * "ректор", "профессор", "помощник" are roles written before a name,
 * capitalised at a sentence start, so the pronoun after finds the man,
 * not the role */
static void
test_rector_before_name (void)
{
  const char *text =
    "Университет получил грант\n\n"
    "Ректор КГУ, член-корреспондент РАН Павел Осинин назвал проект «прорывом для региона». По его словам, вуз уже ищет партнеров.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "вуз уже ищет партнеров")->speaker, ==, "Павел Осинин");
}

/* "Собеседник агентства, знакомый с ходом переговоров, утверждает":
 * the clause that tells which unnamed source it is stays in its label
 * after a paper or a place too; a clause on why it is unnamed does not */
static void
test_source_with_identifying_clause (void)
{
  const char *text =
    "Сделка по заводу затягивается\n\n"
    "Собеседник агентства, знакомый с ходом переговоров, утверждает, что стороны не сошлись в цене.\n\n"
    "Источник в министерстве, близкий к руководству, сообщил, что решение примут в мае.\n\n"
    "Источник в холдинге, пожелавший остаться неизвестным, сообщил, что совет директоров одобрит сделку в июне.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "стороны не сошлись в цене")->speaker, ==,
                   "Собеседник агентства, знакомый с ходом переговоров");
  g_assert_cmpstr (px_test_expect_quote (quotes, "решение примут в мае")->speaker, ==,
                   "Источник в министерстве, близкий к руководству");
  g_assert_cmpstr (px_test_expect_quote (quotes, "одобрит сделку в июне")->speaker, ==, "Источник в холдинге");
}

/* "Ее сосед, пенсионер Павел Лосев, уверен, что …": "уверен" states an
 * opinion as "считает" does, and a name in apposition closing its commas
 * before it is the subject */
static void
test_sure_after_apposition (void)
{
  const char *text =
    "Прорыв трубы на Садовой\n\n"
    "Без воды остались двенадцать домов.\n\n"
    "Ее сосед по площадке, пенсионер Павел Лосев, уверен, что авария была предсказуемой.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "авария была предсказуемой")->speaker, ==, "Павел Лосев");
}

/* "Одна из пассажирок, 34-летняя Нина Гусева, рассказала в суде, что
 * …": the words are the "что" clause, said by the woman in apposition,
 * not the phrase before the verb said by the court */
static void
test_apposition_then_place_of_words (void)
{
  const char *text =
    "Дело о перевернувшемся катере\n\n"
    "Одна из пассажирок, 34-летняя Нина Гусева, рассказала в суде, что жилетов на борту не хватало.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "жилетов на борту не хватало")->speaker, ==, "Нина Гусева");
  assert_no_quote_holds (quotes, "Одна из пассажирок");
}

/* "При этом наставник признал, что …": the connective opening the
 * sentence is no part of the role, which names the coach */
static void
test_connective_before_role (void)
{
  const char *text =
    "«Волга» проиграла дома\n\n"
    "Главный тренер «Волги» Игорь Гаврилов был недоволен судейством.\n\n"
    "При этом наставник признал, что команда сама упустила победу.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "команда сама упустила победу")->speaker, ==, "Игорь Гаврилов");
}

/* "— сказал представитель компании. after "холдинг «Северсталь-Агро»":
 * the representative speaks for the body the article named with that
 * noun, not for "компания" */
static void
test_representative_of_kind_named_before (void)
{
  const char *text =
    "Элеватор под Курском сменит владельца\n\n"
    "Элеватор в Льгове купит компания «Зерновая долина».\n\n"
    "«Мы давно искали актив в этом районе», — сказал представитель компании.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Мы давно искали актив")->speaker, ==, "Зерновая долина");
}

/* "Помощник прокурора Ленинского района Твери Анна Жукова": the role
 * runs over the place it serves, capitalised and in the genitive, so
 * "гособвинитель" later finds her, not the defendant named last */
static void
test_role_over_place_in_genitive (void)
{
  const char *text =
    "Водителю грузовика запросили четыре года\n\n"
    "Помощник прокурора Ленинского района Твери Анна Жукова попросила суд приговорить водителя Олега Пронина к четырем годам.\n\n"
    "По версии следствия, 40-летний Пронин уснул за рулем.\n\n"
    "«Он ехал без отдыха двое суток», — сказала гособвинитель.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Он ехал без отдыха двое суток")->speaker, ==, "Анна Жукова");
}

/* "Сам Осипов после матча сказал корреспонденту «…», что …": an
 * adjunct of time between a name and its verb says when, not who */
static void
test_time_adjunct_between_name_and_verb (void)
{
  const char *text =
    "«Ротор» обыграл «Факел»\n\n"
    "Главный тренер «Ротора» Сергей Лунев похвалил защитника Дениса Осипова.\n\n"
    "Сам Осипов после матча сказал корреспонденту «Вечерней газеты», что играл с травмой.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "играл с травмой")->speaker, ==, "Денис Осипов");
}

/* "похвалил вратаря Никиту Баранова" … "Баранов": a man's given name in
 * "-у" before a surname in "-а" is the accusative of a name in "-а"
 * ("Никита"), not the dative of one ending in a consonant */
static void
test_man_in_accusative_with_a_name (void)
{
  const char *text =
    "«Ротор» обыграл «Факел»\n\n"
    "Главный тренер «Ротора» Сергей Лунев похвалил вратаря Никиту Осипова.\n\n"
    "Сам Осипов после матча сказал корреспонденту «Вечерней газеты», что играл с травмой.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "играл с травмой")->speaker, ==, "Никита Осипов");
}

/* "Name ранее говорила, что …": an adverb of time between the name and
 * the verb is no part of either */
static void
test_adverb_between_name_and_verb (void)
{
  const char *text =
    "Квоту на вывоз леса могут продлить\n\n"
    "Глава ведомства Марина Ершова ранее говорила, что квота останется до осени.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "квота останется до осени")->speaker, ==, "Марина Ершова");
}

/* "Позднее в пресс-службе министерства «Вестнику» уточнили, что …": an
 * adverb of time opening the sentence before the institution, and the
 * paper told in marks, are no part of the speaker */
static void
test_adverb_before_institution (void)
{
  const char *text =
    "Ограничения на вывоз леса\n\n"
    "Позднее в пресс-службе министерства «Вестнику» уточнили, что речь идет только о круглом лесе.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "речь идет только о круглом лесе")->speaker, ==, "пресс-служба министерства");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-ru/name-in-marks-after-any-word", test_name_in_marks_after_any_word);

  g_test_add_func ("/parallax/quotes-ru/intensifier-before-name", test_intensifier_before_name);

  g_test_add_func ("/parallax/quotes-ru/unnamed-source-after-listener", test_unnamed_source_after_listener);

  g_test_add_func ("/parallax/quotes-ru/subject-with-clause-between-commas", test_subject_with_clause_between_commas);

  g_test_add_func ("/parallax/quotes-ru/representative-of-body-then-interlocutor",
                   test_representative_of_body_then_interlocutor);
  g_test_add_func ("/parallax/quotes-ru/statement-of-body-in-genitive", test_statement_of_body_in_genitive);

  g_test_add_func ("/parallax/quotes-ru/hushing-adjective-nominative", test_hushing_adjective_nominative);

  g_test_add_func ("/parallax/quotes-ru/institution-two-adjectives-and-listener",
                   test_institution_two_adjectives_and_listener);

  g_test_add_func ("/parallax/quotes-ru/body-in-fullest-form", test_body_in_fullest_form);

  g_test_add_func ("/parallax/quotes-ru/according-version-and-own-words", test_according_version_and_own_words);

  g_test_add_func ("/parallax/quotes-ru/cue-between-dashes-inside-marks", test_cue_between_dashes_inside_marks);

  g_test_add_func ("/parallax/quotes-ru/given-name-and-patronymic", test_given_name_and_patronymic);

  g_test_add_func ("/parallax/quotes-ru/role-of-place-in-genitive", test_role_of_place_in_genitive);

  g_test_add_func ("/parallax/quotes-ru/noun-before-oblique-surname", test_noun_before_oblique_surname);

  g_test_add_func ("/parallax/quotes-ru/adjunct-between-name-and-verb", test_adjunct_between_name_and_verb);

  g_test_add_func ("/parallax/quotes-ru/woman-introduced-in-oblique-case", test_woman_introduced_in_oblique_case);

  g_test_add_func ("/parallax/quotes-ru/company-name-alone-in-marks", test_company_name_alone_in_marks);

  g_test_add_func ("/parallax/quotes-ru/agency-citing-source", test_agency_citing_source);

  g_test_add_func ("/parallax/quotes-ru/names-in-marks-after-cue", test_names_in_marks_after_cue);

  g_test_add_func ("/parallax/quotes-ru/however-second-verb", test_however_second_verb);

  g_test_add_func ("/parallax/quotes-ru/document-owner-named-before", test_document_owner_named_before);

  g_test_add_func ("/parallax/quotes-ru/man-introduced-in-oblique-case", test_man_introduced_in_oblique_case);

  g_test_add_func ("/parallax/quotes-ru/place-before-pronoun-subject", test_place_before_pronoun_subject);

  g_test_add_func ("/parallax/quotes-ru/agency-noun-after-long-gap", test_agency_noun_after_long_gap);

  g_test_add_func ("/parallax/quotes-ru/unnamed-source-with-clause-and-marks", test_unnamed_source_with_clause_and_marks);

  g_test_add_func ("/parallax/quotes-ru/points-back-past-paper-in-marks", test_points_back_past_paper_in_marks);

  g_test_add_func ("/parallax/quotes-ru/two-roles-before-name-after-verb", test_two_roles_before_name_after_verb);

  g_test_add_func ("/parallax/quotes-ru/there-after-verb", test_there_after_verb);

  g_test_add_func ("/parallax/quotes-ru/place-with-district-adjective", test_place_with_district_adjective);

  g_test_add_func ("/parallax/quotes-ru/paper-in-dative-after-verb", test_paper_in_dative_after_verb);

  g_test_add_func ("/parallax/quotes-ru/as-told-by-unnamed-source", test_as_told_by_unnamed_source);

  g_test_add_func ("/parallax/quotes-ru/estimate-by-woman-analyst", test_estimate_by_woman_analyst);

  g_test_add_func ("/parallax/quotes-ru/capitalised-adjective-before-body", test_capitalised_adjective_before_body);

  g_test_add_func ("/parallax/quotes-ru/according-cue-inside-clause", test_according_cue_inside_clause);

  g_test_add_func ("/parallax/quotes-ru/group-in-genitive-plural", test_group_in_genitive_plural);

  g_test_add_func ("/parallax/quotes-ru/carrier-noun-for-company", test_carrier_noun_for_company);

  g_test_add_func ("/parallax/quotes-ru/opinion-verb-after-clause", test_opinion_verb_after_clause);

  g_test_add_func ("/parallax/quotes-ru/bare-service-noun", test_bare_service_noun);

  g_test_add_func ("/parallax/quotes-ru/acronym-for-its-office", test_acronym_for_its_office);

  g_test_add_func ("/parallax/quotes-ru/oblique-surname-of-man-named-before", test_oblique_surname_of_man_named_before);

  g_test_add_func ("/parallax/quotes-ru/feature-manner-verbs", test_feature_manner_verbs);

  g_test_add_func ("/parallax/quotes-ru/occasion-between-verb-and-role", test_occasion_between_verb_and_role);

  g_test_add_func ("/parallax/quotes-ru/rector-before-name", test_rector_before_name);

  g_test_add_func ("/parallax/quotes-ru/source-with-identifying-clause", test_source_with_identifying_clause);

  g_test_add_func ("/parallax/quotes-ru/sure-after-apposition", test_sure_after_apposition);

  g_test_add_func ("/parallax/quotes-ru/apposition-then-place-of-words", test_apposition_then_place_of_words);

  g_test_add_func ("/parallax/quotes-ru/connective-before-role", test_connective_before_role);

  g_test_add_func ("/parallax/quotes-ru/representative-of-kind-named-before", test_representative_of_kind_named_before);

  g_test_add_func ("/parallax/quotes-ru/role-over-place-in-genitive", test_role_over_place_in_genitive);

  g_test_add_func ("/parallax/quotes-ru/time-adjunct-between-name-and-verb", test_time_adjunct_between_name_and_verb);

  g_test_add_func ("/parallax/quotes-ru/man-in-accusative-with-a-name", test_man_in_accusative_with_a_name);

  g_test_add_func ("/parallax/quotes-ru/adverb-between-name-and-verb", test_adverb_between_name_and_verb);

  g_test_add_func ("/parallax/quotes-ru/adverb-before-institution", test_adverb_before_institution);

  return g_test_run ();
}
