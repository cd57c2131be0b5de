package com.quizdeck.bank.ui;

import com.quizdeck.bank.BankProblem;
import com.quizdeck.bank.ImportPreview;
import com.quizdeck.bank.QuestionBankImporter;
import com.quizdeck.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/** Upload a bank file, see exactly what it would import (or every error with its line), then confirm. */
class ImportDialog extends Dialog {

    private final QuestionBankImporter importer;
    private final Runnable afterImport;
    private final Div preview = new Div();
    final Button confirm = new Button("Import");
    private ImportPreview current;

    ImportDialog(QuestionBankImporter importer, Runnable afterImport) {
        this.importer = importer;
        this.afterImport = afterImport;
        setHeaderTitle("Import a bank file");
        setWidth("min(720px, 95vw)");

        var help = new Paragraph("Quizdeck decks (.deck.yaml), Moodle GIFT (.gift, .txt), Aiken (.txt) or "
                + "flashcards as Quizlet and Anki export them (.csv, .tsv). Nothing is saved until you confirm.");
        help.addClassName("qd-muted");
        var upload = new Upload();
        // Each upload replaces the preview; the file list is cleared so that a fixed file can follow a broken one.
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> {
                    show(importer.preview(meta.fileName(), bytes));
                    upload.clearFileList();
                }))));
        upload.setMaxFileSize(QuestionBankImporter.MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", ".gift", ".txt", ".csv", ".tsv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setWidthFull();
        preview.addClassName("qd-import-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        add(help, upload, preview);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importNow());
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void show(ImportPreview result) {
        current = result;
        preview.removeAll();
        if (!result.problems().isEmpty()) {
            confirm.setEnabled(false);
            confirm.setText("Import");
            var title = new Span(result.fileName() + ": " + (result.problems().size() == 1
                    ? "1 problem: nothing will be imported"
                    : result.problems().size() + " problems: nothing will be imported"));
            title.addClassName("qd-import-error-title");
            var list = new UnorderedList();
            list.addClassName("qd-import-errors");
            for (BankProblem p : result.problems()) {
                list.add(new ListItem(p.toString()));
            }
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            preview.add(new Div(icon, title), list);
            return;
        }
        var grid = new Grid<ImportPreview.DeckPlan>();
        grid.addColumn(p -> p.deck().title()).setHeader("Deck").setFlexGrow(3);
        grid.addColumn(p -> p.deck().id()).setHeader("Id").setFlexGrow(2);
        grid.addColumn(p -> p.deck().questions().size()).setHeader("Questions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.updatesExisting() ? "Updates your deck" : "New deck").setHeader("Effect").setFlexGrow(1);
        grid.setItems(result.plans());
        grid.setAllRowsVisible(true);
        var types = new Paragraph(result.fileName() + ": " + typeSummary(result));
        types.addClassName("qd-muted");
        preview.add(grid, types);
        confirm.setText("Import " + result.questionCount() + (result.questionCount() == 1 ? " question" : " questions"));
        confirm.setEnabled(true);
    }

    private static String typeSummary(ImportPreview result) {
        var counts = new java.util.TreeMap<String, Integer>();
        result.plans().forEach(p -> p.deck().questions()
                .forEach(q -> counts.merge(DeckLibraryView.label(q.type()), 1, Integer::sum)));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    private void importNow() {
        try {
            var results = importer.importPreviewed(current);
            close();
            afterImport.run();
            Notifications.success("Imported " + current.questionCount() + " questions into " + results.size()
                    + (results.size() == 1 ? " deck." : " decks."));
        } catch (IllegalArgumentException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
