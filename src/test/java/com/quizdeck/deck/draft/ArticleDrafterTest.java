package com.quizdeck.deck.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.quizdeck.content.Choice;
import com.quizdeck.content.ChoiceBlank;
import com.quizdeck.content.ClozeQuestion;
import com.quizdeck.content.NumericBlank;
import com.quizdeck.content.QuestionRules;
import com.quizdeck.content.SingleChoiceQuestion;
import com.quizdeck.content.TextBlank;
import com.quizdeck.content.TrueFalseQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDrafterTest {

    static String article;
    static List<Proposal> proposals;

    @BeforeAll
    static void readTheArticle() throws IOException {
        try (var in = ArticleDrafterTest.class.getResourceAsStream("/source/russia-dprk-alliance-2024.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        proposals = ArticleDrafter.propose(article);
    }

    private static String normalised(String s) {
        return s.replaceAll("(?U)\\s+", " ");
    }

    private static List<Proposal> of(ProposalKind kind, String fact, String phrase) {
        return proposals.stream().filter(p -> p.kind() == kind && p.fact().equals(fact)
                && p.sourceSentence().contains(phrase)).toList();
    }

    @ParameterizedTest(name = "a blank for {0} in the sentence with \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "1961 | is regarded as a resurrection of the 1961 Treaty of Friendship",
        "Treaty of Friendship, Cooperation, and Mutual Assistance | between the USSR and the DPRK, which provided for automatic military intervention",
        "1996 | The 1961 treaty was abrogated in 1996",
        "2000 | did not include the automatic military intervention clause",
        "Treaty of Friendship, Good Neighborliness, and Cooperation | did not include the automatic military intervention clause",
        "1992 | diplomatic ties between China and South Korea in 1992",
        "2000 | Kim Jong-il traveled to China to meet with Jiang Zemin",
        "2018 | Kim Jong-un met with Xi Jinping back-to-back",
        "2019 | Xi Jinping and Putin to visit the DPRK in 2019",
        "Article 4 | preconditions for military intervention under the domestic laws",
        "Article 23 | in effect indefinitely unless one party notified",
        "ten | renewed every ten years",
        "twenty | more than twenty years",
    })
    void the_article_gives_a_fill_in_the_blank_for_each_listed_fact(String fact, String phrase) {
        var found = of(ProposalKind.CLOZE, fact, phrase);
        assertThat(found).as(fact).isNotEmpty();
        var cloze = (ClozeQuestion) found.getFirst().question();
        assertThat(cloze.text()).contains("{1}");
        assertThat(cloze.source()).isEqualTo(found.getFirst().sourceSentence());
        var answer = cloze.blanks().getFirst().correctAnswer();
        assertThat(fact).endsWith(answer.replace("\\", ""));
    }

    @ParameterizedTest(name = "\"when\" for {0}")
    @CsvSource(delimiter = '|', value = {
        "1996 | The 1961 treaty was abrogated in 1996",
        "2000 | signed in 2000, did not include the automatic military intervention clause",
        "1992 | diplomatic ties between China and South Korea in 1992",
        "2000 | in June 2000, shortly before Kim Jong-il met",
        "2018 | in 2018, Kim Jong-un met with Xi Jinping",
        "2019 | to visit the DPRK in 2019",
        "1961 | resurrection of the 1961 Treaty",
    })
    void dated_events_give_when_questions_with_the_articles_other_dates_as_distractors(String year, String phrase) {
        var found = of(ProposalKind.WHEN, year, phrase);
        assertThat(found).isNotEmpty();
        var question = (SingleChoiceQuestion) found.getFirst().question();
        var years = List.of("1961", "1992", "1996", "2000", "2018", "2019", "2024");
        assertThat(question.options()).hasSize(4);
        assertThat(question.options()).filteredOn(Choice::correct).extracting(Choice::text).containsExactly(year);
        assertThat(question.options()).extracting(Choice::text).allMatch(years::contains).doesNotHaveDuplicates();
        assertThat(question.prompt()).startsWith("In which year?").contains("\\_\\_\\_\\_");
        assertThat(QuestionRules.check(question)).isEmpty();
    }

    @Test
    void true_false_items_state_facts_as_written_or_with_another_of_the_articles_years() {
        var tf = proposals.stream().filter(p -> p.kind() == ProposalKind.TRUE_FALSE).toList();
        assertThat(tf).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tf).anySatisfy(p -> assertThat(((TrueFalseQuestion) p.question()).answer()).isTrue());
        assertThat(tf).anySatisfy(p -> assertThat(((TrueFalseQuestion) p.question()).answer()).isFalse());
        for (var p : tf) {
            var q = (TrueFalseQuestion) p.question();
            var statement = q.prompt().replace("\\", "");
            if (q.answer()) {
                assertThat(statement).isEqualTo(p.sourceSentence().replace("\\", ""));
            } else {
                assertThat(statement).isNotEqualTo(p.sourceSentence());
                assertThat(q.explanation()).startsWith("False: the article gives " + p.fact());
            }
        }
    }

    @Test
    void every_proposal_is_a_valid_question_whose_source_sentence_is_in_the_article() {
        var text = normalised(article);
        assertThat(proposals).hasSizeGreaterThan(30);
        assertThat(proposals).extracting(Proposal::id).doesNotHaveDuplicates();
        for (var p : proposals) {
            assertThat(QuestionRules.check(p.question())).as(p.id()).isEmpty();
            assertThat(text).as(p.id()).contains(p.sourceSentence());
            assertThat(p.question().source()).isEqualTo(p.sourceSentence());
            assertThat(p.question().id()).isEqualTo(p.id());
        }
    }

    @Test
    void treaty_blanks_offer_the_articles_treaty_names_and_numbers_accept_words_or_digits() {
        var treaty = (ClozeQuestion) of(ProposalKind.CLOZE, "Treaty of Friendship, Cooperation, and Mutual Assistance",
                "1961").getFirst().question();
        var menu = (ChoiceBlank) treaty.blanks().getFirst();
        assertThat(menu.options()).hasSize(3);
        assertThat(menu.options()).extracting(Choice::text).contains("Treaty on Comprehensive Strategic Partnership");
        var ten = (ClozeQuestion) of(ProposalKind.CLOZE, "ten", "every ten years").getFirst().question();
        assertThat(((TextBlank) ten.blanks().getFirst()).answers()).extracting(a -> a.text()).containsExactly("ten", "10");
        var article23 = (ClozeQuestion) of(ProposalKind.CLOZE, "Article 23", "Article 23").getFirst().question();
        assertThat(article23.text()).contains("(Article {1})");
        assertThat(article23.blanks().getFirst()).isInstanceOf(NumericBlank.class);
    }

    @Test
    void titles_bylines_and_abbreviations_do_not_make_sentences() {
        var sentences = ArticleDrafter.sentences(article);
        assertThat(sentences).noneMatch(s -> s.startsWith("October 4, 2024 Topic"));
        assertThat(sentences).noneMatch(s -> s.equals("The Renewed Russia-North Korea Alliance: What Has (and Hasn’t) "
                + "Changed From the Past"));
        assertThat(sentences).anyMatch(s -> s.contains("the day before U.S. Secretary of State Madeleine Albright "
                + "visited the DPRK, the Chinese Defense Minister visited the DPRK."));
        assertThat(sentences).anyMatch(s -> s.startsWith("Dr. Hong holds a B.A. in International Relations"));
    }

    @Test
    void the_same_text_always_gives_the_same_proposals() {
        assertThat(ArticleDrafter.propose(article)).isEqualTo(proposals);
        assertThat(ArticleDrafter.propose("")).isEmpty();
        assertThat(ArticleDrafter.propose("No dates here. Nor numbers.")).isEmpty();
    }
}
