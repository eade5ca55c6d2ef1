/* test-quotes-es.c — speakers of quotes in Spanish and Latin American news
 *
 * Each case is an invented fixture in the style of a Spanish-language
 * outlet (agency wire, broadsheet, Argentine or Mexican daily, court
 * report, council row, science story) and checks one attribution rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* Asserts that the quote holding @fragment was given to @speaker. */
static void
expect_speaker (GPtrArray  *quotes,
                const char *fragment,
                const char *speaker)
{
  PxQuote *quote = px_test_expect_quote (quotes, fragment);

  g_assert_cmpstr (quote->speaker, ==, speaker);
}

/* "Héctor", "Néstor": a given name with a trade's ending ("-tor") before
 * a second given name is no description of the person. */
static void
test_given_name_with_trade_ending (void)
{
  const char *text =
    "Los choferes amenazan con un paro\n\n"
    "El secretario general del gremio de conductores, Héctor Ramón Quiroga, señaló a este medio que "
    "los salarios están atrasados dos meses.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los salarios están atrasados", "Héctor Ramón Quiroga");
}

/* "X lo resume así:", "X nos dijo": an object clitic between the subject
 * and the verb is no part of the speaker. */
static void
test_object_clitic_before_verb (void)
{
  const char *text =
    "La federación pide cambios\n\n"
    "Su portavoz, Nerea Olaizola Barrenetxea, lo resume así: \"El contrato de once meses es el nuevo "
    "contrato de siempre, pero sin derechos\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "el nuevo contrato de siempre", "Nerea Olaizola Barrenetxea");
}

/* "Unidad Nacional para la Gestión del Riesgo de Desastres": "para la"
 * inside an institution's name links it on, as "for the" does in
 * English; the institution is not cut to what follows the link. */
static void
test_para_la_inside_institution_name (void)
{
  const char *text =
    "Las ayudas llegan tarde al caserío\n\n"
    "La Unidad Regional para la Atención de Emergencias asegura que entregó 1.200 mercados en el municipio.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "entregó 1.200 mercados", "Unidad Regional para la Atención de Emergencias");
}

/* "La concejala X, del bloque Rosario Posible, sostuvo": an apposition
 * opening on "del" says where the person is from; the party it names
 * does not speak. */
static void
test_de_apposition_after_name (void)
{
  const char *text =
    "La oposición cuestiona la suba\n\n"
    "La concejala Graciela Molinari, del bloque Vecinos Unidos, sostuvo en diálogo con una radio local "
    "que el aumento se decidió sin pasar por el Concejo.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "sin pasar por el Concejo", "Graciela Molinari");
}

/* "advierte la investigadora principal, la epidemióloga X": after the
 * verb, a role and then the name in apposition with its own trade noun;
 * the name speaks, whatever the role alone would have been taken for. */
static void
test_role_after_verb_then_named_apposition (void)
{
  const char *text =
    "Un estudio vincula la leña húmeda con el asma infantil\n\n"
    "El trabajo siguió durante tres inviernos a 3.000 menores de Temuco, Osorno y Valdivia.\n\n"
    "\"Es consistente año tras año y barrio por barrio\", advierte la investigadora principal, "
    "la epidemióloga Mariana Fuenzalida Rojas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "año tras año", "Mariana Fuenzalida Rojas");
}

/* "El técnico de Halcones, el argentino Martín Echeverría, reconoció":
 * between the commas a Spanish article and a lower-case word describe the
 * name that speaks; the role before them is no speaker of its own. */
static void
test_role_comma_article_demonym_name (void)
{
  const char *text =
    "Halcones rescata el empate\n\n"
    "El técnico de Halcones, el uruguayo Rodrigo Bentancur Pérez, reconoció en conferencia de prensa "
    "que su equipo jugó muy mal la primera mitad.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "jugó muy mal la primera mitad", "Rodrigo Bentancur Pérez");
}

/* "Un vecino de la calle Mayor que presenció el atropello explicó que …":
 * a restrictive relative with no comma between an indefinite subject and
 * the verb; the noun the relative ends on does not speak. */
static void
test_indefinite_subject_restrictive_relative (void)
{
  const char *text =
    "Un conductor atropella a un ciclista y se da a la fuga\n\n"
    "Una vecina de la calle Mayor que presenció el atropello explicó que la furgoneta circulaba muy rápido "
    "y sin luces.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la furgoneta circulaba muy rápido", "vecina de la calle Mayor");
}

/* "Durante la vista declaró también la viuda …, X. «…», dijo a la
 * jueza.": the phrase after "Durante" is no subject; the woman named
 * after the verb goes on speaking at the cue with no subject. */
static void
test_prepositional_opening_inverted_subject (void)
{
  const char *text =
    "Juicio por el atropello de un ciclista\n\n"
    "Durante la vista declaró también la hermana del fallecido, Susana Quiroga. "
    "\"Solo pido que nadie más tenga que recibir esa llamada\", dijo a la jueza.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Solo pido que nadie", "Susana Quiroga");
}

/* "el ciclista Julián Beltrán … la hija del ciclista, Laura Beltrán
 * Gutiérrez, lamentó … Beltrán añadió": the surname ends the father's name
 * and is the daughter's first surname; she, named last, speaks. */
static void
test_shared_surname_latest_named (void)
{
  const char *text =
    "Juicio por el atropello de un ciclista\n\n"
    "El conductor está acusado de atropellar mortalmente al ciclista Ernesto Villegas en 2023.\n\n"
    "A la salida, la hija del ciclista, Marina Villegas Ochoa, lamentó que el acusado no haya pedido perdón. "
    "Villegas añadió que la familia recurrirá si la condena es inferior a la pedida.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la familia recurrirá", "Marina Villegas Ochoa");
}

/* "Para X, la medida «…»": after a view's cue that opens the sentence,
 * two words before the quotation make the clause a mixed quote of X. */
static void
test_para_name_two_word_subject_mixed (void)
{
  const char *text =
    "Los leñeros rechazan la certificación\n\n"
    "Para Rolando Catrileo, la medida \"va a dejar sin trabajo a cientos de familias campesinas\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "cientos de familias campesinas");

  g_assert_cmpstr (quote->speaker, ==, "Rolando Catrileo");
  g_assert_false (quote->direct);
  g_assert_nonnull (strstr (quote->text, "la medida"));
}

/* "Para el presidente de la Asociación Gremial de Leñeros del Sur,
 * Osvaldo Riquelme, …": the role's complement runs on to the comma, and
 * the name in apposition after it holds the view. */
static void
test_para_role_complement_then_name (void)
{
  const char *text =
    "Los propietarios anuncian recursos\n\n"
    "Para el presidente de la Asociación de Propietarios del Litoral, Fermín Aguirre, la reforma "
    "\"expulsará del mercado a los pequeños caseros\", que son los que sostienen la oferta.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "pequeños caseros", "Fermín Aguirre");
}

/* "En palabras de la científica, «…»": a Spanish cue of the "according
 * to" kind; the role goes back to the scientist named before. */
static void
test_en_palabras_de (void)
{
  const char *text =
    "Un estudio vincula la leña húmeda con el asma\n\n"
    "La investigadora principal es la epidemióloga Amparo Leiva Soto.\n\n"
    "En palabras de la científica, \"la leña seca cuesta un poco más, pero la diferencia la pagan los pulmones de los niños\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "la leña seca cuesta");

  g_assert_cmpstr (quote->speaker, ==, "Amparo Leiva Soto");
  g_assert_cmpstr (quote->verb, ==, "en palabras de");
}

/* "declaró el delantero al término del encuentro": "al" (and "desde",
 * "junto a" …) ends the role phrase after the verb, and the role goes
 * back to the forward the article described with it. */
static void
test_role_after_verb_ends_at_al (void)
{
  const char *text =
    "Halcones rescata el empate\n\n"
    "El gol del empate lo marcó el delantero colombiano Jhon Castañeda Mosquera en el descuento.\n\n"
    "\"Nunca dejamos de creer\", declaró el delantero al término del encuentro.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Nunca dejamos de creer", "Jhon Castañeda Mosquera");
}

/* "el delantero colombiano Wilmer Castañeda Mosquera": a given name
 * ending like an agent noun ("-er") is no trade before the surnames. */
static void
test_given_name_with_agent_ending (void)
{
  const char *text =
    "Halcones rescata el empate\n\n"
    "El delantero colombiano Wilmer Castañeda Mosquera aseguró que el equipo nunca dejó de creer en el empate.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "nunca dejó de creer", "Wilmer Castañeda Mosquera");
}

/* "—Aquí nadie nos ayudó —cuenta Rosa, sentada en la silla—. Los del
 * Gobierno vinieron una vez.": dialogue written with dashes; the speech
 * on both sides of the narrator's incise is one direct quote, and a
 * later dialogue paragraph with a bare "dice" goes on with the speaker. */
static void
test_dialogue_dash_with_incise (void)
{
  const char *text =
    "En la ciénaga, el barro se quedó\n\n"
    "Ofelia Barrios Quintero tiene 70 años y una casa que el río tuvo bajo el agua cuarenta días.\n\n"
    "—Aquí nadie nos ayudó —cuenta Ofelia, sentada en la única silla que se salvó—. "
    "Los del Gobierno vinieron una vez, tomaron fotos y se fueron.\n\n"
    "—De aquí no me saca ni el río —dice.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "Aquí nadie nos ayudó");

  g_assert_true (quote->direct);
  g_assert_nonnull (strstr (quote->text, "tomaron fotos"));
  g_assert_null (strstr (quote->text, "cuenta"));
  g_assert_cmpstr (quote->speaker, ==, "Ofelia Barrios Quintero");
  expect_speaker (quotes, "no me saca ni el río", "Ofelia Barrios Quintero");
}

/* "«…», dice, y señala una raya marrón en la pared": the verb joined by
 * "y" after the quote's own cue is no cue of that quote, and the noun after
 * it no speaker. */
static void
test_coordinated_verb_after_cue (void)
{
  const char *text =
    "En la ciénaga, el barro se quedó\n\n"
    "Su vecino, Anselmo Ríos, pescador de 71 años, recuerda la creciente de 2010.\n\n"
    "\"Esta vez el agua me tapó la cama\", dice, y señala una raya marrón en la pared.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "me tapó la cama", "Anselmo Ríos");
}

/* "según los datos de la propia Consejería": "propia" stresses the body
 * already named and is no part of its name; the full name is found. */
static void
test_propia_before_institution (void)
{
  const char *text =
    "Sanidad cerrará por las noches un centro de salud\n\n"
    "La Consejería de Salud de Aragón cerrará por las noches el centro de salud de Villanueva del Huerva.\n\n"
    "Según los datos de la propia Consejería, el centro atendió el año pasado 1.140 urgencias nocturnas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "1.140 urgencias nocturnas", "Consejería de Salud de Aragón");
}

/* "La Consejería … cerrará …, según ha informado el propio departamento":
 * "el propio" and a lower-case noun refer back to the institution the
 * sentence opens with, not to a place named between. */
static void
test_propio_noun_refers_to_opening (void)
{
  const char *text =
    "Sanidad cerrará por las noches un centro de salud\n\n"
    "La Consejería de Salud de Aragón cerrará por las noches el centro de salud de Villanueva del Huerva "
    "a partir de enero, según ha informado este martes el propio departamento en un comunicado.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "cerrará por las noches", "Consejería de Salud de Aragón");
}

/* "Toro recalca que …", "Paz aclaró que …": the present of features and
 * Latin American simple pasts are reporting verbs too. */
static void
test_present_and_american_past_verbs (void)
{
  const char *text =
    "Un estudio sobre la leña\n\n"
    "La epidemióloga Amparo Leiva Soto dirigió el trabajo. Leiva recalca que el problema no es la leña en sí, "
    "sino la que se vende húmeda.\n\n"
    "El dirigente gremial Ramiro Ojeda aclaró que la medida de fuerza sigue en pie hasta el viernes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la que se vende húmeda", "Amparo Leiva Soto");
  expect_speaker (quotes, "sigue en pie hasta el viernes", "Ramiro Ojeda");
}

/* "La jueza, X, rechazó … La magistrada consideró que …": Spanish news
 * varies the role on second reference; "magistrada" is the judge. */
static void
test_role_synonym_magistrada (void)
{
  const char *text =
    "Visto para sentencia el juicio por el atropello\n\n"
    "La jueza, Remedios Aranda Villar, rechazó la petición de la defensa de anular el atestado. "
    "La magistrada consideró que las diligencias se practicaron con todas las garantías.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "con todas las garantías", "Remedios Aranda Villar");
}

/* "CLAUSE, según anunció ayer la Municipalidad de Rosario": a simple
 * past after "según", with the subject after it, as "según ha informado". */
static void
test_segun_simple_past_subject_after (void)
{
  const char *text =
    "Sube el boleto de colectivo\n\n"
    "El boleto del transporte urbano costará desde el lunes un 40% más, según anunció ayer la Municipalidad de Paraná.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "costará desde el lunes", "Municipalidad de Paraná");
}

/* "Sáez de Tejada, que calificó de «teatro» la salida de la oposición,
 * aseguró que …": the relative clause between the surname and the verb
 * holds a quoted word; the surname still goes back to the full name. */
static void
test_relative_with_short_quote_before_verb (void)
{
  const char *text =
    "Bronca en el pleno por las terrazas\n\n"
    "La alcaldesa, Remedios Ortiz de Zárate, defendió la ordenanza.\n\n"
    "Ortiz de Zárate, que calificó de \"teatro\" la salida de la oposición, aseguró al término del pleno "
    "que mantiene la mano tendida a todos los grupos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "teatro", "Remedios Ortiz de Zárate");
}

/* "«…», señaló el mediocampista de 22 años": a role with an age after it
 * is the player the article gave the role (or its kin, "volante") to; an
 * unnamed "conductora de 52 años" stays as written. */
static void
test_role_with_age_after (void)
{
  const char *text =
    "Sierra Madre deja escapar la victoria\n\n"
    "El volante Luis Ángel Cantú, autor del segundo gol, coincidió con su entrenador. "
    "\"Se nos fue por detalles\", señaló el mediocampista de 22 años.\n\n"
    "\"Nadie paró a ayudarme\", dijo una conductora de 52 años.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Se nos fue por detalles", "Luis Ángel Cantú");
  expect_speaker (quotes, "Nadie paró a ayudarme", "conductora de 52 años");
}

/* "Un vocero de la Municipalidad de Rosario dijo": Latin American
 * "vocero" is "portavoz"; an unnamed spokesperson speaks for the body. */
static void
test_vocero_speaks_for_institution (void)
{
  const char *text =
    "Sube el boleto de colectivo\n\n"
    "Un vocero de la Municipalidad de Paraná dijo que el aumento no alcanza ni para cubrir la inflación del semestre.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "no alcanza ni para cubrir", "Municipalidad de Paraná");
}

/* "— 3 muertos y 20 heridos, según la policía.": a dash with a space
 * after it opens a list item, not dialogue; the "según" cue still reads. */
static void
test_dash_list_item_is_no_dialogue (void)
{
  const char *text =
    "Balance del temporal\n\n"
    "— 3 muertos y 20 heridos en la provincia, según la Policía Nacional.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "20 heridos");

  g_assert_false (quote->direct);
  g_assert_cmpstr (quote->speaker, ==, "Policía Nacional");
}

/* "Un vecino, que pidió no ser identificado, dijo que …": asking not to
 * be named reports nothing; "dijo" is the cue. */
static void
test_asking_for_anonymity_is_no_cue (void)
{
  const char *text =
    "La crecida llegó a los techos\n\n"
    "Un vecino, que pidió no ser identificado, dijo que el agua llegó hasta el techo de su casa.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "el agua llegó hasta el techo");

  g_assert_cmpstr (quote->verb, ==, "dijo");
  g_assert_null (px_test_find_quote (quotes, "no ser identificado"));
}

/* "El estudio, que siguió … a menores de Temuco, Osorno y Valdivia,
 * encontró que …": the study opening the sentence states the finding, not
 * the places listed in the relative clause; its author speaks. */
static void
test_study_opening_finds_past_relative (void)
{
  const char *text =
    "La leña húmeda y el asma infantil\n\n"
    "Los niños tienen más crisis de asma, según un estudio de la Universidad Austral de Chile publicado esta semana.\n\n"
    "El estudio, que siguió durante tres inviernos a 4.100 menores de Temuco, Osorno y Valdivia, encontró que "
    "cada aumento de partículas finas se asociaba a un 12% más de consultas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "se asociaba a un 12% más", "Universidad Austral de Chile");
}

/* "X valoró el anuncio, pero reclamó que …": a verb right after "pero"
 * has the subject its sentence opens with; "pero" is no speaker. */
static void
test_pero_coordinated_verb (void)
{
  const char *text =
    "Los regantes piden más agua\n\n"
    "El presidente de la comunidad de regantes, Ramón Ibarra Solís, valoró el reparto, pero reclamó que "
    "los cupos se revisen cada mes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los cupos se revisen", "Ramón Ibarra Solís");
}

/* "La patronal del sector, la Asociación de X y Y (ACR), evitó …, pero
 * señaló que …": a generic noun, then the institution's name with its
 * lower-case links and acronym in apposition; the named body speaks. */
static void
test_generic_noun_then_institution_apposition (void)
{
  const char *text =
    "El sector del taxi pide ayudas\n\n"
    "El alcalde, Tomás Gil Roca, defendió la nueva ordenanza.\n\n"
    "La patronal del sector, la Asociación de Radiotaxis y Conductores (ARC), evitó valorar la ordenanza, pero "
    "señaló en un comunicado que el combustible ha subido un 20 %.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "el combustible ha subido", "Asociación de Radiotaxis y Conductores");
}

/* "El canciller boliviano, Marcelo Quispe Mamani, …" then "Quispe Mamani,
 * por su parte, …" and a quote given to "el canciller boliviano": the two
 * surnames without the given name are the same person, named in full. */
static void
test_two_surnames_without_given_name (void)
{
  const char *text =
    "Reunión de cancilleres en Asunción\n\n"
    "El canciller uruguayo, Martín Sosa Ferreira, y su homólogo boliviano, Marcelo Quispe Mamani, se reunieron "
    "durante cuatro horas.\n\n"
    "Quispe Mamani, por su parte, se mostró más prudente. \"Falta financiar las obras\", señaló el canciller boliviano.\n\n"
    "La bióloga Nerea Santamaría de la Fuente participó en la reunión. Santamaría de la Fuente subrayó que "
    "el río ha perdido caudal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Falta financiar las obras", "Marcelo Quispe Mamani");
  expect_speaker (quotes, "el río ha perdido caudal", "Nerea Santamaría de la Fuente");
}

/* "Javiera", "Vicente": a given name ending like a trade ("-era",
 * "-ente") is no description before the surnames. */
static void
test_given_name_with_trade_ending_female (void)
{
  const char *text =
    "Marcha estudiantil en Valparaíso\n\n"
    "Su vocera, Javiera Rojas Tapia, estudiante de Derecho, dijo que dos compañeros fueron detenidos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "dos compañeros fueron detenidos", "Javiera Rojas Tapia");
}

/* "el mandatario" for "el presidente", "el profesor" for "el
 * catedrático": Spanish second references by a synonym of the role the
 * person was introduced with. */
static void
test_role_synonym_mandatario_profesor (void)
{
  const char *text =
    "Acuerdo sobre el río\n\n"
    "El presidente uruguayo, Esteban Larrosa Pintos, celebró el acuerdo. La ministra Ana Ruiz Vidal también "
    "habló. El mandatario escribió que el pacto \"demuestra que la diplomacia funciona\".\n\n"
    "El director del estudio, el catedrático de Botánica Julio Serrano Gil, presentó los datos. El técnico "
    "del laboratorio, Pedro Ramos, no habló. Según el profesor, las depuradoras no retienen las fibras.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la diplomacia funciona", "Esteban Larrosa Pintos");
  expect_speaker (quotes, "las depuradoras no retienen", "Julio Serrano Gil");
}

/* "Marín no podrá contar con el lateral X ni con el delantero Y. «…»,
 * zanjó.": a verb with no subject after a sentence that opens with a
 * person speaks for that person, not for those named in its objects. */
static void
test_dropped_subject_after_opening_person (void)
{
  const char *text =
    "El Almenara se juega la permanencia\n\n"
    "El entrenador, Luis Marín Pozo, compareció este viernes. \"Estamos vivos\", aseguró.\n\n"
    "Marín no podrá contar con el lateral Iván Soto Rey, sancionado, ni con el delantero Raúl Gil Sanz, "
    "lesionado. \"Tenemos lo que tenemos, y con eso vamos a salir a ganar\", zanjó.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Tenemos lo que tenemos", "Luis Marín Pozo");
}

/* "X calificó … de «…» y acusó al Gobierno de esconder …": the phrase
 * after the verb that opens on "al" is the accused, not an inverted
 * subject; the sentence's subject speaks. */
static void
test_al_object_is_no_inverted_subject (void)
{
  const char *text =
    "La oposición critica las cuentas\n\n"
    "La portavoz del grupo mixto, Lorena Prieto Galán, calificó las cuentas de \"un engaño\" y acusó al "
    "Gobierno de ocultar el déficit real.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "ocultar el déficit real", "Lorena Prieto Galán");
}

/* "CLAUSE, informó este sábado la Fiscalía", "según comunicó la
 * compañía": agency reports' verbs of informing are reporting verbs. */
static void
test_informo_comunico_are_cues (void)
{
  const char *text =
    "El hospital comarcal cerrará su paritorio\n\n"
    "El paritorio del hospital de Tudela cerrará en verano, informó la Consejería de Salud.\n\n"
    "La Confederación de Regantes comunicó que los riegos empezarán en abril.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "cerrará en verano", "Consejería de Salud");
  expect_speaker (quotes, "los riegos empezarán en abril", "Confederación de Regantes");
}

/* "informaron de retenciones de hasta diez kilómetros": "de" before a
 * bare noun opens an object, not reported words. */
static void
test_informar_de_noun_is_no_quote (void)
{
  const char *text =
    "Tractorada en la autovía\n\n"
    "Los Mossos d'Esquadra informaron de retenciones de hasta ocho kilómetros en la AP-2.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpuint (quotes->len, ==, 0);
}

/* "…, informaron fuentes diplomáticas de ambos países.": unnamed sources
 * with an adjective after the verb are the speaker, as written. */
static void
test_fuentes_with_adjective_after_verb (void)
{
  const char *text =
    "Acuerdo sobre el agua\n\n"
    "Los gobiernos de Chile y Perú acordaron este martes crear una mesa técnica sobre el río Lauca, "
    "informaron fuentes diplomáticas de ambos países.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "crear una mesa técnica", "fuentes diplomáticas de ambos países");
}

/* "Un juez vinculó a proceso al exdirector, X, por …, informó este sábado
 * la Fiscalía.": the verb after the comma reports the clause before it;
 * the person named between commas inside that clause does not speak. */
static void
test_inverted_cue_after_clause_with_apposition (void)
{
  const char *text =
    "Vinculan a proceso a exfuncionario\n\n"
    "Un juez de control vinculó a proceso al extesorero municipal, Ramón Ibarra Ochoa, por el desvío de "
    "12 millones de pesos, informó este sábado la Fiscalía de Sonora.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "vinculó a proceso al extesorero", "Fiscalía de Sonora");
}

/* "acusó a la oposición de «vivir del fuego»", "acusó al Gobierno de
 * esconder …": the accusation is what follows "de", not the accused. */
static void
test_accusation_text_after_de (void)
{
  const char *text =
    "Rifirrafe en el Parlamento\n\n"
    "La presidenta regional, Marta Quiroga Lema, acusó a la oposición de \"vivir de las desgracias\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "vivir de las desgracias");

  g_assert_cmpstr (quote->speaker, ==, "Marta Quiroga Lema");
  g_assert_null (strstr (quote->text, "oposición"));
}

/* "respondió por la tarde en una entrevista radiofónica", "anuncia un
 * cierre para marzo": a phrase opening on a preposition after the verb,
 * with no "que" and no quotation marks, reports nothing. */
static void
test_prepositional_phrase_after_verb_is_no_quote (void)
{
  const char *text =
    "La ministra responde a la oposición\n\n"
    "La ministra de Trabajo, Rocío Lozano Pardo, respondió por la tarde en una entrevista radiofónica.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpuint (quotes->len, ==, 0);
}

/* "«…», subrayó la conselleira, que avanzó además que …": a Spanish
 * subject relative "que" after the quote's cue reports more of the
 * speaker's words, as "quien" does. */
static void
test_que_relative_after_incise (void)
{
  const char *text =
    "Más brigadas contra el fuego\n\n"
    "\"Llegamos antes que nunca\", subrayó la conselleira de Medio Rural, Iria Castro Vilar, que avanzó además "
    "que el Gobierno autonómico destinará 9 millones a limpiar los montes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "destinará 9 millones", "Iria Castro Vilar");
}

/* "un portavoz del Govern se limitó a señalar que …": the infinitive
 * after "se limitó a" reports, and its subject stands before "se". */
static void
test_se_limito_a_infinitive (void)
{
  const char *text =
    "Drones para los agentes rurales\n\n"
    "Preguntado por ello, un portavoz del Govern se limitó a señalar que la cifra \"dependerá del concurso\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "dependerá del concurso", "Govern");
}

/* "Según la Cancillería paraguaya, … . El organismo precisó …": an
 * office's name in "-ía" with an adjective after it is a body, which "el
 * organismo" refers back to. */
static void
test_organismo_after_office_in_ia (void)
{
  const char *text =
    "Comisión binacional sobre el río\n\n"
    "Según la Cancillería uruguaya, la comisión tendrá su sede en Salto. El organismo precisó en un comunicado "
    "que la primera reunión se celebrará en mayo.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la primera reunión se celebrará", "Cancillería uruguaya");
}

/* "Su vocera, X, …" then "afirmó la vocera de la organización": the
 * role given after a possessive is the person's, and a definite role of a
 * body named by its common noun only is that person. */
static void
test_possessive_role_then_role_of_common_noun (void)
{
  const char *text =
    "Marcha en Temuco\n\n"
    "La Federación de Estudiantes de La Frontera convocó la marcha. Su vocera, Camila Soto Parra, estudiante "
    "de Derecho, dijo que dos compañeros fueron detenidos.\n\n"
    "\"Marchamos en paz y nos respondieron con gases\", afirmó la vocera de la organización.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Marchamos en paz", "Camila Soto Parra");
}

/* "Rivas Logística …, según comunicó la compañía a la Comisión Nacional
 * del Mercado de Valores. El grupo anunció que …": a Spanish firm's name
 * ending in a business noun is a company, the regulator named after it
 * is none, and "el grupo" refers back to the firm. */
static void
test_grupo_refers_to_spanish_firm (void)
{
  const char *text =
    "Rivas Logística gana más\n\n"
    "Rivas Logística obtuvo un beneficio de 40 millones, según comunicó la compañía a la Comisión Nacional "
    "del Mercado de Valores.\n\n"
    "El grupo anunció al mismo tiempo que cerrará dos almacenes en Burgos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "cerrará dos almacenes", "Rivas Logística");
}

/* "señaló a la prensa el gerente …, Name": the press as a whole is the
 * listener after the verb, and the inverted subject follows it. */
static void
test_press_listener_before_subject (void)
{
  const char *text =
    "Vecinos cortan la carretera\n\n"
    "El presidente vecinal, Pedro Gómez Ruiz, dijo que la obra acabará en mayo.\n\n"
    "\"Somos los primeros interesados en el acuerdo\", señaló a la prensa el gerente de relaciones "
    "comunitarias de la constructora, Javier Lozada Prieto.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los primeros interesados", "Javier Lozada Prieto");
}

/* "La empresa, por su parte, negó que …": a connector between commas
 * right before the verb stands between the subject and its verb. */
static void
test_connector_incise_before_verb (void)
{
  const char *text =
    "Las obras del puerto siguen paradas\n\n"
    "Las obras, a cargo de la empresa Dragados Levante, siguen paradas. El presidente vecinal, Pedro "
    "Gómez Ruiz, dijo que la obra acabará en mayo.\n\n"
    "La empresa, por su parte, negó que haya retrasos en la obra.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "haya retrasos en la obra", "Dragados Levante");
}

/* "la empresa minera": Spanish puts a body's adjectives after its noun,
 * so the noun is the head and the adjective may tell which body. */
static void
test_body_noun_before_adjective (void)
{
  const char *text =
    "Comuneros cortan el acceso a la mina\n\n"
    "Unos 300 comuneros bloquean el camino a la mina, operada por la empresa Minera Cordillera Azul. "
    "El presidente de la comunidad, Teodoro Ccahuana Rojas, dijo que no levantarán la medida.\n\n"
    "La empresa minera negó que sus camiones hayan contaminado los pastos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "hayan contaminado los pastos", "Minera Cordillera Azul");
}

/* "la Fiscalía estatal precisó" after "La Fiscalía General del Estado de
 * …": a body's noun with an adjective after it names again the body with
 * the longer name opening on that noun. */
static void
test_body_noun_adjective_names_longer_body (void)
{
  const char *text =
    "Hallan tres cuerpos en un camino vecinal\n\n"
    "La Fiscalía General del Estado de Durango informó este lunes que localizó tres cuerpos en un camino "
    "vecinal de Pueblo Viejo.\n\n"
    "En un comunicado, la Fiscalía estatal precisó que las víctimas eran vecinos del municipio.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "las víctimas eran vecinos", "Fiscalía General del Estado de Durango");
}

/* "el dirigente de Unión Vecinal", "el jefe de la diplomacia chilena",
 * "el titular del Ejecutivo canario": a periphrasis of a role the person
 * was introduced with names that person, not the body inside it. */
static void
test_role_periphrasis_names_person (void)
{
  const char *text =
    "Cumbre bilateral en Montevideo\n\n"
    "El líder de la oposición, Julián Ferreyra Olmos, calificó el acuerdo de \"parche\". \"No resuelve "
    "nada\", afirmó el dirigente de Unión Vecinal a la salida del Parlamento.\n\n"
    "La canciller chilena, Marta Olivares Paz, y su homólogo uruguayo se reunieron en el Palacio Santos. "
    "Al término del encuentro, la jefa de la diplomacia chilena afirmó que ambos países cooperarán.\n\n"
    "El presidente del Cabildo, Ramón Déniz Suárez, defendió la inversión. El titular del Ejecutivo "
    "insular acusó a la oposición de \"mentir\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "No resuelve nada", "Julián Ferreyra Olmos");
  expect_speaker (quotes, "ambos países cooperarán", "Marta Olivares Paz");
  expect_speaker (quotes, "mentir", "Ramón Déniz Suárez");
}

/* "Fuentes de la entidad consultadas por este periódico": the participle
 * agrees with "fuentes" and ends the body, and "la entidad" is the
 * institution last named, not the coach introduced with a description. */
static void
test_fuentes_de_la_entidad_participle (void)
{
  const char *text =
    "El técnico pide calma\n\n"
    "El entrenador del Club Deportivo Ribera, Eneko Garmendia Ugalde, compareció este viernes tras la "
    "derrota. El técnico admitió que el vestuario \"está tocado\".\n\n"
    "El club, sin embargo, no ha hecho pública ninguna declaración de apoyo. Fuentes de la entidad "
    "consultadas por este periódico reconocieron que la junta se reunirá el lunes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la junta se reunirá el lunes", "Club Deportivo Ribera");
}

/* "la Fiscalía Especializada en Combate a la Corrupción de Sonora": "en"
 * after a capitalised participle, then "a la", run on inside a body's
 * name; "la fiscalía" later is that body. */
static void
test_en_after_participle_inside_body_name (void)
{
  const char *text =
    "Vinculan a proceso a un exfuncionario\n\n"
    "Un juez de control vinculó a proceso al extesorero municipal, Ramiro Ochoa Leyva, por el desvío de "
    "12 millones de pesos, informó este martes la Fiscalía Especializada en Combate a la Corrupción de "
    "Sonora.\n\n"
    "Según informó la fiscalía, otro exfuncionario sigue prófugo.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "vinculó a proceso", "Fiscalía Especializada en Combate a la Corrupción de Sonora");
  expect_speaker (quotes, "otro exfuncionario sigue prófugo",
                  "Fiscalía Especializada en Combate a la Corrupción de Sonora");
}

/* "Un vocero de una de las tres concesionarias, que pidió …, dijo": the
 * spokesperson of one of several bodies speaks as the phrase itself, not
 * as a body named before nor as the plural. */
static void
test_spokesperson_of_one_of_several (void)
{
  const char *text =
    "Suben los peajes\n\n"
    "El presidente de la Cámara de Transportistas del Sur, Oscar Villalba Ríos, advirtió que habrá "
    "cortes.\n\n"
    "Un vocero de una de las cuatro autopistas, que pidió no ser identificado, dijo a este diario que "
    "\"la suba no cubre los costos del mantenimiento\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la suba no cubre", "vocero de una de las cuatro autopistas");
}

/* "Su primer torneo fue un Open de Navarra …. —… —recuerda.": a
 * capitalised run right after "un"/"una" is an event or a thing, never
 * the person a dropped subject goes back to. */
static void
test_name_after_indefinite_article_is_no_person (void)
{
  const char *text =
    "La tenista que empezó a los 60\n\n"
    "Amaia Etxarri Lasa, donostiarra de 71 años, entrena tres días por semana.\n\n"
    "—Empecé cuando me jubilé —cuenta.\n\n"
    "Su primer torneo fue una Copa Otoño en la que perdió todos los partidos.\n\n"
    "—Me temblaban las piernas, pero no me iba a retirar —recuerda.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Me temblaban las piernas", "Amaia Etxarri Lasa");
}

/* "pidió perdón a los aficionados que viajaron …", "y pidió paciencia a
 * la afición": a request verb reports words only with an infinitive, a
 * "que" clause in the subjunctive or quoted words; a bare noun asked
 * for, or a relative clause on the listener, reports none. */
static void
test_request_for_bare_noun_is_no_quote (void)
{
  const char *text =
    "El técnico pide tiempo\n\n"
    "El entrenador, Mario Soto Peña, insistió en que la plantilla está \"mejor de lo que parece\" y pidió "
    "paciencia a la afición.\n\n"
    "El capitán, Aitor Lasa Ugarte, pidió perdón a los aficionados que viajaron a Soria.\n\n"
    "El presidente, Luis Ortega Gil, pidió a los socios que renueven el abono.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  for (guint q = 0; q < quotes->len; q++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, q);

      g_assert_null (strstr (quote->text, "paciencia"));
      g_assert_null (strstr (quote->text, "viajaron"));
    }
  expect_speaker (quotes, "renueven el abono", "Luis Ortega Gil");
}

/* "descartó además que …", "Economía anticipa que …": ruling out and
 * forecasting report a clause with "que", never a noun ("descartó
 * cambios"). */
static void
test_descarto_anticipa_with_que (void)
{
  const char *text =
    "Hacienda anticipa que el déficit bajará del 2%\n\n"
    "La ministra de Hacienda, Elena Vidal Pardo, presentó el informe. La ministra descartó además que el "
    "Gobierno vaya a subir el IVA este año. También descartó cambios en el calendario.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "vaya a subir el IVA", "Elena Vidal Pardo");
  for (guint q = 0; q < quotes->len; q++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, q))->text, "calendario"));
}

/* "En la misma entrevista, Berrondo defendió …": a short phrase opening
 * on a preposition before the subject is no clause anybody said. */
static void
test_prepositional_opener_is_no_clause (void)
{
  const char *text =
    "El ministro defiende el ajuste\n\n"
    "El ministro de Economía, Santiago Ferrán, habló con una radio local. En la misma entrevista, Ferrán "
    "defendió el recorte de los subsidios.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  for (guint q = 0; q < quotes->len; q++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, q))->text, "misma entrevista"));
}

/* "Los vecinos denuncian que … y reclaman una mesa de diálogo": the first
 * cue reports; the verb joined by "y" goes on with its subject and is no
 * cue of the sentence. */
static void
test_first_cue_before_coordinated_verb (void)
{
  const char *text =
    "Cortan la carretera de la mina\n\n"
    "Los vecinos denuncian que los camiones de la mina levantan polvo y reclaman una mesa de diálogo.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los camiones de la mina levantan polvo", "vecinos");
}

/* "informó que … y pidió a las partes \"…\"": after a coordinated request
 * verb, Spanish "a" opens the listener, not an English article's noun
 * phrase; the quoted words after it are a second quote. */
static void
test_coordinated_request_with_listener (void)
{
  const char *text =
    "Conflicto en la mina\n\n"
    "La Defensoría del Pueblo informó que ha registrado el caso como conflicto activo y pidió a las "
    "partes \"retomar el diálogo cuanto antes\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "registrado el caso", "Defensoría del Pueblo");
  expect_speaker (quotes, "retomar el diálogo cuanto antes", "Defensoría del Pueblo");
}

/* "Arrieta" after "Lucía Arrieta Goñi" and her daughter "Maite Lasa
 * Arrieta": a Spanish surname alone is the first surname of someone
 * named with two, before another's second. */
static void
test_first_surname_beats_second (void)
{
  const char *text =
    "La maratoniana de 63 años\n\n"
    "Rosa Ibarra Goñi, pamplonesa de 63 años, correrá el domingo su duodécimo maratón.\n\n"
    "Su hija, Ane Lasa Ibarra, la acompañará en bicicleta.\n\n"
    "\"Nunca es tarde para empezar\", dice Ibarra.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Nunca es tarde", "Rosa Ibarra Goñi");
}

/* "Solo al final pidió la palabra para decir que …": an adverbial of time
 * opening the sentence before the verb is no subject; the subject is
 * dropped and goes back to the person spoken of. */
static void
test_adverbial_opener_is_no_subject (void)
{
  const char *text =
    "El exalcalde se declara inocente\n\n"
    "El exalcalde, Ramiro Ochoa Leyva, guardó silencio durante casi toda la audiencia. Solo al final "
    "pidió la palabra para decir que es inocente y que \"jamás\" cobró comisiones.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "cobró comisiones", "Ramiro Ochoa Leyva");
}

/* "Pepe Álvarez celebró el acuerdo, aunque pidió que …": "aunque" joins a
 * second verb with no subject of its own, as "pero" does. */
static void
test_aunque_joins_verbs (void)
{
  const char *text =
    "Sube el salario mínimo\n\n"
    "El secretario general de UGT, Pepe Álvarez, celebró el acuerdo, aunque pidió que la subida llegue al 60 % "
    "del salario medio.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "60 % del salario medio", "Pepe Álvarez");
}

/* "calificó la medida de "electoralista"": naming with quoted words, in
 * the simple past as in the perfect ("ha calificado"). */
static void
test_calificar_simple_past (void)
{
  const char *text =
    "Sube el salario mínimo\n\n"
    "El PP criticó la medida. Su portavoz económico, Carlos Ruiz, calificó la subida de \"electoralista\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "electoralista");

  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
  g_assert_cmpstr (quote->speaker, ==, "Carlos Ruiz");
}

/* "El preparador guipuzcoano": a role of the coach's family with an
 * adjective of origin after it points back to the coach, not to the
 * place the press conference was held in. */
static void
test_role_with_origin_adjective (void)
{
  const char *text =
    "El Numancia busca aire en Ponferrada\n\n"
    "\"Vamos a salir a ganar\", aseguró el técnico, Koldo Etxeberria, en la rueda de prensa celebrada en la "
    "Ciudad Deportiva.\n\n"
    "El preparador guipuzcoano negó que haya una herencia.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "haya una herencia", "Koldo Etxeberria");
}

/* "la parlamentaria" refers back to "la diputada de <group>". */
static void
test_parlamentaria_for_diputada (void)
{
  const char *text =
    "El cierre de aulas llega al pleno\n\n"
    "La consejera de Educación, Begoña Arnedo, defendió la medida. La diputada de Vecinos por Soria, "
    "Lucía Ortega, pidió que se retire.\n\n"
    "\"Ustedes cierran la escuela\", lamentó la parlamentaria, que llegó acompañada de varias madres.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Ustedes cierran la escuela", "Lucía Ortega");
}

/* "expuso ante el juzgador la agente …, X", "sostuvo en un comunicado
 * la Secretaría …": a short adjunct between the verb and its inverted
 * subject is no subject; the body named before does not speak. */
static void
test_adjunct_before_inverted_subject (void)
{
  const char *text =
    "Vinculan a proceso al dueño de un bar\n\n"
    "La Fiscalía del Estado sostuvo que el local operaba sin permiso. \"No estamos ante un accidente\", "
    "expuso ante el juzgador la agente del Ministerio Público, Rosa Elvira Cárdenas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "No estamos ante un accidente", "Rosa Elvira Cárdenas");
}

/* "Fuentes de la Consejería de Sanidad de la Junta de Andalucía han
 * indicado": the sources speak for the whole institution, not for the
 * government its name ends on. */
static void
test_fuentes_de_long_institution (void)
{
  const char *text =
    "Agresiones en Urgencias\n\n"
    "Fuentes de la Consejería de Salud de la Junta de Extremadura han indicado a este diario que el protocolo "
    "se revisará antes del verano.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "el protocolo se revisará", "Consejería de Salud de la Junta de Extremadura");
}

/* "el departamento" for a Consejería, "el gremio" for a union, "la
 * organización colegial" for a professional college: a generic noun
 * of the body's kind points back to the body named before. */
static void
test_body_kin_nouns (void)
{
  const char *consejeria =
    "Agresiones\n\n"
    "La Consejería de Sanidad de Aragón ha anunciado que revisará el protocolo de agresiones. El departamento "
    "recuerda que agredir a un sanitario es un delito de atentado.";
  const char *gremio =
    "Paritarias\n\n"
    "La Unión Obrera Metalúrgica (UOM) rechazó este miércoles la propuesta de las cámaras. La oferta quedó muy "
    "lejos de la inflación acumulada, según el gremio.";
  const char *colegio =
    "Los enfermeros denuncian agresiones\n\n"
    "El Colegio Oficial de Enfermería de Soria ha contabilizado once agresiones este año. Según la organización "
    "colegial, en la mitad de los casos no hubo denuncia.";
  g_autoptr(GPtrArray) q1 = px_quotes_find_in_text (consejeria, "es");
  g_autoptr(GPtrArray) q2 = px_quotes_find_in_text (gremio, "es");
  g_autoptr(GPtrArray) q3 = px_quotes_find_in_text (colegio, "es");

  expect_speaker (q1, "agredir a un sanitario", "Consejería de Sanidad de Aragón");
  expect_speaker (q2, "muy lejos de la inflación", "Unión Obrera Metalúrgica");
  expect_speaker (q3, "no hubo denuncia", "Colegio Oficial de Enfermería de Soria");
}

/* "Según los datos de la propia Consejería" after the Consejería and
 * then the Ministerio: a body named by its own noun is not its kin
 * named since. */
static void
test_own_noun_beats_kin (void)
{
  const char *text =
    "Cierra de noche el centro de salud\n\n"
    "La Consejería de Sanidad de Aragón ha anunciado que el centro cerrará de noche. El Ministerio de Sanidad "
    "ha recordado que la competencia es autonómica.\n\n"
    "Según los datos de la propia Consejería, el centro atendió 900 urgencias nocturnas el año pasado.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "900 urgencias nocturnas", "Consejería de Sanidad de Aragón");
}

/* "el dirigente metalúrgico" for the union's "secretario general": a
 * word for whoever heads a body refers back to its secretary general. */
static void
test_dirigente_for_secretario_general (void)
{
  const char *text =
    "Paritarias\n\n"
    "\"No lo vamos a firmar\", disparó el secretario general de la UOM, Abel Furlán Ibarra, al salir de la "
    "reunión en la avenida Leandro N. Alem. El dirigente metalúrgico sostuvo que los salarios perdieron diez puntos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los salarios perdieron", "Abel Furlán Ibarra");
}

/* "manifestó la funcionaria" after "la gerente de la Empresa de …, X":
 * a word for any official refers back to the holder of an office. */
static void
test_funcionaria_for_gerente (void)
{
  const char *text =
    "Racionamiento de agua hasta diciembre\n\n"
    "Los cortes seguirán hasta diciembre, anunció la gerente de la Empresa de Acueducto de Ocaña (Empocaña), "
    "Luz Marina Pérez Quintero, quien explicó que el río bajó a la mitad de su caudal.\n\n"
    "\"No hay de dónde sacar más agua\", manifestó la funcionaria durante una rueda de prensa en la sede de la "
    "entidad.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "No hay de dónde sacar", "Luz Marina Pérez Quintero");
}

/* "anunció la presidenta de la Agencia de Aguas de Ocaña, X": a Spanish
 * office heads a role whose body's name runs over "de" to the name in
 * apposition. */
static void
test_spanish_office_before_long_body_name (void)
{
  const char *text =
    "Cortes de agua\n\n"
    "Los cortes seguirán hasta diciembre, anunció la presidenta de la Agencia de Aguas de Ocaña, Luz Marina Pérez.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Los cortes seguirán", "Luz Marina Pérez");
}

/* "Así lo anunció este martes la alcaldesa, X": past the day to the
 * subject; and "Así lo anunció …, X, quien explicó que …" holds two
 * quotes, the sentence before and the relative's clause. */
static void
test_asi_lo_with_day_and_relative_cue (void)
{
  const char *day =
    "Cortes de agua\n\n"
    "Los vecinos tendrán que seguir llenando baldes hasta diciembre. Así lo anunció este martes la alcaldesa, "
    "Luz Marina Pérez Quintero.";
  const char *relative =
    "Cortes de agua\n\n"
    "Los vecinos tendrán que seguir llenando baldes hasta diciembre. Así lo anunció la gerente de Aguas del "
    "Norte, Luz Marina Pérez Quintero, quien explicó que el caudal del río cayó a la mitad.";
  g_autoptr(GPtrArray) q1 = px_quotes_find_in_text (day, "es");
  g_autoptr(GPtrArray) q2 = px_quotes_find_in_text (relative, "es");

  expect_speaker (q1, "seguir llenando baldes", "Luz Marina Pérez Quintero");
  expect_speaker (q2, "seguir llenando baldes", "Luz Marina Pérez Quintero");
  expect_speaker (q2, "el caudal del río cayó", "Luz Marina Pérez Quintero");
}

/* "dijo la gerente antes de levantarse de la mesa": a time clause after
 * the inverted subject is no part of it; the role refers back. */
static void
test_time_clause_after_inverted_subject (void)
{
  const char *text =
    "Cortes de agua\n\n"
    "La gerente de Aguas del Norte, Luz Marina Pérez, compareció ayer. \"En cuanto vuelvan las lluvias "
    "normalizamos el servicio\", dijo la gerente antes de levantarse de la mesa.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "normalizamos el servicio", "Luz Marina Pérez");
}

/* "deslizó un funcionario del Palacio de Hacienda", "Un agente de la
 * Guardia Civil … explicó": one unnamed member of a named body is an
 * anonymous source, not the body. */
static void
test_member_of_body_is_anonymous (void)
{
  const char *text =
    "Paritarias\n\n"
    "\"Un conflicto sectorial no cambia la tendencia\", deslizó un funcionario del Palacio de Hacienda que "
    "pidió reserva de su nombre.\n\n"
    "Un agente de la Policía Nacional que participó en la investigación explicó que la furgoneta fue localizada "
    "en un taller de Getafe.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "no cambia la tendencia", "funcionario del Palacio de Hacienda");
  expect_speaker (quotes, "la furgoneta fue localizada", "agente de la Policía Nacional");
}

/* "explicó a las puertas del centro de salud de X la doctora Y": a
 * longer phrase of place runs to the first article no preposition
 * governs, where the inverted subject opens. */
static void
test_place_phrase_before_inverted_subject (void)
{
  const char *text =
    "Huelga de médicos\n\n"
    "La Conselleria de Sanidad cifra el seguimiento en un 30 %. \"No pedimos privilegios\", explicó a las "
    "puertas del centro de salud de Russafa la doctora Marta Soler, que atiende a 50 personas al día.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "No pedimos privilegios", "Marta Soler");
}

/* "El Colegio de Enfermería de la provincia", "La Defensoría del Pueblo
 * de la región": a body's name read back from the verb over "de la" to
 * its head noun, not the lower-case place it ends on. */
static void
test_body_name_ending_in_common_place_noun (void)
{
  const char *text =
    "Urgencias colapsadas\n\n"
    "El Colegio de Enfermería de la provincia ha emitido un comunicado en el que advierte de que la saturación "
    "pone en riesgo a los pacientes.\n\n"
    "La Defensoría del Pueblo de la región ha señalado que las quejas se han duplicado en un año.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "pone en riesgo", "Colegio de Enfermería de la provincia");
  expect_speaker (quotes, "las quejas se han duplicado", "Defensoría del Pueblo de la región");
}

/* "El colectivo Justicia para los Nueve exigió": after a noun for a
 * group, "para los" links the group's name on. */
static void
test_collective_name_with_para_los (void)
{
  const char *text =
    "Incendio en el bar\n\n"
    "El colectivo Verdad para las Doce, que agrupa a las familias, exigió que se investigue a los inspectores "
    "municipales.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "se investigue a los inspectores", "Verdad para las Doce");
}

/* "expresó su «total respaldo»", "elogió la «personalidad» del
 * juvenil": verbs of thanks, praise and expression attribute the quoted
 * words of their object. */
static void
test_quoted_object_of_praise_verbs (void)
{
  const char *text =
    "Paritarias\n\n"
    "La CTA expresó su \"apoyo sin fisuras\" a los metalúrgicos. El técnico, Íñigo Garrido, elogió la "
    "\"madurez\" del juvenil.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "apoyo sin fisuras", "CTA");
  expect_speaker (quotes, "madurez", "Íñigo Garrido");
}

/* "La AEMET mantiene el aviso …, y ha advertido de que …": a perfect
 * coordinated after "y" with no subject of its own has its sentence's. */
static void
test_coordinated_perfect_after_y (void)
{
  const char *text =
    "Nieve en la cordillera\n\n"
    "La AEMET mantiene el aviso amarillo en la cordillera, y ha advertido de que las temperaturas bajarán hasta "
    "cinco grados bajo cero.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "las temperaturas bajarán", "AEMET");
}

/* "La oficina regional del organismo explicó": an office of "the body"
 * speaks for the institution last reported speaking. */
static void
test_office_of_organismo (void)
{
  const char *text =
    "Peces muertos\n\n"
    "La Superintendencia del Medio Ambiente (SMA) confirmó que mantiene abierto un procedimiento contra la "
    "planta. La oficina regional del organismo explicó que la investigación se encuentra en etapa de análisis.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "etapa de análisis", "Superintendencia del Medio Ambiente");
}

/* "ha precisado el 112" after "según ha informado el 112 Asturias": the
 * emergency number alone is the service named in full before. */
static void
test_emergency_number_full_name (void)
{
  const char *text =
    "Rescate en la montaña\n\n"
    "Los bomberos han rescatado a once montañeros en el Aneto, según ha informado el 112 Aragón.\n\n"
    "Dos de ellos han sido trasladados al hospital con hipotermia leve, ha precisado el 112.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "trasladados al hospital", "112 Aragón");
}

/* "sostuvo la Secretaría de Planeación municipal": the adjective of the
 * level of government is part of a body's name of several words. */
static void
test_level_adjective_after_body_name (void)
{
  const char *text =
    "Obras del tanque\n\n"
    "\"Las obras tienen un avance del 70 %\", sostuvo en un comunicado la Secretaría de Infraestructura "
    "municipal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "un avance del 70", "Secretaría de Infraestructura municipal");
}

/* "defiende el máximo responsable del centro": the head of the body
 * just described, whatever generic noun names the body. */
static void
test_maximo_responsable_del_centro (void)
{
  const char *text =
    "Agresiones en Urgencias\n\n"
    "El gerente del Hospital de Valdelobos, Ramón Quintana Gil, asegura que su registro recoge ocho incidentes. "
    "\"No es verdad que el servicio esté desprotegido\", defiende el máximo responsable del centro.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "el servicio esté desprotegido", "Ramón Quintana Gil");
}

/* "le afeó a la consejera que …", "le recriminó a la diputada que «…»":
 * reproaches in a parliament debate report what the speaker said. */
static void
test_reproach_verbs_in_debate (void)
{
  const char *text =
    "Pleno sobre las aulas rurales\n\n"
    "La consejera de Educación, Begoña Arnedo, defendió la medida. El portavoz socialista, Raúl Sáenz, le afeó "
    "a la consejera que no hubiera visitado ninguna de las escuelas afectadas.\n\n"
    "Arnedo le recriminó a la diputada que \"utilice a las familias\" para hacer política.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "no hubiera visitado ninguna", "Raúl Sáenz");
  expect_speaker (quotes, "utilice a las familias", "Begoña Arnedo");
}

/* "…, cuando, según la Fiscalía, pretendía viajar …": a "según X" set
 * off by commas after a subordinator reports the clause after it. */
static void
test_segun_incise_after_subordinator (void)
{
  const char *text =
    "Detenido el dueño del bar\n\n"
    "El imputado fue detenido en Querétaro cuando, según la Fiscalía, pretendía cruzar la frontera con "
    "documentos falsos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "pretendía cruzar la frontera");

  g_assert_cmpstr (quote->speaker, ==, "Fiscalía");
  g_assert_null (strstr (quote->text, "detenido en Querétaro"));
}

/* "…, aunque admitieron que …": "admitieron" is a reporting verb, and
 * after "aunque" starts a second quote of the same speakers. */
static void
test_aunque_admitieron (void)
{
  const char *text =
    "Desplazamiento a Vigo\n\n"
    "La directiva del Real Zaragoza explicó que ha pedido al Celta más entradas, aunque admitieron que la "
    "ampliación es complicada a estas alturas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *first = px_test_expect_quote (quotes, "ha pedido al Celta");

  g_assert_null (strstr (first->text, "admitieron"));
  px_test_expect_quote (quotes, "la ampliación es complicada");
}

/* "Desde la Federación de Deportes de Montaña, Escalada y Senderismo del
 * Principado de Asturias (FEMPA) han insistido": the whole body, the
 * comma of its list and its acronym included, speaks. */
static void
test_desde_body_name_with_list_comma (void)
{
  const char *text =
    "Rescate en la montaña\n\n"
    "Los bomberos del Servicio de Emergencias del Principado de Asturias rescataron a 23 senderistas.\n\n"
    "Desde la Federación de Deportes de Montaña, Escalada y Senderismo de Cantabria (FDMEC) han insistido en que "
    "los grupos deben llevar siempre material invernal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "material invernal", "Federación de Deportes de Montaña, Escalada y Senderismo de Cantabria");
}

/* "defendió a su cliente", "respondió a las preguntas de su abogada":
 * "a" and a noun straight after the verb, with no clause after it,
 * reports nothing. */
static void
test_a_object_is_no_quote (void)
{
  const char *text =
    "Juicio por el incendio\n\n"
    "El abogado Julio César Montaño defendió a su cliente durante toda la audiencia. El acusado solo respondió "
    "a las preguntas de su abogada.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_null (px_test_find_quote (quotes, "su cliente"));
  g_assert_null (px_test_find_quote (quotes, "las preguntas de su abogada"));
}

/* "El senador por Jalisco Rodrigo …": the seat a legislator's "por"
 * names is a place, no part of the name after it. */
static void
test_legislator_por_seat_before_name (void)
{
  const char *text =
    "La oposición rechaza el recorte\n\n"
    "La diputada por Oaxaca Yesenia Cortázar Ibarra aseguró que el recorte dejará sin médicos a cuarenta "
    "municipios de la sierra.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "dejará sin médicos", "Yesenia Cortázar Ibarra");
}

/* "advirtió la titular del ramo": a word for any field of government
 * after an office names no body; the office alone refers back to the
 * minister named before. */
static void
test_titular_del_ramo (void)
{
  const char *text =
    "Sanidad abre expediente a la clínica\n\n"
    "La ministra de Salud, Gabriela Fuenmayor Cordero, anunció que la clínica quedará cerrada durante un mes.\n\n"
    "\"No vamos a tolerar que se juegue con la salud de los pacientes\", advirtió la titular del ramo.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "No vamos a tolerar", "Gabriela Fuenmayor Cordero");
}

/* "argumentó el letrado" after "Su letrado, X" and then "El abogado de la
 * acusada, Y": the role said back is the person of its family named last,
 * not the earlier one the article gave the very word. */
static void
test_role_word_said_back_is_last_of_family (void)
{
  const char *text =
    "Visto para sentencia el juicio por la estafa del garaje\n\n"
    "Su letrado, Álvaro Peñalver, recordó que los vecinos perdieron sus ahorros.\n\n"
    "El abogado de la acusada, Tomás Ugarte Vela, pidió la absolución. "
    "\"Mi clienta firmó lo que le pusieron delante\", argumentó el letrado.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Mi clienta firmó", "Tomás Ugarte Vela");
}

/* "dijo la representante del Ministerio Público": a court report's
 * periphrasis for the prosecutor it named as "la fiscal, X". */
static void
test_representante_del_ministerio_publico (void)
{
  const char *text =
    "La Fiscalía pide ocho años para el exgerente\n\n"
    "En su informe final, la fiscal, Inmaculada Roldán Pérez, mantuvo la acusación por malversación. "
    "El abogado del exgerente, Ernesto Salcedo, pidió la absolución.\n\n"
    "\"El dinero salió de la caja y nunca volvió\", dijo la representante del Ministerio Público ante el tribunal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "El dinero salió de la caja", "Inmaculada Roldán Pérez");
}

/* "«…», lamentaba", "su hijo aseguraba que …": the imperfect of a
 * feature's scene reports speech as the simple past does. */
static void
test_imperfect_reporting_verbs (void)
{
  const char *text =
    "El agua vuelve a la calle del Molino\n\n"
    "En la puerta de su casa, Remedios Albiol, de 81 años, barría el barro. \"Cada otoño es lo mismo\", "
    "lamentaba. Su nieto, Pau Albiol, aseguraba que el ayuntamiento nunca ha limpiado la acequia.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "Cada otoño es lo mismo", "Remedios Albiol");
  expect_speaker (quotes, "nunca ha limpiado la acequia", "Pau Albiol");
}

/* "declaró Wilber Choque Apaza": inside a Spanish sentence a
 * capitalised word ending like an English trade ("-er") is a given name,
 * since Spanish writes trades in lower case. */
static void
test_given_name_with_english_trade_ending (void)
{
  const char *text =
    "Transportistas anuncian paro en El Alto\n\n"
    "\"Si no hay diésel el lunes, paramos todo\", declaró a este medio Wilber Choque Apaza, secretario general "
    "del Sindicato de Choferes de la ciudad.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "paramos todo", "Wilber Choque Apaza");
}

/* "la Superintendencia Nacional de Servicios de Saneamiento (Sunass)":
 * Spanish writes a long acronym read as a word with one capital; said
 * alone later, it stands for the name spelt out before the brackets. */
static void
test_word_like_acronym_in_brackets (void)
{
  const char *text =
    "Cortes de agua en el Cono Norte\n\n"
    "La Superintendencia Nacional de Servicios de Saneamiento (Sunass) abrió un expediente a la empresa.\n\n"
    "Según la Sunass, los cortes afectaron a unos 40.000 hogares durante el fin de semana.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "los cortes afectaron", "Superintendencia Nacional de Servicios de Saneamiento");
}

/* "el juicio contra X, acusado de golpear …": the participle of
 * someone charged reports nobody's words; "ha acusado a … de" still does. */
static void
test_acusado_de_participle_is_no_cue (void)
{
  const char *text =
    "Arranca el juicio por el incendio del almacén\n\n"
    "La Audiencia Provincial de Soria dejó este viernes visto para sentencia el juicio contra Ramiro Lencina Soto, "
    "de 58 años, acusado de golpear con una barra a su antiguo socio, Julián Ferrán, en marzo de 2023 tras una "
    "discusión por unas deudas. La fiscal ha acusado al procesado de actuar por venganza.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_null (px_test_find_quote (quotes, "golpear con una barra"));
  g_assert_nonnull (px_test_find_quote (quotes, "actuar por venganza"));
}

/* "El Centro de Coordinación de Emergencias de la Generalitat": "Centro"
 * heads an institution's name as "Servicio" does, so the body is not cut
 * to the government named at its end. */
static void
test_centro_heads_institution_name (void)
{
  const char *text =
    "Un camión cisterna vuelca en la autovía\n\n"
    "El Centro de Coordinación de Emergencias de la Junta ha informado de que el conductor resultó herido leve.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "el conductor resultó herido", "Centro de Coordinación de Emergencias de la Junta");
}

/* "De acuerdo con las mismas fuentes" after "Fuentes de Cancillería
 * consultadas por este diario": the participle and its agent are no part
 * of whom the sources speak for. */
static void
test_same_sources_after_participle_agent (void)
{
  const char *text =
    "La Cancillería prepara la visita del canciller chino\n\n"
    "Fuentes de Cancillería consultadas por este diario señalaron que la agenda incluye un acuerdo sobre litio.\n\n"
    "De acuerdo con las mismas fuentes, la firma se hará en el Palacio de San Martín.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  expect_speaker (quotes, "la firma se hará", "Cancillería");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-es/given-name-with-trade-ending", test_given_name_with_trade_ending);
  g_test_add_func ("/parallax/quotes-es/object-clitic-before-verb", test_object_clitic_before_verb);
  g_test_add_func ("/parallax/quotes-es/para-la-inside-institution-name", test_para_la_inside_institution_name);
  g_test_add_func ("/parallax/quotes-es/de-apposition-after-name", test_de_apposition_after_name);
  g_test_add_func ("/parallax/quotes-es/role-after-verb-then-named-apposition", test_role_after_verb_then_named_apposition);
  g_test_add_func ("/parallax/quotes-es/role-comma-article-demonym-name", test_role_comma_article_demonym_name);
  g_test_add_func ("/parallax/quotes-es/indefinite-subject-restrictive-relative", test_indefinite_subject_restrictive_relative);
  g_test_add_func ("/parallax/quotes-es/prepositional-opening-inverted-subject", test_prepositional_opening_inverted_subject);
  g_test_add_func ("/parallax/quotes-es/shared-surname-latest-named", test_shared_surname_latest_named);
  g_test_add_func ("/parallax/quotes-es/para-name-two-word-subject-mixed", test_para_name_two_word_subject_mixed);
  g_test_add_func ("/parallax/quotes-es/para-role-complement-then-name", test_para_role_complement_then_name);
  g_test_add_func ("/parallax/quotes-es/en-palabras-de", test_en_palabras_de);
  g_test_add_func ("/parallax/quotes-es/role-after-verb-ends-at-al", test_role_after_verb_ends_at_al);
  g_test_add_func ("/parallax/quotes-es/given-name-with-agent-ending", test_given_name_with_agent_ending);
  g_test_add_func ("/parallax/quotes-es/dialogue-dash-with-incise", test_dialogue_dash_with_incise);
  g_test_add_func ("/parallax/quotes-es/coordinated-verb-after-cue", test_coordinated_verb_after_cue);
  g_test_add_func ("/parallax/quotes-es/propia-before-institution", test_propia_before_institution);
  g_test_add_func ("/parallax/quotes-es/propio-noun-refers-to-opening", test_propio_noun_refers_to_opening);
  g_test_add_func ("/parallax/quotes-es/present-and-american-past-verbs", test_present_and_american_past_verbs);
  g_test_add_func ("/parallax/quotes-es/role-synonym-magistrada", test_role_synonym_magistrada);
  g_test_add_func ("/parallax/quotes-es/segun-simple-past-subject-after", test_segun_simple_past_subject_after);
  g_test_add_func ("/parallax/quotes-es/relative-with-short-quote-before-verb", test_relative_with_short_quote_before_verb);
  g_test_add_func ("/parallax/quotes-es/role-with-age-after", test_role_with_age_after);
  g_test_add_func ("/parallax/quotes-es/vocero-speaks-for-institution", test_vocero_speaks_for_institution);
  g_test_add_func ("/parallax/quotes-es/dash-list-item-is-no-dialogue", test_dash_list_item_is_no_dialogue);
  g_test_add_func ("/parallax/quotes-es/asking-for-anonymity-is-no-cue", test_asking_for_anonymity_is_no_cue);
  g_test_add_func ("/parallax/quotes-es/study-opening-finds-past-relative", test_study_opening_finds_past_relative);
  g_test_add_func ("/parallax/quotes-es/pero-coordinated-verb", test_pero_coordinated_verb);
  g_test_add_func ("/parallax/quotes-es/generic-noun-then-institution-apposition", test_generic_noun_then_institution_apposition);
  g_test_add_func ("/parallax/quotes-es/two-surnames-without-given-name", test_two_surnames_without_given_name);
  g_test_add_func ("/parallax/quotes-es/given-name-with-trade-ending-female", test_given_name_with_trade_ending_female);
  g_test_add_func ("/parallax/quotes-es/role-synonym-mandatario-profesor", test_role_synonym_mandatario_profesor);
  g_test_add_func ("/parallax/quotes-es/dropped-subject-after-opening-person", test_dropped_subject_after_opening_person);
  g_test_add_func ("/parallax/quotes-es/al-object-is-no-inverted-subject", test_al_object_is_no_inverted_subject);
  g_test_add_func ("/parallax/quotes-es/informo-comunico-are-cues", test_informo_comunico_are_cues);
  g_test_add_func ("/parallax/quotes-es/informar-de-noun-is-no-quote", test_informar_de_noun_is_no_quote);
  g_test_add_func ("/parallax/quotes-es/fuentes-with-adjective-after-verb", test_fuentes_with_adjective_after_verb);
  g_test_add_func ("/parallax/quotes-es/inverted-cue-after-clause-with-apposition", test_inverted_cue_after_clause_with_apposition);
  g_test_add_func ("/parallax/quotes-es/accusation-text-after-de", test_accusation_text_after_de);
  g_test_add_func ("/parallax/quotes-es/prepositional-phrase-after-verb-is-no-quote", test_prepositional_phrase_after_verb_is_no_quote);
  g_test_add_func ("/parallax/quotes-es/que-relative-after-incise", test_que_relative_after_incise);
  g_test_add_func ("/parallax/quotes-es/se-limito-a-infinitive", test_se_limito_a_infinitive);
  g_test_add_func ("/parallax/quotes-es/organismo-after-office-in-ia", test_organismo_after_office_in_ia);
  g_test_add_func ("/parallax/quotes-es/possessive-role-then-role-of-common-noun", test_possessive_role_then_role_of_common_noun);
  g_test_add_func ("/parallax/quotes-es/grupo-refers-to-spanish-firm", test_grupo_refers_to_spanish_firm);

  g_test_add_func ("/parallax/quotes-es/press-listener-before-subject", test_press_listener_before_subject);

  g_test_add_func ("/parallax/quotes-es/connector-incise-before-verb", test_connector_incise_before_verb);

  g_test_add_func ("/parallax/quotes-es/body-noun-before-adjective", test_body_noun_before_adjective);

  g_test_add_func ("/parallax/quotes-es/body-noun-adjective-names-longer-body", test_body_noun_adjective_names_longer_body);

  g_test_add_func ("/parallax/quotes-es/role-periphrasis-names-person", test_role_periphrasis_names_person);

  g_test_add_func ("/parallax/quotes-es/fuentes-de-la-entidad-participle", test_fuentes_de_la_entidad_participle);

  g_test_add_func ("/parallax/quotes-es/en-after-participle-inside-body-name", test_en_after_participle_inside_body_name);

  g_test_add_func ("/parallax/quotes-es/spokesperson-of-one-of-several", test_spokesperson_of_one_of_several);

  g_test_add_func ("/parallax/quotes-es/name-after-indefinite-article-is-no-person", test_name_after_indefinite_article_is_no_person);

  g_test_add_func ("/parallax/quotes-es/request-for-bare-noun-is-no-quote", test_request_for_bare_noun_is_no_quote);

  g_test_add_func ("/parallax/quotes-es/descarto-anticipa-with-que", test_descarto_anticipa_with_que);

  g_test_add_func ("/parallax/quotes-es/prepositional-opener-is-no-clause", test_prepositional_opener_is_no_clause);

  g_test_add_func ("/parallax/quotes-es/first-cue-before-coordinated-verb", test_first_cue_before_coordinated_verb);

  g_test_add_func ("/parallax/quotes-es/coordinated-request-with-listener", test_coordinated_request_with_listener);

  g_test_add_func ("/parallax/quotes-es/first-surname-beats-second", test_first_surname_beats_second);

  g_test_add_func ("/parallax/quotes-es/adverbial-opener-is-no-subject", test_adverbial_opener_is_no_subject);
  g_test_add_func ("/parallax/quotes-es/aunque-joins-verbs", test_aunque_joins_verbs);
  g_test_add_func ("/parallax/quotes-es/calificar-simple-past", test_calificar_simple_past);
  g_test_add_func ("/parallax/quotes-es/role-with-origin-adjective", test_role_with_origin_adjective);
  g_test_add_func ("/parallax/quotes-es/parlamentaria-for-diputada", test_parlamentaria_for_diputada);
  g_test_add_func ("/parallax/quotes-es/adjunct-before-inverted-subject", test_adjunct_before_inverted_subject);
  g_test_add_func ("/parallax/quotes-es/fuentes-de-long-institution", test_fuentes_de_long_institution);
  g_test_add_func ("/parallax/quotes-es/body-kin-nouns", test_body_kin_nouns);
  g_test_add_func ("/parallax/quotes-es/own-noun-beats-kin", test_own_noun_beats_kin);
  g_test_add_func ("/parallax/quotes-es/dirigente-for-secretario-general", test_dirigente_for_secretario_general);
  g_test_add_func ("/parallax/quotes-es/funcionaria-for-gerente", test_funcionaria_for_gerente);
  g_test_add_func ("/parallax/quotes-es/spanish-office-before-long-body-name", test_spanish_office_before_long_body_name);
  g_test_add_func ("/parallax/quotes-es/asi-lo-with-day-and-relative-cue", test_asi_lo_with_day_and_relative_cue);
  g_test_add_func ("/parallax/quotes-es/time-clause-after-inverted-subject", test_time_clause_after_inverted_subject);
  g_test_add_func ("/parallax/quotes-es/member-of-body-is-anonymous", test_member_of_body_is_anonymous);
  g_test_add_func ("/parallax/quotes-es/place-phrase-before-inverted-subject", test_place_phrase_before_inverted_subject);
  g_test_add_func ("/parallax/quotes-es/body-name-ending-in-common-place-noun", test_body_name_ending_in_common_place_noun);
  g_test_add_func ("/parallax/quotes-es/collective-name-with-para-los", test_collective_name_with_para_los);
  g_test_add_func ("/parallax/quotes-es/quoted-object-of-praise-verbs", test_quoted_object_of_praise_verbs);
  g_test_add_func ("/parallax/quotes-es/coordinated-perfect-after-y", test_coordinated_perfect_after_y);
  g_test_add_func ("/parallax/quotes-es/office-of-organismo", test_office_of_organismo);
  g_test_add_func ("/parallax/quotes-es/emergency-number-full-name", test_emergency_number_full_name);
  g_test_add_func ("/parallax/quotes-es/level-adjective-after-body-name", test_level_adjective_after_body_name);
  g_test_add_func ("/parallax/quotes-es/maximo-responsable-del-centro", test_maximo_responsable_del_centro);
  g_test_add_func ("/parallax/quotes-es/reproach-verbs-in-debate", test_reproach_verbs_in_debate);
  g_test_add_func ("/parallax/quotes-es/segun-incise-after-subordinator", test_segun_incise_after_subordinator);
  g_test_add_func ("/parallax/quotes-es/aunque-admitieron", test_aunque_admitieron);
  g_test_add_func ("/parallax/quotes-es/desde-body-name-with-list-comma", test_desde_body_name_with_list_comma);
  g_test_add_func ("/parallax/quotes-es/a-object-is-no-quote", test_a_object_is_no_quote);
  g_test_add_func ("/parallax/quotes-es/legislator-por-seat-before-name", test_legislator_por_seat_before_name);
  g_test_add_func ("/parallax/quotes-es/titular-del-ramo", test_titular_del_ramo);
  g_test_add_func ("/parallax/quotes-es/role-word-said-back-is-last-of-family", test_role_word_said_back_is_last_of_family);
  g_test_add_func ("/parallax/quotes-es/representante-del-ministerio-publico", test_representante_del_ministerio_publico);
  g_test_add_func ("/parallax/quotes-es/imperfect-reporting-verbs", test_imperfect_reporting_verbs);
  g_test_add_func ("/parallax/quotes-es/given-name-with-english-trade-ending", test_given_name_with_english_trade_ending);
  g_test_add_func ("/parallax/quotes-es/word-like-acronym-in-brackets", test_word_like_acronym_in_brackets);
  g_test_add_func ("/parallax/quotes-es/acusado-de-participle-is-no-cue", test_acusado_de_participle_is_no_cue);
  g_test_add_func ("/parallax/quotes-es/centro-heads-institution-name", test_centro_heads_institution_name);
  g_test_add_func ("/parallax/quotes-es/same-sources-after-participle-agent", test_same_sources_after_participle_agent);

  return g_test_run ();
}
