/* test-quotes-en.c — speakers in English news: constructions found by a
 * blind batch of English articles (local TV, Indian daily, long-read,
 * interview, wire, tabloid, obituary, inquiry hearing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* A man introduced with no pronoun near his name gets one at a later
 * mention ("Hale, reached later, said he …"), so a woman's "she said"
 * further on is not given to him. */
static void
test_gender_at_later_mention (void)
{
  const char *text =
    "Orla Venn runs the city's water board. She took the job in March.\n\n"
    "The union's organiser, Tiernan Hale, told reporters that the new rota was unworkable.\n\n"
    "Hale, reached later, said he would meet the board.\n\n"
    "\"We listened to everyone, and the rota stays,\" she said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the rota stays")->speaker, ==, "Orla Venn");
  g_assert_cmpstr (px_test_expect_quote (quotes, "he would meet the board")->speaker, ==, "Tiernan Hale");
}

/* Police and military ranks abbreviated with or without a stop are titles,
 * not part of the name ("Lt. Ana Ruiz", "Sgt Paul Hay"). */
static void
test_abbreviated_ranks (void)
{
  const char *text =
    "The county fire service is investigating. Nothing has been ruled out, said Lt. Marisol Quenby, "
    "a spokeswoman for the service.\n\n"
    "Sgt Darren Olufemi said two people had been arrested near the scene.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Nothing has been ruled out")->speaker, ==, "Marisol Quenby");
  g_assert_cmpstr (px_test_expect_quote (quotes, "two people had been arrested")->speaker, ==, "Darren Olufemi");
}

/* A place or service before a title in one capitalised run ("Brackley
 * Fire Chief Anton Weir") is where the person serves, not their name, and
 * "the chief" later is that person. */
static void
test_place_before_title (void)
{
  const char *text =
    "Brackley Fire Chief Anton Weir said crews had found heavy smoke in the roof space.\n\n"
    "No one was hurt, according to the chief.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "crews had found heavy smoke")->speaker, ==, "Anton Weir");
  g_assert_cmpstr (px_test_expect_quote (quotes, "No one was hurt")->speaker, ==, "Anton Weir");
}

/* A kin noun the full name stands in apposition to tells the person's
 * gender before the pronouns after it, which are the relative's here ("at
 * his bedside"). */
static void
test_kin_apposition_gender (void)
{
  const char *text =
    "Corran Vaile, 41, died in hospital on Sunday after the crash, police said.\n\n"
    "His mother, Brona, 66, said: \"He was the kindest man in the street.\"\n\n"
    "The victim's sister, Talwyn Breck, 35, told how the family had sat at his bedside all night.\n\n"
    "\"His girls kept asking for him,\" she said. \"What do you tell them?\"";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "His girls kept asking for him")->speaker, ==, "Talwyn Breck");
}

/* Letters each with its stop before a capitalised word open a name ("the
 * U.S. Park Service", "R.J. Okoro"): one word, not sentence ends. */
static void
test_leading_initials (void)
{
  const char *text =
    "Two hikers were rescued on Sunday, according to the U.S. Park Service.\n\n"
    "R.J. Okoro, a paramedic, said both were treated for mild hypothermia.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Two hikers were rescued")->speaker, ==, "U.S. Park Service");
  g_assert_cmpstr (px_test_expect_quote (quotes, "both were treated")->speaker, ==, "R.J. Okoro");
}

/* An edited interview puts a topic heading where the question was: a
 * quoted paragraph right after it is the interviewee's answer, not the
 * words of the last person quoted before the heading. */
static void
test_interview_topic_heading (void)
{
  const char *text =
    "Libby Oster on libraries, budgets and late buses\n\n"
    "Libby Oster became head of the county library service in May. She spoke to the Courier this week.\n\n"
    "On opening hours\n\n"
    "\"We will keep every branch open on Saturdays. That is the one promise I made on my first day.\"\n\n"
    "The librarians' union rep, Gus Marlow, said the promise was \"welcome but unfunded\".\n\n"
    "On what she reads\n\n"
    "\"Crime novels, mostly. The older the better. I like a detective who smokes a pipe.\"";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "keep every branch open")->speaker, ==, "Libby Oster");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Crime novels, mostly")->speaker, ==, "Libby Oster");
}

/* A quote paragraph with no cue right after a paragraph that ends on one
 * woman's reported speech goes on in her voice, not in that of another
 * woman the paragraph after introduces and quotes. */
static void
test_reported_voice_before_paragraph (void)
{
  const char *text =
    "Maeve Tolland and Ines Garrow ran the clinic for thirty years.\n\n"
    "Tolland drove back when the road reopened. She says she found her colleague asleep in a chair.\n\n"
    "\"I didn't wake her. I just put the kettle on and sat down.\"\n\n"
    "The baby, Orla Finch, is now a nurse. \"I have heard that story a hundred times,\" she said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "put the kettle on")->speaker, ==, "Maeve Tolland");
  g_assert_cmpstr (px_test_expect_quote (quotes, "heard that story")->speaker, ==, "Orla Finch");
}

/* A place named after a preposition ("found on Carr Lane, Elmstead, after
 * he fell") is nobody who could own the pronoun: the man named before it
 * gets its gender, and a woman's "she said" later is not his. */
static void
test_gender_across_place (void)
{
  const char *text =
    "Tobin Reece was found on Carr Lane, Elmstead, after he fell from his bike, police said.\n\n"
    "Alva Brodie, a nurse who stopped to help, said the cyclist was conscious.\n\n"
    "Reece was taken to hospital in Dunmore.\n\n"
    "\"He kept asking about his bike,\" she said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "He kept asking about his bike")->speaker, ==, "Alva Brodie");
}

/* "Mrs Reece" when the only Reece is a man: the woman the article names
 * by her given name alone as his relative ("His wife, Mairi") speaks. */
static void
test_honorific_to_relative (void)
{
  const char *text =
    "Tobin Reece, 40, was struck on Carr Lane, Elmstead, as he walked home, police said.\n\n"
    "His wife, Mairi, 39, said he had texted her minutes before.\n\n"
    "A neighbour said the lane had no lights.\n\n"
    "Mrs Reece said the family would hold a vigil on Friday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "hold a vigil on Friday")->speaker, ==, "Mairi");
}

/* "the witness" at a hearing is the person the report names giving
 * evidence, not the counsel or chair named after them. */
static void
test_witness_at_hearing (void)
{
  const char *text =
    "Petra Lomax, who ran the depot until the blast, was giving evidence on the fourth day of the inquiry, "
    "which is chaired by Sir Alun Drew.\n\n"
    "Counsel to the inquiry, Rhian Sollis, showed the witness a maintenance log from 2020.\n\n"
    "\"I never saw that log,\" the witness said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "I never saw that log")->speaker, ==, "Petra Lomax");
}

/* "the official" after "A senior council official, who did not wish to
 * be named, said …" is that unnamed source, not the named chief medical
 * officer quoted before. */
static void
test_unnamed_role_before (void)
{
  const char *text =
    "Dr Hema Rao, the council's chief medical officer, said the wards were full.\n\n"
    "A senior council official, who did not wish to be named, said the order had come late. "
    "\"The wards should have been ready a week ago,\" the official said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ready a week ago")->speaker, ==, "senior council official");
}

/* "the company spokesperson" several paragraphs after the firm was named
 * speaks for that firm, as "the company said" does, even when an earlier
 * quote says "the company". */
static void
test_company_spokesperson (void)
{
  const char *text =
    "A spokesperson for Marlow Estates Group, which manages the block, said the company was \"doing everything it can\".\n\n"
    "\"Rooms have been booked for every family,\" the statement said.\n\n"
    "Tenant Rosa Delaney said she had reported damp in the hallway twice this year.\n\n"
    "\"They'd send someone, he'd look at it, and nothing would happen,\" she said.\n\n"
    "\"Nobody came back. Not once. Not even a phone call.\"\n\n"
    "Asked about the complaints, the company spokesperson said it could not comment while the fire was investigated.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "it could not comment")->speaker, ==, "Marlow Estates Group");
}

/* A quote paragraph right after a one-sentence paragraph that opens with
 * a person ("Oster disputes that.") is that person's, not the voice of the
 * paragraph after. */
static void
test_lone_sentence_subject (void)
{
  const char *text =
    "Libby Oster took over the library service in May.\n\n"
    "The union's branch secretary, Gus Marlow, told the Courier that the new rotas were \"written by people who never work a late shift\".\n\n"
    "Oster disputes that.\n\n"
    "\"I worked every late shift for a month before I changed a single rota. Gus is welcome to join me.\"\n\n"
    "Marlow, reached afterwards, said he would \"take her up on it\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "I worked every late shift")->speaker, ==, "Libby Oster");
}

/* "patients admitted with …" is an admission to a ward, not a confession:
 * the clause is reported by the speaker of the cue at its end. */
static void
test_admitted_to_ward (void)
{
  const char *text =
    "The number of patients admitted with heat exhaustion has doubled in a week, "
    "prompting the city to open cooling wards, officials said on Monday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "has doubled in a week")->speaker, ==, "officials");
}

/* "advised" reports advice given as speech, so the quote before it is the
 * adviser's, not that of the person the next paragraph quotes. */
static void
test_advised_cue (void)
{
  const char *text =
    "Forecaster Iwan Pryce said the heat would last until the weekend.\n\n"
    "\"Stay indoors between noon and four, and check on elderly neighbours,\" Pryce advised.\n\n"
    "Councillor Lena Hobb said power cuts had made matters worse. \"You cannot stay cool without a fan,\" she said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "check on elderly neighbours");

  g_assert_cmpstr (quote->speaker, ==, "Iwan Pryce");
  g_assert_cmpstr (quote->verb, ==, "advised");
}

/* An indefinite noun phrase straight after "announced" or "declared",
 * with no verb of its own, is what was done, not reported words; one with
 * a finite verb is a clause. */
static void
test_announced_noun_phrase (void)
{
  const char *text =
    "The council declared a climate emergency in 2019.\n\n"
    "The mayor announced a new cycle lane plan on Friday.\n\n"
    "The union announced a deal had been reached late on Thursday night.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_null (px_test_find_quote (quotes, "a climate emergency"));
  g_assert_null (px_test_find_quote (quotes, "a new cycle lane plan"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "a deal had been reached")->speaker, ==, "union");
}

/* "a red flag warning", "a flood warning": after an article or a
 * lower-case noun "warning" is a noun, not the cue of what follows; the
 * participle after it is. */
static void
test_warning_noun (void)
{
  const char *text =
    "Earlier, the National Weather Service had issued a red flag warning for the valley, saying dry winds would create "
    "\"extreme fire behavior\" through the weekend.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "extreme fire behavior");

  g_assert_cmpstr (quote->verb, ==, "saying");
  g_assert_cmpstr (quote->speaker, ==, "National Weather Service");
}

/* "Her death was announced on Tuesday by her family, who said …": the
 * subject of a passive reporting verb is what was reported; the agent
 * after "by" speaks through its relative clause. "X was quoted as saying
 * by the paper" still has X speaking. */
static void
test_passive_by_agent (void)
{
  const char *text =
    "Ailsa Munro, the surgeon who ran the burns unit for twenty years, has died aged 79.\n\n"
    "Her death was announced on Tuesday by her family, who said she had died peacefully at home.\n\n"
    "\"She was fearless,\" former colleague Ben Tarrant was quoted as saying by the local paper.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "she had died peacefully")->speaker, ==, "family");
  g_assert_cmpstr (px_test_expect_quote (quotes, "She was fearless")->speaker, ==, "Ben Tarrant");
}

/* "Taoiseach Orla Keane": the Irish head of government's title is written
 * before the name as "Prime Minister" is, and is not part of the name. */
static void
test_taoiseach_title (void)
{
  const char *text =
    "Taoiseach Orla Keane has ruled out a snap election, telling the Dáil that the coalition would see out its term.\n\n"
    "\"We were elected to do a job,\" she said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the coalition would see out its term")->speaker, ==, "Orla Keane");
  g_assert_cmpstr (px_test_expect_quote (quotes, "We were elected to do a job")->speaker, ==, "Orla Keane");
}

/* "Corvane Robotics cut its forecast …; the company said": a name whose
 * verb governs "its" is an institution, which "the company" then names. */
static void
test_its_makes_institution (void)
{
  const char *text =
    "Corvane Robotics cut its sales forecast on Thursday and its shares fell.\n\n"
    "The company said in a filing that it now expected revenue to fall by a tenth.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "it now expected revenue to fall")->speaker, ==, "Corvane Robotics");
}

/* "said Labour would back the motion and called on the Greens to do the
 * same": "called on" joined to a first reporting verb is a second quote,
 * the call, not part of the first clause. */
static void
test_coordinated_call_on (void)
{
  const char *text =
    "The Labour leader, Niamh Doyle, said Labour would back the motion and called on the Greens to do the same.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *call = px_test_expect_quote (quotes, "the Greens to do the same");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Labour would back the motion")->text, ==, "Labour would back the motion");
  g_assert_cmpstr (call->speaker, ==, "Niamh Doyle");
}

/* "The company has said it will keep its dividend, and Ruiz confirmed on
 * Wednesday that …": a new subject with a reporting verb and "that" after
 * ", and" ends the first clause; the second report is Ruiz's. */
static void
test_and_new_subject_reports (void)
{
  const char *text =
    "Tarvik Foods cut its profit forecast, and Chief Financial Officer Ana Ruiz spoke to analysts.\n\n"
    "The company has said it will keep its dividend, and Ruiz confirmed on Wednesday that the payout would not change.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "it will keep its dividend")->text, ==, "it will keep its dividend");
  g_assert_cmpstr (px_test_expect_quote (quotes, "the payout would not change")->speaker, ==, "Ana Ruiz");
}

/* "… opens at the Ashby Gallery in Leeds. She still paints every day":
 * a gallery, a theatre or a festival is an institution, never the woman a
 * later "she" speaks of. */
static void
test_gallery_not_person (void)
{
  const char *text =
    "Joan Pritchard keeps her brushes in a jam jar.\n\n"
    "A show of her work opens at the Ashby Gallery in Leeds on Friday.\n\n"
    "She still paints every day. \"I can't stop,\" she says.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "I can't stop")->speaker, ==, "Joan Pritchard");
}

/* "…, with sources close to the club saying …": in an absolute clause the
 * noun phrase after "with" is who speaks, not the sentence's subject. */
static void
test_with_absolute_subject (void)
{
  const char *text =
    "Dunmore Rovers have turned down a third offer for their goalkeeper, with people familiar with the talks "
    "saying the gap between the clubs was still wide.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the gap between the clubs")->speaker, ==, "people familiar with the talks");
}

/* "Dr Ada Lin, the study's lead author" and later "the authors said": a
 * plural role is a group, not the one person its singular describes. */
static void
test_plural_role_is_group (void)
{
  const char *text =
    "\"The effect was small,\" said Dr. Ada Lin, an epidemiologist and the study's lead author.\n\n"
    "The study was paid for by a charity, the authors said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "The study was paid for by a charity")->speaker, ==, "authors");
}

/* "the country's flood agency said": a place noun's possessive before an
 * unnamed body only says where it is; the speaker is the body. */
static void
test_place_possessor (void)
{
  const char *text = "The country's flood management agency said 3,000 homes had been damaged.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "3,000 homes had been damaged")->speaker, ==, "flood management agency");
}

/* "MAPUTO, Mozambique — Aid agencies said …": a dateline in capitals
 * before a dash ends there; the capital of the word after the dash is the
 * sentence's, not a name's. */
static void
test_dateline_dash (void)
{
  const char *text =
    "Floods in the south\n\n"
    "KESSA, Marovia — Relief groups warned on Friday that cholera could spread through the camps.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "cholera could spread through the camps")->speaker, ==, "Relief groups");
}

/* "A UNHCR spokeswoman in Geneva, Mira Holt, said": where the
 * spokesperson is does not stop the name between the commas from being
 * who speaks ("A police spokesman in Lyon said" is still the police). */
static void
test_named_spokesperson_with_place (void)
{
  const char *text =
    "A UNHCR spokeswoman in Geneva, Mira Holt, said the camps were full.\n\n"
    "A police spokesman in Lyon said two men had been arrested.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the camps were full")->speaker, ==, "Mira Holt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "two men had been arrested")->speaker, ==, "police");
}

/* "has said nothing in public since May" reports no words; "said nothing
 * had changed" does. */
static void
test_said_nothing (void)
{
  const char *text =
    "The winger himself has said nothing in public since the end of May.\n\n"
    "His agent said nothing had changed.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_null (px_test_find_quote (quotes, "in public since the end of May"));
  g_assert_nonnull (px_test_find_quote (quotes, "nothing had changed"));
}

/* "…, demanding that …": a demand with its clause reports words; "a
 * demanding job" and "demanding higher pay" (a bare object) do not. */
static void
test_demanding_that (void)
{
  const char *text =
    "Senate Democrats blocked the bill on Tuesday, demanding that it also cap rents.\n\n"
    "Nurses walked out, demanding higher pay for a demanding job.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "it also cap rents")->speaker, ==, "Senate Democrats");
  g_assert_null (px_test_find_quote (quotes, "higher pay"));
}

/* "South Africa's transport ministry said": a place's possessive makes
 * the subject longer than a bare phrase's three words; a person's office
 * ("Minister Ewan Hale's office said") still speaks for the person. */
static void
test_place_possessive_body (void)
{
  const char *text =
    "Sierra Leone's transport ministry said two ferries had been held in port.\n\n"
    "Transport Minister Ewan Hale's office said he was watching closely.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "two ferries had been held")->speaker, ==, "Sierra Leone's transport ministry");
  g_assert_cmpstr (px_test_expect_quote (quotes, "he was watching closely")->speaker, ==, "Ewan Hale");
}

/* "appealed to X to …" reports an appeal, as "urged X to …" does;
 * "appealed against the ban" and "appealed for calm" report no words. */
static void
test_appealed_to (void)
{
  const char *text =
    "The governor, Ruth Obi, appealed to residents of the valley to boil their water.\n\n"
    "The club appealed against the ban. Police appealed for calm.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "residents of the valley to boil their water")->speaker, ==, "Ruth Obi");
  g_assert_null (px_test_find_quote (quotes, "against the ban"));
  g_assert_null (px_test_find_quote (quotes, "calm"));
}

/* "A spokesman for the Landlords' Association said …. “…,” he said": a
 * plural possessive inside a name is read back over as forward, so the
 * pronoun finds the association, not the one named before. */
static void
test_plural_possessive_name_back (void)
{
  const char *text =
    "A spokeswoman for the Harbour Tenants Association said rents had doubled.\n\n"
    "A spokesman for the Small Landlords' Association said a freeze would be \"the final straw\". "
    "\"Our members are selling up,\" he said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Our members are selling up")->speaker, ==, "Small Landlords' Association");
}

/* "X thanked donors in a speech but said …": "but" coordinates a second
 * verb with the sentence's subject as "and" does. */
static void
test_but_said_coordinated (void)
{
  const char *text =
    "President Ada Mensah thanked donors in a televised address but said the country would need help for years.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the country would need help for years")->speaker, ==, "Ada Mensah");
}

/* "The Pellow and Stourby Hospitals NHS Foundation Trust": an acronym
 * inside the name after "and" is part of the one institution. */
static void
test_acronym_inside_coordinated_name (void)
{
  static const char *text =
    "The Pellow and Stourby Hospitals NHS Foundation Trust said it would close the ward overnight. "
    "Patients would be moved to Pellow, the trust added.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "close the ward")->speaker, ==,
                   "Pellow and Stourby Hospitals NHS Foundation Trust");
  g_assert_cmpstr (px_test_expect_quote (quotes, "moved to Pellow")->speaker, ==,
                   "Pellow and Stourby Hospitals NHS Foundation Trust");
}

/* "Councillor Priya Das said she …": "Das", a German article, is a
 * surname inside an English sentence; "she" is Priya Das, not the woman
 * named before her. */
static void
test_surname_das (void)
{
  static const char *text =
    "Senator Maria Lopez said the bill would pass.\n\n"
    "Councillor Priya Das said she would vote against the plan on Thursday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "vote against the plan")->speaker, ==, "Priya Das");
}

/* "The report, published by the think tank Northfield Institute, found
 * that …": a document opening the sentence, a clause naming its issuer
 * between commas, then "found that": the issuer speaks, not whoever was
 * quoted before. */
static void
test_document_with_issuer_clause (void)
{
  static const char *text =
    "His lawyer, Sarah Cole, said her client would not be commenting further.\n\n"
    "The report, published by the think tank Northfield Institute, found that one in five nurses planned to "
    "leave within a year.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "one in five nurses")->speaker, ==, "Northfield Institute");
}

/* "Hartwell Borough Council will cut …, it announced on Thursday": "it"
 * after the clause is the institution the sentence opens with, even with
 * nobody quoted before. */
static void
test_it_after_clause (void)
{
  static const char *text =
    "Library hours cut\n\n"
    "Hartwell Borough Council will cut opening hours at all nine of its libraries from April, it announced on "
    "Thursday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "opening hours")->speaker, ==, "Hartwell Borough Council");
}

/* A court report: "admitted arson with intent …" names the charge, no
 * words; "said after the hearing: “…”" is the direct quote after the
 * colon, not a mixed quote taking in "after the hearing". */
static void
test_plea_and_colon_quote (void)
{
  static const char *text =
    "Man jailed for arson\n\n"
    "Darren Cole, 38, of Mill Street, Ashby, admitted arson with intent to endanger life at an earlier hearing.\n\n"
    "Detective Constable Sam Okoro, of Leicestershire Police, said after the hearing: \u201cThis was a terrifying "
    "attack on a family in their own home.\u201d";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "terrifying attack");

  g_assert_null (px_test_find_quote (quotes, "endanger life"));
  g_assert_true (quote->direct);
  g_assert_null (strstr (quote->text, "after the hearing"));
  g_assert_cmpstr (quote->speaker, ==, "Sam Okoro");
}

/* The seat after an elected member's "for" and the town after a mayor's
 * "of" are places, not people, even in two capitalised words: the name
 * before the apposition speaks. */
static void
test_seat_after_member_for (void)
{
  const char *text =
    "Dara Quill, the Labour MP for Ashworth North, said the closure was \"frankly not credible.\"\n\n"
    "Tobias Wrenfield, the mayor of Kelby Vale, said the town had not been consulted.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "frankly not credible")->speaker, ==, "Dara Quill");
  g_assert_cmpstr (px_test_expect_quote (quotes, "had not been consulted")->speaker, ==, "Tobias Wrenfield");
}

/* An office's word in the complement of an institution's head ("of
 * Health") does not stop the coordinator joining the rest of the name. */
static void
test_department_of_field_and_field (void)
{
  const char *text =
    "The Department of Health and Social Care said corridor care was unacceptable.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "corridor care was unacceptable")->speaker, ==,
                   "Department of Health and Social Care");
}

/* US council titles and the Australian "Cr" before a name are titles,
 * not part of the name, and "Cr Foley" later is the same councillor. */
static void
test_council_titles (void)
{
  const char *text =
    "City Councilwoman Rita Hallam said she would ask for a public meeting.\n\n"
    "Dungarra Shire Mayor Pippa Foley said the levee had held. \"We were lucky,\" Cr Foley said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ask for a public meeting")->speaker, ==, "Rita Hallam");
  g_assert_cmpstr (px_test_expect_quote (quotes, "We were lucky")->speaker, ==, "Pippa Foley");
}

/* "according to a person familiar with the matter" and a bare plural
 * "according to people familiar with the talks": the unnamed source is
 * the whole phrase, and "The person" later is that source. */
static void
test_according_to_familiar_with (void)
{
  const char *text =
    "The bid was worth about $2bn, according to people familiar with the talks.\n\n"
    "The board met twice last week, according to a person familiar with the matter, who asked not to be named. "
    "The person said a vote was expected in May.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "The bid was worth about")->speaker, ==,
                   "people familiar with the talks");
  g_assert_cmpstr (px_test_expect_quote (quotes, "The board met twice")->speaker, ==,
                   "person familiar with the matter");
  g_assert_cmpstr (px_test_expect_quote (quotes, "a vote was expected")->speaker, ==,
                   "person familiar with the matter");
}

/* An unnamed group's count is no part of it ("Two former drivers" are
 * "former drivers"), and "One of them" speaks for the group. */
static void
test_one_of_unnamed_group (void)
{
  const char *text =
    "Two former drivers said the depot had been short of staff for months. One of them, who left in May, "
    "said rotas had been \"pure guesswork\" since the spring.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "short of staff")->speaker, ==, "former drivers");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pure guesswork")->speaker, ==, "former drivers");
}

/* "Brackwell, the payroll software company, …" names the company that
 * "the company" later is, though its name holds no business word. */
static void
test_company_named_before_apposition (void)
{
  const char *text =
    "Brackwell, the payroll software company, reported a loss on Tuesday.\n\n"
    "The company said in a filing that it expected further charges.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "expected further charges")->speaker, ==, "Brackwell");
}

/* "it said" after the clause is a body that opens the sentence even when
 * its name holds no institution's word ("Brackwell will …"), but not a
 * capitalised word that only modifies the subject ("Rescue teams"). */
static void
test_it_after_clause_bare_name (void)
{
  const char *text =
    "Brackwell will close its Leeds office and cut 300 jobs, it said on Wednesday.\n\n"
    "The fire service said two people had been hurt. Rescue teams were searching the site, it added.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "close its Leeds office")->speaker, ==, "Brackwell");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Rescue teams were searching")->speaker, ==, "fire service");
}

/* "The firm would reply …, the spokesperson added": the verb after
 * "would" is what the firm will do; the cue at the sentence's end reports
 * the whole clause. */
static void
test_would_verb_before_end_cue (void)
{
  const char *text =
    "A Marlow Rail spokeswoman said the timetable had been checked. The firm would respond to every "
    "complaint within a week, the spokeswoman added.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "The firm would respond to every complaint")->speaker, ==, "Marlow Rail");
}

/* A lone surname two people share is the one the article introduced
 * first, and the pronoun after it too; the relative named later goes by
 * given name or a description. */
static void
test_shared_surname_first_introduced (void)
{
  const char *text =
    "Coach Declan Farrow said the squad was fit.\n\n"
    "Winger Owen Farrow, the coach's son, is expected to start. \"He has earned it,\" the coach said.\n\n"
    "Farrow said he would name the team on Friday. \"Nobody is guaranteed a place,\" he said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "name the team on Friday")->speaker, ==, "Declan Farrow");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Nobody is guaranteed a place")->speaker, ==, "Declan Farrow");
}

/* "called on X to …" and "called for X to …" report a call whose
 * content is the infinitive, with no quotation marks needed; "called for
 * calm" asks for a thing and reports no words. */
static void
test_called_on_to (void)
{
  const char *text =
    "The Fair Rent Trust said rents had doubled. Its director, Wendy Osagie, called on the regulator to ban "
    "the practice outright.\n\n"
    "The tenants' union called for the council to publish the inspection reports.\n\n"
    "Police called for calm.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the regulator to ban the practice")->speaker, ==, "Wendy Osagie");
  px_test_expect_quote (quotes, "the council to publish the inspection reports");
  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, "calm"));
}

/* After a closed quote, "He laughed, then added that …" is a sentence of
 * its own, whose cue's subject is the pronoun before the gesture verb. */
static void
test_gesture_then_cue (void)
{
  const char *text =
    "Asked about the offer, Harriet Vance said: \"Not a chance.\" She smiled, then added that the board "
    "had not met since June.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Not a chance")->speaker, ==, "Harriet Vance");
  g_assert_cmpstr (px_test_expect_quote (quotes, "the board had not met since June")->speaker, ==, "Harriet Vance");
}

/* A feature opening on a quote paragraph, with nobody named before it:
 * the person the next paragraph opens on by full name said it. */
static void
test_opening_quote_then_person (void)
{
  const char *text =
    "The last ferry\n\n"
    "\u201cYou only miss the boat when it stops coming for good.\u201d\n\n"
    "Agnes Morrow is standing on the slipway where the ferry used to dock.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "You only miss the boat")->speaker, ==, "Agnes Morrow");
}

/* "she points out" after the clause reports it, as "pointed out" does. */
static void
test_points_out (void)
{
  const char *text =
    "Councillor Ines Brodie accepts the cuts were painful. A minibus now serves the valley twice a week, "
    "she points out.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "A minibus now serves the valley")->speaker, ==, "Ines Brodie");
}

/* A pronoun and its verb between commas inside the clause ("Some
 * patients, she believes, simply give up"): the clause is the words on
 * both sides, without the cue, and an opinion verb reports it too. */
static void
test_parenthetical_pronoun_cue (void)
{
  const char *text =
    "Rhona Galt has run the surgery for 15 years. Some patients, she believes, simply give up. "
    "The waiting lists, she said, would only grow.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *belief = px_test_expect_quote (quotes, "simply give up");
  PxQuote *said = px_test_expect_quote (quotes, "would only grow");

  g_assert_cmpstr (belief->text, ==, "Some patients simply give up");
  g_assert_cmpstr (belief->speaker, ==, "Rhona Galt");
  g_assert_cmpstr (said->text, ==, "The waiting lists would only grow");
}

/* So too a name or a definite role between the commas ("The plan, Galt
 * said, would …"). */
static void
test_parenthetical_name_cue (void)
{
  const char *text =
    "Rhona Galt has run the surgery for 15 years. The new rota, Galt said, would start in March.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *said = px_test_expect_quote (quotes, "would start in March");

  g_assert_cmpstr (said->text, ==, "The new rota would start in March");
  g_assert_cmpstr (said->speaker, ==, "Rhona Galt");
}

/* "told MPs …, only to concede an hour later that …": ", only to" ends
 * the first report and opens the same subject's second, and "an hour
 * later" after the verb is a time, not an inverted subject. */
static void
test_only_to_concede_later (void)
{
  const char *text =
    "Colin Marsh told the committee he had never seen the memo, only to concede an hour later that "
    "it had been emailed to him.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *first = px_test_expect_quote (quotes, "he had never seen the memo");
  PxQuote *second = px_test_expect_quote (quotes, "it had been emailed to him");

  g_assert_cmpstr (first->text, ==, "he had never seen the memo");
  g_assert_cmpstr (second->speaker, ==, "Colin Marsh");
}

/* "…, writing that …" reports as "…, saying that …" does. */
static void
test_writing_participle (void)
{
  const char *text =
    "Carla Bream paid tribute to her brother on social media, writing that he had never once let a friend down.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "never once let a friend down")->speaker, ==, "Carla Bream");
}

/* A headline quote whose colon is followed by a role and the headline's
 * verb ("…”: bakery owner vows to reopen") is the one person the body
 * gives that role. */
static void
test_headline_role_after_colon (void)
{
  const char *text =
    "\"We will bake again by spring\": cafe owner vows to rebuild\n\n"
    "A cafe that has stood on Quay Street for 40 years was destroyed by fire on Sunday.\n\n"
    "A fire officer, Dean Platt, said the blaze had started in a fryer.\n\n"
    "\"The ovens are gone but the recipes are in my head,\" said the owner, Irena Kowal, whose mother opened "
    "the cafe in 1978.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "We will bake again by spring")->speaker, ==, "Irena Kowal");
}

/* "would not say whether …": an indirect question after the verb reports
 * nothing, and the name after "whether" is no inverted subject. */
static void
test_say_whether_reports_nothing (void)
{
  const char *text =
    "Iain Rowntree has dropped Connor Hale. He would not say whether Hale would be back in the squad for the derby.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, "back in the squad"));
}

/* "…, according to X, which said …": the source's own report in a
 * relative clause; "who asked not to be named" reports nothing. */
static void
test_according_to_which_said (void)
{
  const char *text =
    "River levels rose by a metre overnight, according to the Kelby Flood Office, which said the peak would "
    "pass by Friday.\n\n"
    "Two pumps failed, according to a person familiar with the matter, who asked not to be identified because "
    "the report is private.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "the peak would pass by Friday")->speaker, ==, "Kelby Flood Office");
  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, "not to be identified"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-en/gender-at-later-mention", test_gender_at_later_mention);
  g_test_add_func ("/parallax/quotes-en/abbreviated-ranks", test_abbreviated_ranks);
  g_test_add_func ("/parallax/quotes-en/place-before-title", test_place_before_title);
  g_test_add_func ("/parallax/quotes-en/kin-apposition-gender", test_kin_apposition_gender);
  g_test_add_func ("/parallax/quotes-en/leading-initials", test_leading_initials);
  g_test_add_func ("/parallax/quotes-en/interview-topic-heading", test_interview_topic_heading);
  g_test_add_func ("/parallax/quotes-en/reported-voice-before-paragraph", test_reported_voice_before_paragraph);
  g_test_add_func ("/parallax/quotes-en/gender-across-place", test_gender_across_place);
  g_test_add_func ("/parallax/quotes-en/honorific-to-relative", test_honorific_to_relative);
  g_test_add_func ("/parallax/quotes-en/witness-at-hearing", test_witness_at_hearing);
  g_test_add_func ("/parallax/quotes-en/unnamed-role-before", test_unnamed_role_before);
  g_test_add_func ("/parallax/quotes-en/company-spokesperson", test_company_spokesperson);
  g_test_add_func ("/parallax/quotes-en/lone-sentence-subject", test_lone_sentence_subject);
  g_test_add_func ("/parallax/quotes-en/admitted-to-ward", test_admitted_to_ward);
  g_test_add_func ("/parallax/quotes-en/advised-cue", test_advised_cue);
  g_test_add_func ("/parallax/quotes-en/announced-noun-phrase", test_announced_noun_phrase);
  g_test_add_func ("/parallax/quotes-en/warning-noun", test_warning_noun);
  g_test_add_func ("/parallax/quotes-en/passive-by-agent", test_passive_by_agent);
  g_test_add_func ("/parallax/quotes-en/taoiseach-title", test_taoiseach_title);
  g_test_add_func ("/parallax/quotes-en/its-makes-institution", test_its_makes_institution);
  g_test_add_func ("/parallax/quotes-en/coordinated-call-on", test_coordinated_call_on);
  g_test_add_func ("/parallax/quotes-en/and-new-subject-reports", test_and_new_subject_reports);
  g_test_add_func ("/parallax/quotes-en/gallery-not-person", test_gallery_not_person);
  g_test_add_func ("/parallax/quotes-en/with-absolute-subject", test_with_absolute_subject);
  g_test_add_func ("/parallax/quotes-en/plural-role-is-group", test_plural_role_is_group);
  g_test_add_func ("/parallax/quotes-en/place-possessor", test_place_possessor);
  g_test_add_func ("/parallax/quotes-en/dateline-dash", test_dateline_dash);
  g_test_add_func ("/parallax/quotes-en/named-spokesperson-with-place", test_named_spokesperson_with_place);
  g_test_add_func ("/parallax/quotes-en/said-nothing", test_said_nothing);
  g_test_add_func ("/parallax/quotes-en/demanding-that", test_demanding_that);
  g_test_add_func ("/parallax/quotes-en/place-possessive-body", test_place_possessive_body);
  g_test_add_func ("/parallax/quotes-en/appealed-to", test_appealed_to);
  g_test_add_func ("/parallax/quotes-en/plural-possessive-name-back", test_plural_possessive_name_back);
  g_test_add_func ("/parallax/quotes-en/but-said-coordinated", test_but_said_coordinated);
  g_test_add_func ("/parallax/quotes-en/acronym-inside-coordinated-name", test_acronym_inside_coordinated_name);
  g_test_add_func ("/parallax/quotes-en/surname-das", test_surname_das);
  g_test_add_func ("/parallax/quotes-en/document-with-issuer-clause", test_document_with_issuer_clause);
  g_test_add_func ("/parallax/quotes-en/it-after-clause", test_it_after_clause);
  g_test_add_func ("/parallax/quotes-en/plea-and-colon-quote", test_plea_and_colon_quote);

  g_test_add_func ("/parallax/quotes-en/seat-after-member-for", test_seat_after_member_for);
  g_test_add_func ("/parallax/quotes-en/department-of-field-and-field", test_department_of_field_and_field);
  g_test_add_func ("/parallax/quotes-en/council-titles", test_council_titles);
  g_test_add_func ("/parallax/quotes-en/according-to-familiar-with", test_according_to_familiar_with);
  g_test_add_func ("/parallax/quotes-en/one-of-unnamed-group", test_one_of_unnamed_group);
  g_test_add_func ("/parallax/quotes-en/company-named-before-apposition", test_company_named_before_apposition);
  g_test_add_func ("/parallax/quotes-en/it-after-clause-bare-name", test_it_after_clause_bare_name);
  g_test_add_func ("/parallax/quotes-en/would-verb-before-end-cue", test_would_verb_before_end_cue);
  g_test_add_func ("/parallax/quotes-en/shared-surname-first-introduced", test_shared_surname_first_introduced);
  g_test_add_func ("/parallax/quotes-en/called-on-to", test_called_on_to);
  g_test_add_func ("/parallax/quotes-en/gesture-then-cue", test_gesture_then_cue);
  g_test_add_func ("/parallax/quotes-en/opening-quote-then-person", test_opening_quote_then_person);
  g_test_add_func ("/parallax/quotes-en/points-out", test_points_out);
  g_test_add_func ("/parallax/quotes-en/parenthetical-pronoun-cue", test_parenthetical_pronoun_cue);
  g_test_add_func ("/parallax/quotes-en/parenthetical-name-cue", test_parenthetical_name_cue);
  g_test_add_func ("/parallax/quotes-en/only-to-concede-later", test_only_to_concede_later);
  g_test_add_func ("/parallax/quotes-en/writing-participle", test_writing_participle);
  g_test_add_func ("/parallax/quotes-en/headline-role-after-colon", test_headline_role_after_colon);
  g_test_add_func ("/parallax/quotes-en/say-whether-reports-nothing", test_say_whether_reports_nothing);
  g_test_add_func ("/parallax/quotes-en/according-to-which-said", test_according_to_which_said);

  return g_test_run ();
}
