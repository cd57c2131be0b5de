package com.quizdeck.deck.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.quizdeck.base.ui.EmptyState;
import com.quizdeck.base.ui.Notifications;
import com.quizdeck.content.Question;
import com.quizdeck.deck.DeckService;
import com.quizdeck.deck.EditableDeck;
import com.quizdeck.deck.EditorQuestion;
import com.quizdeck.deck.InvalidContentException;
import com.quizdeck.deck.draft.ArticleDrafter;
import com.quizdeck.deck.draft.Proposal;
import com.quizdeck.deck.draft.ProposalKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proposes questions from an article (pasted, or the one the shipped decks are built from) and lets
 * the instructor accept, edit or reject each. Nothing reaches the deck until accepted.
 */
@Route("decks/:deckId/draft")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ArticleDraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SHIPPED_ARTICLE = "/articles/russia-dprk-alliance-2024.txt";

    private final DeckService decks;
    private Long deckId;
    private EditableDeck deck;
    final TextArea article = new TextArea(getTranslation("deck.draft.article"));
    final Button useShipped = new Button(getTranslation("deck.draft.use-shipped"), VaadinIcon.FILE_TEXT_O.create());
    final Button propose = new Button(getTranslation("deck.draft.propose"), VaadinIcon.MAGIC.create());
    final Select<ProposalKind> kindFilter = new Select<>();
    final Button acceptAll = new Button(getTranslation("deck.draft.accept-all"), VaadinIcon.CHECK.create());
    private final Span summary = new Span();
    private final Div toolbar = new Div();
    final Div list = new Div();
    final List<ProposalCard> cards = new ArrayList<>();
    private final Anchor back = new Anchor();

    ArticleDraftView(DeckService decks) {
        this.decks = decks;
        addClassNames("qd-page", "qd-editor-draft-page");
        back.addClassName("qd-editor-back");
        var help = new Paragraph(getTranslation("deck.draft.help"));
        help.addClassName("qd-muted");
        article.setWidthFull();
        article.setMinRows(6);
        article.setMaxRows(14);
        article.setPlaceholder(getTranslation("deck.draft.placeholder"));
        useShipped.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useShipped.addClickListener(e -> article.setValue(shippedArticle()));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> proposeNow());
        var inputActions = new Div(useShipped, propose);
        inputActions.addClassName("qd-row-actions");

        kindFilter.setAriaLabel(getTranslation("deck.draft.show"));
        kindFilter.setItems(ProposalKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("deck.draft.all-kinds"));
        kindFilter.setItemLabelGenerator(ArticleDraftView::kindLabel);
        kindFilter.addValueChangeListener(e -> applyFilter());
        acceptAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        acceptAll.addClickListener(e -> acceptAllShown());
        summary.addClassName("qd-muted");
        toolbar.add(summary, kindFilter, acceptAll);
        toolbar.addClassName("qd-editor-draft-toolbar");
        toolbar.setVisible(false);
        list.addClassName("qd-editor-proposals");
        var input = new Div(article, inputActions);
        input.addClassNames("qd-card", "qd-editor-draft-input");
        add(back, new H2(getTranslation("deck.draft.title")), help, input, toolbar, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deck.draft.page-title");
    }

    /** The kind's name in the user's language; no kind means all of them. */
    static String kindLabel(ProposalKind kind) {
        return kind == null ? translate("deck.draft.all-kinds")
                : translate("deck.draft.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    static String shippedArticle() {
        try (var in = ArticleDraftView.class.getResourceAsStream(SHIPPED_ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped article " + SHIPPED_ARTICLE + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            deckId = Long.valueOf(event.getRouteParameters().get("deckId").orElseThrow());
            deck = decks.editableDeck(deckId);
            if (!deck.canEdit() || deck.deletedAt() != null) {
                throw new AccessDeniedException("not editable");
            }
            back.setHref("decks/" + deckId + "/edit");
            back.setText("\u2190 " + deck.details().title());
        } catch (IllegalArgumentException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("deck.draft.not-found"));
        }
    }

    void proposeNow() {
        var proposals = ArticleDrafter.propose(article.getValue());
        cards.clear();
        list.removeAll();
        toolbar.setVisible(!proposals.isEmpty());
        if (proposals.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("deck.draft.none"),
                    getTranslation("deck.draft.none-text")));
            return;
        }
        var taken = deck.questions().stream().map(q -> q.question().source()).collect(Collectors.toSet());
        for (var p : proposals) {
            var card = new ProposalCard(this, p);
            cards.add(card);
            list.add(card);
        }
        long sentences = proposals.stream().map(Proposal::sourceSentence).distinct().count();
        long alreadyUsed = proposals.stream().map(Proposal::sourceSentence).distinct().filter(taken::contains).count();
        summary.setText(getTranslation("deck.draft.summary", proposals.size(), sentences)
                + (alreadyUsed > 0 ? getTranslation("deck.draft.summary-used", alreadyUsed) : ""));
        applyFilter();
    }

    private void applyFilter() {
        var value = kindFilter.getValue();
        cards.forEach(c -> c.setVisible(value == null || c.proposal.kind() == value));
    }

    private void acceptAllShown() {
        int added = 0;
        for (var card : cards) {
            if (card.isVisible() && card.open()) {
                added += card.accept(false) ? 1 : 0;
            }
        }
        Notifications.success(getTranslation("deck.draft.added-n", added));
    }

    /** Adds a question to the deck under a free id; returns the stored question, or null with the reason shown. */
    EditorQuestion add(Question question) {
        var id = decks.suggestQuestionId(deckId, question.id());
        var added = decks.addQuestion(deckId, question.withHeader(question.header().withId(id)));
        deck = decks.editableDeck(deckId);
        return added;
    }

    Set<String> takenIds() {
        return deck.questions().stream().map(EditorQuestion::key).collect(Collectors.toSet());
    }

    Set<String> knownTags() {
        var tags = new TreeSet<String>(deck.details().tags());
        deck.questions().forEach(q -> tags.addAll(q.question().tags()));
        return tags;
    }

    /** One proposal: what it asks, its sentence, and accept / edit / reject. */
    static final class ProposalCard extends Div {
        final ArticleDraftView view;
        final Proposal proposal;
        final Button accept = new Button(translate("deck.draft.accept"), VaadinIcon.CHECK.create());
        final Button edit = new Button(translate("deck.draft.edit"), VaadinIcon.EDIT.create());
        final Button reject = new Button(translate("deck.draft.reject"), VaadinIcon.CLOSE_SMALL.create());
        private final Span state = new Span();
        private final Div actions;
        private boolean open = true;

        ProposalCard(ArticleDraftView view, Proposal proposal) {
            this.view = view;
            this.proposal = proposal;
            addClassNames("qd-card", "qd-editor-proposal");
            var kind = new Span(kindLabel(proposal.kind()));
            kind.getElement().getThemeList().add("badge");
            var fact = new Span(proposal.fact());
            fact.addClassName("qd-editor-proposal-fact");
            var head = new Div(TypeInfo.icon(proposal.question().type()), kind, fact);
            head.addClassName("qd-editor-proposal-head");
            var preview = QuestionPreview.studentView(proposal.question(), true);
            preview.addClassName("qd-editor-proposal-preview");
            // The sentence is the question's source; a cloze already shows it, so it folds away here.
            var quote = new Paragraph(getTranslation("deck.draft.quote", proposal.sourceSentence()));
            quote.addClassName("qd-editor-proposal-quote");
            var source = new com.vaadin.flow.component.details.Details(getTranslation("deck.draft.source"), quote);
            source.addClassName("qd-editor-proposal-source");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            accept.addClickListener(e -> accept(true));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClickListener(e -> openEditor());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reject.addClickListener(e -> reject());
            accept.setAriaLabel(getTranslation("deck.draft.accept-label", kindLabel(proposal.kind()), proposal.fact(), proposal.id()));
            reject.setAriaLabel(getTranslation("deck.draft.reject-label", proposal.id()));
            edit.setAriaLabel(getTranslation("deck.draft.edit-label", proposal.id()));
            state.addClassName("qd-editor-proposal-state");
            state.getElement().setAttribute("aria-live", "polite");
            actions = new Div(accept, edit, reject, state);
            actions.addClassName("qd-row-actions");
            add(head, preview, source, actions);
        }

        boolean open() {
            return open;
        }

        boolean accept(boolean notify) {
            try {
                var added = view.add(proposal.question());
                done(getTranslation("deck.draft.accepted", added.key()), "qd-editor-accepted");
                if (notify) {
                    Notifications.success(getTranslation("deck.draft.added", added.key()));
                }
                return true;
            } catch (InvalidContentException | AccessDeniedException | IllegalStateException e) {
                Notifications.error(e.getMessage());
                return false;
            }
        }

        void reject() {
            done(getTranslation("deck.draft.rejected"), "qd-editor-rejected");
        }

        private void done(String text, String className) {
            open = false;
            state.setText(text);
            addClassName(className);
            accept.setVisible(false);
            edit.setVisible(false);
            reject.setVisible(false);
        }

        private void openEditor() {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("deck.draft.edit-title"));
            dialog.setWidth("min(1100px, 98vw)");
            var question = proposal.question();
            var freeId = view.decks.suggestQuestionId(view.deckId, question.id());
            var form = new QuestionForm(question.withHeader(question.header().withId(freeId)), true, view.takenIds(),
                    view.knownTags());
            var preview = new QuestionPreview();
            form.onChange(() -> {
                var built = form.build();
                form.showProblems(built.problems());
                preview.show(built.question());
            });
            preview.show(question);
            var split = new Div(form, preview);
            split.addClassName("qd-editor-split");
            var save = new Button(getTranslation("deck.draft.add"), e -> {
                var built = form.build();
                form.showProblems(built.problems());
                if (!built.problems().isEmpty()) {
                    Notifications.error(getTranslation("deck.draft.fix-first"));
                    return;
                }
                try {
                    var added = view.add(built.question());
                    done(getTranslation("deck.draft.edited", added.key()), "qd-editor-accepted");
                    dialog.close();
                } catch (InvalidContentException ex) {
                    form.showProblems(ex.violations());
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(split);
            dialog.getFooter().add(new Button(getTranslation("deck.cancel"), e -> dialog.close()), save);
            dialog.open();
        }
    }
}
