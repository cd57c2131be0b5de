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
    final Button confirm = new Button(getTranslation("bank.import.import"));
    private ImportPreview current;

    ImportDialog(QuestionBankImporter importer, Runnable afterImport) {
        this.importer = importer;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("bank.import.title"));
        setWidth("min(720px, 95vw)");

        var help = new Paragraph(getTranslation("bank.import.help"));
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
        getFooter().add(new Button(getTranslation("bank.import.cancel"), e -> close()), confirm);
    }

    void show(ImportPreview result) {
        current = result;
        preview.removeAll();
        if (!result.problems().isEmpty()) {
            confirm.setEnabled(false);
            confirm.setText(getTranslation("bank.import.import"));
            var title = new Span(getTranslation("bank.import.problems", result.fileName(), result.problems().size()));
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
        grid.addColumn(p -> p.deck().title()).setHeader(getTranslation("bank.import.deck")).setFlexGrow(3);
        grid.addColumn(p -> p.deck().id()).setHeader(getTranslation("bank.import.id")).setFlexGrow(2);
        grid.addColumn(p -> p.deck().questions().size()).setHeader(getTranslation("bank.import.questions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.updatesExisting() ? "bank.import.updates" : "bank.import.new"))
                .setHeader(getTranslation("bank.import.effect")).setFlexGrow(1);
        grid.setItems(result.plans());
        grid.setAllRowsVisible(true);
        var types = new Paragraph(getTranslation("bank.import.types", result.fileName(), typeSummary(result)));
        types.addClassName("qd-muted");
        preview.add(grid, types);
        confirm.setText(getTranslation("bank.import.confirm", result.questionCount()));
        confirm.setEnabled(true);
    }

    private String typeSummary(ImportPreview result) {
        var counts = new java.util.TreeMap<String, Integer>();
        result.plans().forEach(p -> p.deck().questions()
                .forEach(q -> counts.merge(DeckLibraryView.label(q.type()), 1, Integer::sum)));
        return String.join(", ", counts.entrySet().stream().map(e -> getTranslation("bank.type-count", e.getValue(), e.getKey())).toList());
    }

    private void importNow() {
        try {
            var results = importer.importPreviewed(current);
            close();
            afterImport.run();
            Notifications.success(getTranslation("bank.import.done", current.questionCount(), results.size()));
        } catch (IllegalArgumentException ex) {
            Notifications.error(ex.getMessage());
        }
    }
}
